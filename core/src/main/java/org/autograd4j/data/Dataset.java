package org.autograd4j.data;

import java.util.function.Function;
import org.autograd4j.internal.Args;

/**
 * A map-style data set, as {@code torch.utils.data.Dataset}: {@code size()} samples, read by index.
 *
 * @param <T> the sample type, for example {@code List<Tensor>} (an input and its label) for a {@link TensorDataset}
 */
public interface Dataset<T> {
    /** Sample {@code index}, for {@code 0 <= index < size()}. */
    T get(int index);

    /** How many samples there are ({@code len(dataset)}). */
    int size();

    /**
     * A view that applies {@code transform} to each sample as it is read, the place for a transform or an
     * augmentation (torchvision's {@code transform=} argument). Nothing is computed ahead.
     */
    default <R> Dataset<R> map(Function<? super T, ? extends R> transform) {
        Args.nonNull(transform, "transform");
        Dataset<T> source = this;
        return new Dataset<>() {
            @Override
            public R get(int index) {
                return transform.apply(source.get(index));
            }

            @Override
            public int size() {
                return source.size();
            }
        };
    }
}
