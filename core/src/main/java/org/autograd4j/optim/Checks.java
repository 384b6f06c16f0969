package org.autograd4j.optim;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/** Hyper-parameter checks with PyTorch's messages, which print numbers as Python does ("nan", "1e-08"). */
final class Checks {
    private Checks() {
    }

    /** An option without a default (SGD's learning rate) must be given. */
    static void required(ParamGroup group, String option) {
        if (group.get(option) == null) {
            throw new IllegalArgumentException("parameter group didn't specify a value of required optimization "
                    + "parameter " + option);
        }
    }

    /** Rejects a value below zero or NaN, e.g. "Invalid learning rate: nan" ({@code not 0.0 <= value}). */
    static void atLeastZero(ParamGroup group, String option, String what) {
        double value = group.getDouble(option);
        if (!(value >= 0)) {
            throw invalid(what, value);
        }
    }

    /** Rejects a value outside {@code [0, 1)} or {@code [0, 1]}, e.g. "Invalid beta parameter at index 0: 1.0". */
    static void fraction(double value, boolean oneAllowed, String what) {
        if (!(value >= 0 && (value < 1 || oneAllowed && value == 1))) {
            throw invalid(what, value);
        }
    }

    /** Rejects an option the optimizer does not have, which PyTorch would silently keep unused. */
    static void knownOptions(Map<String, Object> known, Map<String, Object> given, String optimizer) {
        for (String name : given.keySet()) {
            if (!known.containsKey(name)) {
                throw new IllegalArgumentException(optimizer + " has no option '" + name + "'; its options are "
                        + known.keySet());
            }
        }
    }

    /** Only floating-point leaves can be optimized. */
    static void trainable(Tensor p) {
        if (!p.isLeaf()) {
            throw new IllegalArgumentException("can't optimize a non-leaf Tensor");
        }
        if (!p.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("optimizer parameters must be floating point tensors, got "
                    + p.dtype());
        }
    }

    /** A step checks every gradient first, so that it cannot stop half-way. */
    static void gradientMatches(Tensor p) {
        Tensor g = p.grad();
        if (g != null && (!Arrays.equals(g.shape(), p.shape()) || g.dtype() != p.dtype())) {
            throw new IllegalStateException("the gradient (" + Shapes.str(g.shape()) + ", " + g.dtype()
                    + ") does not match its parameter (" + Shapes.str(p.shape()) + ", " + p.dtype() + ")");
        }
    }

    static IllegalArgumentException invalid(String what, double value) {
        return new IllegalArgumentException("Invalid " + what + ": " + python(value));
    }

    /** {@code repr(float)}: shortest digits, exponent form below 1e-4 and from 1e16 ("1e-08", "0.001", "2.0"). */
    static String python(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value) || value == 0) {
            return value == 0 ? (1 / value < 0 ? "-0.0" : "0.0") : value > 0 ? "inf" : "-inf";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - decimal.scale() - 1;
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = decimal.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
