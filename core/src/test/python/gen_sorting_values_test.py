#!/usr/bin/env python3
"""Regenerates SortingValuesTest.java from real PyTorch 1.13.

Run with a Python that has torch 1.13:
    python3 core/src/test/python/gen_sorting_values_test.py
Each case is a float64 (or int64) input, a PyTorch expression over it and the Java expression that
mirrors it. The script records the values (and the indices, for ops returning both), the dtype,
shape and grad_fn name, then backpropagates the weights linspace(0.5, 1.5, n) through the values
and records the input's gradient. Cases whose PyTorch expression raises record the message.
PyTorch's kthvalue, median and nanmedian pick among tied elements by a quickselect, so their
cases keep ties away from the chosen position (autograd4j returns the first tied element); so
do topk's, whose order among tied elements is not PyTorch's either.
"""
import torch

import torch_values as tv

assert torch.__version__.startswith("1.13"), torch.__version__

NAN = float("nan")
INF = float("inf")

M34 = [3.0, -1.0, 2.5, 0.0, NAN, 4.0, -2.0, 4.0, 1.0, 1.0, -0.0, -3.5]
DISTINCT = [3.0, -1.0, 2.5, 0.0, NAN, 4.0, -2.0, 3.0, 1.0, 0.5, -0.0, -3.5]
BOUNDS = [1.0, 3.0, 5.0, 7.0, 9.0]
PROBES = [3.0, 6.0, 9.0, 0.0, -INF, INF, NAN, 1.0]
ROW = [2.0, -1.0, 7.5, 0.25, -4.0, 3.0]
EDGES = [1.0, NAN, -INF, 0.0, -0.0, INF, NAN, -2.0]
CUMS = [2.0, 1.0, 2.0, -0.0, 0.0, 3.0, NAN, 5.0, NAN, 1.0]
EVEN = [5.0, -1.0, 3.0, 2.0, 8.0, 0.5]
ROW2 = [3.0, -1.0, 2.5, 0.0, 7.0, 4.0, -2.0, 4.0, 1.0, 0.5, -0.5, 6.0, 2.0, 9.0, -3.5]
# values near bin edges, binned in float32 and in float64 arithmetic
HISTC = [0.1, 0.2, 0.3, 0.7, 0.9, 1.0, 0.30000001, 0.6]
NANROWS = [NAN, 1.0, NAN, 2.0, NAN, NAN, NAN, NAN, 1.0, 2.0, 4.0, 0.0]

# PyTorch composes these from sort, gather and lerp: their last node is whichever shaping op ends
# the composition there, an implementation detail, so the test checks values and gradients only.
COMPOSED = ("torch.quantile", "torch.nanquantile")
# PyTorch records a node for these whose backward raises "not implemented"; autograd4j records
# none, so their inputs are not made to require a gradient here (the Java test checks no node).
NOT_DIFFERENTIABLE = ("torch.unique",)

# (test name, PyTorch expression of x (and y), Java expression, values, shape, dtype, Java exception or None,
#  y as (values, shape, dtype) or None)
CASES = [
    ("sortLastDim", "torch.sort(x)", "x.sort()", M34, [3, 4]),
    ("sortDim0Descending", "torch.sort(x, dim=0, descending=True)", "x.sort(0, true)", M34, [3, 4]),
    ("sortStableTies", "torch.sort(x, stable=True)", "x.sort(true, -1, false)", [0.0, -0.0, 1.0, -0.0, 1.0, 0.0],
     [6]),
    ("sortStableDescendingTies", "torch.sort(x, dim=0, descending=True, stable=True)", "x.sort(true, 0, true)",
     [1.0, 2.0, 1.0, 2.0, 1.0, 1.0, 0.0, 2.0], [4, 2]),
    ("sortEdges", "torch.sort(x)", "x.sort()", EDGES, [8]),
    ("sortEdgesDescending", "torch.sort(x, descending=True, stable=True)", "x.sort(true, -1, true)", EDGES, [8]),
    ("sortScalar", "torch.sort(x, dim=0)", "x.sort(0)", [2.5], []),
    ("sortIntegers", "torch.sort(x, descending=True, stable=True)", "x.sort(true, -1, true)",
     [3, -7, 9007199254740993, 9007199254740992, 0], [5], "i64"),
    ("sortDimOutOfRange", "torch.sort(x, dim=2)", "x.sort(2)", M34, [3, 4], "f64", "IndexOutOfBoundsException"),
    ("argsortDim0", "torch.argsort(x, dim=0)", "x.argsort(0)", ROW, [3, 2]),
    ("argsortDescendingStable", "torch.argsort(x, dim=-1, descending=True, stable=True)", "x.argsort(true, -1, true)",
     [1.0, 3.0, 1.0, 3.0], [4]),
    ("msort", "torch.msort(x)", "x.msort()", M34, [3, 4]),
    ("topk", "torch.topk(x, 2)", "x.topk(2)", DISTINCT, [3, 4]),
    ("topkSmallestDim0", "torch.topk(x, 2, dim=0, largest=False)", "x.topk(2, 0, false, true)", M34, [3, 4]),
    ("topkAll", "torch.topk(x, 6)", "x.topk(6)", ROW, [6]),
    ("topkZero", "torch.topk(x, 0)", "x.topk(0)", ROW, [2, 3]),
    ("topkTooLarge", "torch.topk(x, 7)", "x.topk(7)", ROW, [6], "f64", "IllegalArgumentException"),
    ("topkNegative", "torch.topk(x, -1)", "x.topk(-1)", ROW, [6], "f64", "IllegalArgumentException"),
    ("kthvalue", "torch.kthvalue(x, 2)", "x.kthvalue(2)", ROW, [2, 3]),
    ("kthvalueDim0Keepdim", "torch.kthvalue(x, 3, dim=0, keepdim=True)", "x.kthvalue(3, 0, true)", ROW, [3, 2]),
    ("kthvalueNan", "torch.kthvalue(x, 5)", "x.kthvalue(5)", [1.0, NAN, -INF, 0.0, 3.0], [5]),
    ("kthvalueInfinity", "torch.kthvalue(x, 6)", "x.kthvalue(6)", EDGES, [8]),
    ("kthvalueScalar", "torch.kthvalue(x, 1)", "x.kthvalue(1)", [2.5], []),
    ("kthvalueOutOfRange", "torch.kthvalue(x, 4, dim=1)", "x.kthvalue(4, 1)", ROW, [2, 3], "f64",
     "IllegalArgumentException"),
    ("kthvalueZero", "torch.kthvalue(x, 0)", "x.kthvalue(0)", ROW, [2, 3], "f64", "IllegalArgumentException"),
    ("medianAll", "torch.median(x)", "x.median()", EVEN, [2, 3]),
    ("medianAllTies", "torch.median(x)", "x.median()", [1.0, 2.0, 2.0, 3.0, 2.0], [5]),
    ("medianAllNan", "torch.median(x)", "x.median()", M34, [3, 4]),
    ("medianEmpty", "torch.median(x)", "x.median()", [], [0]),
    ("medianDim", "torch.median(x, 1)", "x.median(1)", EVEN, [2, 3]),
    ("medianDimEvenLength", "torch.median(x, 0, keepdim=True)", "x.median(0, true)", EVEN, [2, 3]),
    ("medianDimNan", "torch.median(x, 1)", "x.median(1)", NANROWS, [3, 4]),
    ("medianEmptyDim", "torch.median(x, 1)", "x.median(1)", [], [2, 0], "f64", "IndexOutOfBoundsException"),
    ("nanmedianAll", "torch.nanmedian(x)", "x.nanmedian()", M34, [3, 4]),
    ("nanmedianDim", "torch.nanmedian(x, 1)", "x.nanmedian(1)", NANROWS[:4] + NANROWS[8:], [2, 4]),
    ("nanmedianDimKeepdim", "torch.nanmedian(x, 0, keepdim=True)", "x.nanmedian(0, true)", EVEN, [2, 3]),
    ("nanmedianEmptyDim", "torch.nanmedian(x, 0)", "x.nanmedian(0)", [], [0, 3], "f64",
     "IndexOutOfBoundsException"),
    ("cummax", "torch.cummax(x, 0)", "x.cummax(0)", CUMS, [10]),
    ("cummin", "torch.cummin(x, 0)", "x.cummin(0)", CUMS, [10]),
    ("cummaxDim1", "torch.cummax(x, 1)", "x.cummax(1)", M34, [3, 4]),
    ("cumminDim0", "torch.cummin(x, 0)", "x.cummin(0)", M34, [3, 4]),
    ("cummaxIntegers", "torch.cummax(x, 0)", "x.cummax(0)", [3, 1, 4, 4, 2, 5], [6], "i64"),
    ("cumminDimOutOfRange", "torch.cummin(x, 1)", "x.cummin(1)", ROW, [6], "f64", "IndexOutOfBoundsException"),
    ("mode", "torch.mode(x, 1)", "x.mode(1)", [1.0, 2.0, 2.0, 1.0, 3.0, 5.0, 0.0, 5.0, 0.0, 7.0, 3.0, 1.0, 2.0, 0.5, 4.0],
     [3, 5]),
    ("modeDim0Keepdim", "torch.mode(x, 0, keepdim=True)", "x.mode(0, true)", [2.0, 1.0, 2.0, 3.0, 4.0, 3.0], [3, 2]),
    ("modeIntegers", "torch.mode(x)", "x.mode()", [2, 2, 1, 1, 1, 3], [6], "i64"),
    ("modeSignedZeros", "torch.mode(x)", "x.mode()", [-0.0, 0.0, 1.0], [3]),
    ("modeScalar", "torch.mode(x)", "x.mode()", [2.0], []),
    ("modeEmptyDim", "torch.mode(x, 1)", "x.mode(1)", [], [2, 0], "f64", "IndexOutOfBoundsException"),
    ("logcumsumexp", "torch.logcumsumexp(x, 0)", "x.logcumsumexp(0)", [0.0, 1.0, -INF, 2.0, 700.0, 710.0, -1.0], [7]),
    ("logcumsumexpInfinities", "torch.logcumsumexp(x, 1)", "x.logcumsumexp(1)",
     [-INF, -INF, 0.0, INF, -INF, 1.0, 2.0, NAN, 3.0], [3, 3]),
    ("logcumsumexpIntegersFail", "torch.logcumsumexp(x, 0)", "x.logcumsumexp(0)", [1, 2], [2], "i64",
     "IllegalArgumentException"),
    ("searchsorted", "torch.searchsorted(x, y)", "x.searchsorted(y)", BOUNDS, [5], "f64", None,
     (PROBES, [2, 4], "f64")),
    ("searchsortedRight", "torch.searchsorted(x, y, right=True)", "x.searchsorted(y, true)", BOUNDS, [5], "f64", None,
     (PROBES, [2, 4], "f64")),
    ("searchsortedRows", "torch.searchsorted(x, y)", "x.searchsorted(y)", [1, 2, 3, 10, 20, 30], [2, 3], "i64", None,
     ([2, 0, 30, 25], [2, 2], "i64")),
    ("searchsortedIntegerValuesFloatBoundaries", "torch.searchsorted(x, y, right=True)", "x.searchsorted(y, true)",
     BOUNDS, [5], "f64", None, ([1, 3, 10], [3], "i64")),
    ("searchsortedLargeIntegers", "torch.searchsorted(x, y)", "x.searchsorted(y)",
     [9007199254740992, 9007199254740993, 9007199254740994], [3], "i64", None, ([9007199254740993], [1], "i64")),
    ("searchsortedScalarValue", "torch.searchsorted(x, y)", "x.searchsorted(y)", BOUNDS, [5], "f64", None,
     ([6.0], [], "f64")),
    ("searchsortedNanBoundary", "torch.searchsorted(x, y)", "x.searchsorted(y)", [1.0, 2.0, NAN], [3], "f64", None,
     ([0.5, 2.0, 3.0, NAN], [4], "f64")),
    ("searchsortedShapeMismatch", "torch.searchsorted(x, y)", "x.searchsorted(y)", BOUNDS[:4], [2, 2], "f64",
     "IllegalArgumentException", ([1.0, 2.0, 3.0], [3, 1], "f64")),
    ("searchsortedScalarBoundaries", "torch.searchsorted(x, y)", "x.searchsorted(y)", [3.0], [], "f64",
     "IllegalArgumentException", ([1.0], [1], "f64")),
    ("bucketize", "torch.bucketize(y, x)", "y.bucketize(x)", BOUNDS, [5], "f64", None, (PROBES, [2, 4], "f64")),
    ("bucketizeRight", "torch.bucketize(y, x, right=True)", "y.bucketize(x, true)", BOUNDS, [5], "f64", None,
     (PROBES, [8], "f64")),
    ("bucketize2dBoundaries", "torch.bucketize(y, x)", "y.bucketize(x)", BOUNDS[:4], [2, 2], "f64",
     "IllegalArgumentException", ([1.0], [1], "f64")),
    ("isin", "torch.isin(x, y)", "x.isin(y)", [1, 2, 3, 4, 5, 6], [2, 3], "i64", None, ([6, 2, 9, 2], [4], "i64")),
    ("isinInvert", "torch.isin(x, y, invert=True)", "x.isin(y, true)", [1, 2, 3, 4, 5, 6], [6], "i64", None,
     ([6, 2, 9], [3], "i64")),
    ("isinFloats", "torch.isin(x, y)", "x.isin(y)", [1.5, NAN, -0.0, 0.0, INF, 2.0], [6], "f64", None,
     ([NAN, 0.0, INF, 1.5], [4], "f64")),
    ("isinMixedTypes", "torch.isin(x, y)", "x.isin(y)", [1.0, 2.5, 3.0], [3], "f64", None, ([3, 1], [2], "i64")),
    ("bincount", "torch.bincount(x)", "x.bincount()", [1, 3, 1, 0, 5], [5], "i64"),
    ("bincountMinlength", "torch.bincount(x, minlength=8)", "x.bincount(null, 8)", [1, 3, 1, 0, 5], [5], "i64"),
    ("bincountEmpty", "torch.bincount(x)", "x.bincount()", [], [0], "i64"),
    ("bincountWeights", "torch.bincount(x, weights=y)", "x.bincount(y, 0)", [1, 3, 1, 0, 5], [5], "i64", None,
     ([0.5, 1.0, 2.25, 3.0, -4.0], [5], "f64")),
    ("bincountIntegerWeights", "torch.bincount(x, weights=y, minlength=7)", "x.bincount(y, 7)", [1, 3, 1], [3],
     "i64", None, ([2, 5, 7], [3], "i64")),
    ("bincountNegative", "torch.bincount(x)", "x.bincount()", [1, -1], [2], "i64", "IllegalArgumentException"),
    ("bincount2d", "torch.bincount(x)", "x.bincount()", [1, 2], [1, 2], "i64", "IllegalArgumentException"),
    ("bincountFloats", "torch.bincount(x)", "x.bincount()", [1.0], [1], "f64", "IllegalArgumentException"),
    ("bincountNegativeMinlength", "torch.bincount(x, minlength=-1)", "x.bincount(null, -1)", [1], [1], "i64",
     "IllegalArgumentException"),
    ("bincountWeightsLength", "torch.bincount(x, weights=y)", "x.bincount(y, 0)", [1, 2], [2], "i64",
     "IllegalArgumentException", ([1.0], [1], "f64")),
    ("histc", "torch.histc(x, bins=4)", "x.histc(4)", [1.0, 2.0, 1.0, 2.5, 4.0, -1.0, 3.0], [7]),
    ("histcRange", "torch.histc(x, bins=4, min=0, max=3)", "x.histc(4, 0, 3)", [1.0, 2.0, NAN, 7.0, -3.0, 0.0, 3.0],
     [7]),
    ("histcBoundaries", "torch.histc(x, bins=3, min=0.0, max=0.3)", "x.histc(3, 0.0, 0.3)",
     [0.1, 0.2, 0.30000000000000004, 0.3, 0.0], [5]),
    ("histcFloat32Precision", "torch.histc(x.float(), bins=10, min=0.0, max=1.0).double()",
     "x.to(DType.FLOAT32).histc(10, 0.0, 1.0).to(DType.FLOAT64)", HISTC, [8]),
    ("histcFloat64Precision", "torch.histc(x, bins=10, min=0.0, max=1.0)", "x.histc(10, 0.0, 1.0)", HISTC, [8]),
    ("histcEqualValues", "torch.histc(x, bins=3)", "x.histc(3)", [1.0, 1.0], [2]),
    ("histcEqualRangeUsesData", "torch.histc(x, bins=5, min=2, max=2)", "x.histc(5, 2, 2)", [2.0, 2.5, 3.0], [3, 1]),
    ("histcEmpty", "torch.histc(x, bins=3)", "x.histc(3)", [], [0]),
    ("histcZeroBins", "torch.histc(x, bins=0)", "x.histc(0)", [1.0], [1], "f64", "IllegalArgumentException"),
    ("histcMaxBelowMin", "torch.histc(x, bins=3, min=3, max=1)", "x.histc(3, 3, 1)", [1.0], [1], "f64",
     "IllegalArgumentException"),
    ("histcIntegers", "torch.histc(x, bins=3)", "x.histc(3)", [1, 2], [2], "i64", "IllegalArgumentException"),
    ("histcInfinite", "torch.histc(x, bins=3)", "x.histc(3)", [1.0, INF], [2], "f64", "IllegalArgumentException"),
    ("unique", "torch.unique(x)", "x.unique()", [3.0, 1.0, -0.0, 3.0, 2.5, 0.0, 1.0], [7]),
    ("uniqueInverseCounts", "torch.unique(x, return_inverse=True, return_counts=True)", "x.unique(true, true)",
     [2.0, -1.0, 2.0, 0.0, 7.5, -1.0], [2, 3]),
    ("uniqueInverse", "torch.unique(x, return_inverse=True)", "x.unique(true, false)", [4, 1, 4, 9007199254740993,
     -2, 1], [3, 2], "i64"),
    ("uniqueCounts", "torch.unique(x, return_counts=True)", "x.unique(false, true)", [5, 5, 5, 0], [4], "i64"),
    ("uniqueFirstSignedZeroKept", "torch.unique(x)", "x.unique()", [2.0, -0.0, 0.0], [3]),
    ("uniqueScalar", "torch.unique(x, return_inverse=True, return_counts=True)", "x.unique(true, true)", [5.0], []),
    ("uniqueEmpty", "torch.unique(x, return_inverse=True, return_counts=True)", "x.unique(true, true)", [], [0, 2]),
    ("uniqueConsecutive", "torch.unique_consecutive(x)", "x.uniqueConsecutive()", [1, 1, 2, 2, 3, 1, 1, 2], [8],
     "i64"),
    ("uniqueConsecutiveInverseCounts", "torch.unique_consecutive(x, return_inverse=True, return_counts=True)",
     "x.uniqueConsecutive(true, true)", [0.0, -0.0, NAN, NAN, 1.0, 1.0], [2, 3]),
    ("uniqueConsecutiveCounts", "torch.unique_consecutive(x, return_counts=True)", "x.uniqueConsecutive(false, true)",
     [2.0, 2.0, -1.0, 2.0], [4]),
    ("uniqueConsecutiveScalar", "torch.unique_consecutive(x, return_inverse=True, return_counts=True)",
     "x.uniqueConsecutive(true, true)", [5.0], []),
    ("uniqueDim0", "torch.unique(x, dim=0, return_inverse=True, return_counts=True)", "x.unique(true, true, 0)",
     [1, 2, 1, 3, 0, 5, 0, 1, 1, 2, 1, 3], [3, 4], "i64"),
    ("uniqueDim1", "torch.unique(x, dim=1, return_inverse=True, return_counts=True)", "x.unique(true, true, 1)",
     [1, 2, 1, 3, 0, 5, 0, 1, 1, 2, 1, 3], [3, 4], "i64"),
    ("uniqueDimLastFloats", "torch.unique(x, dim=-1, return_counts=True)", "x.unique(false, true, -1)",
     [2.0, 1.0, 2.0, -0.0, 0.0, -0.0, 0.0, 3.0, 0.0], [3, 3]),
    ("uniqueDim3d", "torch.unique(x, dim=1, return_inverse=True)", "x.unique(true, false, 1)",
     [1, 2, 1, 2, 0, 0, 3, 4, 3, 4, 1, 1], [2, 3, 2], "i64"),
    ("uniqueDimOutOfRange", "torch.unique(x, dim=2)", "x.unique(false, false, 2)", [1, 2, 1, 3, 0, 5, 0, 1, 1, 2, 1, 3], [3, 4], "i64",
     "IndexOutOfBoundsException"),
    ("uniqueDimScalar", "torch.unique(x, dim=0)", "x.unique(false, false, 0)", [5.0], [], "f64",
     "IndexOutOfBoundsException"),
    ("uniqueConsecutiveDim0", "torch.unique_consecutive(x, dim=0, return_inverse=True, return_counts=True)",
     "x.uniqueConsecutive(true, true, 0)", [1, 2, 1, 2, 0, 5, 1, 2], [4, 2], "i64"),
    ("uniqueConsecutiveDim1", "torch.unique_consecutive(x, dim=1, return_counts=True)",
     "x.uniqueConsecutive(false, true, 1)", [1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 4.0, 5.0], [2, 4]),
    ("argwhere", "torch.argwhere(x)", "x.argwhere()", [0.0, 1.0, NAN, -0.0, 2.0, 0.0], [2, 3]),
    ("argwhereScalar", "torch.argwhere(x)", "x.argwhere()", [2.0], []),
    ("argwhereScalarZero", "torch.argwhere(x)", "x.argwhere()", [0.0], []),
    ("quantileAll", "torch.quantile(x, 0.4)", "x.quantile(0.4)", EVEN, [2, 3]),
    ("quantileDim1Linear", "torch.quantile(x, 0.3, dim=1, interpolation='linear')", "x.quantile(0.3, 1, false, \"linear\")", ROW2, [3, 5]),
    ("quantileTensorQDim0Linear", "torch.quantile(x, torch.tensor([0.0, 0.25, 0.6, 1.0], dtype=torch.float64), dim=0, keepdim=True, interpolation='linear')", "x.quantile(Tensor.of(0.0, 0.25, 0.6, 1.0), 0, true, \"linear\")", ROW2, [3, 5]),
    ("nanquantileDim1Linear", "torch.nanquantile(x, 0.7, dim=1, interpolation='linear')", "x.nanquantile(0.7, 1, false, \"linear\")", NANROWS, [3, 4]),
    ("quantileDim1Lower", "torch.quantile(x, 0.3, dim=1, interpolation='lower')", "x.quantile(0.3, 1, false, \"lower\")", ROW2, [3, 5]),
    ("quantileTensorQDim0Lower", "torch.quantile(x, torch.tensor([0.0, 0.25, 0.6, 1.0], dtype=torch.float64), dim=0, keepdim=True, interpolation='lower')", "x.quantile(Tensor.of(0.0, 0.25, 0.6, 1.0), 0, true, \"lower\")", ROW2, [3, 5]),
    ("nanquantileDim1Lower", "torch.nanquantile(x, 0.7, dim=1, interpolation='lower')", "x.nanquantile(0.7, 1, false, \"lower\")", NANROWS, [3, 4]),
    ("quantileDim1Higher", "torch.quantile(x, 0.3, dim=1, interpolation='higher')", "x.quantile(0.3, 1, false, \"higher\")", ROW2, [3, 5]),
    ("quantileTensorQDim0Higher", "torch.quantile(x, torch.tensor([0.0, 0.25, 0.6, 1.0], dtype=torch.float64), dim=0, keepdim=True, interpolation='higher')", "x.quantile(Tensor.of(0.0, 0.25, 0.6, 1.0), 0, true, \"higher\")", ROW2, [3, 5]),
    ("nanquantileDim1Higher", "torch.nanquantile(x, 0.7, dim=1, interpolation='higher')", "x.nanquantile(0.7, 1, false, \"higher\")", NANROWS, [3, 4]),
    ("quantileDim1Midpoint", "torch.quantile(x, 0.3, dim=1, interpolation='midpoint')", "x.quantile(0.3, 1, false, \"midpoint\")", ROW2, [3, 5]),
    ("quantileTensorQDim0Midpoint", "torch.quantile(x, torch.tensor([0.0, 0.25, 0.6, 1.0], dtype=torch.float64), dim=0, keepdim=True, interpolation='midpoint')", "x.quantile(Tensor.of(0.0, 0.25, 0.6, 1.0), 0, true, \"midpoint\")", ROW2, [3, 5]),
    ("nanquantileDim1Midpoint", "torch.nanquantile(x, 0.7, dim=1, interpolation='midpoint')", "x.nanquantile(0.7, 1, false, \"midpoint\")", NANROWS, [3, 4]),
    ("quantileDim1Nearest", "torch.quantile(x, 0.3, dim=1, interpolation='nearest')", "x.quantile(0.3, 1, false, \"nearest\")", ROW2, [3, 5]),
    ("quantileTensorQDim0Nearest", "torch.quantile(x, torch.tensor([0.0, 0.25, 0.6, 1.0], dtype=torch.float64), dim=0, keepdim=True, interpolation='nearest')", "x.quantile(Tensor.of(0.0, 0.25, 0.6, 1.0), 0, true, \"nearest\")", ROW2, [3, 5]),
    ("nanquantileDim1Nearest", "torch.nanquantile(x, 0.7, dim=1, interpolation='nearest')", "x.nanquantile(0.7, 1, false, \"nearest\")", NANROWS, [3, 4]),
    ("quantileNearestHalfToEven", "torch.quantile(x, 0.5, interpolation='nearest')", "x.quantile(0.5, null, false, \"nearest\")", [4.0, 1.0, 3.0, 2.0, 0.0, 5.0], [6]),
    ("quantileNan", "torch.quantile(x, 0.5, dim=1)", "x.quantile(0.5, 1, false, \"linear\")", NANROWS, [3, 4]),
    ("quantileTensorQAll", "torch.quantile(x, torch.tensor([0.0, 0.25, 0.6, 1.0], dtype=torch.float64))", "x.quantile(Tensor.of(0.0, 0.25, 0.6, 1.0))", M34, [3, 4]),
    ("nanquantileTensorQAllKeepdim", "torch.nanquantile(x, torch.tensor([0.0, 0.25, 0.6, 1.0], dtype=torch.float64), keepdim=True)", "x.nanquantile(Tensor.of(0.0, 0.25, 0.6, 1.0), null, true, \"linear\")", M34, [3, 4]),
    ("nanquantileAll", "torch.nanquantile(x, 0.25)", "x.nanquantile(0.25)", M34, [3, 4]),
    ("quantileScalarInput", "torch.quantile(x, 0.5, dim=0)", "x.quantile(0.5, 0, false, \"linear\")", [2.5], []),
    ("quantileScalarQTensor", "torch.quantile(x, torch.tensor(0.75, dtype=torch.float64), dim=-1, keepdim=True)", "x.quantile(Tensor.of(new double[] {0.75}, new int[0]), -1, true, \"linear\")", EVEN, [2, 3]),
    ("quantileQOutOfRange", "torch.quantile(x, 1.5)", "x.quantile(1.5)", EVEN, [6], "f64", "IllegalArgumentException"),
    ("quantileTensorQOutOfRange", "torch.quantile(x, torch.tensor([0.5, -0.5], dtype=torch.float64))", "x.quantile(Tensor.of(0.5, -0.5))", EVEN, [6], "f64", "IllegalArgumentException"),
    ("quantileQ2d", "torch.quantile(x, torch.zeros(2, 2, dtype=torch.float64))", "x.quantile(Tensor.zeros(new int[] {2, 2}, DType.FLOAT64))", EVEN, [6], "f64", "IllegalArgumentException"),
    ("quantileQDtype", "torch.quantile(x, torch.tensor([0.5]))", "x.quantile(Tensor.of(0.5f))", EVEN, [6], "f64", "IllegalArgumentException"),
    ("quantileIntegers", "torch.quantile(x, 0.5)", "x.quantile(0.5)", [1, 2], [2], "i64", "IllegalArgumentException"),
    ("quantileEmpty", "torch.quantile(x, 0.5)", "x.quantile(0.5)", [], [0], "f64", "IllegalArgumentException"),
    ("quantileBadInterpolation", "torch.quantile(x, 0.5, interpolation='cubic')", "x.quantile(0.5, null, false, \"cubic\")", EVEN, [6], "f64", "IllegalArgumentException"),
    ("quantileDimOutOfRange", "torch.quantile(x, 0.5, dim=2)", "x.quantile(0.5, 2, false, \"linear\")", EVEN, [2, 3], "f64", "IndexOutOfBoundsException"),
]


def tensor(values, shape, dtype):
    return torch.tensor(values, dtype=torch.int64 if dtype == "i64" else torch.float64).reshape(shape)


def case(name, torch_expr, java_expr, values, shape, dtype="f64", error=None, other=None):
    x = tensor(values, shape, dtype)
    # The Java input requires grad whenever it is float64 and alone, even where PyTorch's cannot (its node
    # would not backpropagate): the Java test then checks that no node is recorded.
    body = tv.input_line("x", x, dtype == "f64" and other is None)
    if dtype == "f64" and other is None and not torch_expr.startswith(NOT_DIFFERENTIABLE):
        x.requires_grad_(True)
    if other is not None:
        y = tensor(*other)
        body += tv.input_line("y", y, other[2] == "f64")
    try:
        result = eval(torch_expr)
    except (RuntimeError, IndexError) as e:
        return tv.method(name, body + tv.error_check(error, e, java_expr), torch_expr)
    assert error is None, name
    if isinstance(result, torch.Tensor):
        out, others = result, []
        body += tv.statement(f"Tensor out = {java_expr};")
    elif torch_expr.startswith("torch.unique"):
        out = result[0]
        body += tv.statement(f"UniqueResult r = {java_expr};") + tv.statement("Tensor out = r.values();")
        asked = [n for n, flag in (("r.inverse()", "return_inverse"), ("r.counts()", "return_counts"))
                 if flag + "=True" in torch_expr]
        others = list(zip(asked, result[1:]))
    else:
        out, indices = result
        body += tv.statement(f"ValuesIndices r = {java_expr};") + tv.statement("Tensor out = r.values();")
        others = [("r.indices()", indices)]
    body += tv.value_check("out", out)
    for java_name, t in others:
        body += tv.value_check(java_name, t)
    if out.grad_fn is None:
        return tv.method(name, body + tv.node_check("out", None), torch_expr)
    if not torch_expr.startswith(COMPOSED):
        body += tv.node_check("out", tv.node_name(out))
    body += tv.backward_weighted(out) + tv.grad_check("x", x.grad)
    return tv.method(name, body, torch_expr)


JAVADOC = """
Values, indices, node names, gradients and error messages of the sorting ops, from real
PyTorch 1.13 in float64 (and int64), on inputs with NaN, infinities, signed zeros and ties.
Generated by core/src/test/python/gen_sorting_values_test.py; do not edit by hand, rerun it.
Each output is backpropagated with the weights linspace(0.5, 1.5, n).
"""


def main():
    tv.write_test("SortingValuesTest", JAVADOC, [case(*c) for c in CASES],
                  imports=["org.autograd4j.DType", "org.autograd4j.UniqueResult", "org.autograd4j.ValuesIndices"])


if __name__ == "__main__":
    main()
