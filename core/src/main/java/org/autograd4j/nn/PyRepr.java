package org.autograd4j.nn;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Python's {@code str} of the values module reprs print: floats, booleans, tuples and sizes. */
final class PyRepr {
    private PyRepr() {
    }

    /** Python's shortest float repr: {@code 0.1}, {@code 1.0}, {@code 1e-05}, {@code 1e+16}. */
    static String num(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = x < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = d.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    static String bool(boolean b) {
        return b ? "True" : "False";
    }

    /** A Python tuple: {@code (3, 3)}, and {@code (3,)} for one element. */
    static String tuple(int[] values) {
        if (values.length == 1) {
            return "(" + values[0] + ",)";
        }
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A float argument given as one value or one per dim: {@code 2.0}, {@code (2.0, 1.5)}. */
    static String numOrTuple(double[] values) {
        if (values.length == 1) {
            return num(values[0]);
        }
        return Arrays.stream(values).mapToObj(PyRepr::num).collect(Collectors.joining(", ", "(", ")"));
    }

    /** An argument given as an int or a tuple prints as it was given: one value as an int. */
    static String intOrTuple(int[] values) {
        return values.length == 1 ? Integer.toString(values[0]) : tuple(values);
    }
}
