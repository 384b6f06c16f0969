package org.autograd4j.ops;

import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;

/**
 * Autograd for elementwise functions given by their scalar derivative.
 *
 * <p>An op {@code y = f(x)} records a node whose backward is the fused {@code g * f'(x)}: one pass,
 * and exactly zero wherever {@code f'(x)} is zero (so an inf or nan upstream gradient does not leak
 * through a flat region, as PyTorch's masked formulas). That backward is itself recorded, so higher
 * derivatives work: with respect to {@code g} it is the same op again, with respect to {@code x} it
 * is {@code gg * g * f''(x)}, where {@code f''} is written with differentiable tensor ops.
 */
final class PointwiseGrad {
    /** A second derivative that is zero wherever defined, with the backward still recorded on x. */
    static final UnaryOperator<Tensor> ZERO = t -> {
        throw new AssertionError("ZERO is a marker");
    };

    private PointwiseGrad() {
    }

    /**
     * {@code f} applied to every element of x, computed in {@code type} (x is converted first, as
     * PyTorch does) and recorded as {@code node}.
     *
     * @param df  the derivative, element by element
     * @param d2f the second derivative as a tensor expression of x. For piecewise-linear functions
     *            it is zero wherever defined: {@link #ZERO} records the backward as a function of x
     *            anyway (passing zeros, as PyTorch's {@code hardtanh_backward} and friends), null
     *            leaves x out of it (as PyTorch's masked {@code where(mask, grad, 0)} formulas)
     */
    static Tensor unary(String node, Tensor x, DType type, DoubleUnaryOperator f, DoubleUnaryOperator df,
                        UnaryOperator<Tensor> d2f) {
        return record(node, Pointwise.map(as(x, type), type, f), x, df, d2f);
    }

    /** The values of t in {@code type}, unrecorded: t itself if it has that dtype already. */
    static Tensor as(Tensor t, DType type) {
        return t.dtype() == type ? t : Copying.convert(t, type);
    }

    /** Records {@code out = f(x)}, already computed, with the backward described in {@link #unary}. */
    static Tensor record(String node, Tensor out, Tensor x, DoubleUnaryOperator df, UnaryOperator<Tensor> d2f) {
        return Graph.record(node, out, x, ctx -> {
            ctx.elementwise();
            SavedTensor self = ctx.save("self", x);
            return g -> new Tensor[] {backward(node, g, self.get(), df, d2f)};
        });
    }

    /**
     * Records {@code out = f(x)}, already computed, whose backward is a function of the gradient
     * and the saved result (exp, sqrt, tanh, sigmoid, relu, ...).
     */
    static Tensor recordFromResult(String node, Tensor out, Tensor x, BinaryOperator<Tensor> backward) {
        return Graph.record(node, out, x, ctx -> {
            ctx.elementwise();
            SavedTensor result = ctx.save("result", out);
            return g -> new Tensor[] {backward.apply(g, result.get())};
        });
    }

    /** Records a node whose gradient is zero, for piecewise-constant ops (floor, sign, ...). */
    static Tensor zeroGrad(String node, Tensor out, Tensor x) {
        return Graph.record(node, out, x, ctx -> {
            ctx.forward(t -> Tensor.zerosLike(out));
            return g -> new Tensor[] {Tensor.zerosLike(g)};
        });
    }

    /** {@code g * df(x)}, 0 where {@code df(x)} is 0; differentiable in g and (through d2f) in x. */
    private static Tensor backward(String node, Tensor g, Tensor x, DoubleUnaryOperator df, UnaryOperator<Tensor> d2f) {
        Tensor out = Pointwise.map2(g, x, g.dtype(), (gv, xv) -> {
            double d = df.applyAsDouble(xv);
            return d == 0 ? 0 : gv * d;
        });
        return Graph.record(backwardName(node), out, new Tensor[] {g, d2f == null ? null : x}, ctx -> {
            ctx.elementwise();
            SavedTensor self = ctx.save("self", x);
            SavedTensor grad = ctx.needsGrad(1) && d2f != ZERO ? ctx.save("grad_output", g) : null;
            return gg -> new Tensor[] {
                    ctx.needsGrad(0) ? backward(node, gg, self.get(), df, d2f) : null,
                    !ctx.needsGrad(1) ? null
                            : d2f == ZERO ? Tensor.zerosLike(gg) : gg.mul(grad.get()).mul(d2f.apply(self.get()))};
        });
    }

    /**
     * {@code g * factor} with {@code factor} a constant (a mask or a piecewise-constant slope),
     * exactly 0 where the factor is 0; differentiable in g.
     */
    static Tensor scale(Tensor g, Tensor factor) {
        Tensor out = Pointwise.map2(g, factor, g.dtype(), (gv, f) -> f == 0 ? 0 : gv * f);
        return Arithmetic.recordMul(out, g, factor);
    }

    /** PyTorch's name for the node of an op's backward: {@code GeluBackward0} becomes {@code GeluBackwardBackward0}. */
    static String backwardName(String node) {
        return node.replaceFirst("Backward\\d+$", "") + "BackwardBackward0";
    }

    /** Rejects integer and bool inputs to a floating-only kernel, with PyTorch's message. */
    static void requireFloating(Tensor x, String kernel) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + x.dtype().scalarTypeName() + "'");
        }
    }

    /** A double as C++'s {@code operator<<} prints it in PyTorch's messages: 6 significant digits, %g style. */
    static String cpp(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v == 0 ? (1 / v < 0 ? "-0" : "0") : Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6));
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String mantissa = d.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
