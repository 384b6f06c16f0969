package org.autograd4j.kernels;

/**
 * The float runs of {@code long_sums.py}, bit for bit: an integer hash of each index mapped to a
 * float by exact operations, so PyTorch's sums of them can be checked here without the data.
 */
final class HashedRuns {
    private HashedRuns() {
    }

    /** The named case's first {@code n} elements. */
    static float[] of(String name, int n) {
        Element element = element(name);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) element.value(i, hash(i));
        }
        return x;
    }

    /** long_sums.py's {@code hashes}: a multiplicative hash, mixed by two xor-shifts. */
    static int hash(int i) {
        int h = i * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    /** Element i of a case, from i and its hash, exact in float. */
    @FunctionalInterface
    private interface Element {
        double value(int i, int h);
    }

    private static Element element(String name) {
        switch (name) {
            case "uniform":
                return (i, h) -> ((h >>> 8) - 0x1p23) * 0x1p-23;
            case "one_plus_tiny":
                return (i, h) -> 1 + (h & 7) * 0x1p-23;
            case "alternating":
                return (i, h) -> i % 2 == 0 ? 1024 + (h >>> 11) * 0x1p-13 : (h >>> 8) * 0x1p-34;
            case "cancelling":
                return (i, h) -> i % 3 == 0 ? big(h) : i % 3 == 1 ? -big(hash(i - 1)) : (h >>> 8) * 0x1p-24;
            default:
                throw new IllegalArgumentException("no generated run named " + name);
        }
    }

    private static double big(int h) {
        return 4096 + (h >>> 12) * 0x1p-8;
    }
}
