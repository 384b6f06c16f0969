package org.autograd4j.spark;

import java.io.Serializable;

/**
 * What the driver broadcasts for one job: the model's parameters as one flat vector, and the global sample
 * indices of each step the job covers (one step in synchronous training, k with parameter averaging).
 *
 * @param parameters the flat parameter vector, in {@code module.parameters()} order
 * @param batches each step's sample indices, ascending
 */
record StepPayload(float[] parameters, long[][] batches) implements Serializable {
    private static final long serialVersionUID = 1L;
}
