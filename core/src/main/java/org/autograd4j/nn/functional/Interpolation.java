package org.autograd4j.nn.functional;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.autograd4j.Tensor;
import org.autograd4j.ops.Pooling;
import org.autograd4j.ops.Resampling;

/**
 * {@code F.interpolate}: PyTorch 1.13's argument handling (size or scale factors, align_corners,
 * recompute_scale_factor) and its choice of upsampling op by mode and rank; {@code "area"} is
 * adaptive average pooling to the output size.
 */
public final class Interpolation {
    private Interpolation() {
    }

    /**
     * {@code F.interpolate(input, size, scale_factor, mode, align_corners, recompute_scale_factor)};
     * exactly one of {@code size} and {@code scaleFactor} is non-null (one value or one per spatial
     * dimension); {@code alignCorners} and {@code recomputeScaleFactor} may be null (Python's None).
     */
    public static Tensor interpolate(Tensor input, int[] size, double[] scaleFactor, String mode, Boolean alignCorners,
                                     Boolean recomputeScaleFactor) {
        return interpolate(input, size, scaleFactor, mode, alignCorners, recomputeScaleFactor, false);
    }

    /**
     * The same with {@code antialias}: for bilinear and bicubic modes on 4-D input, PIL's antialiased
     * resampling ({@code _upsample_bilinear2d_aa}, {@code _upsample_bicubic2d_aa}).
     */
    public static Tensor interpolate(Tensor input, int[] size, double[] scaleFactor, String mode, Boolean alignCorners,
                                     Boolean recomputeScaleFactor, boolean antialias) {
        boolean nearestOrArea = mode.equals("nearest") || mode.equals("area") || mode.equals("nearest-exact");
        if (nearestOrArea && alignCorners != null) {
            throw new IllegalArgumentException("align_corners option can only be set with the interpolating modes: "
                    + "linear | bilinear | bicubic | trilinear");
        }
        boolean corners = alignCorners != null && alignCorners;
        int dim = input.dim() - 2;
        int[] spatial = Arrays.copyOfRange(input.shape(), Math.min(2, input.dim()), input.dim());
        int[] outSize = null;
        double[] scales = null;
        if (size != null && scaleFactor != null) {
            throw new IllegalArgumentException("only one of size or scale_factor should be defined");
        } else if (size != null) {
            if (size.length != 1 && size.length != dim) {
                throw mismatch("Input and output", spatial, "output size of ",
                        tuple(Arrays.stream(size).mapToObj(String::valueOf)), "output size in (o1, o2, ...,oK)");
            }
            outSize = perDimension(size, dim);
        } else if (scaleFactor != null) {
            if (scaleFactor.length != 1 && scaleFactor.length != dim) {
                throw mismatch("Input and scale_factor", spatial, "scale_factor of shape ",
                        tuple(Arrays.stream(scaleFactor).mapToObj(String::valueOf)), "scale_factor in (s1, s2, ...,sK)");
            }
            scales = perDimension(scaleFactor, dim);
        } else {
            throw new IllegalArgumentException("either size or scale_factor should be defined");
        }
        if (recomputeScaleFactor != null && recomputeScaleFactor && size != null) {
            throw new IllegalArgumentException("recompute_scale_factor is not meaningful with an explicit size.");
        }
        // the op computes floor(size * scale) too, but then also takes its positions from the scale
        boolean recompute = recomputeScaleFactor != null && recomputeScaleFactor || mode.equals("area");
        if (scales != null) {
            outSize = new int[Math.max(0, dim)];
            for (int i = 0; i < outSize.length; i++) {
                outSize[i] = (int) Math.floor(spatial[i] * scales[i]);
            }
            if (recompute) {
                scales = null;
            }
        }
        if (antialias) {
            boolean cubic = mode.equals("bicubic");
            if (!(cubic || mode.equals("bilinear")) || input.dim() != 4) {
                throw new IllegalArgumentException("Anti-alias option is only supported for bilinear and bicubic modes");
            }
            return Resampling.upsampleAntialiased2d(input, outSize, corners, scales, cubic);
        }
        return dispatch(input, outSize, scales, mode, corners);
    }

    private static Tensor dispatch(Tensor input, int[] outSize, double[] scales, String mode, boolean corners) {
        int rank = input.dim();
        boolean spatial = rank >= 3 && rank <= 5;
        if (spatial && mode.equals("nearest")) {
            return Resampling.upsampleNearest(input, outSize, scales, false);
        }
        if (spatial && mode.equals("nearest-exact")) {
            return Resampling.upsampleNearest(input, outSize, scales, true);
        }
        if (spatial && mode.equals("area")) {
            return rank == 3 ? Pooling.adaptiveAvgPool1d(input, outSize[0])
                    : rank == 4 ? Pooling.adaptiveAvgPool2d(input, outSize) : Pooling.adaptiveAvgPool3d(input, outSize);
        }
        String[] linearModes = {"linear", "bilinear", "trilinear"};
        for (int k = 0; k < 3; k++) {
            if (mode.equals(linearModes[k]) && spatial) {
                if (rank != k + 3) {
                    throw new UnsupportedOperationException("Got " + rank + "D input, but " + mode + " mode needs "
                            + (k + 3) + "D input");
                }
                return Resampling.upsampleLinear(input, outSize, corners, scales);
            }
        }
        if (rank == 4 && mode.equals("bicubic")) {
            return Resampling.upsampleBicubic2d(input, outSize, corners, scales);
        }
        throw new UnsupportedOperationException("Input Error: Only 3D, 4D and 5D input Tensors supported (got " + rank
                + "D) for the modes: nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got "
                + mode + ")");
    }

    private static int[] perDimension(int[] v, int dim) {
        return v.length == dim ? v.clone() : fill(dim, v[0]);
    }

    private static double[] perDimension(double[] v, int dim) {
        if (v.length == dim) {
            return v.clone();
        }
        double[] out = new double[Math.max(0, dim)];
        Arrays.fill(out, v[0]);
        return out;
    }

    private static int[] fill(int n, int value) {
        int[] out = new int[Math.max(0, n)];
        Arrays.fill(out, value);
        return out;
    }

    /** PyTorch's message for a size or scale factor list of the wrong length. */
    private static IllegalArgumentException mismatch(String subjects, int[] spatial, String given, String value,
                                                     String format) {
        return new IllegalArgumentException(subjects + " must have the same number of spatial dimensions, but got "
                + "input with spatial dimensions of " + Arrays.toString(spatial) + " and " + given + value
                + ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and " + format + " format.");
    }

    /** Python's repr of a tuple: "(2,)" or "(2, 3)". */
    private static String tuple(Stream<String> items) {
        List<String> list = items.collect(Collectors.toList());
        return "(" + String.join(", ", list) + (list.size() == 1 ? ",)" : ")");
    }
}
