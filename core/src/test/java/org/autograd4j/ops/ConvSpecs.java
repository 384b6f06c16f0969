package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.nn.F;

/** The op table rows for convolution, pooling and padding (see {@link OpSpec}). */
final class ConvSpecs {
    private ConvSpecs() {
    }

    static List<OpSpec> specs() {
        int[] x4 = {1, 2, 5, 5};
        int[] w4 = {3, 2, 3, 3};
        int[] b3 = {3};
        int[] x3 = {2, 2, 6};
        int[] one1 = {1};
        return List.of(
                op("conv2d", in -> F.conv2d(in[0], in[1], in[2])).node("ConvolutionBackward0").shapes(x4, w4, b3),
                op("conv2d no bias", in -> F.conv2d(in[0], in[1])).node("ConvolutionBackward0")
                        .shapes(new int[] {2, 2, 4, 4}, new int[] {2, 2, 2, 2}),
                op("conv2d stride padding dilation", in -> F.conv2d(in[0], in[1], in[2], new int[] {2, 1},
                        new int[] {1, 2}, new int[] {1, 2}, 1)).node("ConvolutionBackward0").shapes(x4, w4, b3),
                op("conv2d groups", in -> F.conv2d(in[0], in[1], in[2], 1, 1, 1, 2)).node("ConvolutionBackward0")
                        .shapes(new int[] {1, 4, 4, 4}, new int[] {2, 2, 3, 3}, new int[] {2}),
                op("conv2d depthwise", in -> F.conv2d(in[0], in[1], null, 2, 0, 1, 2))
                        .shapes(new int[] {2, 2, 5, 5}, new int[] {4, 1, 2, 2}),
                op("conv2d same even kernel", in -> F.conv2d(in[0], in[1], null, new int[] {1}, "same",
                        new int[] {1}, 1)).node("ConvolutionBackward0")
                        .shapes(new int[] {1, 2, 4, 4}, new int[] {2, 2, 2, 2}),
                op("conv2d unbatched", in -> F.conv2d(in[0], in[1])).node("SqueezeBackward1")
                        .shapes(new int[] {2, 4, 4}, new int[] {2, 2, 3, 3}),
                op("conv1d", in -> F.conv1d(in[0], in[1], in[2], 2, 1, 1, 1)).node("ConvolutionBackward0")
                        .shapes(x3, new int[] {3, 2, 3}, b3),
                op("conv1d groups dilation", in -> F.conv1d(in[0], in[1], null, 1, 2, 2, 2))
                        .shapes(x3, new int[] {4, 1, 2}),
                op("convTranspose2d", in -> F.convTranspose2d(in[0], in[1], in[2], 2, 1, 1, 1, 1))
                        .node("ConvolutionBackward0").shapes(new int[] {1, 2, 3, 3}, new int[] {2, 3, 3, 3}, b3),
                op("convTranspose2d groups dilation", in -> F.convTranspose2d(in[0], in[1], in[2],
                        new int[] {1, 2}, new int[] {0, 1}, new int[] {0, 1}, 2, new int[] {2, 1}))
                        .node("ConvolutionBackward0")
                        .shapes(new int[] {1, 4, 3, 3}, new int[] {4, 1, 2, 3}, new int[] {2}),
                op("convTranspose1d", in -> F.convTranspose1d(in[0], in[1], in[2], 2, 0, 1, 1, 1))
                        .node("ConvolutionBackward0").shapes(new int[] {1, 2, 3}, new int[] {2, 2, 3}, new int[] {2}),
                op("maxPool2d", in -> F.maxPool2d(in[0], 2)).node("MaxPool2DWithIndicesBackward0")
                        .shapes(new int[] {1, 2, 4, 4}),
                op("maxPool2d overlapping padded ceil", in -> F.maxPool2d(in[0], new int[] {3}, new int[] {2},
                        new int[] {1}, new int[] {1}, true)).node("MaxPool2DWithIndicesBackward0")
                        .shapes(new int[] {2, 5, 6}),
                op("maxPool2d dilation", in -> F.maxPool2d(in[0], new int[] {2, 2}, new int[] {1, 1},
                        new int[] {0, 1}, new int[] {2, 1}, false)).shapes(new int[] {1, 1, 5, 5}),
                op("maxPool1d", in -> F.maxPool1d(in[0], 3, 2, 1)).node("SqueezeBackward1").shapes(x3),
                op("avgPool2d", in -> F.avgPool2d(in[0], 2)).node("AvgPool2DBackward0").shapes(new int[] {1, 2, 4, 4}),
                op("avgPool2d padded ceil exclude pad", in -> F.avgPool2d(in[0], new int[] {3, 2}, new int[] {2},
                        new int[] {1}, true, false, null)).node("AvgPool2DBackward0").shapes(new int[] {2, 5, 5}),
                op("avgPool2d divisor override", in -> F.avgPool2d(in[0], 2, 1, 1, false, true, 3))
                        .shapes(new int[] {1, 1, 3, 3}),
                op("avgPool1d", in -> F.avgPool1d(in[0], 3, 2, 1, true, false)).node("SqueezeBackward1").shapes(x3),
                op("adaptiveAvgPool2d", in -> F.adaptiveAvgPool2d(in[0], new int[] {3, 2}))
                        .node("AdaptiveAvgPool2DBackward0").shapes(new int[] {1, 2, 5, 5}),
                op("adaptiveAvgPool2d 1", in -> F.adaptiveAvgPool2d(in[0], 1)).node("MeanBackward1")
                        .shapes(new int[] {2, 3, 3}),
                op("pad constant", in -> F.pad(in[0], new int[] {1, 2, 0, 1}, 0.5)).node("ConstantPadNdBackward0")
                        .shapes(new int[] {2, 3, 3}),
                op("pad constant negative", in -> F.pad(in[0], -1, 2)).node("ConstantPadNdBackward0")
                        .shapes(new int[] {2, 4}),
                op("pad reflect 2d", in -> F.pad(in[0], new int[] {2, 1, 1, 2}, "reflect"))
                        .node("ReflectionPad2DBackward0").shapes(new int[] {1, 2, 3, 4}),
                op("pad reflect 1d", in -> F.pad(in[0], new int[] {2, 3}, "reflect")).node("ReflectionPad1DBackward0")
                        .shapes(new int[] {2, 4}),
                op("pad replicate 2d", in -> F.pad(in[0], new int[] {2, 0, 1, 3}, "replicate"))
                        .node("ReplicationPad2DBackward0").shapes(new int[] {2, 3, 3}),
                op("pad replicate 1d", in -> F.pad(in[0], new int[] {3, 1}, "replicate"))
                        .node("ReplicationPad1DBackward0").shapes(new int[] {1, 2, 3}));
    }
}
