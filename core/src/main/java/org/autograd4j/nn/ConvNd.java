package org.autograd4j.nn;

import java.util.Arrays;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * What the convolution layers share ({@code torch.nn.modules.conv._ConvNd}): the hyper-parameters,
 * their checks and repr, the weight and bias with PyTorch's initialisation, and padding modes
 * other than zeros (applied with {@code F.pad} before a convolution without padding).
 */
public abstract class ConvNd extends Module {
    private static final List<String> PADDING_MODES = List.of("zeros", "reflect", "replicate", "circular");

    private final int inChannels;
    private final int outChannels;
    private final int[] kernelSize;
    private final int[] stride;
    /** Explicit padding per spatial dim; for "same"/"valid", what it amounts to (used by non-zero modes). */
    private final int[] padding;
    /** "same" or "valid", or null for explicit padding. */
    private final String paddingString;
    private final int[] dilation;
    private final boolean transposed;
    private final int[] outputPadding;
    private final int groups;
    private final String paddingMode;

    /** The hyper-parameters of a layer, each array holding one value (for every dim) or one per dim. */
    protected record Spec(int inChannels, int outChannels, int[] kernelSize, int[] stride, int[] padding,
            String paddingString, int[] dilation, boolean transposed, int[] outputPadding, int groups, boolean bias,
            String paddingMode) {
        protected Spec {
            Args.nonNull(kernelSize, "kernelSize");
            Args.nonNull(stride, "stride");
            Args.nonNull(paddingString == null ? padding : paddingString, "padding"); // given in one of two forms
            Args.nonNull(dilation, "dilation");
            Args.nonNull(outputPadding, "outputPadding");
            Args.nonNull(paddingMode, "paddingMode");
        }
    }

    protected ConvNd(int dims, Spec spec) {
        check(spec);
        this.inChannels = spec.inChannels;
        this.outChannels = spec.outChannels;
        this.kernelSize = perDim(spec.kernelSize, dims);
        this.stride = perDim(spec.stride, dims);
        this.dilation = perDim(spec.dilation, dims);
        this.outputPadding = perDim(spec.outputPadding, dims);
        this.paddingString = spec.paddingString;
        this.padding = spec.paddingString == null ? perDim(spec.padding, dims) : impliedPadding();
        this.transposed = spec.transposed;
        this.groups = spec.groups;
        this.paddingMode = spec.paddingMode;
        if (paddingString != null && paddingString.equals("same") && Arrays.stream(stride).anyMatch(s -> s != 1)) {
            throw new IllegalArgumentException("padding='same' is not supported for strided convolutions");
        }
        int[] weightShape = new int[2 + dims];
        weightShape[0] = transposed ? inChannels : outChannels;
        weightShape[1] = (transposed ? outChannels : inChannels) / groups;
        System.arraycopy(kernelSize, 0, weightShape, 2, dims);
        registerParameter("weight", Tensor.empty(weightShape));
        registerParameter("bias", spec.bias ? Tensor.empty(outChannels) : null);
        LayerInit.kaimingWeightAndBias(weight(), bias());
    }

    private static void check(Spec spec) {
        if (spec.groups <= 0) {
            throw new IllegalArgumentException("groups must be a positive integer");
        }
        if (spec.inChannels % spec.groups != 0) {
            throw new IllegalArgumentException("in_channels must be divisible by groups");
        }
        if (spec.outChannels % spec.groups != 0) {
            throw new IllegalArgumentException("out_channels must be divisible by groups");
        }
        if (spec.paddingString != null && !spec.paddingString.equals("same") && !spec.paddingString.equals("valid")) {
            throw new IllegalArgumentException("Invalid padding string '" + spec.paddingString
                    + "', should be one of {'valid', 'same'}");
        }
        if (!PADDING_MODES.contains(spec.paddingMode)) {
            throw new IllegalArgumentException("padding_mode must be one of {'reflect', 'replicate', 'zeros', "
                    + "'circular'}, but got padding_mode='" + spec.paddingMode + "'");
        }
    }

    private static int[] perDim(int[] values, int dims) {
        if (values.length == dims) {
            return values.clone();
        }
        if (values.length != 1) {
            throw new IllegalArgumentException("expected " + dims + " values or one, got " + values.length);
        }
        int[] out = new int[dims];
        Arrays.fill(out, values[0]);
        return out;
    }

    /** "valid" pads nothing; "same" pads {@code dilation * (kernel - 1)} in all, the smaller half first. */
    private int[] impliedPadding() {
        int[] implied = new int[kernelSize.length];
        if (paddingString.equals("same")) {
            for (int i = 0; i < implied.length; i++) {
                implied[i] = dilation[i] * (kernelSize[i] - 1) / 2;
            }
        }
        return implied;
    }

    public Tensor weight() {
        return parameter("weight");
    }

    /** The bias, or null when built with {@code bias=false}. */
    public Tensor bias() {
        return parameter("bias");
    }

    protected int[] stride() {
        return stride.clone();
    }

    protected int[] padding() {
        return padding.clone();
    }

    protected int[] dilation() {
        return dilation.clone();
    }

    protected int[] outputPadding() {
        return outputPadding.clone();
    }

    protected int groups() {
        return groups;
    }

    /** The convolution with explicit padding. */
    protected abstract Tensor convolve(Tensor input, int[] padding);

    /** The convolution with "same" or "valid" padding. */
    protected abstract Tensor convolve(Tensor input, String padding);

    @Override
    public Tensor forward(Tensor input) {
        if (!paddingMode.equals("zeros")) {
            return convolve(Pad.apply(input, padBeforeAndAfter(), paddingMode), new int[] {0});
        }
        return paddingString != null ? convolve(input, paddingString) : convolve(input, padding);
    }

    /**
     * F.pad's amounts (last dim first, before then after); for "same" the extra odd unit goes after,
     * as PyTorch's {@code _reversed_padding_repeated_twice}.
     */
    private int[] padBeforeAndAfter() {
        int dims = kernelSize.length;
        int[] pad = new int[2 * dims];
        for (int i = 0; i < dims; i++) {
            int d = dims - 1 - i;
            int total = "same".equals(paddingString) ? dilation[d] * (kernelSize[d] - 1) : 2 * padding[d];
            pad[2 * i] = "same".equals(paddingString) ? total / 2 : padding[d];
            pad[2 * i + 1] = total - pad[2 * i];
        }
        return pad;
    }

    @Override
    public String extraRepr() {
        StringBuilder s = new StringBuilder().append(inChannels).append(", ").append(outChannels)
                .append(", kernel_size=").append(PyRepr.tuple(kernelSize))
                .append(", stride=").append(PyRepr.tuple(stride));
        if (paddingString != null) {
            s.append(", padding=").append(paddingString);
        } else if (Arrays.stream(padding).anyMatch(p -> p != 0)) {
            s.append(", padding=").append(PyRepr.tuple(padding));
        }
        if (Arrays.stream(dilation).anyMatch(d -> d != 1)) {
            s.append(", dilation=").append(PyRepr.tuple(dilation));
        }
        if (Arrays.stream(outputPadding).anyMatch(p -> p != 0)) {
            s.append(", output_padding=").append(PyRepr.tuple(outputPadding));
        }
        if (groups != 1) {
            s.append(", groups=").append(groups);
        }
        if (bias() == null) {
            s.append(", bias=False");
        }
        if (!paddingMode.equals("zeros")) {
            s.append(", padding_mode=").append(paddingMode);
        }
        return s.toString();
    }
}
