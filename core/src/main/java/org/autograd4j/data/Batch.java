package org.autograd4j.data;

import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * A collated batch: one tensor per field of the samples, each stacked along a new first dimension. For the
 * usual (input, label) samples {@link #x()} is the inputs and {@link #y()} the labels.
 */
public record Batch(List<Tensor> tensors) {
    public Batch {
        tensors = List.copyOf(Args.nonNullElements(tensors, "tensors"));
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("a batch holds at least one tensor");
        }
    }

    /** Field {@code i} of every sample, stacked. */
    public Tensor get(int i) {
        if (i < 0 || i >= tensors.size()) {
            throw new IndexOutOfBoundsException("field " + i + " requested from a batch of " + tensors.size()
                    + " field(s)");
        }
        return tensors.get(i);
    }

    /** The first field: the inputs. */
    public Tensor x() {
        return get(0);
    }

    /** The second field: the targets. */
    public Tensor y() {
        return get(1);
    }

    /** How many samples the batch holds (the last batch of an epoch may be short). */
    public int batchSize() {
        Tensor first = tensors.get(0);
        return first.size(0);
    }
}
