package org.autograd4j.examples.mnist;

/**
 * The settings of a training run.
 *
 * @param architecture the network to train
 * @param epochs passes over the training set
 * @param batchSize samples per step
 * @param learningRate Adam's starting learning rate, annealed to zero along a cosine over the run
 * @param seed seeds the initial weights, the shuffling and the augmentation: the same seed gives the same run
 * @param maxShift each training image moves by up to this many pixels in each direction (0: no augmentation)
 */
public record TrainingOptions(Architecture architecture, int epochs, int batchSize, double learningRate, long seed,
        int maxShift) {
    public TrainingOptions {
        requirePositive(epochs, "epochs");
        requirePositive(batchSize, "batch size");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + learningRate);
        }
        if (maxShift < 0 || maxShift > RandomShift.LIMIT) {
            throw new IllegalArgumentException("the shift must be 0 to " + RandomShift.LIMIT + " pixels, got "
                    + maxShift);
        }
    }

    private static void requirePositive(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException("the " + what + " must be positive, got " + value);
        }
    }
}
