package org.autograd4j;

/**
 * Element types a {@link Tensor} can hold, with PyTorch's names and type-promotion categories.
 *
 * <p>Promotion follows PyTorch: a result takes the highest <em>category</em> (bool &lt; integral &lt;
 * floating) among its operands, and within a category the widest type. See {@link #promote}.
 */
public enum DType {
    BOOL("torch.bool", 0, 1),
    INT64("torch.int64", 1, 8),
    FLOAT32("torch.float32", 2, 4),
    FLOAT64("torch.float64", 2, 8);

    private final String torchName;
    private final int category;
    private final int byteSize;

    DType(String torchName, int category, int byteSize) {
        this.torchName = torchName;
        this.category = category;
        this.byteSize = byteSize;
    }

    /** PyTorch's C++ scalar type name used in its error messages: Float, Double, Long, Bool. */
    public String scalarTypeName() {
        switch (this) {
            case FLOAT32: return "Float";
            case FLOAT64: return "Double";
            case INT64: return "Long";
            default: return "Bool";
        }
    }

    /** PyTorch's name, e.g. {@code torch.float32}. */
    public String torchName() {
        return torchName;
    }

    public boolean isFloatingPoint() {
        return category == 2;
    }

    /** 0 for bool, 1 for integral types, 2 for floating types. */
    public int category() {
        return category;
    }

    public int byteSize() {
        return byteSize;
    }

    /** The wider of two dtypes under PyTorch's promotion lattice. */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.category != b.category) {
            return a.category > b.category ? a : b;
        }
        return a.byteSize >= b.byteSize ? a : b;
    }

    /** The default dtype of a category: what a Python/Java number of that kind becomes. */
    public static DType defaultOf(int category) {
        switch (category) {
            case 0: return BOOL;
            case 1: return INT64;
            default: return FLOAT32;
        }
    }

    @Override
    public String toString() {
        return torchName;
    }
}
