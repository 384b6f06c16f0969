package org.autograd4j.ops;

import org.autograd4j.Tensor;

/** The argument checks shared by the {@code torch.linalg} ops, with PyTorch's messages. */
final class LinalgChecks {
    private LinalgChecks() {
    }

    /** A floating-point tensor of at least two dims ({@code op} is PyTorch's name, e.g. "linalg.det"). */
    static void matrices(String op, Tensor a) {
        if (a.dim() < 2) {
            throw new IllegalArgumentException(op + ": The input tensor A must have at least 2 dimensions.");
        }
        floating(op, a);
    }

    static void floating(String op, Tensor a) {
        if (!a.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": Expected a floating point or complex tensor as input. Got "
                    + a.dtype().scalarTypeName());
        }
    }

    /** Batches of square matrices. */
    static void square(String op, Tensor a) {
        matrices(op, a);
        if (a.size(-1) != a.size(-2)) {
            throw new IllegalArgumentException(op + ": A must be batches of square matrices, but they are "
                    + a.size(-2) + " by " + a.size(-1) + " matrices");
        }
    }

    /**
     * B (already a matrix batch) fits the square A in A·X = B ({@code left}: as many rows as A) or
     * X·A = B (as many columns), and has A's dtype.
     */
    static void solvable(String op, Tensor a, Tensor b, boolean left) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(op + ": Expected A and B to have the same dtype, but found A of type "
                    + a.dtype().scalarTypeName() + " and B of type " + b.dtype().scalarTypeName() + " instead");
        }
        if (b.dim() < 2 || b.size(left ? -2 : -1) != a.size(-1)) {
            int bRows = b.dim() < 2 ? b.numel() : b.size(-2);
            int bCols = b.dim() < 2 ? 1 : b.size(-1);
            throw new IllegalArgumentException(op + ": Incompatible shapes of A and B for the equation "
                    + (left ? "AX = B" : "XA = B") + " (" + a.size(-2) + "x" + a.size(-1) + " and " + bRows + "x"
                    + bCols + ")");
        }
    }

    /**
     * Throws {@code message} for the first matrix whose {@code info} is not zero, named as PyTorch
     * names it: "op: (Batch element i): message".
     */
    static void succeeded(String op, MatrixBatch m, long[] info, java.util.function.LongFunction<String> message) {
        for (int b = 0; b < info.length; b++) {
            if (info[b] != 0) {
                throw new ArithmeticException(op + ": " + batchElement(m, b) + message.apply(info[b]));
            }
        }
    }

    /** PyTorch's prefix naming the failing matrix of a batch ("" for a single matrix). */
    static String batchElement(MatrixBatch m, int b) {
        return m.batch.length == 0 ? "" : "(Batch element " + b + "): ";
    }
}
