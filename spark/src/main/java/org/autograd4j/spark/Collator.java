package org.autograd4j.spark;

import java.io.Serializable;
import java.util.List;
import org.autograd4j.data.Batch;

/**
 * Turns a partition's share of a step's batch into the model's input and target tensors
 * ({@link Batch#x()}, {@link Batch#y()}). {@link Sample#collator} serves labelled arrays.
 *
 * @param <T> the sample type of the training RDD
 */
@FunctionalInterface
public interface Collator<T> extends Serializable {
    /** The batch of {@code samples}, in their order; never called with an empty list. */
    Batch collate(List<T> samples);
}
