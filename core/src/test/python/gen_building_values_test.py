#!/usr/bin/env python3
"""Regenerates BuildingValuesTest.java from real PyTorch 1.13.

Run with a Python that has torch 1.13:
    python3 core/src/test/python/gen_building_values_test.py
Each case names its inputs (float64 ones require grad, int64 and bool ones do not), a PyTorch expression
over them and the Java expression that mirrors it. The script records the output's values, dtype, shape and
grad_fn name, then backpropagates the weights linspace(0.5, 1.5, n) and records every input's gradient.
Cases whose PyTorch expression raises record the message and the Java exception class.
"""
import warnings

import torch

import torch_values as tv

assert torch.__version__.startswith("1.13"), torch.__version__
warnings.simplefilter("ignore")  # scatter_reduce and index_reduce are "beta"

NAN = float("nan")
INF = float("inf")
IAE = "IllegalArgumentException"
IOOBE = "IndexOutOfBoundsException"

M23 = ([1.5, -2.0, 0.25, 3.0, 0.5, -1.0], [2, 3])
M34 = ([0.5, -1.0, 2.0, 0.75, 3.0, -0.5, 1.25, -2.0, 1.0, 0.25, -1.5, 2.5], [3, 4])
V4 = ([1.0, -2.0, 0.5, 3.0], [4])
V3 = ([2.0, -0.5, 1.5], [3])
V2 = ([0.25, -3.0], [2])
S0 = ([2.5], [])
NANS = ([1.0, NAN, 2.0, NAN, -3.0, 0.5], [2, 3])
ALLNAN = ([NAN, NAN, 1.0, 2.0], [2, 2])
HIST = ([0.1, 0.2, 0.3, 0.7, 0.9, 1.0, 0.30000001, 0.6], [2, 4])
HIST64 = ([0.1, 0.2, 0.3, 0.7, 0.9, 1.0, 0.30000000000000004, 0.6, -0.25, 0.45], [10])


def f64(data):
    return ("f64",) + data


def f32(data):
    return ("f32",) + data


def c64(data):
    """A float64 input that does not require grad."""
    return ("c64",) + data


def i64(values, shape):
    return ("i64", values, shape)


def boolean(values, shape):
    return ("bool", values, shape)


# Where autograd4j records another node than PyTorch (written down in docs/OPS.md): vander(increasing=True)
# concatenates the column of ones to the cumulative product instead of copying into slices of a buffer.
NODE_DIFFERS = {"vanderIncreasingWide": "CatBackward0"}

# (test name, {input name: input}, PyTorch expression, Java expression[, Java exception])
CASES = [
    # repeat_interleave: index_select with repeated indices
    ("repeatInterleaveFlat", {"x": f64(M23)}, "torch.repeat_interleave(x, 2)", "x.repeatInterleave(2)"),
    ("repeatInterleaveDim", {"x": f64(M23)}, "torch.repeat_interleave(x, 3, dim=1)", "x.repeatInterleave(3, 1)"),
    ("repeatInterleaveCounts", {"x": f64(M23), "r": i64([0, 3], [2])}, "torch.repeat_interleave(x, r, dim=0)",
     "x.repeatInterleave(r, 0)"),
    ("repeatInterleaveOneCount", {"x": f64(M23), "r": i64([2], [1])}, "torch.repeat_interleave(x, r, dim=-1)",
     "x.repeatInterleave(r, -1)"),
    ("repeatInterleaveScalar", {"x": f64(S0)}, "torch.repeat_interleave(x, 3)", "x.repeatInterleave(3)"),
    ("repeatInterleaveIndices", {"r": i64([1, 0, 3], [3])}, "torch.repeat_interleave(r)", "Tensor.repeatInterleave(r)"),
    ("repeatInterleaveWrongCount", {"x": f64(M23), "r": i64([1, 2, 3], [3])}, "torch.repeat_interleave(x, r, dim=0)",
     "x.repeatInterleave(r, 0)", IAE),
    ("repeatInterleaveNegative", {"x": f64(M23)}, "torch.repeat_interleave(x, -1)", "x.repeatInterleave(-1)", IAE),
    ("repeatInterleaveMatrix", {"x": f64(M23), "r": i64([1, 2], [1, 2])}, "torch.repeat_interleave(x, r, dim=0)",
     "x.repeatInterleave(r, 0)", IAE),
    ("repeatInterleaveBadDim", {"x": f64(M23)}, "torch.repeat_interleave(x, 2, dim=2)", "x.repeatInterleave(2, 2)",
     IOOBE),
    # rot90
    ("rot90", {"x": f64(M23)}, "torch.rot90(x)", "x.rot90()"),
    ("rot90Twice", {"x": f64(M34)}, "torch.rot90(x, 2, [1, 0])", "x.rot90(2, 1, 0)"),
    ("rot90Back", {"x": f64(M34)}, "torch.rot90(x, -1)", "x.rot90(-1, 0, 1)"),
    ("rot90None", {"x": f64(M23)}, "torch.rot90(x, 4)", "x.rot90(4, 0, 1)"),
    ("rot90OneDim", {"x": f64(M23)}, "torch.rot90(x, 1, [0])", "x.rot90(1, 0)", IAE),
    ("rot90Same", {"x": f64(M23)}, "torch.rot90(x, 1, [0, -2])", "x.rot90(1, 0, -2)", IAE),
    ("rot90Vector", {"x": f64(V3)}, "torch.rot90(x, 1)", "x.rot90(1, 0, 1)", IAE),
    # broadcasting and at-least views
    ("broadcastTo", {"x": f64(V3)}, "torch.broadcast_to(x, (2, 3))", "x.broadcastTo(2, 3)"),
    ("broadcastToFewer", {"x": f64(M23)}, "torch.broadcast_to(x, (3,))", "x.broadcastTo(3)", IAE),
    ("broadcastTensors", {"x": f64(V3), "y": f64(([1.0, -1.0], [2, 1]))}, "torch.broadcast_tensors(x, y)[1]",
     "Tensor.broadcastTensors(x, y).get(1)"),
    ("broadcastTensorsMismatch", {"x": f64(M23), "y": f64(([1.0, 2.0, 3.0], [3, 1]))},
     "torch.broadcast_tensors(x, y)[0]", "Tensor.broadcastTensors(x, y).get(0)", IAE),
    ("atleast1d", {"x": f64(S0)}, "torch.atleast_1d(x)", "Tensor.atleast1d(x)"),
    ("atleast2d", {"x": f64(V3)}, "torch.atleast_2d(x)", "Tensor.atleast2d(x)"),
    ("atleast3dScalar", {"x": f64(S0)}, "torch.atleast_3d(x)", "Tensor.atleast3d(x)"),
    ("atleast3dVector", {"x": f64(V3)}, "torch.atleast_3d(x)", "Tensor.atleast3d(x)"),
    ("atleast3dMatrix", {"x": f64(M23)}, "torch.atleast_3d(x)", "Tensor.atleast3d(x)"),
    ("moveaxisLists", {"x": f64(([float(i) for i in range(24)], [2, 3, 4]))}, "torch.moveaxis(x, [0, 1], [2, 0])",
     "x.moveaxis(new int[] {0, 1}, new int[] {2, 0})"),
    # grids
    ("meshgridIj", {"x": f64(V2), "y": f64(V3)}, "torch.meshgrid(x, y, indexing='ij')[1]",
     "Tensor.meshgrid(\"ij\", x, y).get(1)"),
    ("meshgridXy", {"x": f64(V2), "y": f64(V3), "z": f64(S0)}, "torch.meshgrid(x, y, z, indexing='xy')[0]",
     "Tensor.meshgrid(\"xy\", x, y, z).get(0)"),
    ("meshgridBadIndexing", {"x": f64(V2)}, "torch.meshgrid(x, indexing='yx')[0]", "Tensor.meshgrid(\"yx\", x).get(0)",
     IAE),
    ("meshgridDtypes", {"x": f64(V2), "r": i64([1], [1])}, "torch.meshgrid(x, r, indexing='ij')[0]",
     "Tensor.meshgrid(\"ij\", x, r).get(0)", IAE),
    ("cartesianProd", {"x": f64(V2), "y": f64(V3)}, "torch.cartesian_prod(x, y)", "Tensor.cartesianProd(x, y)"),
    ("cartesianProdOne", {"x": f64(V3)}, "torch.cartesian_prod(x)", "Tensor.cartesianProd(x)"),
    ("cartesianProdMatrix", {"x": f64(M23)}, "torch.cartesian_prod(x)", "Tensor.cartesianProd(x)", IAE),
    ("combinations", {"x": f64(V4)}, "torch.combinations(x)", "x.combinations()"),
    ("combinationsThreeWithReplacement", {"x": f64(V3)}, "torch.combinations(x, 3, with_replacement=True)",
     "x.combinations(3, true)"),
    ("combinationsTooMany", {"x": f64(V3)}, "torch.combinations(x, 4)", "x.combinations(4, false)"),
    ("combinationsNegative", {"x": f64(V3)}, "torch.combinations(x, -1)", "x.combinations(-1, false)", IAE),
    ("trilIndices", {}, "torch.tril_indices(3, 4, -1)", "Tensor.trilIndices(3, 4, -1)"),
    ("triuIndices", {}, "torch.triu_indices(3, 4, 1)", "Tensor.triuIndices(3, 4, 1)"),
    ("triuIndicesEmpty", {}, "torch.triu_indices(0, 4)", "Tensor.triuIndices(0, 4, 0)"),
    ("trilIndicesAbove", {}, "torch.tril_indices(4, 3, 1)", "Tensor.trilIndices(4, 3, 1)"),
    ("triuIndicesBelow", {}, "torch.triu_indices(3, 5, -1)", "Tensor.triuIndices(3, 5, -1)"),
    ("trilIndicesNone", {}, "torch.tril_indices(2, 2, -5)", "Tensor.trilIndices(2, 2, -5)"),
    ("triuIndicesNone", {}, "torch.triu_indices(4, 4, 10)", "Tensor.triuIndices(4, 4, 10)"),
    ("triuIndicesAll", {}, "torch.triu_indices(3, 2, -7)", "Tensor.triuIndices(3, 2, -7)"),
    ("trilIndicesNegativeRow", {}, "torch.tril_indices(-1, 4)", "Tensor.trilIndices(-1, 4, 0)", IAE),
    ("vander", {"x": f64(V3)}, "torch.vander(x)", "x.vander()"),
    ("vanderIncreasingWide", {"x": f64(V3)}, "torch.vander(x, 4, True)", "x.vander(4, true)"),
    ("vanderIntegers", {"r": i64([2, -3, 5], [3])}, "torch.vander(r, 5)", "r.vander(5, false)"),
    ("vanderBool", {"b": boolean([True, False], [2])}, "torch.vander(b)", "b.vander()"),
    ("vanderNoColumns", {"x": f64(V3)}, "torch.vander(x, 0)", "x.vander(0, false)"),
    ("vanderMatrix", {"x": f64(M23)}, "torch.vander(x)", "x.vander()", IAE),
    # diagonals
    ("diagEmbed", {"x": f64(M23)}, "torch.diag_embed(x)", "x.diagEmbed()"),
    ("diagEmbedOffsetDims", {"x": f64(M23)}, "torch.diag_embed(x, -1, 0, 2)", "x.diagEmbed(-1, 0, 2)"),
    ("diagEmbedAbove", {"x": f64(V2)}, "torch.diag_embed(x, 2, 1, 0)", "x.diagEmbed(2, 1, 0)"),
    ("diagEmbedSameDims", {"x": f64(M23)}, "torch.diag_embed(x, 0, 1, 1)", "x.diagEmbed(0, 1, 1)", IAE),
    ("diagEmbedScalar", {"x": f64(S0)}, "torch.diag_embed(x)", "x.diagEmbed()", IOOBE),
    ("blockDiag", {"x": f64(M23), "y": f64(S0), "z": f64(V2)}, "torch.block_diag(x, y, z)", "Tensor.blockDiag(x, y, z)"),
    ("blockDiagPromotes", {"r": i64([1, 2, 3, 4], [2, 2]), "x": f64(V2)}, "torch.block_diag(r, x)",
     "Tensor.blockDiag(r, x)"),
    ("blockDiag3d", {"x": f64(([1.0] * 8, [2, 2, 2]))}, "torch.block_diag(x)", "Tensor.blockDiag(x)", IAE),
    # NaN-aware reductions
    ("nansum", {"x": f64(NANS)}, "torch.nansum(x)", "x.nansum()"),
    ("nansumDim", {"x": f64(NANS)}, "torch.nansum(x, 1)", "x.nansum(new int[] {1}, false)"),
    ("nansumDimKeep", {"x": f64(NANS)}, "torch.nansum(x, 0, keepdim=True)", "x.nansum(new int[] {0}, true)"),
    ("nansumIntegers", {"r": i64([1, -2, 3], [3])}, "torch.nansum(r)", "r.nansum()"),
    ("nanmean", {"x": f64(NANS)}, "torch.nanmean(x)", "x.nanmean()"),
    ("nanmeanDim", {"x": f64(ALLNAN)}, "torch.nanmean(x, 1)", "x.nanmean(new int[] {1}, false)"),
    ("nanmeanIntegers", {"r": i64([1, 2], [2])}, "torch.nanmean(r)", "r.nanmean()", IAE),
    # scatter_reduce and index_reduce
    ("scatterReduceSum", {"x": f64(V4), "i": i64([0, 2, 0, 3, 2], [5]), "s": f64(([1.0, 2.0, -3.0, 0.5, 4.0], [5]))},
     "x.scatter_reduce(0, i, s, 'sum')", "x.scatterReduce(0, i, s, \"sum\")"),
    ("scatterReduceProd", {"x": f64(V4), "i": i64([0, 2, 0, 3, 2], [5]), "s": f64(([1.5, 2.0, -3.0, 0.5, 4.0], [5]))},
     "x.scatter_reduce(0, i, s, 'prod')", "x.scatterReduce(0, i, s, \"prod\")"),
    ("scatterReduceProdZeros", {"x": f64(([2.0, 0.0, 3.0], [3])), "i": i64([0, 1, 0, 2], [4]),
                                "s": f64(([0.0, 2.0, 5.0, -1.0], [4]))},
     "x.scatter_reduce(0, i, s, 'prod', include_self=False)", "x.scatterReduce(0, i, s, \"prod\", false)"),
    ("scatterReduceMean", {"x": f64(M23), "i": i64([1, 0, 1, 1], [2, 2]), "s": f64(([1.0, 2.0, 3.0, 4.0], [2, 2]))},
     "x.scatter_reduce(1, i, s, 'mean')", "x.scatterReduce(1, i, s, \"mean\")"),
    ("scatterReduceMeanExcludingSelf", {"x": f64(M23), "i": i64([1, 0, 1, 1], [2, 2]),
                                        "s": f64(([1.0, 2.0, 3.0, 4.0], [2, 2]))},
     "x.scatter_reduce(1, i, s, 'mean', include_self=False)", "x.scatterReduce(1, i, s, \"mean\", false)"),
    ("scatterReduceAmaxTies", {"x": f64(([3.0, 1.0, 2.0], [3])), "i": i64([0, 0, 1, 2, 2], [5]),
                               "s": f64(([3.0, 2.0, 5.0, 2.0, 1.0], [5]))},
     "x.scatter_reduce(0, i, s, 'amax')", "x.scatterReduce(0, i, s, \"amax\")"),
    ("scatterReduceAminExcludingSelf", {"x": f64(([3.0, 1.0, 2.0], [3])), "i": i64([0, 0, 2], [3]),
                                        "s": f64(([4.0, 5.0, -1.0], [3]))},
     "x.scatter_reduce(0, i, s, 'amin', include_self=False)", "x.scatterReduce(0, i, s, \"amin\", false)"),
    ("scatterReduceAmaxNan", {"x": f64(([3.0, 1.0], [2])), "i": i64([0, 1], [2]), "s": f64(([NAN, 0.5], [2]))},
     "x.scatter_reduce(0, i, s, 'amax')", "x.scatterReduce(0, i, s, \"amax\")"),
    ("scatterReduceBadReduce", {"x": f64(V4), "i": i64([0], [1]), "s": f64(([1.0], [1]))},
     "x.scatter_reduce(0, i, s, 'max')", "x.scatterReduce(0, i, s, \"max\")", IAE),
    ("indexReduceProd", {"x": f64(([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [3, 2])), "i": i64([0, 2, 0], [3]),
                         "s": f64(([2.0, 3.0, 4.0, 5.0, -1.0, 0.5], [3, 2]))},
     "x.index_reduce(0, i, s, 'prod')", "x.indexReduce(0, i, s, \"prod\", true)"),
    ("indexReduceMeanExcludingSelf", {"x": f64(M23), "i": i64([2, 2], [2]), "s": f64(([1.0, 2.0, 3.0, 4.0], [2, 2]))},
     "x.index_reduce(1, i, s, 'mean', include_self=False)", "x.indexReduce(1, i, s, \"mean\", false)"),
    ("indexReduceAmax", {"x": f64(M23), "i": i64([1, 1, 0], [3]), "s": f64(([4.0, -1.0, 0.5, 2.0, 3.0, 0.5], [2, 3]))},
     "x.index_reduce(1, i, s, 'amax')", "x.indexReduce(1, i, s, \"amax\", true)"),
    ("scatterReduceIntegerMean", {"r": i64([5, -3, 7], [3]), "i": i64([0, 1, 1, 2], [4]), "q": i64([2, 4, -6, 1], [4])},
     "r.scatter_reduce(0, i, q, 'mean')", "r.scatterReduce(0, i, q, \"mean\")"),
    ("scatterReduceIntegerProdExcludingSelf", {"r": i64([5, -3, 7], [3]), "i": i64([0, 0, 2], [3]),
                                               "q": i64([3, 1 << 40, -2], [3])},
     "r.scatter_reduce(0, i, q, 'prod', include_self=False)", "r.scatterReduce(0, i, q, \"prod\", false)"),
    ("scatterReduceInPlace", {"x": c64(V4), "i": i64([3, 3, 0], [3]), "s": c64(([1.0, 2.0, 3.0], [3]))},
     "x.clone().scatter_reduce_(0, i, s, 'amin', include_self=False)",
     "x.clone().scatterReduce_(0, i, s, \"amin\", false)"),
    ("indexReduceInPlace", {"x": c64(M23), "i": i64([1, 0], [2]), "s": c64(([4.0, 5.0, 6.0, 7.0, 8.0, 9.0], [2, 3]))},
     "x.clone().index_reduce_(0, i, s, 'prod')", "x.clone().indexReduce_(0, i, s, \"prod\", true)"),
    ("indexReduceSum", {"x": f64(M23), "i": i64([0], [1]), "s": f64(([1.0, 2.0, 3.0], [1, 3]))},
     "x.index_reduce(0, i, s, 'sum')", "x.indexReduce(0, i, s, \"sum\", true)", IAE),
    # finite differences and integrals
    ("diff", {"x": f64(M34)}, "torch.diff(x)", "x.diff()"),
    ("diffTwiceDim0", {"x": f64(M34)}, "torch.diff(x, n=2, dim=0)", "x.diff(2, 0, null, null)"),
    ("diffPrependAppend", {"x": f64(M23), "p": f64(([9.0, 8.0], [2, 1])), "a": f64(([1.0, 2.0, 3.0, 4.0], [2, 2]))},
     "torch.diff(x, prepend=p, append=a)", "x.diff(1, -1, p, a)"),
    ("diffOrderPastLength", {"x": f64(M23)}, "torch.diff(x, n=5)", "x.diff(5, -1, null, null)"),
    ("diffOrderZero", {"x": f64(M23)}, "torch.diff(x, n=0)", "x.diff(0, -1, null, null)"),
    ("diffBool", {"b": boolean([True, False, False, True], [4])}, "torch.diff(b)", "b.diff()"),
    ("diffIntegers", {"r": i64([1, 5, 2, -4], [4])}, "torch.diff(r)", "r.diff()"),
    ("diffScalar", {"x": f64(S0)}, "torch.diff(x)", "x.diff()", IAE),
    ("diffPrependRank", {"x": f64(M23), "p": f64(V3)}, "torch.diff(x, prepend=p)", "x.diff(1, -1, p, null)", IAE),
    ("gradient", {"x": f64(([1.0, 4.0, 9.0, 16.0, 25.0], [5]))}, "torch.gradient(x)[0]", "x.gradient().get(0)"),
    ("gradientSpacingEdgeOrder2", {"x": f64(([1.0, 4.0, 9.0, 16.0, 25.0], [5]))},
     "torch.gradient(x, spacing=0.5, edge_order=2)[0]", "x.gradient(new double[] {0.5}, null, 2).get(0)"),
    ("gradientMatrixDim1", {"x": f64(M34)}, "torch.gradient(x, spacing=[2.0], dim=1)[0]",
     "x.gradient(new double[] {2.0}, new int[] {1}, 1).get(0)"),
    ("gradientMatrixDim0", {"x": f64(M34)}, "torch.gradient(x, spacing=[1.0, 3.0], edge_order=2)[0]",
     "x.gradient(new double[] {1.0, 3.0}, null, 2).get(0)"),
    ("gradientCoordinates", {"x": f64(([1.0, 4.0, 9.0, 16.0, 25.0], [5])), "t": f64(([0.0, 0.5, 2.0, 2.5, 4.0], [5]))},
     "torch.gradient(x, spacing=(t,))[0]", "x.gradient(java.util.List.of(t), null, 1).get(0)"),
    ("gradientCoordinatesEdgeOrder2", {"x": f64(M34), "t": f64(([0.0, 1.0, 1.5, 3.0], [4]))},
     "torch.gradient(x, spacing=(t,), dim=1, edge_order=2)[0]",
     "x.gradient(java.util.List.of(t), new int[] {1}, 2).get(0)"),
    ("gradientIntegers", {"r": i64([1, 2, 4], [3])}, "torch.gradient(r)[0]", "r.gradient().get(0)"),
    ("gradientTooShort", {"x": f64(V2)}, "torch.gradient(x, edge_order=2)[0]",
     "x.gradient(new double[] {1}, null, 2).get(0)", IAE),
    ("gradientEdgeOrder3", {"x": f64(V4)}, "torch.gradient(x, edge_order=3)[0]",
     "x.gradient(new double[] {1}, null, 3).get(0)", IAE),
    ("trapezoid", {"x": f64(M34)}, "torch.trapezoid(x)", "x.trapezoid(1.0, -1)"),
    ("trapezoidDx", {"x": f64(M34)}, "torch.trapezoid(x, dx=0.5, dim=0)", "x.trapezoid(0.5, 0)"),
    ("trapezoidPoints", {"x": f64(M34), "t": f64(([0.0, 0.5, 2.0, 2.5], [4]))}, "torch.trapezoid(x, t)",
     "x.trapezoid(t, -1)"),
    ("trapezoidPointGrid", {"x": f64(M23), "t": f64(([0.0, 1.0, 3.0, 0.0, 2.0, 2.5], [2, 3]))},
     "torch.trapezoid(x, t, dim=1)", "x.trapezoid(t, 1)"),
    ("trapezoidIntegers", {"r": i64([1, 2, 4], [3])}, "torch.trapezoid(r)", "r.trapezoid(1.0, -1)"),
    ("trapezoidEmpty", {"x": f64(([], [2, 0]))}, "torch.trapezoid(x)", "x.trapezoid(1.0, -1)"),
    ("trapezoidWrongPoints", {"x": f64(M23), "t": f64(V4)}, "torch.trapezoid(x, t)", "x.trapezoid(t, -1)", IAE),
    ("trapezoidScalar", {"x": f64(S0)}, "torch.trapezoid(x)", "x.trapezoid(1.0, -1)", IOOBE),
    ("cumulativeTrapezoid", {"x": f64(M34)}, "torch.cumulative_trapezoid(x)", "x.cumulativeTrapezoid(1.0, -1)"),
    ("cumulativeTrapezoidDx", {"x": f64(M34)}, "torch.cumulative_trapezoid(x, dx=2.0, dim=0)",
     "x.cumulativeTrapezoid(2.0, 0)"),
    ("cumulativeTrapezoidPoints", {"x": f64(M34), "t": f64(([0.0, 0.5, 2.0, 2.5], [4]))},
     "torch.cumulative_trapezoid(x, t)", "x.cumulativeTrapezoid(t, -1)"),
    ("cumulativeTrapezoidIntegers", {"r": i64([1, 2, 4], [3])}, "torch.cumulative_trapezoid(r)",
     "r.cumulativeTrapezoid(1.0, -1)"),
    ("cumulativeTrapezoidScalar", {"x": f64(S0)}, "torch.cumulative_trapezoid(x)", "x.cumulativeTrapezoid(1.0, -1)",
     IOOBE),
    # covariance and correlation
    ("cov", {"x": f64(M34)}, "torch.cov(x)", "x.cov()"),
    ("covVector", {"x": f64(V4)}, "torch.cov(x)", "x.cov()"),
    ("covWeights", {"x": f64(M34), "f": i64([1, 2, 1, 3], [4]), "w": f64(([0.5, 1.0, 0.25, 2.0], [4]))},
     "torch.cov(x, correction=0, fweights=f, aweights=w.detach())", "x.cov(0, f, w.detach())"),
    ("covWeightsCorrected", {"x": f64(M23), "w": f64(([0.5, 1.0, 0.25], [3]))},
     "torch.cov(x, aweights=w.detach())", "x.cov(1, null, w.detach())"),
    ("covIntegers", {"r": i64([1, 2, 4, 2, 0, 1], [2, 3])}, "torch.cov(r)", "r.cov()"),
    ("covFloatFrequencies", {"x": f64(M23), "w": f64(([0.5, 1.0, 0.25], [3]))},
     "torch.cov(x, fweights=w.detach())", "x.cov(1, w.detach(), null)", IAE),
    ("covNegativeWeights", {"x": f64(M23), "f": i64([1, -2, 1], [3])}, "torch.cov(x, fweights=f)",
     "x.cov(1, f, null)", IAE),
    ("cov3d", {"x": f64(([1.0] * 8, [2, 2, 2]))}, "torch.cov(x)", "x.cov()", IAE),
    ("corrcoef", {"x": f64(M34)}, "torch.corrcoef(x)", "x.corrcoef()"),
    ("corrcoefVector", {"x": f64(V4)}, "torch.corrcoef(x)", "x.corrcoef()"),
    # histogram (not differentiable)
    ("histogram", {"h": f32(HIST)}, "torch.histogram(h, 3)[0]", "h.histogram(3).hist()"),
    ("histogramEdges", {"h": f32(HIST)}, "torch.histogram(h, 3)[1]", "h.histogram(3).binEdges()"),
    ("histogramManyEdges", {"h": f32(HIST)}, "torch.histogram(h, 10)[1]", "h.histogram(10).binEdges()"),
    ("histogramManyBins", {"h": f32(HIST)}, "torch.histogram(h, 10)[0]", "h.histogram(10).hist()"),
    ("histogramDoubleEdges", {"h": c64(HIST64)}, "torch.histogram(h, 7)[1]", "h.histogram(7).binEdges()"),
    ("histogramDoubleBins", {"h": c64(HIST64)}, "torch.histogram(h, 7)[0]", "h.histogram(7).hist()"),
    ("histogramRange", {"h": f32(HIST)}, "torch.histogram(h, 4, range=(0.0, 0.8))[0]",
     "h.histogram(4, new double[] {0.0, 0.8}, null, false).hist()"),
    ("histogramEqualValues", {"h": f32(([2.0, 2.0], [2]))}, "torch.histogram(h, 3)[1]", "h.histogram(3).binEdges()"),
    ("histogramGivenEdges", {"h": f32(HIST), "e": f32(([0.0, 0.25, 0.3, 1.0], [4]))}, "torch.histogram(h, e)[0]",
     "h.histogram(e, null, false).hist()"),
    ("histogramWeightedDensity", {"h": f32(HIST), "e": f32(([0.0, 0.25, 0.3, 1.0], [4])),
                                  "w": f32(([float(i) for i in range(8)], [8]))},
     "torch.histogram(h, e, weight=w, density=True)[0]", "h.histogram(e, w, true).hist()"),
    ("histogramDensity", {"h": c64(HIST64)}, "torch.histogram(h, 3, density=True)[0]",
     "h.histogram(3, null, null, true).hist()"),
    ("histogramNanInRange", {"h": f32(([1.0, NAN, 0.5], [3]))}, "torch.histogram(h, 2, range=(0.0, 2.0))[0]",
     "h.histogram(2, new double[] {0.0, 2.0}, null, false).hist()"),
    ("histogramEmpty", {"h": f32(([], [0]))}, "torch.histogram(h, 2)[1]", "h.histogram(2).binEdges()"),
    ("histogramNan", {"h": f32(([1.0, NAN], [2]))}, "torch.histogram(h, 2)[0]", "h.histogram(2).hist()", IAE),
    ("histogramNoBins", {"h": f32(HIST)}, "torch.histogram(h, 0)[0]", "h.histogram(0).hist()", IAE),
    ("histogramBackwardRange", {"h": f32(HIST)}, "torch.histogram(h, 2, range=(1.0, 0.0))[0]",
     "h.histogram(2, new double[] {1.0, 0.0}, null, false).hist()", IAE),
    ("histogramIntegers", {"r": i64([1, 2], [2])}, "torch.histogram(r, 2)[0]", "r.histogram(2).hist()", IAE),
    ("histogramWeightDtype", {"h": f32(HIST), "w": c64(([1.0] * 8, [8]))}, "torch.histogram(h, 2, weight=w)[0]",
     "h.histogram(2, null, w, false).hist()", IAE),
    ("histogramEdgesDtype", {"h": f32(HIST), "e": c64(([0.0, 1.0], [2]))}, "torch.histogram(h, e)[0]",
     "h.histogram(e, null, false).hist()", IAE),
]


TORCH_DTYPES = {"f64": torch.float64, "c64": torch.float64, "f32": torch.float32, "i64": torch.int64,
                "bool": torch.bool}


def make_input(name, spec):
    kind, values, shape = spec
    t = torch.tensor(values, dtype=TORCH_DTYPES[kind]).reshape(shape)
    t.requires_grad_(kind == "f64")
    return t, tv.input_line(name, t, t.requires_grad)


def case(name, inputs, torch_expr, java_expr, error=None):
    env = {"torch": torch}
    body = []
    for input_name, spec in inputs.items():
        env[input_name], line = make_input(input_name, spec)
        body += line
    try:
        out = eval(torch_expr, env)
    except (RuntimeError, IndexError, ValueError) as e:
        assert error is not None, f"{name}: {e}"
        return tv.method(name, body + tv.error_check(error, e, java_expr), torch_expr)
    assert error is None, name
    body += tv.statement(f"Tensor out = {java_expr};") + tv.value_check("out", out)
    if out.grad_fn is None:
        return tv.method(name, body + tv.node_check("out", None), torch_expr)
    body += tv.node_check("out", NODE_DIFFERS.get(name, tv.node_name(out)))
    try:
        body += tv.backward_weighted(out)
    except RuntimeError as e:
        # PyTorch 1.13 cannot backpropagate some of its own compositions (vander with increasing=True
        # overwrites what its cumprod saved); there is no gradient to compare with.
        return tv.method(name, body + [f"        // PyTorch 1.13's backward fails here: {str(e).split(':')[0]}"],
                         torch_expr)
    for input_name, spec in inputs.items():
        if spec[0] == "f64":
            body += tv.grad_check(input_name, env[input_name].grad)
    return tv.method(name, body, torch_expr)


JAVADOC = """
Values, dtypes, node names, gradients and error messages of the building and reshaping utilities (issue 12),
from real PyTorch 1.13. Generated by core/src/test/python/gen_building_values_test.py; do not edit by hand,
rerun it. Each output is backpropagated with the weights linspace(0.5, 1.5, n).
"""


def main():
    tv.write_test("BuildingValuesTest", JAVADOC, [case(*c) for c in CASES])


if __name__ == "__main__":
    main()
