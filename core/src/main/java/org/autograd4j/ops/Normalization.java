package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;

/**
 * layer_norm, batch_norm and group_norm, each one node as in PyTorch ({@code NativeLayerNormBackward0},
 * {@code NativeBatchNormBackward0}, {@code NativeGroupNormBackward0}). The backward recomputes the
 * normalization statistics from the saved input with differentiable ops, so it is itself
 * differentiable.
 */
public final class Normalization {
    private Normalization() {
    }

    /** {@code (x - mean) / sqrt(var + eps)} over {@code dims} (biased variance), with grad mode as it is. */
    static Tensor normalized(Tensor x, int[] dims, double eps) {
        Tensor[] s = centeredAndRstd(x, dims, eps);
        return s[0].mul(s[1]);
    }

    /** dL/dx for {@code xhat = normalized(x, dims, eps)} given {@code dxhat}; differentiable in x and dxhat. */
    static Tensor normalizedBackward(Tensor x, Tensor dxhat, int[] dims, double eps) {
        Tensor[] s = centeredAndRstd(x, dims, eps);
        Tensor rstd = s[1];
        Tensor xhat = s[0].mul(rstd);
        return rstd.mul(dxhat.sub(dxhat.mean(dims, true)).sub(xhat.mul(dxhat.mul(xhat).mean(dims, true))));
    }

    /** {@code x - mean(x)} and {@code 1 / sqrt(var(x) + eps)} over {@code dims}. */
    private static Tensor[] centeredAndRstd(Tensor x, int[] dims, double eps) {
        Tensor centered = x.sub(x.mean(dims, true));
        return new Tensor[] {centered, centered.mul(centered).mean(dims, true).add(eps).pow(-0.5)};
    }

    /** Layer normalization over the trailing {@code normalizedShape} dims; weight and bias may be null. */
    public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        int rank = input.dim();
        int k = normalizedShape.length;
        int[] shape = input.shape();
        if (k == 0 || rank < k || !Arrays.equals(Arrays.copyOfRange(shape, rank - k, rank), normalizedShape)) {
            StringBuilder expected = new StringBuilder("[*");
            for (int s : normalizedShape) {
                expected.append(", ").append(s);
            }
            throw new IllegalArgumentException("Given normalized_shape=" + org.autograd4j.tensor.Shapes.str(normalizedShape)
                    + ", expected input with shape " + expected + "], but got input of size"
                    + org.autograd4j.tensor.Shapes.str(shape));
        }
        int[] dims = new int[k];
        for (int i = 0; i < k; i++) {
            dims[i] = rank - k + i;
        }
        int[] lead = Arrays.copyOf(allDims(rank), rank - k);
        Tensor out = Prims.noGrad(() -> affine(normalized(input, dims, eps), weight, bias));
        return Graph.record("NativeLayerNormBackward0", out, new Tensor[] {input, weight, bias}, ctx -> {
            ctx.forward(t -> affineTangent(t, Tangents.map(t[0], tx -> normalizedBackward(input, tx, dims, eps)),
                    () -> normalized(input, dims, eps), weight, w -> w));
            SavedTensor sx = ctx.save("input", input);
            SavedTensor sw = weight == null ? null : ctx.save("weight", weight);
            return g -> {
                Tensor x = sx.get();
                Tensor dxhat = sw == null ? g : g.mul(sw.get());
                return new Tensor[] {ctx.needsGrad(0) ? normalizedBackward(x, dxhat, dims, eps) : null,
                        ctx.needsGrad(1) ? sumOver(g.mul(normalized(x, dims, eps)), lead) : null,
                        ctx.needsGrad(2) ? sumOver(g, lead) : null};
            };
        });
    }

    /**
     * Batch normalization over {@code (N, C, *)}: in training, normalizes with the batch statistics
     * and (when given) updates {@code runningMean}/{@code runningVar} in place with {@code momentum}
     * (the running variance uses the unbiased estimate); in eval, normalizes with the running stats.
     */
    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training, double momentum, double eps) {
        int rank = input.dim();
        if (rank < 2) {
            throw new IllegalArgumentException("batch_norm: expected 2D or more input (got " + rank + "D input)");
        }
        checkRunningSize("running_mean", runningMean, input.size(1));
        checkRunningSize("running_var", runningVar, input.size(1));
        int[] dims = Prims.allDimsBut(rank, 1);
        int count = input.numel() / Math.max(input.size(1), 1);
        Tensor w = weight == null ? null : Prims.noGrad(() -> Prims.channelView(weight, rank, 1));
        Tensor b = bias == null ? null : Prims.noGrad(() -> Prims.channelView(bias, rank, 1));
        if (training) {
            if (count <= 1) {
                throw new IllegalArgumentException("Expected more than 1 value per channel when training, got input size "
                        + Prims.torchSize(input.shape()));
            }
            updateRunning(input, runningMean, runningVar, dims, momentum, count);
            Tensor out = Prims.noGrad(() -> affine(normalized(input, dims, eps), w, b));
            return recordBatchNorm(out, input, weight, bias, rank, dims, (x, gx) -> normalizedBackward(x, gx, dims, eps),
                    x -> normalized(x, dims, eps));
        }
        if (runningMean == null || runningVar == null) {
            throw new IllegalArgumentException((runningMean == null ? "running_mean" : "running_var")
                    + " must be defined in evaluation mode");
        }
        Tensor mean = Prims.channelView(runningMean.detach().clone(), rank, 1);
        Tensor invstd = Prims.noGrad(() -> Prims.channelView(runningVar, rank, 1).add(eps).pow(-0.5));
        Tensor out = Prims.noGrad(() -> affine(input.sub(mean).mul(invstd), w, b));
        return recordBatchNorm(out, input, weight, bias, rank, dims, (x, gx) -> gx.mul(invstd),
                x -> x.sub(mean).mul(invstd));
    }

    /**
     * The tangent of {@code xhat * w + b} from xhat's tangent: the normalizations' Jacobians are
     * symmetric ((I - 1/n - xhat xhatᵀ/n) / std, or 1/std in eval), so xhat's tangent is their
     * backward formula applied to the input's tangent.
     *
     * @param xhatTangent the tangent of xhat, or null
     * @param xhat        computes xhat, if the weight's tangent needs it
     * @param view        lays a per-channel tensor out against the input
     */
    private static Tensor affineTangent(Tensor[] t, Tensor xhatTangent, java.util.function.Supplier<Tensor> xhat,
                                        Tensor weight, java.util.function.UnaryOperator<Tensor> view) {
        Tensor scaled = weight == null ? xhatTangent : Tangents.map(xhatTangent, tx -> tx.mul(view.apply(weight)));
        return Tangents.sum(scaled, Tangents.map(t[1], tw -> xhat.get().mul(view.apply(tw))),
                Tangents.map(t[2], view));
    }

    private interface XhatGrad {
        Tensor apply(Tensor x, Tensor dxhat);
    }

    private interface Xhat {
        Tensor apply(Tensor x);
    }

    private static Tensor recordBatchNorm(Tensor out, Tensor input, Tensor weight, Tensor bias, int rank, int[] dims,
            XhatGrad inputGrad, Xhat xhat) {
        return Graph.record("NativeBatchNormBackward0", out, new Tensor[] {input, weight, bias}, ctx -> {
            ctx.forward(t -> affineTangent(t, Tangents.map(t[0], tx -> inputGrad.apply(input, tx)), () -> xhat.apply(input),
                    weight, w -> Prims.channelView(w, rank, 1)));
            SavedTensor sx = ctx.save("input", input);
            SavedTensor sw = weight == null ? null : ctx.save("weight", weight);
            return g -> {
                Tensor x = sx.get();
                Tensor dxhat = sw == null ? g : g.mul(Prims.channelView(sw.get(), rank, 1));
                return new Tensor[] {ctx.needsGrad(0) ? inputGrad.apply(x, dxhat) : null,
                        ctx.needsGrad(1) ? g.mul(xhat.apply(x)).sum(dims, false) : null,
                        ctx.needsGrad(2) ? g.sum(dims, false) : null};
            };
        });
    }

    private static void checkRunningSize(String name, Tensor running, int channels) {
        if (running != null && running.numel() != channels) {
            throw new IllegalArgumentException(name + " should contain " + channels + " elements not " + running.numel());
        }
    }

    private static void updateRunning(Tensor input, Tensor runningMean, Tensor runningVar, int[] dims, double momentum,
            int count) {
        try (GradMode.Guard g = GradMode.set(false); ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            Tensor mean = input.mean(dims, false);
            Tensor centered = input.sub(input.mean(dims, true));
            Tensor unbiased = centered.mul(centered).sum(dims, false).div((double) (count - 1));
            if (runningMean != null) {
                runningMean.mul_(1 - momentum).add_(mean.mul(momentum).to(runningMean.dtype()));
            }
            if (runningVar != null) {
                runningVar.mul_(1 - momentum).add_(unbiased.mul(momentum).to(runningVar.dtype()));
            }
        }
    }

    /** Group normalization of {@code (N, C, *)} in {@code numGroups} groups of channels; weight/bias per channel. */
    public static Tensor groupNorm(Tensor input, int numGroups, Tensor weight, Tensor bias, double eps) {
        int rank = input.dim();
        int[] shape = input.shape();
        if (rank < 2 || numGroups <= 0 || shape[1] % numGroups != 0) {
            throw new IllegalArgumentException("Expected number of channels in input to be divisible by num_groups, but "
                    + "got input of shape " + org.autograd4j.tensor.Shapes.str(shape) + " and num_groups=" + numGroups);
        }
        int n = shape[0];
        int[] grouped = {n, numGroups, -1};
        int[] dims = {2};
        int[] reduce = Prims.allDimsBut(rank, 1);
        Tensor w = weight == null ? null : Prims.noGrad(() -> Prims.channelView(weight, rank, 1));
        Tensor b = bias == null ? null : Prims.noGrad(() -> Prims.channelView(bias, rank, 1));
        Tensor out = Prims.noGrad(() -> affine(normalized(input.reshape(grouped), dims, eps).reshape(shape), w, b));
        return Graph.record("NativeGroupNormBackward0", out, new Tensor[] {input, weight, bias}, ctx -> {
            ctx.forward(t -> affineTangent(t,
                    Tangents.map(t[0], tx -> normalizedBackward(input.reshape(grouped), tx.reshape(grouped), dims, eps)
                            .reshape(shape)),
                    () -> normalized(input.reshape(grouped), dims, eps).reshape(shape), weight,
                    v -> Prims.channelView(v, rank, 1)));
            SavedTensor sx = ctx.save("input", input);
            SavedTensor sw = weight == null ? null : ctx.save("weight", weight);
            return g -> {
                Tensor x = sx.get().reshape(grouped);
                Tensor dxhat = sw == null ? g : g.mul(Prims.channelView(sw.get(), rank, 1));
                return new Tensor[] {
                        ctx.needsGrad(0) ? normalizedBackward(x, dxhat.reshape(grouped), dims, eps).reshape(shape) : null,
                        ctx.needsGrad(1) ? g.mul(normalized(x, dims, eps).reshape(shape)).sum(reduce, false) : null,
                        ctx.needsGrad(2) ? g.sum(reduce, false) : null};
            };
        });
    }

    private static Tensor affine(Tensor xhat, Tensor weight, Tensor bias) {
        Tensor y = weight == null ? xhat : xhat.mul(weight);
        return bias == null ? y : y.add(bias);
    }

    private static Tensor sumOver(Tensor t, int[] dims) {
        return dims.length == 0 ? t : t.sum(dims, false);
    }

    private static int[] allDims(int rank) {
        int[] d = new int[rank];
        for (int i = 0; i < rank; i++) {
            d[i] = i;
        }
        return d;
    }
}
