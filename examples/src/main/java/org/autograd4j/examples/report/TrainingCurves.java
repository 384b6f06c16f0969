package org.autograd4j.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.examples.mnist.EpochResult;
import org.autograd4j.examples.mnist.Score;
import org.autograd4j.examples.mnist.Trainer;

/**
 * Records what the chart draws: the training loss about ten times per epoch (the mean over the batches since the
 * last point, so the curve is smoothed but not delayed) and each epoch's result.
 */
public final class TrainingCurves implements Trainer.Listener {
    private static final int POINTS_PER_EPOCH = 10;

    /** A point of the training-loss curve, {@code epochs} counting fractions of an epoch. */
    public record Point(double epochs, double loss) {
    }

    private final List<Point> trainLoss = new ArrayList<>();
    private final List<EpochResult> epochs = new ArrayList<>();
    private int samplesPerEpoch;
    private long samplesAtLastPoint;
    private double lossSumAtLastPoint;

    @Override
    public void epochStarted(int epoch, int samples) {
        this.samplesPerEpoch = samples;
        samplesAtLastPoint = 0;
        lossSumAtLastPoint = 0;
    }

    @Override
    public void batchFinished(int epoch, Score soFar) {
        long samples = soFar.samples();
        if (samples - samplesAtLastPoint < samplesPerEpoch / POINTS_PER_EPOCH && samples < samplesPerEpoch) {
            return;
        }
        double lossSum = soFar.loss() * samples;
        double windowLoss = (lossSum - lossSumAtLastPoint) / (samples - samplesAtLastPoint);
        trainLoss.add(new Point(epoch - 1 + (double) samples / samplesPerEpoch, windowLoss));
        samplesAtLastPoint = samples;
        lossSumAtLastPoint = lossSum;
    }

    @Override
    public void epochFinished(EpochResult result) {
        epochs.add(result);
    }

    public List<Point> trainLoss() {
        return trainLoss;
    }

    public List<EpochResult> epochs() {
        return epochs;
    }
}
