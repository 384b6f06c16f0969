package org.autograd4j.ops;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.Ctc;

/**
 * {@code F.ctc_loss} on log probabilities [T, N, C], or [T, C] for one unbatched sample
 * ({@code CtcLossBackward0} per sample, then PyTorch's reduction). The gradient comes from the alpha-beta recursions and, as in PyTorch
 * 1.13, has no derivative of its own.
 */
public final class CtcLoss {
    private CtcLoss() {
    }

    /**
     * {@code F.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity)};
     * targets [N, S] (padded) or 1-D (concatenated); the lengths 1-D int64 tensors of N entries. Unbatched
     * log_probs [T, C] (with targets [S] and 0-d or one-entry lengths) are a batch of one, as in PyTorch,
     * whose reduction "none" then gives a 0-d loss.
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths, int blank,
                                 String reduction, boolean zeroInfinity) {
        if (logProbs.dim() == 3) {
            return batched(logProbs, targets, inputLengths, targetLengths, blank, reduction, zeroInfinity);
        }
        // PyTorch unsqueezes any other rank, so a 1-D or 4-D input is reported as 2-D or 5-D
        Tensor loss = batched(logProbs.unsqueeze(1), targets, inputLengths, targetLengths, blank, reduction,
                zeroInfinity);
        return reduction.equals("none") ? loss.squeeze(0) : loss;
    }

    private static Tensor batched(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths,
                                  int blank, String reduction, boolean zeroInfinity) {
        if (logProbs.dim() != 3) {
            throw new IllegalArgumentException("Expected 3-dimensional tensor, but got " + logProbs.dim()
                    + "-dimensional tensor for argument #1 'log_probs' (while checking arguments for ctc_loss_cpu)");
        }
        PointwiseGrad.requireFloating(logProbs, "ctc_loss_cpu");
        int steps = logProbs.size(0);
        int batch = logProbs.size(1);
        int classes = logProbs.size(2);
        long[] inLengths = inputLengths.toLongArray();
        long[] outLengths = targetLengths.toLongArray();
        if (inLengths.length != batch) {
            throw new IllegalArgumentException("input_lengths must be of size batch_size");
        }
        if (outLengths.length != batch) {
            throw new IllegalArgumentException("target_lengths must be of size batch_size");
        }
        if (blank < 0 || blank >= classes) {
            throw new IllegalArgumentException("blank must be in label range");
        }
        long[][] labels = labels(targets, outLengths, batch);
        for (int b = 0; b < batch; b++) {
            if (inLengths[b] > steps) {
                throw new IllegalArgumentException("Expected input_lengths to have value at most " + steps + ", but got "
                        + "value " + inLengths[b] + " (while checking arguments for ctc_loss_cpu)");
            }
        }
        Graph.refuseTangent("_ctc_loss", logProbs);
        double[] nll = new double[batch];
        double[][] plane = planes(logProbs, batch);
        for (int b = 0; b < batch; b++) {
            nll[b] = Ctc.loss(plane[b], classes, (int) inLengths[b], labels[b], blank, null, 0);
            if (zeroInfinity && nll[b] == Double.POSITIVE_INFINITY) {
                nll[b] = 0;
            }
        }
        Tensor losses = Tensor.of(nll, batch).to(logProbs.dtype());
        losses = Graph.record("CtcLossBackward0", losses, logProbs, ctx -> {
            SavedTensor saved = ctx.save(logProbs);
            return g -> new Tensor[] {gradient(saved.get(), g, inLengths, labels, blank, zeroInfinity)};
        });
        switch (reduction) {
            case "mean":
                return losses.div(targetLengths.clampMin(1L).to(logProbs.dtype())).mean();
            case "sum":
                return losses.sum();
            case "none":
                return losses;
            default:
                throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        }
    }

    /** Each sample's target labels, from [N, S] padded rows or one concatenated 1-D tensor. */
    private static long[][] labels(Tensor targets, long[] lengths, int batch) {
        long[] flat = targets.toLongArray();
        long[][] out = new long[batch][];
        long offset = 0;
        for (int b = 0; b < batch; b++) {
            long start = targets.dim() == 2 ? (long) b * targets.size(1) : offset;
            if (targets.dim() == 2 && lengths[b] > targets.size(1) || start + lengths[b] > flat.length) {
                throw new IllegalArgumentException("Expected tensor to have size at least " + (start + lengths[b])
                        + " at dimension " + (targets.dim() - 1) + ", but got size " + targets.size(-1)
                        + " for argument #2 'targets' (while checking arguments for ctc_loss_cpu)");
            }
            out[b] = Arrays.copyOfRange(flat, (int) start, (int) (start + lengths[b]));
            offset += lengths[b];
        }
        return out;
    }

    /** Sample b's [T, C] log probabilities, row-major, in double. */
    private static double[][] planes(Tensor logProbs, int batch) {
        double[][] out = new double[batch][];
        for (int b = 0; b < batch; b++) {
            out[b] = (double[]) Kernels2d.values(logProbs.select(1, b), DType.FLOAT64);
        }
        return out;
    }

    private static Tensor gradient(Tensor logProbs, Tensor g, long[] inLengths, long[][] labels, int blank,
                                   boolean zeroInfinity) {
        int steps = logProbs.size(0);
        int batch = logProbs.size(1);
        int classes = logProbs.size(2);
        double[][] plane = planes(logProbs, batch);
        double[] gradOut = g.toDoubleArray();
        double[] grad = new double[steps * batch * classes];
        for (int b = 0; b < batch; b++) {
            double[] sample = new double[steps * classes];
            double nll = Ctc.loss(plane[b], classes, (int) inLengths[b], labels[b], blank, sample, gradOut[b]);
            if (zeroInfinity && nll == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int t = 0; t < steps; t++) {
                System.arraycopy(sample, t * classes, grad, (t * batch + b) * classes, classes);
            }
        }
        Tensor out = Tensor.of(grad, steps, batch, classes).to(logProbs.dtype());
        return Graph.record("CtcLossBackwardBackward0", out, new Tensor[] {g, logProbs}, ctx -> gg -> {
            throw new UnsupportedOperationException("the derivative for '_ctc_loss_backward' is not implemented.");
        });
    }
}
