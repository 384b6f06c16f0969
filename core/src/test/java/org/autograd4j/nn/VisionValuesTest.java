package org.autograd4j.nn;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The resampling and vision ops against real PyTorch 1.13: for each case of {@code vision.py}
 * (beside {@code vision.txt} in the test resources), the outputs, the first output's node name and
 * the inputs' gradients of the outputs' weighted sums, or the exception and its message.
 */
class VisionValuesTest {
    private static final TorchValues VALUES = TorchValues.load("/org/autograd4j/nn/vision.txt");

    /** Each case's Java call, on the inputs in0, in1, ...; a Tensor or a Tensor[] of outputs. */
    private static final Map<String, Function<Tensor[], Object>> CASES = Map.ofEntries(
            entry("nearest1dSize", in -> F.interpolate(in[0], new int[] {7}, "nearest")),
            entry("nearest1dScale", in -> F.interpolate(in[0], 1.7, "nearest")),
            entry("nearest2dSize", in -> F.interpolate(in[0], new int[] {7, 3}, "nearest")),
            entry("nearest2dScale", in -> F.interpolate(in[0], null, new double[] {2.0, 0.6}, "nearest", null, null)),
            entry("nearest2dScaleRecompute", in -> F.interpolate(in[0], null, new double[] {1.3}, "nearest", null, true)),
            entry("nearest3dSize", in -> F.interpolate(in[0], new int[] {4, 2, 5}, "nearest")),
            entry("nearest3dScale", in -> F.interpolate(in[0], null, new double[] {1.5, 0.5, 2.0}, "nearest", null,
                    null)),
            entry("nearestExact1dSize", in -> F.interpolate(in[0], new int[] {7}, "nearest-exact")),
            entry("nearestExact1dScale", in -> F.interpolate(in[0], 1.7, "nearest-exact")),
            entry("nearestExact2dSize", in -> F.interpolate(in[0], new int[] {7, 3}, "nearest-exact")),
            entry("nearestExact2dScale", in -> F.interpolate(in[0], null, new double[] {2.0, 0.6}, "nearest-exact",
                    null, null)),
            entry("nearestExact2dScaleRecompute", in -> F.interpolate(in[0], null, new double[] {1.3}, "nearest-exact",
                    null, true)),
            entry("nearestExact3dSize", in -> F.interpolate(in[0], new int[] {4, 2, 5}, "nearest-exact")),
            entry("nearestExact3dScale", in -> F.interpolate(in[0], null, new double[] {1.5, 0.5, 2.0},
                    "nearest-exact", null, null)),
            entry("area1dSize", in -> F.interpolate(in[0], new int[] {7}, "area")),
            entry("area1dScale", in -> F.interpolate(in[0], 1.7, "area")),
            entry("area2dSize", in -> F.interpolate(in[0], new int[] {7, 3}, "area")),
            entry("area2dScale", in -> F.interpolate(in[0], null, new double[] {2.0, 0.6}, "area", null, null)),
            entry("area2dScaleRecompute", in -> F.interpolate(in[0], null, new double[] {1.3}, "area", null, true)),
            entry("area3dSize", in -> F.interpolate(in[0], new int[] {4, 2, 5}, "area")),
            entry("area3dScale", in -> F.interpolate(in[0], null, new double[] {1.5, 0.5, 2.0}, "area", null, null)),
            entry("linearSize", in -> interpolate(in[0], "linear", false, 7)),
            entry("linearScale", in -> scaled(in[0], "linear", false, 1.7)),
            entry("linearAlignCornersSize", in -> interpolate(in[0], "linear", true, 7)),
            entry("linearAlignCornersScale", in -> scaled(in[0], "linear", true, 1.7)),
            entry("linearRecompute", in -> F.interpolate(in[0], null, new double[] {2.3}, "linear", null, true)),
            entry("linearDownscale", in -> F.interpolate(in[0], 0.5, "linear")),
            entry("bilinearSize", in -> interpolate(in[0], "bilinear", false, 7, 3)),
            entry("bilinearScale", in -> scaled(in[0], "bilinear", false, 1.7, 0.6)),
            entry("bilinearAlignCornersSize", in -> interpolate(in[0], "bilinear", true, 7, 3)),
            entry("bilinearAlignCornersScale", in -> scaled(in[0], "bilinear", true, 1.7, 0.6)),
            entry("bilinearRecompute", in -> F.interpolate(in[0], null, new double[] {2.3, 1.5}, "bilinear", null,
                    true)),
            entry("bilinearDownscale", in -> F.interpolate(in[0], 0.5, "bilinear")),
            entry("bicubicSize", in -> interpolate(in[0], "bicubic", false, 7, 3)),
            entry("bicubicScale", in -> scaled(in[0], "bicubic", false, 1.7, 0.6)),
            entry("bicubicAlignCornersSize", in -> interpolate(in[0], "bicubic", true, 7, 3)),
            entry("bicubicAlignCornersScale", in -> scaled(in[0], "bicubic", true, 1.7, 0.6)),
            entry("bicubicRecompute", in -> F.interpolate(in[0], null, new double[] {2.3, 1.5}, "bicubic", null, true)),
            entry("bicubicDownscale", in -> F.interpolate(in[0], 0.5, "bicubic")),
            entry("trilinearSize", in -> interpolate(in[0], "trilinear", false, 7, 3, 4)),
            entry("trilinearScale", in -> scaled(in[0], "trilinear", false, 1.7, 0.6, 2.5)),
            entry("trilinearAlignCornersSize", in -> interpolate(in[0], "trilinear", true, 7, 3, 4)),
            entry("trilinearAlignCornersScale", in -> scaled(in[0], "trilinear", true, 1.7, 0.6, 2.5)),
            entry("trilinearRecompute", in -> F.interpolate(in[0], null, new double[] {2.3, 1.5, 0.7}, "trilinear",
                    null, true)),
            entry("trilinearDownscale", in -> F.interpolate(in[0], 0.5, "trilinear")),
            entry("nearestFloat32Indices", in -> F.interpolate(in[0], new int[] {11}, "nearest")),
            entry("nearestExactFloat32Indices", in -> F.interpolate(in[0], 1.2, "nearest-exact")),
            entry("bilinearFloat32", in -> F.interpolate(in[0], new int[] {3, 7}, "bilinear")),
            entry("bicubicEmptyBatch", in -> F.interpolate(in[0], new int[] {3, 7}, "bicubic")),
            entry("interpolateSizeAndScale", in -> F.interpolate(in[0], new int[] {3}, new double[] {2}, "nearest",
                    null, null)),
            entry("interpolateNeither", in -> F.interpolate(in[0], null, null, "nearest", null, null)),
            entry("interpolateSizeLength", in -> F.interpolate(in[0], new int[] {2, 3, 4}, "nearest")),
            entry("interpolateScaleLength", in -> F.interpolate(in[0], null, new double[] {2, 3, 4}, "nearest", null,
                    null)),
            entry("interpolateRecomputeWithSize", in -> F.interpolate(in[0], new int[] {3}, null, "nearest", null,
                    true)),
            entry("interpolateNearestAlignCorners", in -> F.interpolate(in[0], new int[] {3}, null, "nearest", false,
                    null)),
            entry("interpolateZeroOutput", in -> F.interpolate(in[0], 0.1, "nearest")),
            entry("interpolateBilinear3d", in -> F.interpolate(in[0], new int[] {3}, "bilinear")),
            entry("interpolateLinear4d", in -> F.interpolate(in[0], new int[] {3}, "linear")),
            entry("interpolateBicubic5d", in -> F.interpolate(in[0], new int[] {3}, "bicubic")),
            entry("interpolateUnknownMode", in -> F.interpolate(in[0], new int[] {3}, "cubic")),
            entry("interpolate2dInput", in -> F.interpolate(in[0], new int[] {3}, "nearest")),
            entry("interpolateNearestIntegers", in -> F.interpolate(in[0], new int[] {3}, "nearest")),
            entry("interpolateBicubicIntegers", in -> F.interpolate(in[0], new int[] {3}, "bicubic")),
            entry("interpolateIntegers", in -> F.interpolate(in[0], new int[] {3}, "bilinear")),
            entry("adaptiveAvgPool3d", in -> F.adaptiveAvgPool3d(in[0], 2, 3, 2)),
            entry("adaptiveAvgPool3dOne", in -> F.adaptiveAvgPool3d(in[0], 1)),
            entry("adaptiveAvgPool3dOneAnyRank", in -> F.adaptiveAvgPool3d(in[0], 1)),
            entry("adaptiveAvgPool3dRank", in -> F.adaptiveAvgPool3d(in[0], 2)),
            entry("adaptiveAvgPool1d", in -> F.adaptiveAvgPool1d(in[0], 3)),
            entry("adaptiveMaxPool2d", in -> F.adaptiveMaxPool2dWithIndices(in[0], 3, 2)),
            entry("adaptiveMaxPool2dUnbatched", in -> F.adaptiveMaxPool2dWithIndices(in[0], 3)),
            entry("adaptiveMaxPool2dNan", in -> F.adaptiveMaxPool2dWithIndices(in[0], 2)),
            entry("adaptiveMaxPool1d", in -> F.adaptiveMaxPool1dWithIndices(in[0], 3)),
            entry("adaptiveMaxPool2dRank", in -> F.adaptiveMaxPool2d(in[0], 2)),
            entry("adaptiveMaxPool2dEmpty", in -> F.adaptiveMaxPool2d(in[0], 2)),
            entry("pixelShuffle", in -> F.pixelShuffle(in[0], 2)),
            entry("pixelShuffleBatchDims", in -> F.pixelShuffle(in[0], 2)),
            entry("pixelShuffleOne", in -> F.pixelShuffle(in[0], 1)),
            entry("pixelShuffleChannels", in -> F.pixelShuffle(in[0], 3)),
            entry("pixelShuffleFactor", in -> F.pixelShuffle(in[0], 0)),
            entry("pixelShuffleRank", in -> F.pixelShuffle(in[0], 2)),
            entry("pixelUnshuffle", in -> F.pixelUnshuffle(in[0], 2)),
            entry("pixelUnshuffleUnbatched", in -> F.pixelUnshuffle(in[0], 3)),
            entry("pixelUnshuffleHeight", in -> F.pixelUnshuffle(in[0], 2)),
            entry("pixelUnshuffleWidth", in -> F.pixelUnshuffle(in[0], 2)),
            entry("pixelUnshuffleFactor", in -> F.pixelUnshuffle(in[0], -1)),
            entry("pixelUnshuffleRank", in -> F.pixelUnshuffle(in[0], 2)),
            entry("unfold", in -> F.unfold(in[0], 2)),
            entry("unfoldAll", in -> F.unfold(in[0], new int[] {2, 3}, new int[] {1, 2}, new int[] {1},
                    new int[] {2, 1})),
            entry("unfoldUnbatched", in -> F.unfold(in[0], new int[] {3}, new int[] {1}, new int[] {0, 2},
                    new int[] {2})),
            entry("unfoldRank2", in -> F.unfold(in[0], 2)),
            entry("unfoldTooSmall", in -> F.unfold(in[0], 7)),
            entry("unfoldKernel", in -> F.unfold(in[0], 0)),
            entry("unfoldStride", in -> F.unfold(in[0], new int[] {2}, new int[] {1}, new int[] {0}, new int[] {0})),
            entry("unfoldPadding", in -> F.unfold(in[0], new int[] {2}, new int[] {1}, new int[] {-1}, new int[] {1})),
            entry("unfoldDilation", in -> F.unfold(in[0], new int[] {2}, new int[] {0}, new int[] {0}, new int[] {1})),
            entry("unfoldEmpty", in -> F.unfold(in[0], 2)),
            entry("fold", in -> F.fold(in[0], new int[] {4, 4}, 2)),
            entry("foldAll", in -> F.fold(in[0], new int[] {5, 6}, new int[] {2, 3}, new int[] {2, 1}, new int[] {1},
                    new int[] {2, 2})),
            entry("foldAllLength", in -> F.fold(in[0], new int[] {5, 6}, new int[] {2, 3}, new int[] {2, 1},
                    new int[] {1}, new int[] {2, 2})),
            entry("foldUnbatched", in -> F.fold(in[0], new int[] {4, 4}, 2)),
            entry("foldKernelProduct", in -> F.fold(in[0], new int[] {4, 4}, 3)),
            entry("foldBlocks", in -> F.fold(in[0], new int[] {5, 5}, 2)),
            entry("foldRank", in -> F.fold(in[0], new int[] {4, 4}, 2)),
            entry("foldOutputSize", in -> F.fold(in[0], new int[] {0, 4}, 2)),
            entry("padCircular2d", in -> F.pad(in[0], new int[] {1, 2, 2, 1}, "circular")),
            entry("padCircular1d", in -> F.pad(in[0], new int[] {2, 3}, "circular")),
            entry("padCircular3d", in -> F.pad(in[0], new int[] {1, 0, 2, 1, 1, 1}, "circular")),
            entry("padCircularNegative", in -> F.pad(in[0], new int[] {-1, 2, 2, -3}, "circular")),
            entry("padCircularWrapTwice", in -> F.pad(in[0], new int[] {7, 2, 2, 1}, "circular")),
            entry("padCircularUnbatched", in -> F.pad(in[0], new int[] {1, 2, 2, 1}, "circular")),
            entry("padCircularSize", in -> F.pad(in[0], new int[] {1, 2}, "circular")),
            entry("padCircularOdd", in -> F.pad(in[0], new int[] {1, 2, 2}, "circular")),
            entry("padCircularEmpty", in -> F.pad(in[0], new int[] {-3, -3}, "circular")),
            entry("lpPool2d", in -> F.lpPool2d(in[0], 2, 2)),
            entry("lpPool2dStrideCeil", in -> F.lpPool2d(in[0], 3.0, new int[] {2, 3}, new int[] {1, 2}, true)),
            entry("lpPool2dFractionalPower", in -> F.lpPool2d(in[0], 1.5, 2)),
            entry("lpPool1d", in -> F.lpPool1d(in[0], 2, 3, 2, false)),
            entry("localResponseNorm", in -> F.localResponseNorm(in[0], 3)),
            entry("localResponseNormParams", in -> F.localResponseNorm(in[0], 2, 0.5, 0.6, 2.0)),
            entry("localResponseNorm3d", in -> F.localResponseNorm(in[0], 4, 0.1, 0.75, 1.0)),
            entry("localResponseNorm5d", in -> F.localResponseNorm(in[0], 3, 0.2, 0.75, 1.0)),
            entry("localResponseNormRank", in -> F.localResponseNorm(in[0], 3)),
            entry("normalize", in -> F.normalize(in[0])),
            entry("normalizeP1Dim", in -> F.normalize(in[0], 1.0, -1, 1e-12)),
            entry("maxUnpool2d", in -> F.maxUnpool2d(in[0], in[1], 2)),
            entry("maxUnpool2dOutputSize", in -> F.maxUnpool2d(in[0], in[1], new int[] {2}, null, new int[] {0},
                    new int[] {5, 7})),
            entry("maxUnpool2dOutputSizeFull", in -> F.maxUnpool2d(in[0], in[1], new int[] {2}, null, new int[] {0},
                    new int[] {2, 2, 5, 6})),
            entry("maxUnpool2dOutputSizeRange", in -> F.maxUnpool2d(in[0], in[1], new int[] {2}, null, new int[] {0},
                    new int[] {7, 6})),
            entry("maxUnpool2dOutputSizeLength", in -> F.maxUnpool2d(in[0], in[1], new int[] {2}, null, new int[] {0},
                    new int[] {5, 6, 1})),
            entry("maxUnpool2dRepeatedIndices", in -> F.maxUnpool2d(in[0], in[1], new int[] {3}, new int[] {1},
                    new int[] {0}, null)),
            entry("maxUnpool2dStridePadding", in -> F.maxUnpool2d(in[0], in[1], new int[] {3}, new int[] {2},
                    new int[] {1}, null)),
            entry("maxUnpool2dUnbatched", in -> F.maxUnpool2d(in[0], in[1], 2)),
            entry("maxUnpool2dInvalidIndex", in -> F.maxUnpool2d(in[0], in[1], 2)),
            entry("maxUnpool2dIndexShape", in -> F.maxUnpool2d(in[0], in[1], 2)),
            entry("maxUnpool2dIndexType", in -> F.maxUnpool2d(in[0], in[1].detach(), 2)),
            entry("maxUnpool2dRank", in -> F.maxUnpool2d(in[0], in[1], 2)),
            entry("affineGrid", in -> F.affineGrid(in[0], new int[] {2, 3, 4, 5}, false)),
            entry("affineGridAlignCorners", in -> F.affineGrid(in[0], new int[] {2, 1, 3, 2}, true)),
            entry("affineGridOneColumn", in -> F.affineGrid(in[0], new int[] {2, 1, 3, 1}, false)),
            entry("affineGrid3d", in -> F.affineGrid(in[0], new int[] {1, 1, 2, 3, 4}, false)),
            entry("affineGrid3dAlignCorners", in -> F.affineGrid(in[0], new int[] {1, 2, 3, 2, 2}, true)),
            entry("affineGridFloat32", in -> F.affineGrid(in[0], new int[] {2, 3, 4, 5}, false)),
            entry("affineGridThetaShape", in -> F.affineGrid(in[0], new int[] {1, 1, 2, 3, 4}, false)),
            entry("affineGridSize", in -> F.affineGrid(in[0], new int[] {2, 3, 4}, false)),
            entry("affineGridEmpty", in -> F.affineGrid(in[0], new int[] {2, 3, 0, 4}, false)),
            entry("affineGridIntegers", in -> F.affineGrid(in[0], new int[] {2, 3, 4, 4}, false)),
            entry("gridSampleBilinearZeros", in -> F.gridSample(in[0], in[1], "bilinear", "zeros", false)),
            entry("gridSampleBilinearZerosAlignCorners", in -> F.gridSample(in[0], in[1], "bilinear", "zeros", true)),
            entry("gridSampleBilinearBorder", in -> F.gridSample(in[0], in[1], "bilinear", "border", false)),
            entry("gridSampleBilinearBorderAlignCorners", in -> F.gridSample(in[0], in[1], "bilinear", "border", true)),
            entry("gridSampleBilinearReflection", in -> F.gridSample(in[0], in[1], "bilinear", "reflection", false)),
            entry("gridSampleBilinearReflectionAlignCorners", in -> F.gridSample(in[0], in[1], "bilinear", "reflection", true)),
            entry("gridSampleNearestZeros", in -> F.gridSample(in[0], in[1], "nearest", "zeros", false)),
            entry("gridSampleNearestZerosAlignCorners", in -> F.gridSample(in[0], in[1], "nearest", "zeros", true)),
            entry("gridSampleNearestBorder", in -> F.gridSample(in[0], in[1], "nearest", "border", false)),
            entry("gridSampleNearestBorderAlignCorners", in -> F.gridSample(in[0], in[1], "nearest", "border", true)),
            entry("gridSampleNearestReflection", in -> F.gridSample(in[0], in[1], "nearest", "reflection", false)),
            entry("gridSampleNearestReflectionAlignCorners", in -> F.gridSample(in[0], in[1], "nearest", "reflection", true)),
            entry("gridSampleBicubicZeros", in -> F.gridSample(in[0], in[1], "bicubic", "zeros", false)),
            entry("gridSampleBicubicZerosAlignCorners", in -> F.gridSample(in[0], in[1], "bicubic", "zeros", true)),
            entry("gridSampleBicubicBorder", in -> F.gridSample(in[0], in[1], "bicubic", "border", false)),
            entry("gridSampleBicubicBorderAlignCorners", in -> F.gridSample(in[0], in[1], "bicubic", "border", true)),
            entry("gridSampleBicubicReflection", in -> F.gridSample(in[0], in[1], "bicubic", "reflection", false)),
            entry("gridSampleBicubicReflectionAlignCorners", in -> F.gridSample(in[0], in[1], "bicubic", "reflection", true)),
            entry("gridSampleFloat32", in -> F.gridSample(in[0], in[1])),
            entry("gridSampleMode", in -> F.gridSample(in[0], in[1], "area", "zeros", false)),
            entry("gridSamplePadding", in -> F.gridSample(in[0], in[1], "bilinear", "wrap", false)),
            entry("gridSampleBatch", in -> F.gridSample(in[0], in[1])),
            entry("gridSampleLastDim", in -> F.gridSample(in[0], in[1])),
            entry("gridSampleRank", in -> F.gridSample(in[0], in[1])),
            entry("gridSampleDtypes", in -> F.gridSample(in[0], in[1])),
            entry("embeddingBagSum", in -> F.embeddingBag(in[0], in[1], in[2], "sum")),
            entry("embeddingBagSum2d", in -> F.embeddingBag(in[0], in[1], null, "sum")),
            entry("embeddingBagSumPaddingLastOffset", in -> F.embeddingBag(in[0], in[1], in[2], "sum", null, true,
                    -6)),
            entry("embeddingBagMean", in -> F.embeddingBag(in[0], in[1], in[2], "mean")),
            entry("embeddingBagMean2d", in -> F.embeddingBag(in[0], in[1], null, "mean")),
            entry("embeddingBagMeanPaddingLastOffset", in -> F.embeddingBag(in[0], in[1], in[2], "mean", null, true,
                    -6)),
            entry("embeddingBagMax", in -> F.embeddingBag(in[0], in[1], in[2], "max")),
            entry("embeddingBagMax2d", in -> F.embeddingBag(in[0], in[1], null, "max")),
            entry("embeddingBagMaxPaddingLastOffset", in -> F.embeddingBag(in[0], in[1], in[2], "max", null, true,
                    -6)),
            entry("embeddingBagPerSampleWeights", in -> F.embeddingBag(in[0], in[1], in[2], "sum", in[3], false, null)),
            entry("embeddingBagPerSampleWeights2dPadding", in -> F.embeddingBag(in[0], in[1], null, "sum", in[2], false,
                    4)),
            entry("embeddingBagMaxTies", in -> F.embeddingBag(in[0], in[1], in[2], "max")),
            entry("embeddingBagIndexRange", in -> F.embeddingBag(in[0], in[1], in[2], "mean")),
            entry("embeddingBagFirstOffset", in -> F.embeddingBag(in[0], in[1], in[2], "mean")),
            entry("embeddingBagLastOffset", in -> F.embeddingBag(in[0], in[1], in[2], "mean")),
            entry("embeddingBagMeanWeights", in -> F.embeddingBag(in[0], in[1], in[2], "mean", in[3], false, null)),
            entry("embeddingBagWeightsShape", in -> F.embeddingBag(in[0], in[1], in[2], "mean", in[3], false, null)),
            entry("embeddingBagMode", in -> F.embeddingBag(in[0], in[1], in[2], "prod")),
            entry("embeddingBag2dOffsets", in -> F.embeddingBag(in[0], in[1], in[2], "mean")),
            entry("embeddingBagNoOffsets", in -> F.embeddingBag(in[0], in[1], null, "mean")),
            entry("embeddingBag3d", in -> F.embeddingBag(in[0], in[1], null, "mean")),
            entry("embeddingBagOffsetsType", in -> F.embeddingBag(in[0], in[1], in[2].detach(), "mean")),
            entry("embeddingBagPaddingRange", in -> F.embeddingBag(in[0], in[1], in[2], "mean", null, false, 12)),
            entry("ctcLossMean", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "mean", false)),
            entry("ctcLossSum", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "sum", false)),
            entry("ctcLossNone", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "none", false)),
            entry("ctcLossConcatenatedBlank", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 4, "none", false)),
            entry("ctcLossImpossible", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "none", false)),
            entry("ctcLossZeroInfinity", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "mean", true)),
            entry("ctcLossEmptyTarget", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "none", false)),
            entry("ctcLossFloat32", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLossInputLengths", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLossBlank", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 5, "mean", false)),
            entry("ctcLossLengthsSize", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("adaptiveMaxPool1dRank", in -> F.adaptiveMaxPool1d(in[0], 2)),
            entry("bilinearAntialiasDown", in -> antialiased(in[0], "bilinear", 4, 3)),
            entry("bilinearAntialiasUp", in -> antialiased(in[0], "bilinear", 12, 13)),
            entry("bilinearAntialiasScale", in -> F.interpolate(in[0], null, new double[] {0.4, 0.7}, "bilinear", null,
                    null, true)),
            entry("bilinearAntialiasAlignCorners", in -> F.interpolate(in[0], new int[] {5, 3}, null, "bilinear", true,
                    null, true)),
            entry("bicubicAntialiasDown", in -> antialiased(in[0], "bicubic", 4, 3)),
            entry("bicubicAntialiasUp", in -> antialiased(in[0], "bicubic", 12, 13)),
            entry("bicubicAntialiasScale", in -> F.interpolate(in[0], null, new double[] {0.4, 0.7}, "bicubic", null,
                    null, true)),
            entry("bicubicAntialiasAlignCorners", in -> F.interpolate(in[0], new int[] {5, 3}, null, "bicubic", true,
                    null, true)),
            entry("bilinearAntialiasFloat32", in -> antialiased(in[0], "bilinear", 4, 3)),
            entry("interpolateAntialiasMode", in -> antialiased(in[0], "nearest", 3)),
            entry("interpolateAntialias3d", in -> antialiased(in[0], "linear", 3)),
            entry("channelShuffle", in -> new ChannelShuffle(2).call(in[0])),
            entry("channelShuffle4d", in -> F.channelShuffle(in[0], 3)),
            entry("channelShuffleGroups", in -> F.channelShuffle(in[0], 0)),
            entry("channelShuffleDivisible", in -> F.channelShuffle(in[0], 3)),
            entry("channelShuffleRank", in -> F.channelShuffle(in[0], 2)),
            entry("maxUnpool1d", in -> F.maxUnpool1d(in[0], in[1], 2)),
            entry("maxUnpool1dOutputSize", in -> F.maxUnpool1d(in[0], in[1], 2, 0, 0, new int[] {2, 3, 9})),
            entry("maxUnpool1dOutputSizeRange", in -> F.maxUnpool1d(in[0], in[1], 2, 0, 0, new int[] {11})),
            entry("maxUnpool1dOutputSizeLength", in -> F.maxUnpool1d(in[0], in[1], 2, 0, 0, new int[] {1, 2})),
            entry("maxUnpool1dUnbatched", in -> F.maxUnpool1d(in[0], in[1], 2)),
            entry("maxUnpool1dRank", in -> F.maxUnpool1d(in[0], in[1], 2)),
            entry("maxUnpool1dStridePadding", in -> F.maxUnpool1d(in[0], in[1], 3, 2, 1, null)),
            entry("embeddingBagMaxNorm", in -> F.embeddingBag(in[0], in[1], in[2], 1.2, 2, false, "sum", false, null,
                    false, null)),
            entry("embeddingBagMaxNormType", in -> F.embeddingBag(in[0], in[1], in[2], 0.8, 1, false, "max", false, null,
                    false, null)),
            entry("embeddingBagMaxNorm2dMean", in -> F.embeddingBag(in[0], in[1], null, 1.0, 3, false, "mean", false,
                    null, false, null)),
            entry("embeddingBagMaxScaleGradByFreq", in -> F.embeddingBag(in[0], in[1], in[2], null, 2, true, "max",
                    false, null, false, null)),
            entry("ctcLossUnbatchedMean", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "mean", false)),
            entry("ctcLossUnbatchedSum", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "sum", false)),
            entry("ctcLossUnbatchedNone", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "none", false)),
            entry("ctcLossUnbatchedZeroInfinity", in -> F.ctcLoss(in[0], in[1], in[2], in[3], 0, "none", true)),
            entry("ctcLoss1d", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLoss4d", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("gridSample3dBilinearZeros", in -> F.gridSample(in[0], in[1], "bilinear", "zeros", false)),
            entry("gridSample3dBilinearZerosAlignCorners", in -> F.gridSample(in[0], in[1], "bilinear", "zeros", true)),
            entry("gridSample3dBilinearBorder", in -> F.gridSample(in[0], in[1], "bilinear", "border", false)),
            entry("gridSample3dBilinearBorderAlignCorners", in -> F.gridSample(in[0], in[1], "bilinear", "border", true)),
            entry("gridSample3dBilinearReflection", in -> F.gridSample(in[0], in[1], "bilinear", "reflection", false)),
            entry("gridSample3dBilinearReflectionAlignCorners", in -> F.gridSample(in[0], in[1], "bilinear", "reflection", true)),
            entry("gridSample3dNearestZeros", in -> F.gridSample(in[0], in[1], "nearest", "zeros", false)),
            entry("gridSample3dNearestZerosAlignCorners", in -> F.gridSample(in[0], in[1], "nearest", "zeros", true)),
            entry("gridSample3dNearestBorder", in -> F.gridSample(in[0], in[1], "nearest", "border", false)),
            entry("gridSample3dNearestBorderAlignCorners", in -> F.gridSample(in[0], in[1], "nearest", "border", true)),
            entry("gridSample3dNearestReflection", in -> F.gridSample(in[0], in[1], "nearest", "reflection", false)),
            entry("gridSample3dNearestReflectionAlignCorners", in -> F.gridSample(in[0], in[1], "nearest", "reflection", true)),
            entry("gridSample3dFloat32", in -> F.gridSample(in[0], in[1])),
            entry("gridSample3dBicubic", in -> F.gridSample(in[0], in[1], "bicubic", "zeros", false)),
            entry("gridSample3dGridRank", in -> F.gridSample(in[0], in[1])),
            entry("gridSample6d", in -> F.gridSample(in[0], in[1])),
            entry("gridSample3dAffine", in -> F.gridSample(in[1], F.affineGrid(in[0], new int[] {2, 2, 2, 3, 4}, false))),
            entry("ctcLossPaddedRows", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLossPaddedWidth", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLossConcatenatedShort", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLossConcatenatedLong", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLossTargetsRank", in -> F.ctcLoss(in[0], in[1], in[2], in[3])),
            entry("ctcLossUnbatchedShort", in -> F.ctcLoss(in[0], in[1], in[2], in[3])));

    private static Tensor interpolate(Tensor x, String mode, boolean alignCorners, int... size) {
        return F.interpolate(x, size, null, mode, alignCorners, null);
    }

    private static Tensor antialiased(Tensor x, String mode, int... size) {
        return F.interpolate(x, size, null, mode, null, null, true);
    }

    private static Tensor scaled(Tensor x, String mode, boolean alignCorners, double... scales) {
        return F.interpolate(x, null, scales, mode, alignCorners, null);
    }

    @Test
    void everyGeneratedCaseHasItsJavaCall() {
        Set<String> generated = new TreeSet<>(List.of(VALUES.string("cases").split(",")));
        assertEquals(generated, new TreeSet<>(CASES.keySet()));
    }

    /** PyTorch 1.13 has no derivative of grid_sampler_2d_backward: a second backward fails rather than giving zero. */
    @Test
    void gridSampleSecondDerivativeIsNotImplemented() {
        Tensor input = Tensor.rand(new int[] {1, 1, 3, 3}, DType.FLOAT64, new Generator(7)).requiresGrad(true);
        Tensor grid = Tensor.rand(new int[] {1, 2, 2, 2}, DType.FLOAT64, new Generator(8)).requiresGrad(true);
        Tensor gradInput = Autograd.gradWithGraph(F.gridSample(input, grid).sum(), input, grid).get(0);
        RuntimeException e = assertThrows(UnsupportedOperationException.class,
                () -> gradInput.pow(2).sum().backward());
        assertEquals("derivative for aten::grid_sampler_2d_backward is not implemented", e.getMessage());
    }

    /**
     * scale_grad_by_freq divides each entry's gradient by its index's count in the input, as F.embedding's
     * does (vision.py composes the expected values from it: PyTorch 1.13's embedding_bag kernel divides
     * by the count of another index, a bug this implementation does not copy).
     */
    @Test
    void embeddingBagScaleGradByFreqDividesByEachIndexCount() {
        String key = "embeddingBagScaleGradByFreq/";
        for (String mode : List.of("sum", "mean")) {
            Tensor weight = VALUES.tensor(key + "weight").clone().requiresGrad(true);
            Tensor out = F.embeddingBag(VALUES.tensor(key + "input"), weight, VALUES.tensor(key + "offsets"), null, 2,
                    true, mode, false, null, false, null);
            assertClose(VALUES.tensor(key + mode + "/out"), out, mode + " output");
            weightedSum(out).backward();
            assertClose(VALUES.tensor(key + mode + "/grad"), weight.grad(), mode + " gradient");
        }
    }

    /** Nor of grid_sampler_3d_backward. */
    @Test
    void volumetricGridSampleSecondDerivativeIsNotImplemented() {
        Tensor input = Tensor.rand(new int[] {1, 1, 2, 3, 3}, DType.FLOAT64, new Generator(7)).requiresGrad(true);
        Tensor grid = Tensor.rand(new int[] {1, 2, 1, 2, 3}, DType.FLOAT64, new Generator(8)).requiresGrad(true);
        Tensor gradInput = Autograd.gradWithGraph(F.gridSample(input, grid).sum(), input, grid).get(0);
        RuntimeException e = assertThrows(UnsupportedOperationException.class,
                () -> gradInput.pow(2).sum().backward());
        assertEquals("derivative for aten::grid_sampler_3d_backward is not implemented", e.getMessage());
    }

    /** Nor of the CTC loss's backward. */
    @Test
    void ctcLossSecondDerivativeIsNotImplemented() {
        Tensor logProbs = Tensor.rand(new int[] {3, 1, 3}, DType.FLOAT64, new Generator(9)).requiresGrad(true);
        Tensor loss = F.ctcLoss(logProbs, Tensor.of(new long[] {1, 2}, 1, 2), Tensor.of(new long[] {3}, 1),
                Tensor.of(new long[] {2}, 1));
        Tensor grad = Autograd.gradWithGraph(loss, logProbs).get(0);
        RuntimeException e = assertThrows(UnsupportedOperationException.class, () -> grad.sum().backward());
        assertEquals("the derivative for '_ctc_loss_backward' is not implemented.", e.getMessage());
    }

    /**
     * What PyTorch 1.13 reads out of bounds (a garbage loss) is refused: negative lengths with later
     * PyTorch's messages, and labels outside [0, C).
     */
    @Test
    void ctcLossRefusesLengthsAndLabelsOutsideTheirRange() {
        Tensor logProbs = F.logSoftmax(Tensor.rand(new int[] {4, 2, 3}, DType.FLOAT64, new Generator(10)), 2);
        Tensor targets = Tensor.of(new long[] {1, 2, 2, 1}, 2, 2);
        Tensor lengths = Tensor.of(new long[] {2, 2}, 2);
        assertCtcError("Expected target_lengths to have value at least 0, but got value -1",
                () -> F.ctcLoss(logProbs, targets, Tensor.of(new long[] {4, 4}, 2), Tensor.of(new long[] {2, -1}, 2)));
        assertCtcError("Expected input_lengths to have value at least 0, but got value -2",
                () -> F.ctcLoss(logProbs, targets, Tensor.of(new long[] {-2, 5}, 2), lengths));
        assertCtcError("Expected input_lengths to have value at most 4, but got value 5",
                () -> F.ctcLoss(logProbs, targets, Tensor.of(new long[] {4, 5}, 2), lengths));
        assertCtcError("Expected targets to be class indices in [0, 3), but got 3",
                () -> F.ctcLoss(logProbs, Tensor.of(new long[] {1, 2, 3, 1}, 2, 2), Tensor.of(new long[] {4, 4}, 2),
                        lengths));
        // a label past the sample's length is padding, never read
        F.ctcLoss(logProbs, Tensor.of(new long[] {1, 7, 2, 1}, 2, 2), Tensor.of(new long[] {4, 4}, 2),
                Tensor.of(new long[] {1, 2}, 2));
    }

    private static void assertCtcError(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message + " (while checking arguments for ctc_loss_cpu)", e.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> cases() {
        return new TreeSet<>(CASES.keySet()).stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private static void check(String name) {
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; VALUES.has(name + "/in" + i); i++) {
            Tensor x = VALUES.tensor(name + "/in" + i);
            inputs.add(x.dtype().isFloatingPoint() ? x.requiresGrad(true) : x);
        }
        Tensor[] in = inputs.toArray(new Tensor[0]);
        Function<Tensor[], Object> call = CASES.get(name);
        if (VALUES.hasString(name + "/error")) {
            String[] expected = VALUES.string(name + "/error").split(": ", 2);
            RuntimeException e = assertThrows(RuntimeException.class, () -> call.apply(in));
            assertEquals(expected[0], e.getClass().getSimpleName(), e.getMessage());
            assertEquals(expected[1], e.getMessage());
            return;
        }
        Object result = call.apply(in);
        Tensor[] outs = result instanceof Tensor ? new Tensor[] {(Tensor) result} : (Tensor[]) result;
        Tensor loss = null;
        for (int i = 0; i < outs.length; i++) {
            Tensor expected = VALUES.tensor(name + "/out" + i);
            assertClose(expected, outs[i], name + " output " + i);
            if (outs[i].requiresGrad()) {
                Tensor weighted = weightedSum(outs[i]);
                loss = loss == null ? weighted : loss.add(weighted);
            }
        }
        assertEquals(VALUES.string(name + "/node"), outs[0].gradFn() == null ? "" : outs[0].gradFn().name(), "node");
        if (loss != null) {
            loss.backward();
        }
        for (int i = 0; i < in.length; i++) {
            if (in[i].dtype().isFloatingPoint()) {
                Tensor grad = in[i].grad() == null ? Tensor.zerosLike(in[i]) : in[i].grad();
                assertClose(VALUES.tensor(name + "/grad/in" + i), grad, name + " gradient of input " + i);
            }
        }
    }

    private static Tensor weightedSum(Tensor out) {
        Tensor weights = Tensor.linspace(0.5, 1.5, out.numel(), DType.FLOAT64).reshape(out.shape());
        return out.to(DType.FLOAT64).mul(weights).sum();
    }

    /** Same dtype, shape and values: within rounding for floating tensors (float32's or float64's), exact otherwise. */
    private static void assertClose(Tensor expected, Tensor actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + " dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + " shape");
        if (!expected.dtype().isFloatingPoint()) {
            assertArrayEquals(expected.toLongArray(), actual.toLongArray(), what);
            return;
        }
        double tolerance = expected.dtype() == DType.FLOAT32 ? 1e-6 : 1e-12;
        double[] e = expected.toDoubleArray();
        double[] a = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            if (Double.isNaN(e[i])) {
                assertEquals(e[i], a[i], what + " element " + i);
            } else {
                assertEquals(e[i], a[i], tolerance * Math.max(1, Math.abs(e[i])), what + " element " + i);
            }
        }
    }
}
