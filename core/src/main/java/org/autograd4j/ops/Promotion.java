package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;

/**
 * PyTorch's result-type rule for mixed operands. Operands come in three priorities: tensors with
 * dimensions, 0-d tensors, and wrapped Java numbers. A lower-priority operand only matters when it
 * is of a higher category (bool &lt; integral &lt; floating); a wrapped floating number then brings
 * the default float type, float32, as a Python float does in PyTorch.
 */
public final class Promotion {
    private Promotion() {
    }

    public static DType resultType(Tensor a, Tensor b) {
        DType dimResult = null;
        DType zeroResult = null;
        DType wrappedResult = null;
        for (Tensor t : new Tensor[] {a, b}) {
            if (t.isWrappedNumber()) {
                DType d = t.dtype().isFloatingPoint() ? DType.FLOAT32 : t.dtype();
                wrappedResult = promote(wrappedResult, d);
            } else if (t.dim() == 0) {
                zeroResult = promote(zeroResult, t.dtype());
            } else {
                dimResult = promote(dimResult, t.dtype());
            }
        }
        return combine(dimResult, combine(zeroResult, wrappedResult));
    }

    private static DType promote(DType a, DType b) {
        return a == null ? b : b == null ? a : DType.promote(a, b);
    }

    /** The higher-priority result wins unless the lower one is of a higher category. */
    private static DType combine(DType higher, DType lower) {
        if (higher != null && higher.isFloatingPoint()) {
            return higher;
        }
        if (higher == DType.BOOL || (lower != null && lower.isFloatingPoint())) {
            return promote(higher, lower);
        }
        return higher != null ? higher : lower;
    }

    /** The dtype a floating-only op computes in: the input's if floating, else float32. */
    public static DType floating(DType d) {
        return d.isFloatingPoint() ? d : DType.FLOAT32;
    }
}
