package org.autograd4j;

/**
 * The number of threads the library's kernels may use, like {@code torch.set_num_threads}.
 *
 * <p>Defaults to the number of available processors. The setting is global and may be changed at
 * any time; operations already running keep the count they started with.
 */
public final class Threads {
    private static volatile int count = Runtime.getRuntime().availableProcessors();

    private Threads() {
    }

    /** Sets how many threads (including the calling one) a single operation may use. */
    public static void set(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, got " + n);
        }
        count = n;
    }

    public static int get() {
        return count;
    }
}
