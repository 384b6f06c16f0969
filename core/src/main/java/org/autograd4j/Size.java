package org.autograd4j;

import java.util.Arrays;
import org.autograd4j.tensor.Shapes;

/**
 * A tensor's shape as a value that prints as PyTorch prints it, {@code torch.Size([2, 3])}
 * ({@link Tensor#torchSize()}); {@link Tensor#shape()} keeps returning the plain {@code int[]}.
 */
public final class Size {
    private final int[] sizes;

    private Size(int[] sizes) {
        this.sizes = sizes;
    }

    /** A size of the given dimensions (copied). */
    public static Size of(int... sizes) {
        return new Size(sizes.clone());
    }

    /** The number of dimensions. */
    public int dim() {
        return sizes.length;
    }

    /** The size of dimension {@code d}; negative d counts from the end. */
    public int get(int d) {
        return sizes[Shapes.existingDim(d, sizes.length)];
    }

    /** The number of elements ({@code torch.Size.numel()}). */
    public long numel() {
        return Shapes.count(sizes);
    }

    /** The dimensions as a new array. */
    public int[] toArray() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Size && Arrays.equals(sizes, ((Size) o).sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "torch.Size(" + Shapes.str(sizes) + ")";
    }
}
