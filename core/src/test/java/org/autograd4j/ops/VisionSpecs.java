package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/** The op table rows for resampling and vision ops (see {@link OpSpec}). */
final class VisionSpecs {
    private VisionSpecs() {
    }

    static List<OpSpec> specs() {
        int[] x1 = {2, 2, 4};
        int[] x2 = {1, 2, 3, 4};
        int[] x3 = {1, 1, 2, 3, 2};
        OpSpec.ConstantInput bagInput = (c, gen) -> Tensor.of(new long[] {1, 2, 4, 5, 4, 3, 2}, 7);
        OpSpec.ConstantInput bagOffsets = (c, gen) -> Tensor.of(new long[] {0, 2, 2, 5}, 4);
        return List.of(
                op("interpolate nearest 1d", in -> F.interpolate(in[0], 1.5, "nearest"))
                        .node("UpsampleNearest1DBackward1").shapes(x1),
                op("interpolate nearest 2d", in -> F.interpolate(in[0], new int[] {5, 3}, "nearest"))
                        .node("UpsampleNearest2DBackward1").shapes(x2),
                op("interpolate nearest 3d", in -> F.interpolate(in[0], 2.0, "nearest"))
                        .node("UpsampleNearest3DBackward1").shapes(x3),
                op("interpolate nearest-exact 1d", in -> F.interpolate(in[0], new int[] {7}, "nearest-exact"))
                        .node("UpsampleNearestExact1DBackward1").shapes(x1),
                op("interpolate nearest-exact 2d", in -> F.interpolate(in[0], 1.7, "nearest-exact"))
                        .node("UpsampleNearestExact2DBackward1").shapes(x2),
                op("interpolate nearest-exact 3d", in -> F.interpolate(in[0], new int[] {3, 2, 4}, "nearest-exact"))
                        .node("UpsampleNearestExact3DBackward1").shapes(x3),
                op("interpolate linear", in -> F.interpolate(in[0], 1.7, "linear"))
                        .node("UpsampleLinear1DBackward1").shapes(x1),
                op("interpolate linear align corners", in -> F.interpolate(in[0], new int[] {7}, null, "linear", true,
                        null)).node("UpsampleLinear1DBackward1").shapes(x1),
                op("interpolate bilinear", in -> F.interpolate(in[0], new int[] {5, 3}, "bilinear"))
                        .node("UpsampleBilinear2DBackward1").shapes(x2),
                op("interpolate bilinear align corners", in -> F.interpolate(in[0], null, new double[] {1.5, 2},
                        "bilinear", true, null)).node("UpsampleBilinear2DBackward1").shapes(x2),
                op("interpolate bicubic", in -> F.interpolate(in[0], 1.6, "bicubic"))
                        .node("UpsampleBicubic2DBackward1").shapes(x2),
                op("interpolate bicubic align corners", in -> F.interpolate(in[0], new int[] {4, 6}, null, "bicubic",
                        true, null)).node("UpsampleBicubic2DBackward1").shapes(x2),
                op("interpolate trilinear", in -> F.interpolate(in[0], new int[] {3, 4, 3}, "trilinear"))
                        .node("UpsampleTrilinear3DBackward1").shapes(x3),
                op("interpolate area 1d", in -> F.interpolate(in[0], new int[] {3}, "area"))
                        .node("SqueezeBackward1").shapes(x1),
                op("interpolate area 2d", in -> F.interpolate(in[0], new int[] {2, 3}, "area"))
                        .node("AdaptiveAvgPool2DBackward0").shapes(x2),
                op("interpolate area 3d", in -> F.interpolate(in[0], new int[] {2, 2, 1}, "area"))
                        .node("AdaptiveAvgPool3DBackward0").shapes(x3),
                op("adaptiveMaxPool2d", in -> F.adaptiveMaxPool2d(in[0], 2, 3))
                        .node("AdaptiveMaxPool2DBackward0").shapes(x2).shapes(new int[] {2, 5, 4}),
                op("adaptiveMaxPool1d", in -> F.adaptiveMaxPool1d(in[0], 3)).node("SqueezeBackward1").shapes(x1),
                op("pixelShuffle", in -> F.pixelShuffle(in[0], 2)).node("PixelShuffleBackward0")
                        .shapes(new int[] {1, 8, 2, 3}).shapes(new int[] {4, 1, 2}),
                op("pixelUnshuffle", in -> F.pixelUnshuffle(in[0], 2)).node("PixelUnshuffleBackward0")
                        .shapes(new int[] {1, 2, 4, 6}),
                op("unfold", in -> F.unfold(in[0], new int[] {2, 3}, new int[] {1, 2}, new int[] {1},
                        new int[] {2, 1})).node("Im2ColBackward0").shapes(new int[] {2, 2, 4, 5}).shapes(x2),
                op("fold", in -> F.fold(in[0], new int[] {3, 4}, new int[] {2}, new int[] {1}, new int[] {1},
                        new int[] {2})).node("Col2ImBackward0").shapes(new int[] {2, 8, 6}).shapes(new int[] {4, 6}),
                op("pad circular 2d", in -> F.pad(in[0], new int[] {1, 2, 2, 1}, "circular")).node("CopySlices")
                        .shapes(x2),
                op("pad circular 1d negative", in -> F.pad(in[0], new int[] {-1, 3}, "circular")).node("CopySlices")
                        .shapes(x1),
                op("pad circular 3d", in -> F.pad(in[0], new int[] {1, 1, 0, 2, 1, 0}, "circular")).node("CopySlices")
                        .shapes(x3),
                op("lpPool2d", in -> F.lpPool2d(in[0], 2, 2)).node("PowBackward0").range(0.5, 2)
                        .shapes(new int[] {1, 2, 4, 4}),
                op("lpPool1d", in -> F.lpPool1d(in[0], 3, 2, 1, true)).node("PowBackward0").range(0.5, 2).shapes(x1),
                op("localResponseNorm", in -> F.localResponseNorm(in[0], 3, 0.5, 0.75, 1.0)).node("DivBackward0")
                        .shapes(x2).shapes(x3).shapes(x1),
                op("maxUnpool2d", in -> F.maxUnpool2d(in[0], in[1], 2)).node("MaxUnpool2DBackward0")
                        .shapes(new int[] {1, 2, 2, 3}, null).constant(1, (c, gen) -> F.maxPool2dWithIndices(
                                gen.rand(new int[] {1, 2, 4, 6}, DType.FLOAT64), new int[] {2}, new int[] {2}, new int[] {0},
                                new int[] {1}, false)[1]),
                op("affineGrid", in -> F.affineGrid(in[0], new int[] {2, 1, 3, 4}, false))
                        .node("AffineGridGeneratorBackward0").shapes(new int[] {2, 2, 3}),
                op("affineGrid 3d align corners", in -> F.affineGrid(in[0], new int[] {1, 1, 2, 3, 2}, true))
                        .node("AffineGridGeneratorBackward0").shapes(new int[] {1, 3, 4}),
                // PyTorch 1.13 defines no second derivative of grid_sample
                op("gridSample bilinear", in -> F.gridSample(in[0], in[1])).node("GridSampler2DBackward0")
                        .noGradGrad().shapes(new int[] {2, 2, 3, 4}, new int[] {2, 3, 2, 2}),
                op("gridSample bilinear border align corners", in -> F.gridSample(in[0], in[1], "bilinear", "border",
                        true)).noGradGrad().shapes(new int[] {1, 2, 3, 4}, new int[] {1, 3, 2, 2}),
                op("gridSample bicubic reflection", in -> F.gridSample(in[0], in[1], "bicubic", "reflection", false))
                        .noGradGrad().shapes(new int[] {1, 2, 3, 4}, new int[] {1, 3, 2, 2}),
                op("gridSample bicubic zeros align corners", in -> F.gridSample(in[0], in[1], "bicubic", "zeros",
                        true)).noGradGrad().shapes(new int[] {1, 1, 4, 4}, new int[] {1, 2, 3, 2}),
                op("gridSample nearest reflection", in -> F.gridSample(in[0], in[1], "nearest", "reflection", true))
                        .noGradGrad().shapes(new int[] {1, 2, 3, 4}, new int[] {1, 3, 2, 2}),
                op("gridSample 3d trilinear zeros", in -> F.gridSample(in[0], in[1])).node("GridSampler3DBackward0")
                        .noGradGrad().shapes(new int[] {1, 2, 2, 3, 2}, new int[] {1, 2, 1, 2, 3}),
                op("gridSample 3d trilinear reflection align corners", in -> F.gridSample(in[0], in[1], "bilinear",
                        "reflection", true)).noGradGrad().shapes(new int[] {2, 1, 2, 2, 3}, new int[] {2, 1, 2, 2, 3}),
                op("embeddingBag sum", in -> F.embeddingBag(in[0], in[1], in[2], "sum"))
                        .node("EmbeddingBagBackward0").shapes(null, new int[] {6, 3}, null)
                        .constant(0, bagInput).constant(2, bagOffsets),
                op("embeddingBag mean padding", in -> F.embeddingBag(in[0], in[1], in[2], "mean", null, false, 4))
                        .node("EmbeddingBagBackward0").shapes(null, new int[] {6, 3}, null)
                        .constant(0, bagInput).constant(2, bagOffsets),
                op("embeddingBag max", in -> F.embeddingBag(in[0], in[1], in[2], "max"))
                        .node("EmbeddingBagBackward0").shapes(null, new int[] {6, 3}, null)
                        .constant(0, bagInput).constant(2, bagOffsets),
                op("embeddingBag per-sample weights", in -> F.embeddingBag(in[0], in[1], in[2], "sum", in[3], false,
                        null)).node("EmbeddingBagBackward0").shapes(null, new int[] {6, 3}, null, new int[] {7})
                        .constant(0, bagInput).constant(2, bagOffsets),
                // PyTorch's CTC gradient assumes normalised log probabilities: composed with logSoftmax, as used
                op("ctcLoss", in -> F.ctcLoss(F.logSoftmax(in[0], 2), in[1], in[2], in[3])).node("MeanBackward0")
                        .noGradGrad().shapes(new int[] {5, 2, 4}, null, null, null)
                        .constant(1, (c, gen) -> Tensor.of(new long[] {1, 2, 2, 3, 0, 0}, 2, 3))
                        .constant(2, (c, gen) -> Tensor.of(new long[] {5, 4}, 2))
                        .constant(3, (c, gen) -> Tensor.of(new long[] {3, 1}, 2)),
                op("interpolate bilinear antialias", in -> F.interpolate(in[0], new int[] {2, 5}, null, "bilinear",
                        null, null, true)).node("UpsampleBilinear2DAaBackward1").shapes(new int[] {1, 2, 5, 4}),
                op("interpolate bicubic antialias align corners", in -> F.interpolate(in[0], null,
                        new double[] {0.6, 1.5}, "bicubic", true, null, true)).node("UpsampleBicubic2DAaBackward1")
                        .shapes(new int[] {1, 2, 5, 4}),
                op("maxUnpool1d", in -> F.maxUnpool1d(in[0], in[1], 2, 0, 0, new int[] {7})).node("SqueezeBackward1")
                        .shapes(new int[] {2, 2, 3}, null).constant(1, (c, gen) -> F.maxPool1dWithIndices(
                                gen.rand(new int[] {2, 2, 6}, DType.FLOAT64), 2, 2, 0, 1, false)[1]),
                // PyTorch 1.13 has no gradient for channel_shuffle; the composition's last node is the reshape back
                op("channelShuffle", in -> F.channelShuffle(in[0], 2)).node("ReshapeAliasBackward0")
                        .shapes(new int[] {2, 4, 3}).shapes(new int[] {1, 6, 2, 2}),
                op("ctcLoss unbatched", in -> F.ctcLoss(F.logSoftmax(in[0], 1), in[1], in[2], in[3], 0, "none", false))
                        .node("SqueezeBackward1").noGradGrad().shapes(new int[] {5, 4}, null, null, null)
                        .constant(1, (c, gen) -> Tensor.of(new long[] {1, 2, 2}, 3))
                        .constant(2, (c, gen) -> Tensor.scalar(5L))
                        .constant(3, (c, gen) -> Tensor.scalar(3L)),
                op("ctcLoss none blank", in -> F.ctcLoss(F.logSoftmax(in[0], 2), in[1], in[2], in[3], 3, "none", false))
                        .node("CtcLossBackward0").noGradGrad().shapes(new int[] {4, 2, 4}, null, null, null)
                        .constant(1, (c, gen) -> Tensor.of(new long[] {1, 0, 2}, 3))
                        .constant(2, (c, gen) -> Tensor.of(new long[] {4, 3}, 2))
                        .constant(3, (c, gen) -> Tensor.of(new long[] {2, 1}, 2)));
    }
}
