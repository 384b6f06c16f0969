package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.isWrappedNumber;

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
        if (a.dtype() == b.dtype() && !isWrappedNumber(a) && !isWrappedNumber(b)) {
            return a.dtype();
        }
        DType[] tiers = new DType[3];
        addToTier(tiers, a);
        addToTier(tiers, b);
        return combine(tiers[0], combine(tiers[1], tiers[2]));
    }

    /** Tier 0: tensors with dimensions; 1: 0-d tensors; 2: wrapped numbers (floats count as float32). */
    private static void addToTier(DType[] tiers, Tensor t) {
        if (isWrappedNumber(t)) {
            tiers[2] = promote(tiers[2], t.dtype().isFloatingPoint() ? DType.FLOAT32 : t.dtype());
        } else if (t.dim() == 0) {
            tiers[1] = promote(tiers[1], t.dtype());
        } else {
            tiers[0] = promote(tiers[0], t.dtype());
        }
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

    /** A Java number as the kernel of a {@code dtype} tensor sees it (rounded to float for float32). */
    static double roundTo(DType dtype, double v) {
        return dtype == DType.FLOAT32 ? (float) v : v;
    }
}
