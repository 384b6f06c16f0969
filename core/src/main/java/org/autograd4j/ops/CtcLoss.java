package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.kernels.Ctc;
import org.autograd4j.kernels.CtcTargets;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.kernels.RowReductions;
import org.autograd4j.kernels.Sequences;

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
            throw arguments("Expected 3-dimensional tensor, but got " + logProbs.dim()
                    + "-dimensional tensor for argument #1 'log_probs'");
        }
        if (targets.dim() < 1 || targets.dim() > 2) {
            throw arguments("Expected 1 to 2 dimensions, but got " + targets.dim()
                    + "-dimensional tensor for argument #2 'targets'");
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
        long[][] labels = labels(targets, outLengths, batch, classes);
        checkInputLengths(inLengths, steps);
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
            SavedTensor saved = ctx.save("log_probs", logProbs);
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

    /**
     * Each sample's target labels, from [N, S] padded rows or one concatenated 1-D tensor, with
     * PyTorch's checks of the lengths against the targets' size (and later PyTorch's of their sign, where
     * 1.13 reads out of bounds); labels outside [0, C), which 1.13 also reads out of bounds, are refused.
     */
    private static long[][] labels(Tensor targets, long[] lengths, int batch, int classes) {
        int negative = Ranges.firstOutside(lengths, 0, Long.MAX_VALUE);
        if (negative >= 0) {
            throw arguments("Expected target_lengths to have value at least 0, but got value " + lengths[negative]);
        }
        long[] starts = targets.dim() == 2 ? paddedStarts(targets, lengths, batch) : concatenatedStarts(targets, lengths);
        long[][] labels = CtcTargets.cut(targets.toLongArray(), starts, lengths);
        for (long[] sample : labels) {
            int bad = Ranges.firstOutside(sample, 0, classes - 1L);
            if (bad >= 0) {
                throw arguments("Expected targets to be class indices in [0, " + classes + "), but got " + sample[bad]);
            }
        }
        return labels;
    }

    /** Where each sample's labels start in padded targets [N, S]: at its row, which must hold them. */
    private static long[] paddedStarts(Tensor targets, long[] lengths, int batch) {
        int width = targets.size(1);
        if (targets.size(0) != batch) {
            throw arguments("Expected tensor to have size " + batch + " at dimension 0, but got size " + targets.size(0)
                    + " for argument #2 'targets'");
        }
        if (Ranges.firstOutside(lengths, 0, width) >= 0) {
            long longest = lengths[RowReductions.argExtremum(lengths, 1, lengths.length, true)[0]];
            throw arguments("Expected tensor to have size at least " + longest + " at dimension 1, but got size " + width
                    + " for argument #2 'targets'");
        }
        return Sequences.arithmetic(batch, 0L, (long) width);
    }

    /** Where each sample's labels start in concatenated targets, which must hold exactly all the samples' labels. */
    private static long[] concatenatedStarts(Tensor targets, long[] lengths) {
        long total = Sequences.saturatingTotal(lengths);
        if (total != targets.size(0)) {
            throw arguments("Expected tensor to have size " + total + " at dimension 0, but got size " + targets.size(0)
                    + " for argument #2 'targets'");
        }
        return CtcTargets.concatenatedStarts(lengths);
    }

    /** Each input length within the log probabilities' {@code steps}. */
    private static void checkInputLengths(long[] lengths, int steps) {
        int bad = Ranges.firstOutside(lengths, 0, steps);
        if (bad >= 0) {
            String bound = lengths[bad] < 0 ? "at least 0" : "at most " + steps;
            throw arguments("Expected input_lengths to have value " + bound + ", but got value " + lengths[bad]);
        }
    }

    /** An argument error in ctc_loss_cpu's words. */
    private static IllegalArgumentException arguments(String what) {
        return new IllegalArgumentException(what + " (while checking arguments for ctc_loss_cpu)");
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
        Tensor out = Creation.empty(new int[] {steps, batch, classes}, logProbs.dtype()); // zeros
        for (int b = 0; b < batch; b++) {
            double[] sample = new double[steps * classes];
            double nll = Ctc.loss(plane[b], classes, (int) inLengths[b], labels[b], blank, sample, gradOut[b]);
            if (!(zeroInfinity && nll == Double.POSITIVE_INFINITY)) {
                Copying.copyInto(Creation.fromArray(sample, DType.FLOAT64, steps, classes),
                        IndexLayouts.rawSelect(out, 1, b));
            }
        }
        return Graph.record("CtcLossBackwardBackward0", out, new Tensor[] {g, logProbs}, ctx -> gg -> {
            throw new UnsupportedOperationException("the derivative for '_ctc_loss_backward' is not implemented.");
        });
    }
}
