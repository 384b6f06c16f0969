package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * The connectionist temporal classification loss, as {@code nn.CTCLoss}: called with four tensors
 * through {@link #run} (log_probs [T, N, C] or [T, C], targets, input lengths, target lengths).
 */
public class CTCLoss extends Loss {
    private final int blank;
    private final boolean zeroInfinity;

    public CTCLoss(int blank, String reduction, boolean zeroInfinity) {
        super(reduction);
        this.blank = blank;
        this.zeroInfinity = zeroInfinity;
    }

    /** {@code nn.CTCLoss()}: blank 0, reduction "mean", zero_infinity False. */
    public CTCLoss() {
        this(0, "mean", false);
    }

    /** {@code module(log_probs, targets, input_lengths, target_lengths)}, run between the hooks. */
    public Tensor run(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return callWithHooks(new Tensor[] {logProbs, targets, inputLengths, targetLengths},
                in -> F.ctcLoss(in[0], in[1], in[2], in[3], blank, reduction(), zeroInfinity));
    }

    /** The loss needs four inputs: {@link #run}. */
    @Override
    public Tensor forward(Tensor input, Tensor target) {
        throw new UnsupportedOperationException("CTCLoss takes four inputs: run(logProbs, targets, inputLengths, "
                + "targetLengths)");
    }
}
