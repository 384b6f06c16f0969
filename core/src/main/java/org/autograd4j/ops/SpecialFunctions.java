package org.autograd4j.ops;

/**
 * Scalar special functions the JDK lacks (error function and friends) and the scalar rules of a
 * few elementwise ops, all in double precision. Float32 callers round the result.
 *
 * <p>{@code erf} sums the everywhere-convergent series {@code erf(x) = 2/sqrt(pi) exp(-x^2) sum_n
 * x (2x^2)^n / (1*3*...*(2n+1))} (all terms positive, so no cancellation) below |x| = 2.5, and
 * above it takes {@code erfc} from its continued fraction; both stop at double precision, in at
 * most about 40 terms, and are good to about 5 ulp. {@code erfinv} refines a closed-form first guess by Halley steps, on
 * {@code erfc} in the tails so that arguments near ±1 keep their precision.
 */
final class SpecialFunctions {
    static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    static final double SQRT_PI = 1.7724538509055159;
    static final double SQRT_HALF = 0.7071067811865476;
    static final double INV_SQRT_2PI = 0.3989422804014327;
    static final double LN2 = 0.6931471805599453;
    static final double LN10 = 2.302585092994046;

    private static final double SERIES_LIMIT = 2.5;
    private static final int MAX_TERMS = 200;

    private SpecialFunctions() {
    }

    /** Lanczos (g = 7, 9 terms): about 1e-15 relative, for poisson's acceptance test. */
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double LANCZOS_G = 7;
    private static final double HALF_LOG_2PI = 0.9189385332046728;

    /** log Γ(x) for x ≥ 0.5 (the C library's {@code lgamma} there), by Lanczos' approximation. */
    static double lgamma(double x) {
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a < SERIES_LIMIT) {
            r = erfSeries(a);
        } else if (a < 6) {
            r = 1 - erfcFraction(a);
        } else {
            r = 1; // erfc(6) < 2^-54: erf rounds to 1
        }
        return Math.copySign(r, x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 2) {
            return 1 - erf(x);
        }
        if (x > 27.3) {
            return 0; // below the smallest subnormal
        }
        return erfcFraction(x);
    }

    /** erf(a) for 0 &lt;= a &lt; 2.5 by the positive-term series. */
    private static double erfSeries(double a) {
        double twoA2 = 2 * a * a;
        double term = a;
        double sum = a;
        for (int n = 1; n < MAX_TERMS && term > 1e-17 * sum; n++) {
            term *= twoA2 / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-a * a) * sum;
    }

    /**
     * erfc(a) for a &gt;= 2 from {@code erfc(a) = exp(-a^2)/sqrt(pi) / (a + (1/2)/(a + 1/(a + (3/2)/(a + ...))))},
     * evaluated by the modified Lentz method.
     */
    private static double erfcFraction(double a) {
        final double tiny = 1e-300;
        double f = a;
        double c = a;
        double d = 0;
        for (int n = 1; n < MAX_TERMS; n++) {
            double k = n / 2.0;
            d = a + k * d;
            d = d == 0 ? tiny : 1 / d;
            c = a + k / c;
            c = c == 0 ? tiny : c;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-a * a) / (SQRT_PI * f);
    }

    /** The inverse of erf on [-1, 1]: ±inf at ±1, nan outside. */
    static double erfinv(double y) {
        if (Double.isNaN(y) || y < -1 || y > 1) {
            return Double.NaN;
        }
        if (Math.abs(y) == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, y);
        }
        if (y == 0) {
            return y;
        }
        double a = Math.abs(y);
        // Winitzki's closed form (relative error ~2e-3), then Halley steps on f(x) = erf(x) - a.
        double l = Math.log((1 - a) * (1 + a));
        final double k = 0.147;
        double t = 2 / (Math.PI * k) + l / 2;
        double x = Math.sqrt(Math.sqrt(t * t - l / k) - t);
        double tail = 1 - a; // exact for a >= 0.5
        for (int i = 0; i < 3; i++) {
            double f = a <= 0.5 ? erf(x) - a : tail - erfc(x);
            double r = f / (TWO_OVER_SQRT_PI * Math.exp(-x * x));
            x -= r / (1 + x * r);
        }
        return Math.copySign(x, y);
    }

    /**
     * Python's floor division of doubles, as PyTorch's {@code div(rounding_mode="floor")}: the
     * quotient from {@code fmod} so that exact multiples stay exact. {@code single} rounds each
     * step to float, as a float32 kernel does.
     */
    static double floorDivide(double a, double b, boolean single) {
        if (b == 0) {
            return round(a / b, single);
        }
        double mod = a % b;
        double div = round(round(a - mod, single) / b, single);
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div = round(div - 1, single);
        }
        if (div == 0) {
            return Math.copySign(0, round(a / b, single));
        }
        double floor = Math.floor(div);
        if (round(div - floor, single) > 0.5) {
            floor += 1;
        }
        return floor;
    }

    /** PyTorch's {@code round(x, decimals)}: scale by a power of ten, round half to even, scale back. */
    static double roundDecimals(double x, int decimals, boolean single) {
        if (decimals == 0) {
            return Math.rint(x);
        }
        double ten = round(Math.pow(10, Math.abs(decimals)), single);
        if (decimals > 0) {
            return round(Math.rint(round(x * ten, single)) / ten, single);
        }
        return round(Math.rint(round(x / ten, single)) * ten, single);
    }

    static double round(double v, boolean single) {
        return single ? (float) v : v;
    }
}
