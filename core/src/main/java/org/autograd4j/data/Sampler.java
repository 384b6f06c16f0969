package org.autograd4j.data;

/**
 * The order in which a {@link DataLoader} visits a data set's indices, one epoch at a time, as
 * {@code torch.utils.data.Sampler}.
 */
public interface Sampler {
    /**
     * The indices of the next epoch, in order. The loader calls it on the thread that starts the epoch, so a
     * sampler that draws random numbers draws them at a fixed point of the training loop.
     */
    int[] nextEpoch();

    /** How many indices an epoch has. */
    int size();
}
