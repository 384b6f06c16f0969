#!/usr/bin/env python3
"""Regenerates ElementwiseValuesTest.java from real PyTorch 1.13.

Run with a Python that has torch 1.13:
    python3 core/src/test/python/gen_elementwise_values_test.py
Each case names its inputs (literal values, dtype, shape), a PyTorch expression and the Java
expression that mirrors it. The script records the result's dtype, shape, values and grad_fn name,
then backpropagates the weights linspace(0.5, 1.5, n) (float64, cast to the output dtype) and
records every input's gradient. Cases whose PyTorch expression raises record the message instead.

PyTorch's CPU kernels run a vectorized loop over whole SIMD vectors and a scalar loop over the
remaining few elements, and the two disagree at a few edges (the gradient of hardtanh, elu, hardswish,
hardshrink, softshrink and logit(eps) at nan; hardswish's at exactly 3). autograd4j follows the
vectorized loop, which is what all but the last few elements of a tensor get. So for single-input
floating cases every element's expected value and derivative are taken from that element repeated
64 times (every copy but the tail goes through the vectorized loop); the gradient is then the
weight times that derivative.
"""
import torch
import torch.nn.functional as F

import torch_values as tv

assert torch.__version__.startswith("1.13"), torch.__version__

NAN = float("nan")
INF = float("inf")

F64, F32, I64, BOOL = "f64", "f32", "i64", "bool"
TORCH_DTYPE = {F64: torch.float64, F32: torch.float32, I64: torch.int64, BOOL: torch.bool}


def inp(name, dtype, values, shape=None, grad=None):
    """An input: name, dtype, flat values, shape (default 1-D), requires_grad (default: floating)."""
    if shape is None:
        shape = [len(values)]
    if grad is None:
        grad = dtype in (F64, F32)
    return (name, dtype, values, shape, grad)


EDGE = [-3.5, -1.0, -0.0, 0.0, 0.25, 1.0, 2.5, NAN, INF, -INF]
SMOOTH = [-2.5, -1.0, -0.3, 0.0, 0.4, 1.0, 2.2]
WIDE = [-30.0, -5.0, -1.0, -1e-8, 0.0, 1e-8, 0.5, 3.0, 30.0]
HALVES = [-2.5, -1.5, -0.5, -0.2, 0.5, 1.5, 2.5, 2.7, NAN]

# PyTorch's maximum and minimum return either zero of a tie of -0.0 with 0.0, by loop (its scalar loop the
# first operand, its vectorized loop the second); autograd4j orders -0.0 below 0.0, as Math.max and Math.min
# do. These cases compare out + 0.0, whose zeros are all +0.0.
ZERO_SIGN_BY_LOOP = {"maximumTiesAndNan", "minimumTiesAndNan"}

# (test name, PyTorch expression, Java expression, inputs, optional Java exception class for errors)
CASES = [
    # ---------------------------------------------------------------- add / sub with alpha, reversed forms
    ("addAlphaBroadcast", "torch.add(x, y, alpha=2.5)", "x.add(y, 2.5)",
     [inp("x", F64, [1, -2, 3.5, 0.25, 4, -1], [2, 3]), inp("y", F64, [0.5, -1.5, 2])]),
    ("addAlphaIntegers", "torch.add(i, j, alpha=3)", "i.add(j, 3)",
     [inp("i", I64, [1, -2, 7]), inp("j", I64, [4, 5, -6])]),
    ("addAlphaFloatOnIntegersFails", "torch.add(i, j, alpha=2.5)", "i.add(j, 2.5)",
     [inp("i", I64, [1, 2]), inp("j", I64, [3, 4])], "IllegalArgumentException"),
    ("addAlphaIntTensorFloatOther", "torch.add(i, y, alpha=2)", "i.add(y, 2)",
     [inp("i", I64, [1, 2, 3]), inp("y", F32, [0.5, 0.25, -1.0])]),
    ("subAlpha", "torch.sub(x, y, alpha=-0.5)", "x.sub(y, -0.5)",
     [inp("x", F32, [1, 2, 3]), inp("y", F32, [4, -8, 0.5])]),
    ("rsubScalar", "torch.rsub(x, 2)", "x.rsub(2.0)", [inp("x", F64, [1, -2.5, 0.25])]),
    ("rsubScalarIntegers", "torch.rsub(i, 2)", "i.rsub(2)", [inp("i", I64, [1, -2, 5])]),
    ("rsubFloatScalarOnIntegers", "torch.rsub(i, 2.5)", "i.rsub(2.5)", [inp("i", I64, [1, -2, 5])]),
    ("rsubTensor", "torch.rsub(x, y)", "Tensor.rsub(x, y)",
     [inp("x", F64, [1, 2, 3, 4, 5, 6], [2, 3]), inp("y", F64, [10, 20, 30])]),
    ("rsubIntegerTensorFloatTensor", "torch.rsub(i, y)", "i.rsub(y)", [inp("i", I64, [1, 2]), inp("y", F32, [1.5])]),
    ("rsubTensorAlpha", "torch.rsub(x, y, alpha=3)", "Tensor.rsub(x, y, 3)",
     [inp("x", F64, [1, 2, 3]), inp("y", F64, [0.5, 0.25, 0.125])]),
    ("rsubBoolFails", "torch.rsub(b, 1)", "b.rsub(1)", [inp("b", BOOL, [True, False])],
     "IllegalArgumentException"),
    ("rdiv", "2 / x", "x.rdiv(2.0)", [inp("x", F64, [0.5, -4, 0.0, -0.0, INF])]),
    ("rdivIntegers", "2 / i", "i.rdiv(2)", [inp("i", I64, [1, 2, 3, 0, -4])]),
    ("rpow", "torch.pow(2.5, x)", "x.rpow(2.5)", [inp("x", F64, [-2, -0.5, 0, 1.5, 3])]),
    ("rpowZeroBase", "torch.pow(0.0, x)", "x.rpow(0.0)", [inp("x", F64, [-1.5, 0, 2])]),
    ("rpowZeroBaseIntegers", "torch.pow(0, i)", "i.rpow(0)", [inp("i", I64, [0, 2])]),
    ("rpowIntegers", "torch.pow(3, i)", "i.rpow(3)", [inp("i", I64, [0, 1, 2, 5])]),
    ("rpowFloatBaseIntegers", "torch.pow(0.5, i)", "i.rpow(0.5)", [inp("i", I64, [0, 1, 2, 5])]),
    # ---------------------------------------------------------------- division with rounding modes
    ("divFloor", "torch.div(x, y, rounding_mode='floor')", "x.div(y, \"floor\")",
     [inp("x", F64, [7, -7, 7, -7, 6, -6, 0.0, -0.0, 1, 5.5, 1e300]),
      inp("y", F64, [2, 2, -2, -2, 3, 3, 5, 5, 0.0, 0.5, 1e-10])]),
    ("divFloorSigns", "torch.div(x, y, rounding_mode='floor')", "x.div(y, \"floor\")",
     [inp("x", F64, [0.0, 0.0, 1.0, -1.0, NAN, INF, 3.0]), inp("y", F64, [-3.0, 3.0, -INF, INF, 1.0, 2.0, INF])]),
    ("divTrunc", "torch.div(x, y, rounding_mode='trunc')", "x.div(y, \"trunc\")",
     [inp("x", F64, [7, -7, 7, -7, 0.0, 1, -1]), inp("y", F64, [2, 2, -2, -2, -5, 0.0, 0.0])]),
    ("divTruncFloat32", "torch.div(x, y, rounding_mode='trunc')", "x.div(y, \"trunc\")",
     [inp("x", F32, [0.3, 0.7, 1.0, -0.3]), inp("y", F32, [0.1, 0.1, 0.1, 0.1])]),
    ("divFloorFloat32", "torch.div(x, y, rounding_mode='floor')", "x.div(y, \"floor\")",
     [inp("x", F32, [0.3, 0.7, 1.0, -0.3, 1e10]), inp("y", F32, [0.1, 0.1, 0.1, 0.1, 3.0])]),
    ("divFloorIntegers", "torch.div(i, j, rounding_mode='floor')", "i.div(j, \"floor\")",
     [inp("i", I64, [7, -7, 7, -7, 0]), inp("j", I64, [2, 2, -2, -2, 3])]),
    ("divTruncIntegerScalar", "torch.div(i, 2, rounding_mode='trunc')", "i.div(2, \"trunc\")",
     [inp("i", I64, [7, -7, 6, -1])]),
    ("divFloorIntegersFloatScalar", "torch.div(i, 2.5, rounding_mode='floor')", "i.div(2.5, \"floor\")",
     [inp("i", I64, [7, -7, 5])]),
    ("divFloorByZeroIntegers", "torch.div(i, j, rounding_mode='floor')", "i.div(j, \"floor\")",
     [inp("i", I64, [1, 2]), inp("j", I64, [1, 0])], "IllegalArgumentException"),
    ("divBadRoundingMode", "torch.div(x, x, rounding_mode='round')", "x.div(x, \"round\")",
     [inp("x", F64, [1, 2])], "IllegalArgumentException"),
    ("divWithoutRoundingIsTrueDivision", "torch.div(x, y)", "x.div(y, null)",
     [inp("x", F64, [1, -2, 3]), inp("y", F64, [4, 0.5, -2])]),
    # ---------------------------------------------------------------- maximum, minimum, atan2
    ("maximumTiesAndNan", "torch.maximum(x, y)", "x.maximum(y)",
     [inp("x", F64, [1, 2, NAN, 3, NAN, -0.0, 5]), inp("y", F64, [1, 3, 1, NAN, NAN, 0.0, -INF])]),
    ("minimumTiesAndNan", "torch.minimum(x, y)", "Tensor.minimum(x, y)",
     [inp("x", F64, [1, 2, NAN, 3, NAN, -0.0, 5]), inp("y", F64, [1, 3, 1, NAN, NAN, 0.0, -INF])]),
    ("maximumBroadcast", "torch.maximum(x, y)", "Tensor.maximum(x, y)",
     [inp("x", F64, [1, 5, -2, 0, 3, 3], [2, 3]), inp("y", F64, [0, 3, 3])]),
    ("maximumMixedDtypes", "torch.maximum(i, y)", "i.maximum(y)",
     [inp("i", I64, [1, 2, 3]), inp("y", F32, [2.5, 0.5, 3.0])]),
    ("minimumIntegers", "torch.minimum(i, j)", "i.minimum(j)", [inp("i", I64, [1, -5, 3]), inp("j", I64, [2, -6, 3])]),
    ("maximumBools", "torch.maximum(a, b)", "a.maximum(b)",
     [inp("a", BOOL, [True, False, False]), inp("b", BOOL, [False, False, True])]),
    ("atan2", "torch.atan2(y, x)", "y.atan2(x)",
     [inp("y", F64, [0.0, -0.0, 1, -1, 1, 0.0, 2, INF]), inp("x", F64, [-1, -1, 0.0, 0.0, 1, 0.0, -3, 1])]),
    ("atan2Integers", "torch.atan2(i, j)", "Tensor.atan2(i, j)", [inp("i", I64, [1, -1, 0]), inp("j", I64, [1, 1, -1])]),
    # ---------------------------------------------------------------- remainders, hypot, logaddexp, xlogy, copysign
    ("fmod", "torch.fmod(x, y)", "x.fmod(y)",
     [inp("x", F64, [7, -7, 7, -7, 5.5, 0.0, -0.0, INF, 1, 7.5]), inp("y", F64, [2, 2, -2, -2, 0.0, 3, 3, 2, INF, 2.5])]),
    ("fmodScalar", "torch.fmod(x, 1.5)", "x.fmod(1.5)", [inp("x", F64, [-4, -1.5, 0.0, 2.25, 4])]),
    ("fmodIntegers", "torch.fmod(i, j)", "i.fmod(j)", [inp("i", I64, [5, -5, 5, -5]), inp("j", I64, [3, 3, -3, -3])]),
    ("fmodIntegersFloatScalar", "torch.fmod(i, 1.5)", "i.fmod(1.5)", [inp("i", I64, [5, -5])]),
    ("fmodByZeroIntegersFails", "torch.fmod(i, 0)", "i.fmod(0)", [inp("i", I64, [5])], "IllegalArgumentException"),
    ("remainder", "torch.remainder(x, y)", "x.remainder(y)",
     [inp("x", F64, [7, -7, 7, -7, 5.5, 0.0, -0.0, INF, 1, -1, 7.5]),
      inp("y", F64, [2, 2, -2, -2, 0.0, 3, 3, 2, INF, INF, 2.5])]),
    ("remainderFloat32", "torch.remainder(x, y)", "x.remainder(y)",
     [inp("x", F32, [-1e-8, 1e-8, -0.5]), inp("y", F32, [1, -1, 0.25])]),
    ("remainderScalar", "torch.remainder(x, -1.5)", "x.remainder(-1.5)", [inp("x", F64, [-4, -1.5, 0.0, 2.25, 4])]),
    ("remainderIntegers", "torch.remainder(i, j)", "i.remainder(j)",
     [inp("i", I64, [5, -5, 5, -5]), inp("j", I64, [3, 3, -3, -3])]),
    ("remainderIntegerScalar", "torch.remainder(i, -3)", "i.remainder(-3)", [inp("i", I64, [5, -5, 6])]),
    ("hypot", "torch.hypot(x, y)", "x.hypot(y)",
     [inp("x", F64, [3, -5, 0.0, 1e300, INF, NAN, 1e-300]), inp("y", F64, [4, 12, 0.0, 1e300, NAN, INF, 1e-300])]),
    ("hypotIntegersFails", "torch.hypot(i, i)", "i.hypot(i)", [inp("i", I64, [1])], "IllegalArgumentException"),
    ("logaddexp", "torch.logaddexp(x, y)", "x.logaddexp(y)",
     [inp("x", F64, [0.0, 1000, -1000, -INF, INF, -INF, 1, 2]), inp("y", F64, [0.0, 1000, -999, -INF, INF, 1, NAN, -3])]),
    ("logaddexp2", "torch.logaddexp2(x, y)", "x.logaddexp2(y)",
     [inp("x", F64, [0.0, 1000, -1000, -INF, 1, 2]), inp("y", F64, [0.0, 1000, -999, -INF, 3, -3])]),
    ("logaddexpIntegersFails", "torch.logaddexp(i, i)", "i.logaddexp(i)", [inp("i", I64, [1])],
     "IllegalArgumentException"),
    ("xlogy", "torch.xlogy(x, y)", "x.xlogy(y)",
     [inp("x", F64, [0.0, 0.0, 0.0, 2, 2, 1, 0.0, 3]), inp("y", F64, [0.0, -1, NAN, 3, 0.0, -1, 5, INF])]),
    ("xlogyScalar", "torch.xlogy(x, 0.0)", "x.xlogy(0.0)", [inp("x", F64, [0.0, 2, -1])]),
    ("xlogyIntegers", "torch.xlogy(i, j)", "i.xlogy(j)", [inp("i", I64, [0, 5, -5]), inp("j", I64, [0, 3, 3])]),
    ("copysign", "torch.copysign(x, y)", "x.copysign(y)",
     [inp("x", F64, [1, -2, 0.0, -0.0, 3, NAN, INF]), inp("y", F64, [-1, 1, -1, 1, -0.0, -1, -2])]),
    ("copysignScalar", "torch.copysign(x, -1.0)", "x.copysign(-1.0)", [inp("x", F64, [1, -2, 0.0])]),
    ("copysignIntegers", "torch.copysign(i, j)", "i.copysign(j)", [inp("i", I64, [5, -5]), inp("j", I64, [-3, 3])]),
    # ---------------------------------------------------------------- lerp, addcmul, addcdiv
    ("lerpSmallWeight", "torch.lerp(x, y, 0.3)", "x.lerp(y, 0.3)",
     [inp("x", F64, [0.0, 1, -2, 5, 1e300]), inp("y", F64, [10, 1, 2, -5, -1e300])]),
    ("lerpLargeWeight", "torch.lerp(x, y, 0.7)", "x.lerp(y, 0.7)",
     [inp("x", F64, [0.0, 1, -2, 5]), inp("y", F64, [10, 1, 2, -5])]),
    ("lerpFloat32", "torch.lerp(x, y, 0.5)", "x.lerp(y, 0.5)", [inp("x", F32, [0.1, 1, -2]), inp("y", F32, [0.3, 3, 7])]),
    ("lerpTensorWeight", "torch.lerp(x, y, w)", "x.lerp(y, w)",
     [inp("x", F64, [0.0, 1, -2, 5, 0.0, 3], [2, 3]), inp("y", F64, [10, 1, 2]), inp("w", F64, [-0.5, 0.5, 1.5], [1, 3])]),
    ("lerpIntegersFails", "torch.lerp(i, i, 0.5)", "i.lerp(i, 0.5)", [inp("i", I64, [1])], "IllegalArgumentException"),
    ("lerpDtypeMismatchFails", "torch.lerp(x, y, 0.5)", "x.lerp(y, 0.5)", [inp("x", F32, [1]), inp("y", F64, [1])],
     "IllegalArgumentException"),
    ("addcmul", "torch.addcmul(x, y, z, value=0.5)", "x.addcmul(y, z, 0.5)",
     [inp("x", F64, [1, 2, 3, 4, 5, 6], [2, 3]), inp("y", F64, [2, -1, 0.5]), inp("z", F64, [3, 4], [2, 1])]),
    ("addcmulIntegers", "torch.addcmul(i, i, j)", "i.addcmul(i, j)", [inp("i", I64, [5, -5]), inp("j", I64, [3, 3])]),
    ("addcmulIntegersFractionalValue", "torch.addcmul(i, i, j, value=2.5)", "i.addcmul(i, j, 2.5)",
     [inp("i", I64, [5, -5]), inp("j", I64, [3, 3])]),
    ("addcdiv", "torch.addcdiv(x, y, z, value=-2)", "x.addcdiv(y, z, -2)",
     [inp("x", F64, [1, 2, 3]), inp("y", F64, [2, -1, 0.5]), inp("z", F64, [4, 0.0, -0.25])]),
    ("addcdivIntegersFails", "torch.addcdiv(i, i, i)", "i.addcdiv(i, i)", [inp("i", I64, [5])],
     "IllegalArgumentException"),
    ("lerpInPlace", "(x * 1).lerp_(y, 0.25)", "x.mul(1L).lerp_(y, 0.25)",
     [inp("x", F64, [0.0, 4]), inp("y", F64, [8, 0.0])]),
    ("addcmulInPlace", "(x * 1).addcmul_(y, z, value=2)", "x.mul(1L).addcmul_(y, z, 2)",
     [inp("x", F64, [1, 2]), inp("y", F64, [3, 4]), inp("z", F64, [5, 6])]),
    ("addcdivInPlace", "(x * 1).addcdiv_(y, z, value=2)", "x.mul(1L).addcdiv_(y, z, 2)",
     [inp("x", F64, [1, 2]), inp("y", F64, [3, 4]), inp("z", F64, [5, 6])]),
    # ---------------------------------------------------------------- comparisons and logical ops
    ("eqWithNan", "torch.eq(x, y)", "x.eq(y)",
     [inp("x", F64, [1, NAN, 0.0, INF, 2]), inp("y", F64, [1, NAN, -0.0, INF, 3])]),
    ("neWithNan", "torch.ne(x, y)", "x.ne(y)",
     [inp("x", F64, [1, NAN, 0.0, INF, 2]), inp("y", F64, [1, NAN, -0.0, INF, 3])]),
    ("ltBroadcast", "torch.lt(x, y)", "x.lt(y)", [inp("x", F64, [1, 2, 3, 4, 5, 6], [2, 3]), inp("y", F64, [2, 2, NAN])]),
    ("leScalar", "x <= 0.5", "x.le(0.5)", [inp("x", F64, [0.25, 0.5, 0.75, NAN])]),
    ("gtIntegerScalar", "i > 2", "i.gt(2)", [inp("i", I64, [1, 2, 3])]),
    ("geIntegerVsFloatScalar", "i >= 2.5", "i.ge(2.5)", [inp("i", I64, [1, 2, 3])]),
    ("eqFloat32WithDoubleScalar", "x == 0.1", "x.eq(0.1)", [inp("x", F32, [0.1, 0.2])]),
    ("eqLargeIntegersExact", "i == j", "i.eq(j)",
     [inp("i", I64, [2 ** 53 + 1, 2 ** 62]), inp("j", I64, [2 ** 53, 2 ** 62])]),
    ("eqIntegerAgainstFloat32", "i == x", "i.eq(x)", [inp("i", I64, [16777217, 3]), inp("x", F32, [16777216.0, 3.0])]),
    ("ltBools", "a < b", "a.lt(b)", [inp("a", BOOL, [True, False, False]), inp("b", BOOL, [True, True, False])]),
    ("logicalAnd", "torch.logical_and(x, y)", "x.logicalAnd(y)",
     [inp("x", F64, [0.0, 1, NAN, -0.0, 2, 0.0]), inp("y", I64, [1, 0, 5, 1, -1, 0])]),
    ("logicalOrBroadcast", "torch.logical_or(a, b)", "a.logicalOr(b)",
     [inp("a", BOOL, [True, False, False, False], [2, 2]), inp("b", F64, [0.0, 0.0])]),
    ("logicalXor", "torch.logical_xor(a, b)", "a.logicalXor(b)",
     [inp("a", BOOL, [True, True, False, False]), inp("b", BOOL, [True, False, True, False])]),
    ("logicalNot", "torch.logical_not(x)", "x.logicalNot()", [inp("x", F64, [0.0, -0.0, 1, NAN, INF])]),
    ("isnan", "torch.isnan(x)", "x.isnan()", [inp("x", F64, EDGE)]),
    ("isinf", "torch.isinf(x)", "x.isinf()", [inp("x", F64, EDGE)]),
    ("isposinf", "torch.isposinf(x)", "x.isposinf()", [inp("x", F64, EDGE)]),
    ("isneginf", "torch.isneginf(x)", "x.isneginf()", [inp("x", F64, EDGE)]),
    ("isfinite", "torch.isfinite(x)", "x.isfinite()", [inp("x", F64, EDGE)]),
    ("isfiniteIntegers", "torch.isfinite(i)", "i.isfinite()", [inp("i", I64, [1, 2])]),
    ("isclose", "torch.isclose(x, y)", "x.isclose(y)",
     [inp("x", F64, [1, 1, INF, INF, NAN, 1e-9, 100]), inp("y", F64, [1 + 1e-6, 1 + 1e-4, INF, -INF, NAN, 0, 100.001])]),
    ("iscloseDtypeMismatchFails", "torch.isclose(x, y)", "x.isclose(y)", [inp("x", F32, [1]), inp("y", F64, [1])],
     "IllegalArgumentException"),
    ("iscloseNegativeRtolFails", "torch.isclose(x, x, rtol=-1.0)", "x.isclose(x, -1.0, 1e-8, false)",
     [inp("x", F64, [1])], "IllegalArgumentException"),
    ("iscloseEqualNan", "torch.isclose(x, y, rtol=0.1, atol=0.5, equal_nan=True)", "x.isclose(y, 0.1, 0.5, true)",
     [inp("x", F64, [1, NAN, 10, 0]), inp("y", F64, [1.5, NAN, 11.6, 0.6])]),
    # ---------------------------------------------------------------- sign and magnitude
    ("abs", "torch.abs(x)", "x.abs()", [inp("x", F64, EDGE)]),
    ("absIntegers", "torch.abs(i)", "i.abs()", [inp("i", I64, [-3, 0, 4])]),
    ("absBoolFails", "torch.abs(b)", "b.abs()", [inp("b", BOOL, [True])], "IllegalArgumentException"),
    ("sign", "torch.sign(x)", "x.sign()", [inp("x", F64, EDGE)]),
    ("signIntegers", "torch.sign(i)", "i.sign()", [inp("i", I64, [-3, 0, 4])]),
    ("signBools", "torch.sign(b)", "b.sign()", [inp("b", BOOL, [True, False])]),
    ("square", "torch.square(x)", "x.square()", [inp("x", F64, EDGE)]),
    ("squareIntegers", "torch.square(i)", "i.square()", [inp("i", I64, [-3, 0, 4])]),
    ("squareBools", "torch.square(b)", "b.square()", [inp("b", BOOL, [True, False])]),
    ("reciprocal", "torch.reciprocal(x)", "x.reciprocal()", [inp("x", F64, EDGE)]),
    ("reciprocalIntegers", "torch.reciprocal(i)", "i.reciprocal()", [inp("i", I64, [-3, 0, 4])]),
    ("rsqrt", "torch.rsqrt(x)", "x.rsqrt()", [inp("x", F64, [0.0, 0.25, 1, 2, 100, -1, INF, NAN])]),
    # ---------------------------------------------------------------- exponentials and logarithms
    ("exp2", "torch.exp2(x)", "x.exp2()", [inp("x", F64, EDGE + [10, -1074.5, 1024])]),
    ("exp2Integers", "torch.exp2(i)", "i.exp2()", [inp("i", I64, [-1, 0, 3])]),
    ("expm1", "torch.expm1(x)", "x.expm1()", [inp("x", F64, WIDE + [1e-300, NAN, -INF])]),
    ("log2", "torch.log2(x)", "x.log2()", [inp("x", F64, [0.0, 0.125, 1, 3, 8, 1024, 1e-310, -1, INF, NAN])]),
    ("log2Float32", "torch.log2(x)", "x.log2()", [inp("x", F32, [0.125, 3, 8, 1e-40])]),
    ("log10", "torch.log10(x)", "x.log10()", [inp("x", F64, [0.0, 0.001, 1, 5, 1000, -1, INF, NAN])]),
    ("log1p", "torch.log1p(x)", "x.log1p()", [inp("x", F64, [-1, -0.5, -1e-12, 0.0, 1e-12, 1, 1e10, -2, INF, NAN])]),
    ("log1pIntegers", "torch.log1p(i)", "i.log1p()", [inp("i", I64, [0, 1, 9])]),
    ("logit", "torch.logit(x)", "x.logit()", [inp("x", F64, [-0.5, 0.0, 1e-7, 0.25, 0.5, 0.9, 1.0, 1.5, NAN])]),
    ("logitIntegers", "torch.logit(i)", "i.logit()", [inp("i", I64, [1, 0])]),
    ("logitEps", "torch.logit(x, eps=0.1)", "x.logit(0.1)",
     [inp("x", F64, [-0.5, 0.0, 0.05, 0.1, 0.25, 0.5, 0.9, 0.95, 1.0, 1.5, NAN])]),
    ("logitFloat32Eps", "torch.logit(x, eps=1e-6)", "x.logit(1e-6)", [inp("x", F32, [0.0, 0.3, 1.0])]),
    # ---------------------------------------------------------------- trigonometric and hyperbolic
    ("sin", "torch.sin(x)", "x.sin()", [inp("x", F64, SMOOTH + [100, INF, NAN])]),
    ("cos", "torch.cos(x)", "x.cos()", [inp("x", F64, SMOOTH + [100, INF, NAN])]),
    ("tan", "torch.tan(x)", "x.tan()", [inp("x", F64, SMOOTH + [1.5, NAN])]),
    ("asin", "torch.asin(x)", "x.asin()", [inp("x", F64, [-1, -0.5, 0.0, 0.3, 0.99, 1, 1.5, NAN])]),
    ("acos", "torch.acos(x)", "x.acos()", [inp("x", F64, [-1, -0.5, 0.0, 0.3, 0.99, 1, 1.5, NAN])]),
    ("atan", "torch.atan(x)", "x.atan()", [inp("x", F64, SMOOTH + [1e10, INF, -INF, NAN])]),
    ("sinh", "torch.sinh(x)", "x.sinh()", [inp("x", F64, SMOOTH + [1e-10, 50, NAN])]),
    ("cosh", "torch.cosh(x)", "x.cosh()", [inp("x", F64, SMOOTH + [50, NAN])]),
    ("asinh", "torch.asinh(x)", "x.asinh()", [inp("x", F64, SMOOTH + [1e-10, -1e10, 1e300, NAN])]),
    ("acosh", "torch.acosh(x)", "x.acosh()", [inp("x", F64, [0.5, 1, 1.001, 1.5, 10, 1e300, INF, NAN])]),
    ("atanh", "torch.atanh(x)", "x.atanh()", [inp("x", F64, [-1, -0.5, -1e-10, 0.0, 0.3, 0.999, 1, 1.5, NAN])]),
    ("sinFloat32", "torch.sin(x)", "x.sin()", [inp("x", F32, SMOOTH)]),
    ("cosIntegers", "torch.cos(i)", "i.cos()", [inp("i", I64, [0, 1, 3])]),
    # ---------------------------------------------------------------- error function
    ("erf", "torch.erf(x)", "x.erf()",
     [inp("x", F64, [-6, -2.5, -1, -0.3, 0.0, 1e-8, 0.5, 0.84375, 1.25, 2.4999, 2.5, 3, 5.9, 6, 30, INF, NAN])]),
    ("erfc", "torch.erfc(x)", "x.erfc()",
     [inp("x", F64, [-6, -1, -0.3, 0.0, 0.5, 1.9, 2, 2.5, 5, 10, 26, 27.5, INF, -INF, NAN])]),
    ("erfinv", "torch.erfinv(x)", "x.erfinv()",
     [inp("x", F64, [-1, -0.999, -0.5, -1e-9, 0.0, 0.1, 0.5, 0.7, 0.9, 0.99, 1, 1.5, NAN])]),
    ("erfFloat32", "torch.erf(x)", "x.erf()", [inp("x", F32, [-2, -0.5, 0.1, 1, 3])]),
    ("erfinvFloat32", "torch.erfinv(x)", "x.erfinv()", [inp("x", F32, [-0.9, -0.2, 0.1, 0.5, 0.95])]),
    ("erfIntegers", "torch.erf(i)", "i.erf()", [inp("i", I64, [-1, 0, 2])]),
    # ---------------------------------------------------------------- rounding
    ("floor", "torch.floor(x)", "x.floor()", [inp("x", F64, HALVES + [-0.0, INF])]),
    ("ceil", "torch.ceil(x)", "x.ceil()", [inp("x", F64, HALVES + [-0.0, INF])]),
    ("round", "torch.round(x)", "x.round()", [inp("x", F64, HALVES + [-0.0, INF, 0.49999999999999994])]),
    ("trunc", "torch.trunc(x)", "x.trunc()", [inp("x", F64, HALVES + [-0.0, INF])]),
    ("fix", "torch.fix(x)", "x.fix()", [inp("x", F64, [-1.5, 1.5])]),
    ("frac", "torch.frac(x)", "x.frac()", [inp("x", F64, HALVES + [-0.0, 1e20])]),
    ("floorIntegers", "torch.floor(i)", "i.floor()", [inp("i", I64, [-3, 0, 4])]),
    ("roundIntegers", "torch.round(i)", "i.round()", [inp("i", I64, [-3, 0, 4])]),
    ("floorBoolFails", "torch.floor(b)", "b.floor()", [inp("b", BOOL, [True])], "IllegalArgumentException"),
    ("fracIntegersFails", "torch.frac(i)", "i.frac()", [inp("i", I64, [1])], "IllegalArgumentException"),
    ("roundDecimals", "torch.round(x, decimals=2)", "x.round(2)",
     [inp("x", F64, [2.675, 1.005, -1.555, 0.125, 0.135, 1e300, NAN, 123.456])]),
    ("roundDecimalsFloat32", "torch.round(x, decimals=2)", "x.round(2)",
     [inp("x", F32, [2.675, 1.005, -1.555, 0.125, 0.135, 123.456])]),
    ("roundNegativeDecimals", "torch.round(x, decimals=-1)", "x.round(-1)",
     [inp("x", F64, [15, 25, -35, 1234.5, 4.9])]),
    ("roundDecimalsIntegersFails", "torch.round(i, decimals=1)", "i.round(1)", [inp("i", I64, [1])],
     "IllegalArgumentException"),
    # ---------------------------------------------------------------- clamping
    ("clamp", "torch.clamp(x, -1, 1)", "x.clamp(-1.0, 1.0)", [inp("x", F64, EDGE)]),
    ("clampMinOnly", "torch.clamp(x, min=0.25)", "x.clamp(0.25, null)", [inp("x", F64, EDGE)]),
    ("clampMaxOnly", "torch.clamp(x, max=0.25)", "x.clamp(null, 0.25)", [inp("x", F64, EDGE)]),
    ("clampInverted", "torch.clamp(x, 1, 0)", "x.clamp(1.0, 0.0)", [inp("x", F64, [-1, 0.5, 2, NAN])]),
    ("clampIntegersIntegerBounds", "torch.clamp(i, 0, 2)", "i.clamp(0, 2)", [inp("i", I64, [-1, 1, 5])]),
    ("clampIntegersFloatBounds", "torch.clamp(i, 0.5, 2.5)", "i.clamp(0.5, 2.5)", [inp("i", I64, [-1, 1, 5])]),
    ("clampFloat32Bound", "torch.clamp(x, min=0.1)", "x.clamp(0.1, null)", [inp("x", F32, [0.1, 0.05, 0.2])]),
    ("clampNoBoundsFails", "torch.clamp(x)", "x.clamp((Double) null, null)", [inp("x", F64, [1])],
     "IllegalArgumentException"),
    ("clampMinScalar", "torch.clamp_min(x, 0.25)", "x.clampMin(0.25)", [inp("x", F64, EDGE)]),
    ("clampMaxScalar", "torch.clamp_max(x, 0.25)", "x.clampMax(0.25)", [inp("x", F64, EDGE)]),
    ("clampTensors", "torch.clamp(x, lo, hi)", "x.clamp(lo, hi)",
     [inp("x", F64, [-1, 0.0, 0.5, 1, 2, 0.7, 0.85, NAN]), inp("lo", F64, [0, 0, 0, 0, 0, 0.9, 0.9, 0]),
      inp("hi", F64, [1, 1, 1, 1, 1, 0.8, 0.8, 1])]),
    ("clampTensorsBroadcast", "torch.clamp(x, lo, hi)", "x.clamp(lo, hi)",
     [inp("x", F64, [-1, 0.0, 0.5, 1, 2, 3], [2, 3]), inp("lo", F64, [0, 0.5, 1]), inp("hi", F64, [0.5, 2.5], [2, 1])]),
    ("clampTensorMinOnly", "torch.clamp(x, min=lo)", "x.clamp(lo, null)",
     [inp("x", F64, [-1, 0.0, 0.5, 2]), inp("lo", F64, [0, 0, 1, 1])]),
    ("clampTensorMaxOnly", "torch.clamp(x, max=hi)", "x.clamp(null, hi)",
     [inp("x", F64, [-1, 0.0, 0.5, 2]), inp("hi", F64, [0, 0, 1, 1])]),
    ("clampMinTensor", "torch.clamp_min(x, lo)", "x.clampMin(lo)",
     [inp("x", F64, [-1, 0.0, 0.5, 2]), inp("lo", F64, [0, 0, 1, 1])]),
    ("clampMaxTensor", "torch.clamp_max(x, hi)", "x.clampMax(hi)",
     [inp("x", F64, [-1, 0.0, 0.5, 2]), inp("hi", F64, [0, 0, 1, 1])]),
    # ---------------------------------------------------------------- non-finite values
    ("nanToNum", "torch.nan_to_num(x)", "x.nanToNum()", [inp("x", F64, EDGE)]),
    ("nanToNumFloat32", "torch.nan_to_num(x)", "x.nanToNum()", [inp("x", F32, [NAN, INF, -INF, 1.5])]),
    ("nanToNumValues", "torch.nan_to_num(x, nan=1.0, posinf=2.0, neginf=-2.0)", "x.nanToNum(1.0, 2.0, -2.0)",
     [inp("x", F64, EDGE)]),
    ("nanToNumOnlyPosinf", "torch.nan_to_num(x, posinf=9.0)", "x.nanToNum(0, 9.0, null)", [inp("x", F64, EDGE)]),
    ("nanToNumIntegers", "torch.nan_to_num(i)", "i.nanToNum()", [inp("i", I64, [1, -2])]),
    # ---------------------------------------------------------------- activations
    ("relu6", "F.relu6(x)", "F.relu6(x)", [inp("x", F64, [-1, 0.0, 3, 6, 7, NAN])]),
    ("relu6Integers", "F.relu6(i)", "F.relu6(i)", [inp("i", I64, [-4, 0, 2, 7])]),
    ("hardtanh", "F.hardtanh(x)", "F.hardtanh(x)", [inp("x", F64, [-2, -1, -0.5, 0.0, 1, 2, NAN])]),
    ("hardtanhBounds", "F.hardtanh(x, -0.5, 2.0)", "F.hardtanh(x, -0.5, 2.0)", [inp("x", F64, [-2, -0.5, 0.0, 2, 3])]),
    ("hardtanhBoolFails", "F.hardtanh(b)", "F.hardtanh(b)", [inp("b", BOOL, [True])], "IllegalArgumentException"),
    ("hardtanhIntegers", "F.hardtanh(i)", "F.hardtanh(i)", [inp("i", I64, [-4, 0, 2])]),
    ("leakyRelu", "F.leaky_relu(x)", "F.leakyRelu(x)", [inp("x", F64, EDGE)]),
    ("leakyReluSlope", "F.leaky_relu(x, 0.2)", "F.leakyRelu(x, 0.2)", [inp("x", F32, [-2, -0.0, 0.0, 3, NAN])]),
    ("leakyReluIntegersFails", "F.leaky_relu(i)", "F.leakyRelu(i)", [inp("i", I64, [1])], "IllegalArgumentException"),
    ("elu", "F.elu(x)", "F.elu(x)", [inp("x", F64, WIDE + [-1e-10, NAN, -INF])]),
    ("eluAlpha", "F.elu(x, 0.5)", "F.elu(x, 0.5)", [inp("x", F64, [-2, -0.5, 0.0, 1.5])]),
    ("selu", "F.selu(x)", "F.selu(x)", [inp("x", F64, WIDE)]),
    ("celu", "F.celu(x, 0.5)", "F.celu(x, 0.5)", [inp("x", F64, WIDE)]),
    ("celuZeroAlphaFails", "F.celu(x, 0.0)", "F.celu(x, 0.0)", [inp("x", F64, [1])], "IllegalArgumentException"),
    ("celuDefault", "F.celu(x)", "F.celu(x)", [inp("x", F32, [-2, -0.5, 0.0, 1.5])]),
    ("gelu", "F.gelu(x)", "F.gelu(x)", [inp("x", F64, WIDE + [-3, -0.75, 1.5, NAN, INF, -INF])]),
    ("geluTanh", "F.gelu(x, approximate='tanh')", "F.gelu(x, \"tanh\")",
     [inp("x", F64, WIDE + [-3, -0.75, 1.5, NAN])]),
    ("geluFloat32", "F.gelu(x)", "F.gelu(x)", [inp("x", F32, [-3, -0.75, 0.1, 1.5, 6])]),
    ("geluBadApproximation", "F.gelu(x, approximate='exact')", "F.gelu(x, \"exact\")", [inp("x", F64, [1])],
     "IllegalArgumentException"),
    ("silu", "F.silu(x)", "F.silu(x)", [inp("x", F64, WIDE + [-800, 800, NAN])]),
    ("mish", "F.mish(x)", "F.mish(x)", [inp("x", F64, WIDE + [-800, 800, NAN])]),
    ("softplus", "F.softplus(x)", "F.softplus(x)", [inp("x", F64, WIDE + [19.9, 20, 20.1, -800, 800, NAN])]),
    ("softplusBetaThreshold", "F.softplus(x, beta=2, threshold=5)", "F.softplus(x, 2, 5)",
     [inp("x", F64, [-3, -0.5, 0.0, 2, 2.5, 2.6, 10])]),
    ("softplusFloat32", "F.softplus(x)", "F.softplus(x)", [inp("x", F32, [-30, -1, 0.0, 2, 25])]),
    ("softsign", "F.softsign(x)", "F.softsign(x)", [inp("x", F64, [-3, -0.5, 0.0, 2, INF, NAN])]),
    ("softsignIntegers", "F.softsign(i)", "F.softsign(i)", [inp("i", I64, [-4, 0, 2])]),
    ("hardsigmoid", "F.hardsigmoid(x)", "F.hardsigmoid(x)", [inp("x", F64, [-4, -3, -1, 0.0, 2.9, 3, 4, NAN])]),
    ("hardswish", "F.hardswish(x)", "F.hardswish(x)", [inp("x", F64, [-4, -3, -1, 0.0, 2.9, 3, 4, NAN])]),
    ("logsigmoid", "F.logsigmoid(x)", "F.logsigmoid(x)", [inp("x", F64, WIDE + [-800, 800, NAN])]),
    ("sigmoidF", "torch.sigmoid(x)", "F.sigmoid(x)", [inp("x", F64, [-2, 0.0, 3])]),
    ("tanhF", "torch.tanh(x)", "F.tanh(x)", [inp("x", F64, [-2, 0.0, 3])]),
    ("reluF", "F.relu(x)", "F.relu(x)", [inp("x", F64, [-2, 0.0, 3])]),
    ("threshold", "F.threshold(x, 0.5, -1.0)", "F.threshold(x, 0.5, -1.0)", [inp("x", F64, [-2, 0.5, 0.6, 3, NAN])]),
    ("thresholdIntegers", "F.threshold(i, 2, -1)", "F.threshold(i, 2, -1)", [inp("i", I64, [1, 2, 5])]),
    ("softshrinkWholeLambdaFails", "F.softshrink(x, -1.0)", "F.softshrink(x, -1.0)", [inp("x", F64, [1])],
     "IllegalArgumentException"),
    ("hardshrink", "F.hardshrink(x)", "F.hardshrink(x)", [inp("x", F64, [-2, -0.5, -0.3, 0.0, 0.5, 0.6, NAN])]),
    ("softshrink", "F.softshrink(x, 0.3)", "F.softshrink(x, 0.3)",
     [inp("x", F64, [-2, -0.3, -0.1, 0.0, 0.3, 0.6, NAN])]),
    ("softshrinkNegativeLambdaFails", "F.softshrink(x, -0.5)", "F.softshrink(x, -0.5)", [inp("x", F64, [1])],
     "IllegalArgumentException"),
    ("tanhshrink", "F.tanhshrink(x)", "F.tanhshrink(x)", [inp("x", F64, [-2, 0.0, 0.5, 3])]),
    ("prelu", "F.prelu(x, w)", "F.prelu(x, w)",
     [inp("x", F64, [-1, 2, -3, 4, 0.0, -6, 7, -8, NAN, -0.5, 1, -2], [2, 3, 2]), inp("w", F64, [0.25, -1, 2])]),
    ("preluSingleWeight", "F.prelu(x, w)", "F.prelu(x, w)", [inp("x", F64, [-1, 2, 0.0, -4]), inp("w", F64, [0.25])]),
    ("preluScalarWeight", "F.prelu(x, w)", "F.prelu(x, w)",
     [inp("x", F64, [-1, 2, 0.0, -4], [2, 2]), inp("w", F64, [0.5], [])]),
    ("preluChannelMismatchFails", "F.prelu(x, w)", "F.prelu(x, w)",
     [inp("x", F64, [1, 2, 3, 4, 5, 6], [2, 3]), inp("w", F64, [1, 2])], "IllegalArgumentException"),
    ("preluMatrixWeightFails", "F.prelu(x, w)", "F.prelu(x, w)",
     [inp("x", F64, [1, 2, 3, 4, 5, 6], [2, 3]), inp("w", F64, [1, 2, 3], [1, 3])], "IllegalArgumentException"),
    ("preluDtypeMismatchFails", "F.prelu(x, w)", "F.prelu(x, w)",
     [inp("x", F64, [1, 2, 3, 4, 5, 6], [2, 3]), inp("w", F32, [1, 2, 3])], "IllegalArgumentException"),
    ("glu", "F.glu(x)", "F.glu(x)", [inp("x", F64, [1, -2, 0.5, 3, 4, 0.0, -1, 2], [2, 4])]),
    ("gluDim0", "F.glu(x, 0)", "F.glu(x, 0)", [inp("x", F64, [1, -2, 0.5, 3, 4, 0.0, -1, 2], [4, 2])]),
    ("gluOddFails", "F.glu(x, 1)", "F.glu(x, 1)", [inp("x", F64, [1, 2, 3, 4, 5, 6], [2, 3])], "IllegalArgumentException"),
    ("gluScalarFails", "F.glu(x)", "F.glu(x)", [inp("x", F64, [1], [])], "IllegalArgumentException"),
    # ---------------------------------------------------------------- in-place variants (on non-leaf tensors)
    ("leakyReluInPlace", "F.leaky_relu(x * 1, 0.1, inplace=True)", "F.leakyRelu(x.mul(1L), 0.1, true)",
     [inp("x", F64, [-2, 0.0, 3])]),
    ("eluInPlace", "F.elu(x * 1, 0.5, inplace=True)", "F.elu(x.mul(1L), 0.5, true)", [inp("x", F64, [-2, 0.0, 3])]),
    ("seluInPlace", "F.selu(x * 1, inplace=True)", "F.selu(x.mul(1L), true)", [inp("x", F64, [-2, 0.0, 3])]),
    ("celuInPlace", "F.celu(x * 1, 0.5, inplace=True)", "F.celu(x.mul(1L), 0.5, true)", [inp("x", F64, [-2, 0.0, 3])]),
    ("hardtanhInPlace", "F.hardtanh(x * 1, -1.0, 1.0, inplace=True)", "F.hardtanh(x.mul(1L), -1.0, 1.0, true)",
     [inp("x", F64, [-2, 0.5, 3])]),
    ("relu6InPlace", "F.relu6(x * 1, inplace=True)", "F.relu6(x.mul(1L), true)", [inp("x", F64, [-2, 0.5, 7])]),
    ("reluInPlace", "F.relu(x * 1, inplace=True)", "F.relu(x.mul(1L), true)", [inp("x", F64, [-2, 0.5, 7])]),
    ("siluInPlace", "F.silu(x * 1, inplace=True)", "F.silu(x.mul(1L), true)", [inp("x", F64, [-2, 0.5, 7])]),
    ("mishInPlace", "F.mish(x * 1, inplace=True)", "F.mish(x.mul(1L), true)", [inp("x", F64, [-2, 0.5, 7])]),
    ("hardsigmoidInPlace", "F.hardsigmoid(x * 1, inplace=True)", "F.hardsigmoid(x.mul(1L), true)",
     [inp("x", F64, [-4, 0.5, 7])]),
    ("hardswishInPlace", "F.hardswish(x * 1, inplace=True)", "F.hardswish(x.mul(1L), true)",
     [inp("x", F64, [-4, 0.5, 7])]),
    ("thresholdInPlace", "F.threshold(x * 1, 0.0, 5.0, inplace=True)", "F.threshold(x.mul(1L), 0.0, 5.0, true)",
     [inp("x", F64, [-4, 0.5, 7])]),
    ("clampInPlace", "(x * 1).clamp_(0, 1)", "x.mul(1L).clamp_(0.0, 1.0)", [inp("x", F64, [-4, 0.5, 7])]),
    ("clampMinInPlace", "(x * 1).clamp_min_(0.5)", "x.mul(1L).clampMin_(0.5)", [inp("x", F64, [-4, 0.5, 7])]),
    ("addAlphaInPlace", "(x * 1).add_(y, alpha=2)", "x.mul(1L).add_(y, 2)",
     [inp("x", F64, [-4, 0.5, 7]), inp("y", F64, [1, 2, 3])]),
    ("subAlphaInPlace", "(x * 1).sub_(y, alpha=2)", "x.mul(1L).sub_(y, 2)",
     [inp("x", F64, [-4, 0.5, 7]), inp("y", F64, [1, 2, 3])]),
    ("divFloorInPlace", "(x * 1).div_(y, rounding_mode='floor')", "x.mul(1L).div_(y, \"floor\")",
     [inp("x", F64, [-4, 0.5, 7]), inp("y", F64, [3, 2, 3])]),
    ("absInPlace", "(x * 1).abs_()", "x.mul(1L).abs_()", [inp("x", F64, [-4, 0.5, 7])]),
    ("expInPlace", "(x * 1).exp_()", "x.mul(1L).exp_()", [inp("x", F64, [-4, 0.5, 7])]),
    ("sigmoidInPlace", "(x * 1).sigmoid_()", "x.mul(1L).sigmoid_()", [inp("x", F64, [-4, 0.5, 7])]),
    ("floorInPlace", "(x * 1).floor_()", "x.mul(1L).floor_()", [inp("x", F64, [-4.5, 0.5, 7])]),
    ("nanToNumInPlace", "(x * 1).nan_to_num_(0.0, 1.0, -1.0)", "x.mul(1L).nanToNum_(0.0, 1.0, -1.0)",
     [inp("x", F64, [NAN, INF, -INF, 2])]),
    ("sqrtInPlaceOnIntegersFails", "i.sqrt_()", "i.sqrt_()", [inp("i", I64, [4])], "IllegalArgumentException"),
]


def torch_input(dtype, values, shape, grad):
    t = torch.tensor(values, dtype=TORCH_DTYPE[dtype]).reshape(shape)
    return t.requires_grad_(True) if grad else t


def method_for(case):
    name, py, java, inputs = case[:4]
    error = case[4] if len(case) > 4 else None
    env = {"torch": torch, "F": F}
    body = []
    for (n, dt, vals, shape, grad) in inputs:
        env[n] = torch_input(dt, vals, shape, grad)
        body += tv.input_line(n, env[n], grad)
    if error is not None:
        try:
            eval(py, env)
        except Exception as e:  # noqa: BLE001 - the message is the expected value
            return tv.method(name, body + tv.error_check(error, e, java), py)
        raise AssertionError("expected %s to raise" % py)
    out = eval(py, env)
    node = tv.node_name(out)
    vectorized = len(inputs) == 1 and out.requires_grad and out.shape == env[inputs[0][0]].shape
    if vectorized:
        out, derivative = vectorized_values(py, inputs[0], out)
    body += tv.statement("Tensor out = %s;" % java)
    if name in ZERO_SIGN_BY_LOOP:
        body += tv.value_check("out.add(0.0)", out.detach() + 0.0)
    else:
        body += tv.value_check("out", out)
    body += tv.node_check("out", node)
    if out.requires_grad:
        if vectorized:
            body += tv.statement("backwardWeighted(out);")
        else:
            body += tv.backward_weighted(out)
        for (n, dt, vals, shape, grad) in inputs:
            if grad:
                body += tv.grad_check(n, tv.weights(out) * derivative if vectorized else env[n].grad)
    return tv.method(name, body, py)


def vectorized_values(py, input_, out):
    """Each element's value and derivative from a 64-element tensor of that element (see the docstring)."""
    name, dtype, values, shape, _ = input_
    flat = torch.tensor(values, dtype=TORCH_DTYPE[dtype]).reshape(-1)
    results, derivatives = [], []
    for v in flat.tolist():
        x = torch.full((64,), v, dtype=TORCH_DTYPE[dtype], requires_grad=True)
        y = eval(py, {"torch": torch, "F": F, name: x})
        y.backward(torch.ones_like(y))
        results.append(y[0].item())
        derivatives.append(x.grad[0].item())
    as_out = lambda vals: torch.tensor(vals, dtype=out.dtype).reshape(out.shape)
    return as_out(results).requires_grad_(out.requires_grad), as_out(derivatives)


JAVADOC = """
Values, dtypes, node names and gradients from real PyTorch 1.13 for the elementwise ops, on
literal inputs chosen for their edges (signed zeros, nan, infinities, kinks, ties, domain ends).
Generated by core/src/test/python/gen_elementwise_values_test.py; do not edit by hand, rerun it.
Each test's output is backpropagated with the weights linspace(0.5, 1.5, n).
"""


def main():
    tv.write_test("ElementwiseValuesTest", JAVADOC, [method_for(case) for case in CASES],
                  imports=["org.autograd4j.DType", "org.autograd4j.nn.F"])
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
