package org.autograd4j.examples.mnist;

import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/**
 * A running mean loss and accuracy over the batches seen so far.
 */
public final class Score {
    private double lossSum;
    private long correct;
    private long samples;

    /** Adds a batch: its mean loss, its logits and its labels. */
    public void add(Tensor meanLoss, Tensor logits, Tensor labels) {
        int n = labels.size(0);
        lossSum += meanLoss.item() * n;
        correct += (long) logits.argmax(1).eq(labels).sum().item();
        samples += n;
    }

    /** Scores {@code logits} against {@code labels} with the training loss, cross-entropy. */
    public void add(Tensor logits, Tensor labels) {
        add(F.crossEntropy(logits, labels), logits, labels);
    }

    public long samples() {
        return samples;
    }

    public double loss() {
        return samples == 0 ? Double.NaN : lossSum / samples;
    }

    /** The fraction classified correctly, 0 to 1. */
    public double accuracy() {
        return samples == 0 ? Double.NaN : (double) correct / samples;
    }
}
