package org.autograd4j.spark;

import java.io.Serializable;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/**
 * The loss of a batch as the <em>sum</em> over its samples (PyTorch's {@code reduction="sum"}). Each partition
 * sums its share of a step's batch and the driver divides by the batch size, so a step minimises the mean loss
 * of the whole batch, as {@code reduction="mean"} does on one machine.
 */
@FunctionalInterface
public interface SumLoss extends Serializable {
    /** The summed loss of {@code output} against {@code target}, a 0-d tensor. */
    Tensor sum(Tensor output, Tensor target);

    /** Cross-entropy of logits against class indices, summed. */
    static SumLoss crossEntropy() {
        return (output, target) -> F.crossEntropy(output, target, null, -100, "sum");
    }

    /** Squared error, summed over every element. */
    static SumLoss mse() {
        return (output, target) -> F.mseLoss(output, target, "sum");
    }
}
