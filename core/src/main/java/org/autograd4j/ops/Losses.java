package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.NllLoss;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;

/**
 * Loss functions. Those PyTorch implements as one kernel (nll_loss, mse_loss, smooth_l1_loss,
 * huber_loss, binary_cross_entropy[_with_logits]) record one node with PyTorch's name; those it
 * composes (cross_entropy, l1_loss, kl_div) are composed the same way here.
 */
public final class Losses {
    private Losses() {
    }

    // ------------------------------------------------------------------ nll_loss and cross_entropy

    /**
     * Negative log likelihood of class-index targets (node {@code NllLossBackward0}). Input is
     * {@code (C)}, {@code (N, C)} or {@code (N, C, d1, ...)} with target {@code ()}, {@code (N)} or
     * {@code (N, d1, ...)}; {@code weight} (or null) rescales classes; targets equal to
     * {@code ignoreIndex} contribute nothing (and do not count in the mean).
     */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
        Prims.checkReduction(reduction);
        NllPlan plan = new NllPlan(input, target, weight, ignoreIndex, reduction);
        if (input.dim() <= 2 || input.dim() == 4) {
            return nll(input, plan);
        }
        // PyTorch's nll_loss_nd: other ranks run nll_loss2d on an (N, C, 1, d1*d2*...) view.
        int[] shape = input.shape();
        int spatial = Shapes.numel(Arrays.copyOfRange(shape, 2, shape.length));
        Tensor loss = nll(input.contiguous().view(shape[0], shape[1], 1, spatial), plan.foldedSpatially());
        return plan.none ? loss.view(target.shape()) : loss;
    }

    /** nll_loss of {@code input} under a checked plan: one pass gathering the picked log-probabilities. */
    private static Tensor nll(Tensor input, NllPlan plan) {
        Tensor in = Prims.noGrad(input::contiguous);
        Tensor elems = Creation.empty(plan.none ? plan.outputShape : new int[0], input.dtype());
        Storage x = storage(in);
        Storage e = storage(elems);
        int n = plan.picked.length;
        int off = in.storageOffset();
        double total = x.dtype() == DType.FLOAT32
                ? NllLoss.forward(n, x.floats(), off, plan.picked, plan.rowWeight, plan.none ? e.floats() : null)
                : NllLoss.forward(n, x.doubles(), off, plan.picked, plan.rowWeight, plan.none ? e.doubles() : null);
        if (!plan.none) {
            e.setDouble(0, plan.mean ? total / plan.totalWeight : total);
        }
        return Graph.record(plan.spatial ? "NllLoss2DBackward0" : "NllLossBackward0", elems, input, ctx -> {
            ctx.forward(t -> nll(t[0], plan));
            SavedTensor self = ctx.save("self", input);
            return g -> new Tensor[] {nllBackward(g, self.get(), plan)};
        });
    }

    /**
     * nll_loss_backward (node {@code NllLossBackwardBackward0}): {@code -weight[t] * g} (over the total
     * weight for "mean") at each picked element, zero elsewhere. It is linear in g, so its backward
     * is nll_loss of the incoming gradient; towards {@code self} it passes zeros, as PyTorch.
     */
    private static Tensor nllBackward(Tensor g, Tensor self, NllPlan plan) {
        Tensor gc = Prims.noGrad(() -> g.to(self.dtype()).contiguous());
        Tensor gx = Tensor.zeros(rawShape(self), self.dtype());
        Storage gs = storage(gc);
        Storage out = storage(gx);
        int n = plan.picked.length;
        int gStride = plan.none ? 1 : 0;
        double scale = plan.mean ? 1 / plan.totalWeight : 1;
        int off = gc.storageOffset();
        if (gs.dtype() == DType.FLOAT32) {
            NllLoss.backward(n, gs.floats(), off, gStride, plan.picked, plan.rowWeight, scale, out.floats());
        } else {
            NllLoss.backward(n, gs.doubles(), off, gStride, plan.picked, plan.rowWeight, scale, out.doubles());
        }
        String node = plan.spatial ? "NllLoss2DBackwardBackward0" : "NllLossBackwardBackward0";
        return Graph.record(node, gx, g, self, ctx -> {
            ctx.forward(t -> Tangents.map(t[0], tg -> nllBackward(tg, self, plan)));
            return gg -> new Tensor[] {ctx.needsGrad(0) ? nll(gg, plan) : null, ctx.needsGrad(1) ? Tensor.zerosLike(gg) : null};
        });
    }

    /**
     * The checked targets of an nll_loss: for each target position {@code k = n * inner + r}, its
     * weight (0 where ignored), and the total weight of the kept positions.
     */
    private static final class NllPlan {
        final double[] rowWeight;
        /** For each target position, where its element is in the contiguous input, or -1 where ignored. */
        final int[] picked;
        final int classes;
        final int inner;
        final boolean none;
        final boolean mean;
        final double totalWeight;
        /** The loss's shape under reduction "none": the target's, or (N, 1, d) when folded. */
        int[] outputShape;
        /** Whether PyTorch computes this loss with nll_loss2d (a 4-D input, or one folded to 4-D). */
        boolean spatial;

        NllPlan(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
            if (target.dtype() != DType.INT64) {
                throw new IllegalArgumentException("expected scalar type Long but found " + target.dtype().scalarTypeName());
            }
            int rank = input.dim();
            if (rank < 1) {
                throw new IllegalArgumentException("input tensor should be 1D or 2D");
            }
            int[] shape = input.shape();
            if (rank == 1 && target.dim() != 0) {
                throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
            }
            if (rank >= 2) {
                if (target.dim() == 0 || target.size(0) != shape[0]) {
                    throw new IllegalArgumentException("Expected input batch_size (" + shape[0]
                            + ") to match target batch_size (" + (target.dim() == 0 ? 0 : target.size(0)) + ").");
                }
                if (rank == 2 && target.dim() != 1) {
                    throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
                }
                int[] expected = new int[rank - 1];
                expected[0] = shape[0];
                System.arraycopy(shape, 2, expected, 1, rank - 2);
                if (!Arrays.equals(expected, target.shape())) {
                    throw new IllegalArgumentException("Expected target size " + Shapes.str(expected) + ", got "
                            + Shapes.str(target.shape()));
                }
            }
            if (!input.dtype().isFloatingPoint()) {
                throw new IllegalArgumentException("\"nll_loss_out_frame\" not implemented for '"
                        + input.dtype().scalarTypeName() + "'");
            }
            classes = rank == 1 ? shape[0] : shape[1];
            double[] w = null;
            if (weight != null) {
                if (weight.numel() != classes) {
                    throw new IllegalArgumentException("weight tensor should be defined either for all " + classes
                            + " classes or no classes but got weight tensor of shape: " + Shapes.str(weight.shape()));
                }
                w = weight.toDoubleArray();
            }
            long[] t = target.toLongArray();
            int batch = rank == 1 ? 1 : shape[0];
            inner = t.length / Math.max(batch, 1);
            outputShape = target.shape();
            spatial = rank == 4;
            none = "none".equals(reduction);
            mean = "mean".equals(reduction);
            int bad = NllLoss.firstInvalidTarget(t, ignoreIndex, classes);
            if (bad >= 0) {
                throw new IndexOutOfBoundsException("Target " + t[bad] + " is out of bounds.");
            }
            rowWeight = NllLoss.targetWeights(t, ignoreIndex, w);
            totalWeight = NllLoss.totalWeight(rowWeight);
            picked = NllLoss.pickedPositions(t, ignoreIndex, classes, inner);
        }

        /**
         * This plan for the input viewed as (N, C, 1, d): the picked positions are the same in the
         * contiguous input, only the loss's shape changes.
         */
        NllPlan foldedSpatially() {
            outputShape = new int[] {outputShape[0], 1, inner};
            spatial = true;
            return this;
        }
    }

    /**
     * Cross entropy of logits against class indices (int64 target: log_softmax then nll_loss) or
     * class probabilities (floating target of the input's shape), with optional label smoothing.
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction,
            double labelSmoothing) {
        Prims.checkReduction(reduction);
        if (labelSmoothing < 0 || labelSmoothing > 1) {
            throw new IllegalArgumentException("label_smoothing must be between 0.0 and 1.0. Got: " + labelSmoothing);
        }
        int classDim = input.dim() == 1 ? 0 : 1;
        int classes = input.size(classDim);
        Tensor logp = Softmax.logSoftmax(input, classDim);
        // As PyTorch decides: a target shaped like the input holds probabilities, any other class indices.
        if (Arrays.equals(input.shape(), target.shape())) {
            if (!target.dtype().isFloatingPoint()) {
                throw new IllegalArgumentException("Expected floating point type for target with class probabilities, "
                        + "got " + target.dtype().scalarTypeName());
            }
            Tensor probs = labelSmoothing > 0 ? target.mul(1 - labelSmoothing).add(labelSmoothing / classes) : target;
            Tensor prod = logp.mul(probs);
            if (weight != null) {
                prod = prod.mul(Prims.channelView(weight, input.dim(), classDim));
            }
            switch (reduction) {
                case "none": return prod.sum(new int[] {classDim}, false).neg();
                case "sum": return prod.sum().neg();
                default: return Arithmetic.divScalar(prod.sum().neg(), (double) input.numel() / classes);
            }
        }
        Tensor nll = nllLoss(logp, target, weight, ignoreIndex, reduction);
        if (labelSmoothing == 0) {
            return nll;
        }
        Tensor ignored = Pointwise.map(target, DType.BOOL, v -> v == ignoreIndex ? 1 : 0);
        Tensor smooth = (weight == null ? logp : logp.mul(Prims.channelView(weight, input.dim(), classDim)))
                .sum(new int[] {classDim}, false).neg();
        smooth = Masking.zeroWhere(smooth, ignored);
        Tensor ret;
        switch (reduction) {
            case "none": ret = smooth; break;
            case "sum": ret = smooth.sum(); break;
            default: // the kept targets' total weight (their count without weights), as nll_loss's mean
                double[] w = weight == null ? null : weight.toDoubleArray();
                double[] kept = NllLoss.targetWeights(target.toLongArray(), ignoreIndex, w);
                ret = smooth.sum().div(NllLoss.totalWeight(kept));
        }
        return Arithmetic.mulScalar(nll, 1 - labelSmoothing).add(Arithmetic.mulScalar(ret, labelSmoothing / classes));
    }

    // ------------------------------------------------------------------ pointwise regression losses

    /** A formula of (input, target) written with differentiable ops. */
    @FunctionalInterface
    interface Formula {
        Tensor apply(Tensor x, Tensor y);
    }

    /**
     * A loss PyTorch computes in one kernel: elementwise {@code value(x, y)}, reduced, recorded as
     * one node whose gradients are {@code g * dInput(x, y)} and {@code g * dTarget(x, y)}.
     */
    static Tensor pointwiseLoss(String node, Tensor input, Tensor target, String reduction, Formula value,
            Formula dInput, Formula dTarget) {
        Prims.checkReduction(reduction);
        Tensor elems = Prims.noGrad(() -> value.apply(input, target));
        int[] shape = elems.shape();
        double n = elems.numel();
        Tensor out = Prims.noGrad(() -> Prims.reduce(elems, reduction));
        return Graph.record(node, out, input, target, ctx -> {
            ctx.forward(t -> Prims.reduce(Tangents.sum(Tangents.map(t[0], tx -> tx.mul(dInput.apply(input, target))),
                    Tangents.map(t[1], ty -> ty.mul(dTarget.apply(input, target)))), reduction));
            SavedTensor sx = ctx.save("self", input);
            SavedTensor sy = ctx.save("target", target);
            return g -> {
                Tensor full = "none".equals(reduction) ? g : g.expand(shape);
                Tensor gg = "mean".equals(reduction) ? full.div(n) : full;
                Tensor x = sx.get();
                Tensor y = sy.get();
                return new Tensor[] {ctx.needsGrad(0) ? gg.mul(dInput.apply(x, y)) : null,
                        ctx.needsGrad(1) ? gg.mul(dTarget.apply(x, y)) : null};
            };
        });
    }

    /** Mean squared error (node {@code MseLossBackward0}). */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return pointwiseLoss("MseLossBackward0", input, target, reduction,
                (x, y) -> x.sub(y).pow(2),
                (x, y) -> x.sub(y).mul(2),
                (x, y) -> y.sub(x).mul(2));
    }

    /** Mean absolute error, composed as PyTorch: {@code abs(x - y)} then the reduction. */
    public static Tensor l1Loss(Tensor input, Tensor target, String reduction) {
        Prims.checkReduction(reduction);
        return Prims.reduce(input.sub(target).abs(), reduction);
    }

    /** Smooth L1 (node {@code SmoothL1LossBackward0}): quadratic below {@code beta}, linear above. */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, String reduction, double beta) {
        if (beta < 0) {
            throw new IllegalArgumentException("smooth_l1_loss does not support negative values for beta.");
        }
        return pointwiseLoss("SmoothL1LossBackward0", input, target, reduction,
                (x, y) -> Pointwise.map2(x, y, x.dtype(), (a, b) -> {
                    double z = Math.abs(a - b);
                    return z < beta ? 0.5 * z * z / beta : z - 0.5 * beta;
                }),
                (x, y) -> smoothSlope(x.sub(y), beta, 1.0 / beta, 1),
                (x, y) -> smoothSlope(y.sub(x), beta, 1.0 / beta, 1));
    }

    /** Huber (node {@code HuberLossBackward0}): quadratic below {@code delta}, {@code delta}-linear above. */
    public static Tensor huberLoss(Tensor input, Tensor target, String reduction, double delta) {
        if (delta <= 0) {
            throw new IllegalArgumentException("huber_loss does not support non-positive values for delta.");
        }
        return pointwiseLoss("HuberLossBackward0", input, target, reduction,
                (x, y) -> Pointwise.map2(x, y, x.dtype(), (a, b) -> {
                    double z = Math.abs(a - b);
                    return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta);
                }),
                (x, y) -> smoothSlope(x.sub(y), delta, 1, delta),
                (x, y) -> smoothSlope(y.sub(x), delta, 1, delta));
    }

    /** {@code d * inner} where {@code |d| < threshold}, else {@code outer * sign(d)}; differentiable in d. */
    private static Tensor smoothSlope(Tensor d, double threshold, double inner, double outer) {
        Tensor linear = d.sign().mul(outer);
        if (threshold == 0) {
            return linear;
        }
        Tensor small = Pointwise.map(d, DType.BOOL, v -> Math.abs(v) < threshold ? 1 : 0);
        return Tensor.where(small, d.mul(inner), linear);
    }

    // ------------------------------------------------------------------ binary cross entropy

    /** Binary cross entropy of probabilities (node {@code BinaryCrossEntropyBackward0}); logs clamp at -100. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, String reduction) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new IllegalArgumentException("Using a target size (" + Prims.torchSize(target.shape())
                    + ") that is different to the input size (" + Prims.torchSize(input.shape()) + ") is deprecated. "
                    + "Please ensure they have the same size.");
        }
        if (Ranges.firstOutside(input.toDoubleArray(), 0, 1) >= 0) {
            throw new IllegalArgumentException("all elements of input should be between 0 and 1");
        }
        Tensor w = weight == null ? null : weight.detach();
        return pointwiseLoss("BinaryCrossEntropyBackward0", input, target, reduction,
                (x, y) -> weighted(clampedLog(x).mul(y).add(clampedLog(x.neg().add(1)).mul(y.neg().add(1))).neg(), w),
                (x, y) -> weighted(x.sub(y).div(x.neg().add(1).mul(x).clampMin(1e-12)), w),
                (x, y) -> weighted(clampedLog(x.neg().add(1)).sub(clampedLog(x)), w));
    }

    private static Tensor clampedLog(Tensor x) {
        return x.log().clampMin(-100);
    }

    private static Tensor weighted(Tensor t, Tensor weight) {
        return weight == null ? t : t.mul(weight);
    }

    /**
     * Binary cross entropy of logits, computed stably as {@code (1-y)x + (1+(pw-1)y) softplus(-x)}
     * (node {@code BinaryCrossEntropyWithLogitsBackward0}).
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, String reduction,
            Tensor posWeight) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new IllegalArgumentException("Target size (" + Prims.torchSize(target.shape())
                    + ") must be the same as input size (" + Prims.torchSize(input.shape()) + ")");
        }
        Tensor w = weight == null ? null : weight.detach();
        Tensor pw = posWeight == null ? null : posWeight.detach();
        return pointwiseLoss("BinaryCrossEntropyWithLogitsBackward0", input, target, reduction,
                (x, y) -> weighted(y.neg().add(1).mul(x).add(logWeight(y, pw).mul(softplusNeg(x))), w),
                // d/dx = (1 - y) - lw * sigmoid(-x)
                (x, y) -> weighted(y.neg().add(1).sub(logWeight(y, pw).mul(x.neg().sigmoid())), w),
                // d/dy = -x + (pw - 1) * softplus(-x)
                (x, y) -> weighted(pw == null ? x.neg() : x.neg().add(pw.sub(1).mul(softplusNeg(x))), w));
    }

    /** {@code 1 + (posWeight - 1) * y}, or 1 without a posWeight. */
    private static Tensor logWeight(Tensor y, Tensor posWeight) {
        return posWeight == null ? Tensor.onesLike(y) : posWeight.sub(1).mul(y).add(1);
    }

    /** {@code log(1 + exp(-x))} computed as {@code max(-x, 0) + log(1 + exp(-|x|))}; differentiable. */
    private static Tensor softplusNeg(Tensor x) {
        return x.neg().relu().add(x.abs().neg().exp().add(1).log());
    }

    // ------------------------------------------------------------------ kl_div

    /**
     * Kullback-Leibler divergence with {@code input} as log-probabilities, composed as PyTorch:
     * {@code xlogy(t, t) - t * input} (or {@code exp(t) * (t - input)} for log targets), then
     * "none", "sum", "mean" or "batchmean" (sum divided by the batch size).
     */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        if (!"batchmean".equals(reduction)) {
            Prims.checkReduction(reduction);
        }
        Tensor elems;
        if (logTarget) {
            elems = target.exp().mul(target.sub(input));
        } else {
            elems = xlogy(target).sub(target.mul(input));
        }
        if ("batchmean".equals(reduction)) {
            Tensor total = elems.sum();
            return input.dim() == 0 ? total : total.div((double) input.size(0));
        }
        return Prims.reduce(elems, reduction);
    }

    /** {@code t * log(t)} with 0 where t == 0 (differentiable when t requires grad). */
    private static Tensor xlogy(Tensor t) {
        Tensor zero = Pointwise.map(t, DType.BOOL, v -> v == 0 ? 1 : 0);
        if (!t.requiresGrad() && ForwardLevel.tangentOf(t) == null) {
            return Pointwise.map(t, t.dtype(), v -> v == 0 ? 0 : v * Math.log(v));
        }
        Tensor safe = t.add(Pointwise.map(zero, t.dtype(), v -> v));
        return Masking.zeroWhere(t.mul(safe.log()), zero);
    }
}
