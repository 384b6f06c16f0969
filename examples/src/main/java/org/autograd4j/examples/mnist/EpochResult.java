package org.autograd4j.examples.mnist;

/**
 * One epoch's outcome: the mean loss and accuracy over its training batches (as the weights moved), then on the
 * test set with the weights it ended with. Accuracies are fractions, 0 to 1.
 */
public record EpochResult(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy) {
}
