package org.autograd4j.ops;

import static org.autograd4j.ops.PointwiseGrad.record;
import static org.autograd4j.ops.PointwiseGrad.zeroGrad;

import java.util.function.DoubleUnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;

/**
 * Rounding to integers or decimal places (floor, ceil, round, trunc) and the fractional part.
 * Rounding has a zero gradient; integer inputs are returned as a copy, as in PyTorch.
 */
public final class Rounding {
    private Rounding() {
    }

    /** Rounds down; integer inputs are returned as a copy ({@code FloorBackward0}, zero gradient). */
    public static Tensor floor(Tensor x) {
        return rounding("FloorBackward0", "floor", x, Math::floor);
    }

    public static Tensor ceil(Tensor x) {
        return rounding("CeilBackward0", "ceil", x, Math::ceil);
    }

    /** Rounds half to even, as PyTorch ({@code RoundBackward0}). */
    public static Tensor round(Tensor x) {
        return rounding("RoundBackward0", "round", x, Math::rint);
    }

    /** Rounds toward zero ({@code TruncBackward0}); PyTorch's {@code fix} is the same op. */
    public static Tensor trunc(Tensor x) {
        return rounding("TruncBackward0", "trunc", x, Rounding::trunc);
    }

    static double trunc(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    private static Tensor rounding(String node, String kernel, Tensor x, DoubleUnaryOperator f) {
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("\"" + kernel + "_vml_cpu\" not implemented for 'Bool'");
        }
        if (x.dtype() == DType.INT64) {
            return Copying.convert(x, x.dtype());
        }
        return zeroGrad(node, Pointwise.map(x, x.dtype(), f), x);
    }

    /**
     * Rounds to {@code decimals} decimal places (negative: to tens, hundreds, ...) as PyTorch does:
     * scale by 10^|decimals|, round half to even, scale back, in the tensor's precision
     * ({@code RoundBackward1}).
     */
    public static Tensor round(Tensor x, int decimals) {
        PointwiseGrad.requireFloating(x, "round_cpu");
        boolean single = x.dtype() == DType.FLOAT32;
        return zeroGrad("RoundBackward1",
                Pointwise.map(x, x.dtype(), v -> SpecialFunctions.roundDecimals(v, decimals, single)), x);
    }

    /** x - trunc(x), keeping the sign of x; the gradient passes unchanged ({@code FracBackward0}). */
    public static Tensor frac(Tensor x) {
        PointwiseGrad.requireFloating(x, "frac_cpu");
        return record("FracBackward0", Pointwise.map(x, x.dtype(), v -> v - trunc(v)), x, v -> 1, null);
    }
}
