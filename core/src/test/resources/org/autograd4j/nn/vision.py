#!/usr/bin/python3
"""Known values for VisionValuesTest (resampling and vision ops), from real PyTorch 1.13.

Run from this folder: /usr/bin/python3 vision.py > vision.txt
Records as in modules.py (T tensor, S string). For a case NAME: NAME/in0, NAME/in1, ... (the
inputs), then either NAME/error ("ExceptionType: message") or NAME/out0, NAME/out1, ... (the
outputs), NAME/node (the first output's grad_fn name) and NAME/grad/in<i>: the gradient of each
floating input of the sum of the floating outputs' weighted sums (weights linspace(0.5, 1.5)).
The last record, "S cases ...", lists the case names.
"""
import math
import warnings

import torch
import torch.nn.functional as F


JAVA_SPECIALS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}


def emit_tensor(key, t):
    """T <key> <dtype> <shape, comma separated, '-' for 0-d> <values, repr of each (NaN and infinities Java's)>"""
    t = t.detach()
    shape = ",".join(str(s) for s in t.shape) or "-"
    if t.dtype in (torch.float32, torch.float64):
        vals = " ".join(JAVA_SPECIALS.get(repr(float(v)), repr(float(v))) for v in t.reshape(-1).tolist())
    else:
        vals = " ".join(str(int(v)) for v in t.reshape(-1).tolist())
    print("T", key, str(t.dtype).replace("torch.", ""), shape, vals)


def emit_string(key, s):
    print("S", key, s.replace("\\", "\\\\").replace("\n", "\\n"))


def weighted_sum(out):
    return (out * torch.linspace(0.5, 1.5, out.numel(), dtype=torch.float64).reshape(out.shape)).sum()

warnings.filterwarnings("ignore")
gen = torch.Generator().manual_seed(20261206)
NAMES = []
PYTHON_TO_JAVA = {"ValueError": "IllegalArgumentException", "RuntimeError": "IllegalArgumentException",
                  "NotImplementedError": "UnsupportedOperationException", "IndexError": "IndexOutOfBoundsException"}


def randn(*shape, dtype=torch.float64):
    return torch.randn(*shape, generator=gen, dtype=torch.float64).to(dtype)


def case(name, fn, *inputs):
    """Runs fn(*inputs) with the floating inputs requiring grad and records what it gives."""
    NAMES.append(name)
    ins = [x.clone().requires_grad_(True) if x.is_floating_point() else x for x in inputs]
    for i, x in enumerate(ins):
        emit_tensor(name + "/in" + str(i), x)
    try:
        outs = fn(*ins)
    except Exception as e:  # the message is what the Java op must say
        emit_string(name + "/error", PYTHON_TO_JAVA[type(e).__name__] + ": " + str(e))
        return
    outs = list(outs) if isinstance(outs, (tuple, list)) else [outs]
    for i, t in enumerate(outs):
        emit_tensor(name + "/out" + str(i), t)
    node = outs[0].grad_fn.name() if outs[0].grad_fn is not None else ""
    emit_string(name + "/node", node.replace("torch::autograd::", ""))  # autograd4j names CopySlices plainly
    floating = [t for t in outs if t.is_floating_point() and t.requires_grad]
    if floating:
        sum(weighted_sum(t.double()) for t in floating).backward()
    for i, x in enumerate(ins):
        if x.is_floating_point():
            emit_tensor(name + "/grad/in" + str(i), x.grad if x.grad is not None else torch.zeros_like(x))


# ------------------------------------------------------------------ interpolate
x1 = randn(2, 2, 5)
x2 = randn(1, 2, 4, 5)
x3 = randn(1, 2, 3, 4, 3)
for mode in ("nearest", "nearest-exact", "area"):
    tag = mode.replace("-e", "E")
    case(tag + "1dSize", lambda x, m=mode: F.interpolate(x, size=7, mode=m), x1)
    case(tag + "1dScale", lambda x, m=mode: F.interpolate(x, scale_factor=1.7, mode=m), x1)
    case(tag + "2dSize", lambda x, m=mode: F.interpolate(x, size=(7, 3), mode=m), x2)
    case(tag + "2dScale", lambda x, m=mode: F.interpolate(x, scale_factor=(2.0, 0.6), mode=m), x2)
    case(tag + "2dScaleRecompute", lambda x, m=mode: F.interpolate(x, scale_factor=1.3, mode=m,
                                                                   recompute_scale_factor=True), x2)
    case(tag + "3dSize", lambda x, m=mode: F.interpolate(x, size=(4, 2, 5), mode=m), x3)
    case(tag + "3dScale", lambda x, m=mode: F.interpolate(x, scale_factor=(1.5, 0.5, 2.0), mode=m), x3)
for mode, x in (("linear", x1), ("bilinear", x2), ("bicubic", x2), ("trilinear", x3)):
    k = x.dim() - 2
    for corners in (False, True):
        tag = mode + ("AlignCorners" if corners else "")
        case(tag + "Size", lambda x, m=mode, c=corners, k=k: F.interpolate(x, size=(7, 3, 4)[:k], mode=m,
                                                                           align_corners=c), x)
        case(tag + "Scale", lambda x, m=mode, c=corners, k=k: F.interpolate(x, scale_factor=(1.7, 0.6, 2.5)[:k],
                                                                            mode=m, align_corners=c), x)
    case(mode + "Recompute", lambda x, m=mode, k=k: F.interpolate(x, scale_factor=(2.3, 1.5, 0.7)[:k], mode=m,
                                                                  recompute_scale_factor=True), x)
    case(mode + "Downscale", lambda x, m=mode: F.interpolate(x, scale_factor=0.5, mode=m), x)
case("nearestFloat32Indices", lambda x: F.interpolate(x, size=11, mode="nearest"), randn(1, 1, 9, dtype=torch.float32))
case("nearestExactFloat32Indices", lambda x: F.interpolate(x, scale_factor=1.2, mode="nearest-exact"),
     randn(1, 1, 9, dtype=torch.float32))
case("bilinearFloat32", lambda x: F.interpolate(x, size=(3, 7), mode="bilinear"), randn(1, 1, 4, 5, dtype=torch.float32))
case("bicubicEmptyBatch", lambda x: F.interpolate(x, size=(3, 7), mode="bicubic"), randn(0, 2, 4, 5))
case("interpolateSizeAndScale", lambda x: F.interpolate(x, size=3, scale_factor=2.0), x2)
case("interpolateNeither", lambda x: F.interpolate(x), x2)
case("interpolateSizeLength", lambda x: F.interpolate(x, size=(2, 3, 4)), x2)
case("interpolateScaleLength", lambda x: F.interpolate(x, scale_factor=(2.0, 3.0, 4.0)), x2)
case("interpolateRecomputeWithSize", lambda x: F.interpolate(x, size=3, recompute_scale_factor=True), x2)
case("interpolateNearestAlignCorners", lambda x: F.interpolate(x, size=3, align_corners=False), x2)
case("interpolateZeroOutput", lambda x: F.interpolate(x, scale_factor=0.1), x2)
case("interpolateBilinear3d", lambda x: F.interpolate(x, size=3, mode="bilinear"), x1)
case("interpolateLinear4d", lambda x: F.interpolate(x, size=3, mode="linear"), x2)
case("interpolateBicubic5d", lambda x: F.interpolate(x, size=3, mode="bicubic"), x3)
case("interpolateUnknownMode", lambda x: F.interpolate(x, size=3, mode="cubic"), x2)
case("interpolate2dInput", lambda x: F.interpolate(x, size=3), randn(3, 4))
case("interpolateNearestIntegers", lambda x: F.interpolate(x, size=3), torch.arange(32).reshape(1, 2, 4, 4))
case("interpolateBicubicIntegers", lambda x: F.interpolate(x, size=3, mode="bicubic"), torch.arange(32).reshape(1, 2, 4, 4))
case("interpolateIntegers", lambda x: F.interpolate(x, size=3, mode="bilinear"), torch.arange(32).reshape(1, 2, 4, 4))

# ------------------------------------------------------------------ adaptive pooling
case("adaptiveAvgPool3d", lambda x: F.adaptive_avg_pool3d(x, (2, 3, 2)), x3)
case("adaptiveAvgPool3dOne", lambda x: F.adaptive_avg_pool3d(x, 1), x3)
case("adaptiveAvgPool3dOneAnyRank", lambda x: F.adaptive_avg_pool3d(x, 1), x1)
case("adaptiveAvgPool3dRank", lambda x: F.adaptive_avg_pool3d(x, 2), x1)
case("adaptiveAvgPool1d", lambda x: F.adaptive_avg_pool1d(x, 3), x1)
case("adaptiveMaxPool2d", lambda x: F.adaptive_max_pool2d(x, (3, 2), return_indices=True), x2)
case("adaptiveMaxPool2dUnbatched", lambda x: F.adaptive_max_pool2d(x, 3, return_indices=True), x2[0])
case("adaptiveMaxPool2dNan", lambda x: F.adaptive_max_pool2d(x, 2, return_indices=True),
     torch.tensor([[[1.0, float("nan"), 2.0], [float("nan"), 0.0, -1.0], [3.0, -float("inf"), 5.0]]]))
case("adaptiveMaxPool1d", lambda x: F.adaptive_max_pool1d(x, 3, return_indices=True), x1)
case("adaptiveMaxPool2dRank", lambda x: F.adaptive_max_pool2d(x, 2), x3)
case("adaptiveMaxPool2dEmpty", lambda x: F.adaptive_max_pool2d(x, 2), randn(2, 0, 3))
case("adaptiveMaxPool1dRank", lambda x: F.adaptive_max_pool1d(x, 2), x2)

# ------------------------------------------------------------------ pixel shuffle, unfold, fold
ps = randn(2, 8, 2, 3)
case("pixelShuffle", lambda x: F.pixel_shuffle(x, 2), ps)
case("pixelShuffleBatchDims", lambda x: F.pixel_shuffle(x, 2), randn(2, 1, 4, 2, 2))
case("pixelShuffleOne", lambda x: F.pixel_shuffle(x, 1), randn(2, 3, 2))
case("pixelShuffleChannels", lambda x: F.pixel_shuffle(x, 3), ps)
case("pixelShuffleFactor", lambda x: F.pixel_shuffle(x, 0), ps)
case("pixelShuffleRank", lambda x: F.pixel_shuffle(x, 2), ps[0, 0])
case("pixelUnshuffle", lambda x: F.pixel_unshuffle(x, 2), randn(1, 2, 4, 6))
case("pixelUnshuffleUnbatched", lambda x: F.pixel_unshuffle(x, 3), randn(1, 3, 6))
case("pixelUnshuffleHeight", lambda x: F.pixel_unshuffle(x, 2), randn(1, 2, 3, 4))
case("pixelUnshuffleWidth", lambda x: F.pixel_unshuffle(x, 2), randn(1, 2, 4, 3))
case("pixelUnshuffleFactor", lambda x: F.pixel_unshuffle(x, -1), randn(1, 2, 4, 4))
case("pixelUnshuffleRank", lambda x: F.pixel_unshuffle(x, 2), randn(4, 4))
im = randn(2, 3, 5, 6)
case("unfold", lambda x: F.unfold(x, 2), im)
case("unfoldAll", lambda x: F.unfold(x, (2, 3), dilation=(1, 2), padding=1, stride=(2, 1)), im)
case("unfoldUnbatched", lambda x: F.unfold(x, 3, padding=(0, 2), stride=2), im[0])
case("unfoldRank2", lambda x: F.unfold(x, 2), im[0, 0])
case("unfoldTooSmall", lambda x: F.unfold(x, 7), im)
case("unfoldKernel", lambda x: F.unfold(x, 0), im)
case("unfoldStride", lambda x: F.unfold(x, 2, stride=0), im)
case("unfoldPadding", lambda x: F.unfold(x, 2, padding=-1), im)
case("unfoldDilation", lambda x: F.unfold(x, 2, dilation=0), im)
case("unfoldEmpty", lambda x: F.unfold(x, 2), randn(2, 0, 5, 6))
cols = randn(2, 12, 9)
case("fold", lambda x: F.fold(x, (4, 4), 2), cols)
case("foldAll", lambda x: F.fold(x, (5, 6), (2, 3), dilation=(2, 1), padding=1, stride=(2, 2)), randn(1, 12, 9))
case("foldAllLength", lambda x: F.fold(x, (5, 6), (2, 3), dilation=(2, 1), padding=1, stride=(2, 2)), randn(1, 12, 6))
case("foldUnbatched", lambda x: F.fold(x, (4, 4), 2), cols[0])
case("foldKernelProduct", lambda x: F.fold(x, (4, 4), 3), cols)
case("foldBlocks", lambda x: F.fold(x, (5, 5), 2), cols)
case("foldRank", lambda x: F.fold(x, (4, 4), 2), cols.unsqueeze(0))
case("foldOutputSize", lambda x: F.fold(x, (0, 4), 2), cols)

# ------------------------------------------------------------------ circular padding
case("padCircular2d", lambda x: F.pad(x, (1, 2, 2, 1), mode="circular"), im)
case("padCircular1d", lambda x: F.pad(x, (2, 3), mode="circular"), randn(2, 3, 4))
case("padCircular3d", lambda x: F.pad(x, (1, 0, 2, 1, 1, 1), mode="circular"), randn(1, 2, 2, 3, 3))
case("padCircularNegative", lambda x: F.pad(x, (-1, 2, 2, -3), mode="circular"), im)
case("padCircularWrapTwice", lambda x: F.pad(x, (7, 2, 2, 1), mode="circular"), im)
case("padCircularUnbatched", lambda x: F.pad(x, (1, 2, 2, 1), mode="circular"), im[0])
case("padCircularSize", lambda x: F.pad(x, (1, 2), mode="circular"), im)
case("padCircularOdd", lambda x: F.pad(x, (1, 2, 2), mode="circular"), im)
case("padCircularEmpty", lambda x: F.pad(x, (-3, -3), mode="circular"), randn(1, 2, 5))

# ------------------------------------------------------------------ lp pooling, local response norm, normalize
case("lpPool2d", lambda x: F.lp_pool2d(x, 2, 2), im)
case("lpPool2dStrideCeil", lambda x: F.lp_pool2d(x, 3.0, (2, 3), stride=(1, 2), ceil_mode=True), im.abs())
case("lpPool2dFractionalPower", lambda x: F.lp_pool2d(x, 1.5, 2), im.abs())
case("lpPool1d", lambda x: F.lp_pool1d(x, 2, 3, stride=2), x1)
case("localResponseNorm", lambda x: F.local_response_norm(x, 3), im)
case("localResponseNormParams", lambda x: F.local_response_norm(x, 2, alpha=0.5, beta=0.6, k=2.0), im)
case("localResponseNorm3d", lambda x: F.local_response_norm(x, 4, alpha=0.1), randn(2, 5, 3))
case("localResponseNorm5d", lambda x: F.local_response_norm(x, 3, alpha=0.2), x3)
case("localResponseNormRank", lambda x: F.local_response_norm(x, 3), randn(2, 5))
case("normalize", lambda x: F.normalize(x), im)
case("normalizeP1Dim", lambda x: F.normalize(x, p=1.0, dim=-1), im)

# ------------------------------------------------------------------ max unpooling, affine grids
pooled, where = F.max_pool2d(randn(2, 2, 5, 6), 2, return_indices=True)
case("maxUnpool2d", lambda x, i: F.max_unpool2d(x, i, 2), pooled, where)
case("maxUnpool2dOutputSize", lambda x, i: F.max_unpool2d(x, i, 2, output_size=[5, 7]), pooled, where)
case("maxUnpool2dOutputSizeFull", lambda x, i: F.max_unpool2d(x, i, 2, output_size=[2, 2, 5, 6]), pooled, where)
case("maxUnpool2dOutputSizeRange", lambda x, i: F.max_unpool2d(x, i, 2, output_size=[7, 6]), pooled, where)
case("maxUnpool2dOutputSizeLength", lambda x, i: F.max_unpool2d(x, i, 2, output_size=[5, 6, 1]), pooled, where)
overlapping, repeated = F.max_pool2d(randn(1, 1, 4, 4), 3, stride=1, return_indices=True)
case("maxUnpool2dRepeatedIndices", lambda x, i: F.max_unpool2d(x, i, 3, stride=1), overlapping, repeated)
case("maxUnpool2dStridePadding", lambda x, i: F.max_unpool2d(x, i, 3, stride=2, padding=1),
     *F.max_pool2d(randn(1, 2, 5, 5), 3, stride=2, padding=1, return_indices=True))
case("maxUnpool2dUnbatched", lambda x, i: F.max_unpool2d(x, i, 2), pooled[0], where[0])
case("maxUnpool2dInvalidIndex", lambda x, i: F.max_unpool2d(x, i, 2), pooled, where * 3)
case("maxUnpool2dIndexShape", lambda x, i: F.max_unpool2d(x, i, 2), pooled, where[:, :1])
case("maxUnpool2dIndexType", lambda x, i: F.max_unpool2d(x, i, 2), pooled, where.double())
case("maxUnpool2dRank", lambda x, i: F.max_unpool2d(x, i, 2), pooled[0, 0], where[0, 0])
theta2 = randn(2, 2, 3)
theta3 = randn(1, 3, 4)
case("affineGrid", lambda t: F.affine_grid(t, [2, 3, 4, 5], align_corners=False), theta2)
case("affineGridAlignCorners", lambda t: F.affine_grid(t, [2, 1, 3, 2], align_corners=True), theta2)
case("affineGridOneColumn", lambda t: F.affine_grid(t, [2, 1, 3, 1], align_corners=False), theta2)
case("affineGrid3d", lambda t: F.affine_grid(t, [1, 1, 2, 3, 4], align_corners=False), theta3)
case("affineGrid3dAlignCorners", lambda t: F.affine_grid(t, [1, 2, 3, 2, 2], align_corners=True), theta3)
case("affineGridFloat32", lambda t: F.affine_grid(t, [2, 3, 4, 5], align_corners=False), theta2.float())
case("affineGridThetaShape", lambda t: F.affine_grid(t, [1, 1, 2, 3, 4], align_corners=False), theta2)
case("affineGridSize", lambda t: F.affine_grid(t, [2, 3, 4], align_corners=False), theta2)
case("affineGridEmpty", lambda t: F.affine_grid(t, [2, 3, 0, 4], align_corners=False), theta2)
case("affineGridIntegers", lambda t: F.affine_grid(t, [2, 3, 4, 4], align_corners=False), theta2.long())

# ------------------------------------------------------------------ grid sampling
gs_in = randn(2, 2, 3, 4)
# grid values spread past [-1, 1] so that every padding mode has work to do, and exact pixel
# centres and edges (-1, 0, 1) where the clamps and reflections switch
gs_grid = torch.cat([randn(2, 3, 2, 2) * 1.4, torch.tensor([[-1.0, 0.0], [1.0, 1.0], [0.25, -1.0]],
                                                          dtype=torch.float64).expand(2, 3, 2).unsqueeze(2)], dim=2)
for mode in ("bilinear", "nearest", "bicubic"):
    for pad in ("zeros", "border", "reflection"):
        for corners in (False, True):
            case("gridSample" + mode.capitalize() + pad.capitalize() + ("AlignCorners" if corners else ""),
                 lambda x, g, m=mode, p=pad, c=corners: F.grid_sample(x, g, mode=m, padding_mode=p, align_corners=c),
                 gs_in, gs_grid)
case("gridSampleFloat32", lambda x, g: F.grid_sample(x, g, align_corners=False), gs_in.float(), gs_grid.float())
case("gridSampleMode", lambda x, g: F.grid_sample(x, g, mode="area", align_corners=False), gs_in, gs_grid)
case("gridSamplePadding", lambda x, g: F.grid_sample(x, g, padding_mode="wrap", align_corners=False), gs_in, gs_grid)
case("gridSampleBatch", lambda x, g: F.grid_sample(x, g, align_corners=False), gs_in, gs_grid[:1])
case("gridSampleLastDim", lambda x, g: F.grid_sample(x, g, align_corners=False), gs_in, gs_grid[..., :1])
case("gridSampleRank", lambda x, g: F.grid_sample(x, g, align_corners=False), gs_in[0], gs_grid[0])
case("gridSampleDtypes", lambda x, g: F.grid_sample(x, g, align_corners=False), gs_in.float(), gs_grid)

# ------------------------------------------------------------------ embedding bags
table = randn(10, 3)
bag_input = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
bag_offsets = torch.tensor([0, 2, 2, 5])
for mode in ("sum", "mean", "max"):
    case("embeddingBag" + mode.capitalize(), lambda i, w, o, m=mode: F.embedding_bag(i, w, o, mode=m),
         bag_input, table, bag_offsets)
    case("embeddingBag" + mode.capitalize() + "2d", lambda i, w, m=mode: F.embedding_bag(i, w, mode=m),
         bag_input.view(2, 4), table)
    case("embeddingBag" + mode.capitalize() + "PaddingLastOffset",
         lambda i, w, o, m=mode: F.embedding_bag(i, w, o, mode=m, include_last_offset=True, padding_idx=-6),
         bag_input, table, torch.tensor([0, 3, 3, 6, 8]))
case("embeddingBagPerSampleWeights", lambda i, w, o, p: F.embedding_bag(i, w, o, mode="sum", per_sample_weights=p),
     bag_input, table, bag_offsets, randn(8))
case("embeddingBagPerSampleWeights2dPadding",
     lambda i, w, p: F.embedding_bag(i, w, mode="sum", per_sample_weights=p, padding_idx=4),
     bag_input.view(4, 2), table, randn(4, 2))
case("embeddingBagMaxTies", lambda i, w, o: F.embedding_bag(i, w, o, mode="max"),
     torch.tensor([0, 1, 1, 0]), torch.tensor([[1.0, 2.0], [1.0, 3.0]]), torch.tensor([0, 2]))
case("embeddingBagIndexRange", lambda i, w, o: F.embedding_bag(i, w, o), torch.tensor([1, 12]), table, torch.tensor([0]))
case("embeddingBagFirstOffset", lambda i, w, o: F.embedding_bag(i, w, o), bag_input, table, torch.tensor([1, 2]))
case("embeddingBagLastOffset", lambda i, w, o: F.embedding_bag(i, w, o), bag_input, table, torch.tensor([0, 9]))
case("embeddingBagMeanWeights", lambda i, w, o, p: F.embedding_bag(i, w, o, mode="mean", per_sample_weights=p),
     bag_input, table, bag_offsets, randn(8))
case("embeddingBagWeightsShape", lambda i, w, o, p: F.embedding_bag(i, w, o, per_sample_weights=p),
     bag_input, table, bag_offsets, randn(7))
case("embeddingBagMode", lambda i, w, o: F.embedding_bag(i, w, o, mode="prod"), bag_input, table, bag_offsets)
case("embeddingBag2dOffsets", lambda i, w, o: F.embedding_bag(i, w, o), bag_input.view(2, 4), table, bag_offsets)
case("embeddingBagNoOffsets", lambda i, w: F.embedding_bag(i, w), bag_input, table)
case("embeddingBag3d", lambda i, w: F.embedding_bag(i, w), bag_input.view(2, 2, 2), table)
case("embeddingBagOffsetsType", lambda i, w, o: F.embedding_bag(i, w, o), bag_input, table, bag_offsets.double())
case("embeddingBagPaddingRange", lambda i, w, o: F.embedding_bag(i, w, o, padding_idx=12), bag_input, table,
     bag_offsets)

# ------------------------------------------------------------------ ctc loss
ctc_lp = randn(6, 3, 5).log_softmax(2)
ctc_targets = torch.tensor([[1, 2, 2, 0], [3, 1, 0, 0], [4, 4, 4, 1]])
ctc_in_lengths = torch.tensor([6, 5, 6])
ctc_out_lengths = torch.tensor([3, 2, 3])
for reduction in ("mean", "sum", "none"):
    case("ctcLoss" + reduction.capitalize(), lambda lp, t, il, tl, r=reduction: F.ctc_loss(lp, t, il, tl, reduction=r),
         ctc_lp, ctc_targets, ctc_in_lengths, ctc_out_lengths)
case("ctcLossConcatenatedBlank", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl, blank=4, reduction="none"),
     ctc_lp, torch.tensor([1, 2, 2, 3, 1, 0, 0, 1]), ctc_in_lengths, ctc_out_lengths)
case("ctcLossImpossible", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl, reduction="none"),
     ctc_lp, torch.tensor([[1, 1, 1, 1], [2, 3, 0, 0], [1, 2, 1, 2]]), torch.tensor([6, 2, 6]), torch.tensor([4, 2, 4]))
case("ctcLossZeroInfinity", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl, zero_infinity=True),
     ctc_lp, torch.tensor([[1, 1, 1, 1], [2, 3, 0, 0], [1, 2, 1, 2]]), torch.tensor([6, 2, 6]), torch.tensor([4, 2, 4]))
case("ctcLossEmptyTarget", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl, reduction="none"),
     ctc_lp, ctc_targets, ctc_in_lengths, torch.tensor([0, 2, 1]))
case("ctcLossFloat32", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp.float(), ctc_targets, ctc_in_lengths,
     ctc_out_lengths)
case("ctcLossInputLengths", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp, ctc_targets,
     torch.tensor([6, 7, 6]), ctc_out_lengths)
case("ctcLossBlank", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl, blank=5), ctc_lp, ctc_targets, ctc_in_lengths,
     ctc_out_lengths)
case("ctcLossLengthsSize", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp, ctc_targets,
     torch.tensor([6, 6]), ctc_out_lengths)

# ------------------------------------------------------------------ antialiased interpolation, channel shuffle
aa_in = randn(1, 2, 9, 8)
for mode in ("bilinear", "bicubic"):
    tag = mode + "Antialias"
    case(tag + "Down", lambda x, m=mode: F.interpolate(x, size=(4, 3), mode=m, antialias=True), aa_in)
    case(tag + "Up", lambda x, m=mode: F.interpolate(x, size=(12, 13), mode=m, antialias=True), aa_in)
    case(tag + "Scale", lambda x, m=mode: F.interpolate(x, scale_factor=(0.4, 0.7), mode=m, antialias=True), aa_in)
    case(tag + "AlignCorners", lambda x, m=mode: F.interpolate(x, size=(5, 3), mode=m, align_corners=True,
                                                               antialias=True), aa_in)
case("bilinearAntialiasFloat32", lambda x: F.interpolate(x, size=(4, 3), mode="bilinear", antialias=True),
     aa_in.float())
case("interpolateAntialiasMode", lambda x: F.interpolate(x, size=3, mode="nearest", antialias=True), aa_in)
case("interpolateAntialias3d", lambda x: F.interpolate(x, size=3, mode="linear", antialias=True), x1)
# PyTorch 1.13 has no gradient for channel_shuffle: integer inputs, values only
case("channelShuffle", lambda x: F.channel_shuffle(x, 2), torch.arange(24).reshape(2, 4, 3))
case("channelShuffle4d", lambda x: F.channel_shuffle(x, 3), torch.arange(36).reshape(1, 6, 2, 3))
case("channelShuffleGroups", lambda x: F.channel_shuffle(x, 0), torch.arange(24).reshape(2, 4, 3))
case("channelShuffleDivisible", lambda x: F.channel_shuffle(x, 3), torch.arange(24).reshape(2, 4, 3))
case("channelShuffleRank", lambda x: F.channel_shuffle(x, 2), torch.arange(8).reshape(2, 4))

# ------------------------------------------------------------------ max unpooling 1-D
p1, w1 = F.max_pool1d(randn(2, 3, 8), 2, return_indices=True)
case("maxUnpool1d", lambda x, i: F.max_unpool1d(x, i, 2), p1, w1)
case("maxUnpool1dOutputSize", lambda x, i: F.max_unpool1d(x, i, 2, output_size=[2, 3, 9]), p1, w1)
case("maxUnpool1dOutputSizeRange", lambda x, i: F.max_unpool1d(x, i, 2, output_size=[11]), p1, w1)
case("maxUnpool1dOutputSizeLength", lambda x, i: F.max_unpool1d(x, i, 2, output_size=[1, 2]), p1, w1)
case("maxUnpool1dUnbatched", lambda x, i: F.max_unpool1d(x, i, 2), p1[0], w1[0])
case("maxUnpool1dRank", lambda x, i: F.max_unpool1d(x, i, 2), p1[0, 0], w1[0, 0])
case("maxUnpool1dStridePadding", lambda x, i: F.max_unpool1d(x, i, 3, stride=2, padding=1),
     *F.max_pool1d(randn(1, 2, 9), 3, stride=2, padding=1, return_indices=True))

# ------------------------------------------------------------------ embedding bags: max_norm, scale_grad_by_freq
case("embeddingBagMaxNorm", lambda i, w, o: F.embedding_bag(i, w, o, max_norm=1.2, mode="sum"), bag_input, table,
     bag_offsets)
case("embeddingBagMaxNormType", lambda i, w, o: F.embedding_bag(i, w, o, max_norm=0.8, norm_type=1.0, mode="max"),
     bag_input, table, bag_offsets)
case("embeddingBagMaxNorm2dMean", lambda i, w: F.embedding_bag(i, w, max_norm=1.0, norm_type=3.0),
     bag_input.view(4, 2), table)
case("embeddingBagMaxScaleGradByFreq", lambda i, w, o: F.embedding_bag(i, w, o, mode="max", scale_grad_by_freq=True),
     bag_input, table, bag_offsets)
# scale_grad_by_freq: PyTorch 1.13's CPU kernel divides the gradient of the i-th distinct index by the count of
# the i-th entry of the sorted indices, not by its own count. The expected values are the documented scaling:
# F.embedding's (scale_grad_by_freq=True), which divides by each index's own count, summed or averaged per bag.
freq_input = torch.tensor([1, 2, 1, 1, 3, 2, 5])
freq_offsets = torch.tensor([0, 3, 5])
emit_tensor("embeddingBagScaleGradByFreq/input", freq_input)
emit_tensor("embeddingBagScaleGradByFreq/offsets", freq_offsets)
emit_tensor("embeddingBagScaleGradByFreq/weight", table)
for mode in ("sum", "mean"):
    w = table.clone().requires_grad_(True)
    rows = F.embedding(freq_input, w, scale_grad_by_freq=True)
    bags = torch.stack([rows[a:b].sum(0) if mode == "sum" else rows[a:b].mean(0) for a, b in ((0, 3), (3, 5), (5, 7))])
    assert torch.equal(bags, F.embedding_bag(freq_input, table, freq_offsets, mode=mode))
    weighted_sum(bags).backward()
    emit_tensor("embeddingBagScaleGradByFreq/" + mode + "/out", bags)
    emit_tensor("embeddingBagScaleGradByFreq/" + mode + "/grad", w.grad)

# ------------------------------------------------------------------ unbatched ctc loss
ctc_lp1 = randn(6, 5).log_softmax(1)
for reduction in ("mean", "sum", "none"):
    case("ctcLossUnbatched" + reduction.capitalize(),
         lambda lp, t, il, tl, r=reduction: F.ctc_loss(lp, t, il, tl, reduction=r),
         ctc_lp1, torch.tensor([1, 2, 2]), torch.tensor(6), torch.tensor(3))
case("ctcLossUnbatchedZeroInfinity", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl, reduction="none",
                                                                      zero_infinity=True),
     ctc_lp1, torch.tensor([1, 1, 1, 1]), torch.tensor(6), torch.tensor(4))
case("ctcLoss1d", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), randn(6), torch.tensor([1]), torch.tensor(6),
     torch.tensor(1))
case("ctcLoss4d", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), randn(6, 1, 1, 5), torch.tensor([1]),
     torch.tensor(6), torch.tensor(1))

# ------------------------------------------------------------------ volumetric grid sampling
gs3_in = randn(2, 2, 3, 4, 3)
gs3_grid = torch.cat([randn(2, 2, 3, 2, 3) * 1.4,
                      torch.tensor([[-1.0, 0.0, 1.0], [1.0, 1.0, -1.0], [0.25, -1.0, 0.5]], dtype=torch.float64)
                      .view(1, 1, 3, 1, 3).expand(2, 2, 3, 1, 3)], dim=3)
for mode in ("bilinear", "nearest"):
    for pad in ("zeros", "border", "reflection"):
        for corners in (False, True):
            case("gridSample3d" + mode.capitalize() + pad.capitalize() + ("AlignCorners" if corners else ""),
                 lambda x, g, m=mode, p=pad, c=corners: F.grid_sample(x, g, mode=m, padding_mode=p, align_corners=c),
                 gs3_in, gs3_grid)
case("gridSample3dFloat32", lambda x, g: F.grid_sample(x, g, align_corners=False), gs3_in.float(), gs3_grid.float())
case("gridSample3dBicubic", lambda x, g: F.grid_sample(x, g, mode="bicubic", align_corners=False), gs3_in, gs3_grid)
case("gridSample3dGridRank", lambda x, g: F.grid_sample(x, g, align_corners=False), gs3_in, gs3_grid[:, 0])
case("gridSample6d", lambda x, g: F.grid_sample(x, g, align_corners=False), randn(1, 1, 2, 2, 2, 2),
     randn(1, 1, 1, 1, 1, 4))
case("gridSample3dAffine", lambda t, x: F.grid_sample(x, F.affine_grid(t, [2, 2, 2, 3, 4], align_corners=False),
                                                      align_corners=False), randn(2, 3, 4), gs3_in)

# ------------------------------------------------------------------ ctc loss: the targets' sizes
case("ctcLossPaddedRows", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp, ctc_targets[:2], ctc_in_lengths,
     torch.tensor([3, 5, 3]))
case("ctcLossPaddedWidth", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp, ctc_targets, ctc_in_lengths,
     torch.tensor([3, 5, 6]))
case("ctcLossConcatenatedShort", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp,
     torch.tensor([1, 2, 2, 3, 1]), ctc_in_lengths, ctc_out_lengths)
case("ctcLossConcatenatedLong", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp,
     torch.tensor([1, 2, 2, 3, 1, 0, 0, 1, 1]), ctc_in_lengths, ctc_out_lengths)
case("ctcLossTargetsRank", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp, ctc_targets.unsqueeze(2),
     ctc_in_lengths, ctc_out_lengths)
case("ctcLossUnbatchedShort", lambda lp, t, il, tl: F.ctc_loss(lp, t, il, tl), ctc_lp1, torch.tensor([1, 2, 2, 0]),
     torch.tensor(6), torch.tensor(3))

emit_string("cases", ",".join(NAMES))
