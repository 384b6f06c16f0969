package org.autograd4j.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Samples taken along the first dimension of tensors of equal length, as
 * {@code torch.utils.data.TensorDataset}: sample {@code i} is {@code [t0[i], t1[i], ...]} (views, no copy).
 */
public final class TensorDataset implements Dataset<List<Tensor>> {
    private final List<Tensor> tensors;

    public TensorDataset(Tensor... tensors) {
        this(List.of(Args.nonNullElements(tensors, "tensors")));
    }

    public TensorDataset(List<Tensor> tensors) {
        Args.nonNullElements(tensors, "tensors");
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("TensorDataset needs at least one tensor");
        }
        int size = firstDim(tensors.get(0), 0);
        for (int i = 1; i < tensors.size(); i++) {
            if (firstDim(tensors.get(i), i) != size) {
                throw new IllegalArgumentException("Size mismatch between tensors: tensor 0 has " + size
                        + " samples, tensor " + i + " has " + tensors.get(i).size(0));
            }
        }
        this.tensors = List.copyOf(tensors);
    }

    private static int firstDim(Tensor t, int position) {
        if (t.dim() == 0) {
            throw new IllegalArgumentException("TensorDataset: tensor " + position
                    + " is zero-dimensional; samples are taken along dimension 0");
        }
        return t.size(0);
    }

    /** The tensors this data set slices, in order. */
    public List<Tensor> tensors() {
        return tensors;
    }

    @Override
    public List<Tensor> get(int index) {
        Objects.checkIndex(index, size());
        List<Tensor> sample = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            sample.add(t.select(0, index));
        }
        return sample;
    }

    @Override
    public int size() {
        return tensors.get(0).size(0);
    }
}
