package org.autograd4j.nn.init;

import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * {@code torch.nn.init}: fills a tensor in place, outside the graph, drawing from the default
 * generator in PyTorch's order, so a seeded model starts from PyTorch's exact weights.
 */
public final class Init {
    private Init() {
    }

    /** Fills with U(a, b), drawn exactly as PyTorch's {@code uniform_} on CPU. */
    public static Tensor uniform_(Tensor tensor, double a, double b) {
        Args.nonNull(tensor, "tensor");
        try (var guard = Autograd.noGrad()) {
            return tensor.uniform_(a, b);
        }
    }

    public static Tensor uniform_(Tensor tensor) {
        return uniform_(tensor, 0, 1);
    }

    /** Fills with N(mean, std²), drawn exactly as PyTorch's {@code normal_} on CPU. */
    public static Tensor normal_(Tensor tensor, double mean, double std) {
        Args.nonNull(tensor, "tensor");
        try (var guard = Autograd.noGrad()) {
            return tensor.normal_(mean, std);
        }
    }

    public static Tensor normal_(Tensor tensor) {
        return normal_(tensor, 0, 1);
    }

    public static Tensor constant_(Tensor tensor, double value) {
        Args.nonNull(tensor, "tensor");
        try (var guard = Autograd.noGrad()) {
            return tensor.fill_(value);
        }
    }

    public static Tensor zeros_(Tensor tensor) {
        return constant_(tensor, 0);
    }

    public static Tensor ones_(Tensor tensor) {
        return constant_(tensor, 1);
    }

    /** The identity matrix (2-D tensors only). */
    public static Tensor eye_(Tensor tensor) {
        Args.nonNull(tensor, "tensor");
        if (tensor.dim() != 2) {
            throw new IllegalArgumentException("Only tensors with 2 dimensions are supported");
        }
        return assign(tensor, Tensor.eye(tensor.size(0), tensor.size(1), tensor.dtype()));
    }

    /** U(-a, a) with {@code a = gain * sqrt(6 / (fan_in + fan_out))} (Glorot). */
    public static Tensor xavierUniform_(Tensor tensor, double gain) {
        Args.nonNull(tensor, "tensor");
        double bound = Math.sqrt(3.0) * xavierStd(tensor, gain);
        return uniform_(tensor, -bound, bound);
    }

    public static Tensor xavierUniform_(Tensor tensor) {
        return xavierUniform_(tensor, 1.0);
    }

    /** N(0, std²) with {@code std = gain * sqrt(2 / (fan_in + fan_out))}. */
    public static Tensor xavierNormal_(Tensor tensor, double gain) {
        Args.nonNull(tensor, "tensor");
        return normal_(tensor, 0, xavierStd(tensor, gain));
    }

    public static Tensor xavierNormal_(Tensor tensor) {
        return xavierNormal_(tensor, 1.0);
    }

    private static double xavierStd(Tensor tensor, double gain) {
        Fans fans = Fans.of(tensor);
        return gain * Math.sqrt(2.0 / (double) (fans.in() + fans.out()));
    }

    /**
     * U(-bound, bound) with {@code bound = gain * sqrt(3 / fan)} (He); {@code mode} "fan_in" or
     * "fan_out", {@code a} the negative slope for "leaky_relu".
     */
    public static Tensor kaimingUniform_(Tensor tensor, double a, String mode, String nonlinearity) {
        Args.nonNull(tensor, "tensor");
        Args.nonNull(mode, "mode");
        Args.nonNull(nonlinearity, "nonlinearity");
        if (tensor.numel() == 0) {
            return tensor; // PyTorch warns "Initializing zero-element tensors is a no-op"
        }
        double bound = Math.sqrt(3.0) * kaimingStd(tensor, a, mode, nonlinearity);
        return uniform_(tensor, -bound, bound);
    }

    /** PyTorch's defaults: a = 0, "fan_in", "leaky_relu". */
    public static Tensor kaimingUniform_(Tensor tensor) {
        return kaimingUniform_(tensor, 0, "fan_in", "leaky_relu");
    }

    public static Tensor kaimingNormal_(Tensor tensor, double a, String mode, String nonlinearity) {
        Args.nonNull(tensor, "tensor");
        Args.nonNull(mode, "mode");
        Args.nonNull(nonlinearity, "nonlinearity");
        if (tensor.numel() == 0) {
            return tensor;
        }
        return normal_(tensor, 0, kaimingStd(tensor, a, mode, nonlinearity));
    }

    public static Tensor kaimingNormal_(Tensor tensor) {
        return kaimingNormal_(tensor, 0, "fan_in", "leaky_relu");
    }

    private static double kaimingStd(Tensor tensor, double a, String mode, String nonlinearity) {
        return calculateGain(nonlinearity, a) / Math.sqrt(Fans.of(tensor).select(mode));
    }

    /** The recommended gain for a nonlinearity; {@code param} is leaky_relu's negative slope. */
    public static double calculateGain(String nonlinearity, double param) {
        Args.nonNull(nonlinearity, "nonlinearity");
        switch (nonlinearity) {
            case "linear": case "conv1d": case "conv2d": case "conv3d":
            case "conv_transpose1d": case "conv_transpose2d": case "conv_transpose3d": case "sigmoid":
                return 1;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "leaky_relu":
                return Math.sqrt(2.0 / (1 + param * param));
            case "selu":
                return 3.0 / 4;
            default:
                throw new IllegalArgumentException("Unsupported nonlinearity " + nonlinearity);
        }
    }

    /** {@link #calculateGain(String, double)} with leaky_relu's default slope 0.01. */
    public static double calculateGain(String nonlinearity) {
        return calculateGain(nonlinearity, 0.01);
    }

    /**
     * N(mean, std²) truncated to [a, b], by PyTorch's inverse-CDF method: uniform in the CDF's range,
     * then erfinv, scaled, shifted and clamped.
     */
    public static Tensor truncNormal_(Tensor tensor, double mean, double std, double a, double b) {
        Args.nonNull(tensor, "tensor");
        double lower = normCdf((a - mean) / std);
        double upper = normCdf((b - mean) / std);
        uniform_(tensor, 2 * lower - 1, 2 * upper - 1);
        return assign(tensor, tensor.erfinv().mul(std * Math.sqrt(2.0)).add(mean).clamp(a, b));
    }

    public static Tensor truncNormal_(Tensor tensor) {
        return truncNormal_(tensor, 0, 1, -2, 2);
    }

    private static double normCdf(double x) {
        return (1 + Tensor.scalar(x / Math.sqrt(2.0)).erf().item()) / 2;
    }

    /**
     * A (semi-)orthogonal matrix from the QR decomposition of a standard normal draw, with R's
     * diagonal made positive (so unique), times {@code gain}; tensors of 3+ dims are flattened past dim 0.
     */
    public static Tensor orthogonal_(Tensor tensor, double gain) {
        Args.nonNull(tensor, "tensor");
        if (tensor.dim() < 2) {
            throw new IllegalArgumentException("Only tensors with 2 or more dimensions are supported");
        }
        if (tensor.numel() == 0) {
            return tensor;
        }
        int rows = tensor.size(0);
        int cols = tensor.numel() / rows;
        Tensor flattened = normal_(Tensor.empty(new int[] {rows, cols}, tensor.dtype()));
        Tensor q = rows < cols
                ? Orthonormal.columns(flattened.t()).t()
                : Orthonormal.columns(flattened);
        return assign(tensor, q.mul(gain).reshape(tensor.shape()));
    }

    public static Tensor orthogonal_(Tensor tensor) {
        return orthogonal_(tensor, 1.0);
    }

    /** Writes {@code values} into {@code tensor} without recording (it is usually a parameter). */
    private static Tensor assign(Tensor tensor, Tensor values) {
        try (var guard = Autograd.noGrad()) {
            return tensor.copy_(values);
        }
    }
}
