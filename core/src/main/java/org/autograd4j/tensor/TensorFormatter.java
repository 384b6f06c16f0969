package org.autograd4j.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;

/**
 * Renders tensors exactly as PyTorch 1.13's {@code repr(tensor)} does with the default print
 * options (precision 4, threshold 1000, edgeitems 3, linewidth 80, automatic scientific mode).
 *
 * <p>This mirrors {@code torch/_tensor_str.py}: one formatter is built from the elements that will
 * actually be displayed (the edges only, when the tensor is summarised) and decides between integer
 * style ({@code 3.}), fixed style ({@code 2.5000}) and scientific style ({@code 1.0000e-08}); every
 * element is then right-aligned to the widest rendering. Float32 values are formatted from their
 * exact double value, rounding half-to-even on the exact binary value as Python does.
 *
 * <p>The class has no dependency on a tensor type: callers pass the dtype, the contiguous row-major
 * data array and the shape.
 */
public final class TensorFormatter {

    private static final int PRECISION = 4;
    private static final int THRESHOLD = 1000;
    private static final int EDGEITEMS = 3;
    private static final int LINEWIDTH = 80;
    private static final String PREFIX = "tensor(";

    private TensorFormatter() {
    }

    /**
     * PyTorch's {@code repr(tensor)}.
     *
     * @param dtype the element type
     * @param data contiguous row-major data: {@code float[]} for FLOAT32, {@code double[]} for
     *     FLOAT64, {@code long[]} for INT64, {@code boolean[]} for BOOL; its length is the product
     *     of {@code shape}
     * @param shape the shape; an empty array for a 0-d tensor
     * @param gradFnName the grad_fn class name, e.g. {@code "AddBackward0"}, or null
     * @param requiresGradLeaf true for a leaf tensor that requires grad (ignored when gradFnName is
     *     not null)
     */
    public static String repr(DType dtype, Object data, int[] shape, String gradFnName,
            boolean requiresGradLeaf) {
        int numel = checkedNumel(dtype, data, shape);
        int indent = PREFIX.length();
        List<String> suffixes = new ArrayList<>();
        String tensorStr;
        if (numel == 0) {
            // PyTorch prints the shape unless it is (0,), and the dtype unless it is the default
            // float dtype: an empty tensor has no elements from which to infer an integral dtype.
            if (shape.length != 1) {
                suffixes.add("size=" + tuple(shape));
            }
            if (dtype != DType.FLOAT32) {
                suffixes.add("dtype=" + dtype.torchName());
            }
            tensorStr = "[]";
        } else {
            if (dtype == DType.FLOAT64) {
                suffixes.add("dtype=" + dtype.torchName());
            }
            tensorStr = tensorStr(dtype, data, shape, numel, indent);
        }
        if (gradFnName != null) {
            suffixes.add("grad_fn=<" + gradFnName + ">");
        } else if (requiresGradLeaf) {
            suffixes.add("requires_grad=True");
        }
        return addSuffixes(PREFIX + tensorStr, suffixes, indent);
    }

    /** PyTorch's {@code str(tensor.shape)}, e.g. {@code torch.Size([2, 2])} or {@code torch.Size([])}. */
    public static String size(int[] shape) {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append("])").toString();
    }

    // ------------------------------------------------------------------------------------------

    private static int checkedNumel(DType dtype, Object data, int[] shape) {
        if (dtype == null || data == null || shape == null) {
            throw new NullPointerException("dtype, data and shape must not be null");
        }
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape");
            }
            n *= d;
        }
        int len;
        switch (dtype) {
            case FLOAT32:
                len = ((float[]) data).length;
                break;
            case FLOAT64:
                len = ((double[]) data).length;
                break;
            case INT64:
                len = ((long[]) data).length;
                break;
            case BOOL:
                len = ((boolean[]) data).length;
                break;
            default:
                throw new IllegalArgumentException("unsupported dtype " + dtype);
        }
        if (n != len) {
            throw new IllegalArgumentException(
                    "data length " + len + " does not match shape numel " + n);
        }
        return len;
    }

    /** Python's {@code str(tuple(shape))}: {@code (0, 3)}, {@code (0,)}, {@code ()}. */
    private static String tuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    private static String addSuffixes(String tensorStr, List<String> suffixes, int indent) {
        StringBuilder sb = new StringBuilder(tensorStr);
        // Reproduces PyTorch's arithmetic verbatim, including its off-by-two when there is no
        // newline (rfind returns -1).
        int lastLineLen = tensorStr.length() - tensorStr.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            int suffixLen = suffix.length();
            if (lastLineLen + suffixLen + 2 > LINEWIDTH) {
                sb.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLen = indent + suffixLen;
            } else {
                sb.append(", ").append(suffix);
                lastLineLen += suffixLen + 2;
            }
        }
        return sb.append(')').toString();
    }

    // ------------------------------------------------------------------------------------------

    /** Row-major strides of {@code shape}. */
    private static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= shape[i];
        }
        return strides;
    }

    private static String tensorStr(DType dtype, Object data, int[] shape, int numel, int indent) {
        boolean summarize = numel > THRESHOLD;
        int[] strides = strides(shape);
        List<Integer> shown = new ArrayList<>();
        collectShown(shape, strides, 0, 0, summarize, shown);
        Formatter formatter = new Formatter(dtype, data, shown);
        StringBuilder sb = new StringBuilder();
        if (shape.length == 0) {
            sb.append(formatter.format(0));
        } else {
            tensorStr(sb, formatter, shape, strides, 0, 0, indent, summarize);
        }
        return sb.toString();
    }

    /** Flat indices of the elements that will be displayed, as {@code get_summarized_data} picks them. */
    private static void collectShown(int[] shape, int[] strides, int dim, int offset,
            boolean summarize, List<Integer> out) {
        if (dim == shape.length) {
            out.add(offset);
            return;
        }
        int n = shape[dim];
        if (summarize && n > 2 * EDGEITEMS) {
            for (int i = 0; i < EDGEITEMS; i++) {
                collectShown(shape, strides, dim + 1, offset + i * strides[dim], summarize, out);
            }
            for (int i = n - EDGEITEMS; i < n; i++) {
                collectShown(shape, strides, dim + 1, offset + i * strides[dim], summarize, out);
            }
        } else {
            for (int i = 0; i < n; i++) {
                collectShown(shape, strides, dim + 1, offset + i * strides[dim], summarize, out);
            }
        }
    }

    private static void tensorStr(StringBuilder sb, Formatter formatter, int[] shape,
            int[] strides, int dim, int offset, int indent, boolean summarize) {
        int remaining = shape.length - dim;
        int n = shape[dim];
        if (remaining == 1) {
            vectorStr(sb, formatter, n, strides[dim], offset, indent, summarize);
            return;
        }
        String sep = "," + "\n".repeat(remaining - 1) + " ".repeat(indent + 1);
        sb.append('[');
        boolean cut = summarize && n > 2 * EDGEITEMS;
        boolean first = true;
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGEITEMS) {
                sb.append(sep).append("...");
                i = n - EDGEITEMS;
            }
            if (!first) {
                sb.append(sep);
            }
            first = false;
            tensorStr(sb, formatter, shape, strides, dim + 1, offset + i * strides[dim],
                    indent + 1, summarize);
        }
        sb.append(']');
    }

    private static void vectorStr(StringBuilder sb, Formatter formatter, int n, int stride,
            int offset, int indent, boolean summarize) {
        int elementLength = formatter.maxWidth + 2;
        int perLine = Math.max(1, Math.floorDiv(LINEWIDTH - indent, elementLength));
        List<String> items = new ArrayList<>();
        if (summarize && n > 2 * EDGEITEMS) {
            for (int i = 0; i < EDGEITEMS; i++) {
                items.add(formatter.format(offset + i * stride));
            }
            items.add(" ...");
            for (int i = n - EDGEITEMS; i < n; i++) {
                items.add(formatter.format(offset + i * stride));
            }
        } else {
            for (int i = 0; i < n; i++) {
                items.add(formatter.format(offset + i * stride));
            }
        }
        String lineSep = ",\n" + " ".repeat(indent + 1);
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(i % perLine == 0 ? lineSep : ", ");
            }
            sb.append(items.get(i));
        }
        sb.append(']');
    }

    // ------------------------------------------------------------------------------------------

    /** PyTorch's {@code _Formatter}: picks the style and width from the displayed elements. */
    private static final class Formatter {
        private final DType dtype;
        private final Object data;
        private final boolean floating;
        private boolean intMode = true;
        private boolean sciMode = false;
        int maxWidth = 1;

        Formatter(DType dtype, Object data, List<Integer> shown) {
            this.dtype = dtype;
            this.data = data;
            this.floating = dtype.isFloatingPoint();
            if (!floating) {
                for (int idx : shown) {
                    maxWidth = Math.max(maxWidth, plain(idx).length());
                }
                return;
            }
            List<Double> vals = new ArrayList<>();
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (int idx : shown) {
                double v = value(idx);
                if (Double.isFinite(v) && v != 0) {
                    vals.add(v);
                    double a = Math.abs(v);
                    min = Math.min(min, a);
                    max = Math.max(max, a);
                }
            }
            if (vals.isEmpty()) {
                return;
            }
            for (double v : vals) {
                if (v != Math.ceil(v)) {
                    intMode = false;
                    break;
                }
            }
            boolean sci = max / min > 1000.0 || max > 1.0e8 || (!intMode && min < 1.0e-4);
            if (sci) {
                sciMode = true;
                for (double v : vals) {
                    maxWidth = Math.max(maxWidth, sci(v).length());
                }
            } else if (intMode) {
                for (double v : vals) {
                    maxWidth = Math.max(maxWidth, fixed(v, 0).length() + 1);
                }
            } else {
                for (double v : vals) {
                    maxWidth = Math.max(maxWidth, fixed(v, PRECISION).length());
                }
            }
        }

        double value(int idx) {
            return dtype == DType.FLOAT32 ? ((float[]) data)[idx] : ((double[]) data)[idx];
        }

        String plain(int idx) {
            if (dtype == DType.INT64) {
                return Long.toString(((long[]) data)[idx]);
            }
            return ((boolean[]) data)[idx] ? "True" : "False";
        }

        String format(int idx) {
            String ret;
            if (floating) {
                double v = value(idx);
                if (sciMode) {
                    ret = sci(v);
                } else if (intMode) {
                    ret = fixed(v, 0);
                    if (Double.isFinite(v)) {
                        ret += ".";
                    }
                } else {
                    ret = fixed(v, PRECISION);
                }
            } else {
                ret = plain(idx);
            }
            return ret.length() >= maxWidth ? ret : " ".repeat(maxWidth - ret.length()) + ret;
        }
    }

    // ------------------------------------------------------------------------------------------

    /** Python's non-finite spelling, or null for a finite value. */
    private static String nonFinite(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return null;
    }

    private static boolean negative(double v) {
        return Double.doubleToRawLongBits(v) < 0;
    }

    /** Python's {@code '{:.Nf}'.format(v)}: exact value rounded half-to-even, sign of zero kept. */
    static String fixed(double v, int digits) {
        String nf = nonFinite(v);
        if (nf != null) {
            return nf;
        }
        String body = new BigDecimal(Math.abs(v)).setScale(digits, RoundingMode.HALF_EVEN)
                .toPlainString();
        return negative(v) ? "-" + body : body;
    }

    /** Python's {@code '{:.4e}'.format(v)}, e.g. {@code 1.0000e-08}. */
    static String sci(double v) {
        String nf = nonFinite(v);
        if (nf != null) {
            return nf;
        }
        String sign = negative(v) ? "-" : "";
        String digits;
        int exponent;
        if (v == 0) {
            digits = "0".repeat(PRECISION + 1);
            exponent = 0;
        } else {
            BigDecimal bd = new BigDecimal(Math.abs(v))
                    .round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exponent = bd.precision() - bd.scale() - 1;
            if (digits.length() < PRECISION + 1) {
                digits = digits + "0".repeat(PRECISION + 1 - digits.length());
            }
        }
        StringBuilder sb = new StringBuilder(sign);
        sb.append(digits.charAt(0)).append('.').append(digits, 1, PRECISION + 1).append('e');
        sb.append(exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e).toString();
    }
}
