package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The scalar special functions against 40-digit references from mpmath 1.2.1
 * ({@code float(mpmath.erf(mpmath.mpf(x)))} with {@code mp.dps = 40}, and likewise erfc, erfinv),
 * rounded to double. PyTorch's own erfinv loses digits in the tails (erfinv(1 - 2^-53) is
 * 5.86395 there, 5.86358 exactly), so the tails are checked here rather than against PyTorch.
 * erf's series sums up to a few dozen terms, so it is good to about 5 ulp (a libm erf to 1).
 */
class SpecialFunctionsTest {

    private static void assertRelative(double expected, double actual, double rtol, String what) {
        assertEquals(expected, actual, rtol * Math.abs(expected), what);
    }

    @Test
    void erfMatchesReference() {
        double[][] cases = {
            {1e-300, 1.1283791670955126e-300}, {1e-10, 1.1283791670955126e-10}, {0.1, 0.1124629160182849},
            {0.5, 0.5204998778130465}, {0.84375, 0.7672256612323416}, {1.0, 0.8427007929497149},
            {1.25, 0.9229001282564583}, {2.0, 0.9953222650189527}, {2.4999, 0.9995928300996666},
            {2.5, 0.999593047982555}, {3.0, 0.9999779095030014}, {4.0, 0.9999999845827421},
            {5.5, 0.9999999999999927}, {5.9, 0.9999999999999999}};
        for (double[] c : cases) {
            assertRelative(c[1], SpecialFunctions.erf(c[0]), 1.2e-15, "erf(" + c[0] + ")");
            assertRelative(-c[1], SpecialFunctions.erf(-c[0]), 1.2e-15, "erf(-" + c[0] + ")");
        }
        assertEquals(1.0, SpecialFunctions.erf(6.0));
        assertEquals(-1.0, SpecialFunctions.erf(Double.NEGATIVE_INFINITY));
        assertEquals(-0.0, SpecialFunctions.erf(-0.0));
        assertTrue(Double.isNaN(SpecialFunctions.erf(Double.NaN)));
    }

    @Test
    void erfcMatchesReference() {
        double[][] cases = {
            {0.5, 0.4795001221869535}, {1.0, 0.15729920705028513}, {2.0, 0.004677734981047266},
            {2.5, 0.0004069520174449589}, {4.0, 1.541725790028002e-08}, {10.0, 2.088487583762545e-45},
            {26.0, 5.663192408856143e-296}, {-1.0, 1.8427007929497148}, {-3.0, 1.9999779095030015}};
        for (double[] c : cases) {
            assertRelative(c[1], SpecialFunctions.erfc(c[0]), 1e-15, "erfc(" + c[0] + ")");
        }
        // below 2 erfc is 1 - erf: the absolute error stays within a few ulp of 1
        assertEquals(0.0072095707647425325, SpecialFunctions.erfc(1.9), 1.2e-15);
        assertEquals(0.0, SpecialFunctions.erfc(30.0));
        assertEquals(2.0, SpecialFunctions.erfc(Double.NEGATIVE_INFINITY));
    }

    @Test
    void erfinvMatchesReference() {
        double[][] cases = {
            {1e-300, 8.86226925452758e-301}, {1e-10, 8.862269254527581e-11}, {0.25, 0.2253120550121781},
            {0.5, 0.4769362762044699}, {0.75, 0.8134198475976185}, {0.9, 1.1630871536766743},
            {0.99, 1.8213863677184494}, {0.999999, 3.458910737275499},
            {1 - 0x1p-20, 3.465505025803331}, {1 - 0x1p-40, 5.05125408524939}, {1 - 0x1p-53, 5.8635847487551676},
            {-0.5, -0.4769362762044699}};
        for (double[] c : cases) {
            assertRelative(c[1], SpecialFunctions.erfinv(c[0]), 1e-15, "erfinv(" + c[0] + ")");
        }
        assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.erfinv(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.erfinv(-1.0));
        assertTrue(Double.isNaN(SpecialFunctions.erfinv(1.5)));
    }

    @Test
    void erfinvInvertsErf() {
        for (double x = -5.5; x <= 5.5; x += 0.0625) {
            double y = SpecialFunctions.erf(x);
            if (Math.abs(y) < 1) {
                double back = SpecialFunctions.erfinv(y);
                // y carries erf's few-ulp error; the slope of erf turns it into an error in x
                double tol = 4e-16 * Math.max(1, Math.abs(x)) + 6 * Math.ulp(y) / (SpecialFunctions.TWO_OVER_SQRT_PI
                        * Math.exp(-x * x));
                assertEquals(x, back, tol, "erfinv(erf(" + x + "))");
            }
        }
    }
}
