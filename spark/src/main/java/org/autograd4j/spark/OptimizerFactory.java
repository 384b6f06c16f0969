package org.autograd4j.spark;

import java.io.Serializable;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.optim.Optimizer;

/**
 * Builds an optimizer over a model's parameters, for example {@code params -> new SGD(params, 0.1, 0.9)}.
 * Synchronous training builds one, on the driver; parameter averaging also builds one per partition and round
 * on the executors, hence serializable.
 */
@FunctionalInterface
public interface OptimizerFactory extends Serializable {
    /** A new optimizer over {@code parameters}. */
    Optimizer create(List<Tensor> parameters);
}
