package org.autograd4j.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.Generator;
import org.autograd4j.internal.Args;

/**
 * {@code torch.utils.data.random_split}: a data set cut into non-overlapping random subsets, from one
 * {@code randperm} of the whole, so the same generator state gives PyTorch's subsets.
 */
public final class RandomSplit {
    private RandomSplit() {
    }

    /** Subsets of the given lengths, drawn from the global generator (PyTorch's default). */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, int... lengths) {
        return randomSplit(dataset, lengths, Generator.defaultGenerator());
    }

    /** Subsets of the given lengths, which must add up to the data set's size. */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, int[] lengths, Generator generator) {
        Args.nonNull(dataset, "dataset");
        Args.nonNull(lengths, "lengths");
        long total = 0;
        for (int length : lengths) {
            if (length < 0) {
                throw new IllegalArgumentException("split lengths must be non-negative, got " + Arrays.toString(lengths));
            }
            total += length;
        }
        if (total != dataset.size()) {
            throw new IllegalArgumentException("Sum of input lengths does not equal the length of the input dataset! "
                    + "(lengths " + Arrays.toString(lengths) + " sum to " + total + ", the dataset has "
                    + dataset.size() + ")");
        }
        long[] perm = Generator.orDefault(generator).randperm(dataset.size()).toLongArray();
        List<Subset<T>> subsets = new ArrayList<>(lengths.length);
        int offset = 0;
        for (int length : lengths) {
            int[] indices = new int[length];
            for (int i = 0; i < length; i++) {
                indices[i] = (int) perm[offset + i];
            }
            subsets.add(new Subset<>(dataset, indices));
            offset += length;
        }
        return subsets;
    }

    /**
     * Subsets holding these fractions of the data set (summing to 1): each gets {@code floor(size * fraction)}
     * samples, and the remainder goes one at a time to the subsets in turn, as PyTorch does.
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, double[] fractions, Generator generator) {
        Args.nonNull(dataset, "dataset");
        Args.nonNull(fractions, "fractions");
        double sum = 0;
        for (int i = 0; i < fractions.length; i++) {
            if (!(fractions[i] >= 0 && fractions[i] <= 1)) {
                throw new IllegalArgumentException("Fraction at index " + i + " is not between 0 and 1");
            }
            sum += fractions[i];
        }
        // Python's math.isclose(sum, 1) and sum <= 1.
        if (!(Math.abs(sum - 1) <= 1e-9 && sum <= 1)) {
            throw new IllegalArgumentException("fractions must sum to 1, got " + Arrays.toString(fractions)
                    + " (sum " + sum + ")");
        }
        int[] lengths = new int[fractions.length];
        int assigned = 0;
        for (int i = 0; i < fractions.length; i++) {
            lengths[i] = (int) Math.floor(dataset.size() * fractions[i]);
            assigned += lengths[i];
        }
        for (int i = 0; i < dataset.size() - assigned; i++) {
            lengths[i % lengths.length]++;
        }
        return randomSplit(dataset, lengths, generator);
    }
}
