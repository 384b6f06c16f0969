package org.autograd4j.examples.mnist;

import java.util.List;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/**
 * Augmentation: moves each training image by a random whole number of pixels, up to {@code maxShift} in each
 * direction, filling with black (torchvision's {@code RandomAffine(0, translate=...)} without interpolation). It
 * draws from its own generator, so the data loader's background thread never competes with training for the
 * global one, and a seed gives the same shifts run after run.
 */
final class RandomShift {
    /** Shifts beyond this move a digit half out of its 28x28 frame. */
    static final int LIMIT = 8;

    private final int maxShift;
    private final Generator generator;

    RandomShift(int maxShift, long seed) {
        this.maxShift = maxShift;
        this.generator = new Generator(seed);
    }

    /** The sample {@code [image, label]} with its {@code [1, 28, 28]} image shifted. */
    List<Tensor> apply(List<Tensor> sample) {
        Tensor shifts = generator.randint(-maxShift, maxShift + 1, new int[] {2});
        int dy = (int) shifts.get(0).item();
        int dx = (int) shifts.get(1).item();
        Tensor image = sample.get(0);
        Tensor framed = F.pad(image, maxShift, maxShift, maxShift, maxShift);
        Tensor shifted = framed.narrow(1, maxShift - dy, image.size(1)).narrow(2, maxShift - dx, image.size(2));
        return List.of(shifted.contiguous(), sample.get(1));
    }
}
