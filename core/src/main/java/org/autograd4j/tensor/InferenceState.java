package org.autograd4j.tensor;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this thread is in inference mode (PyTorch's {@code InferenceMode}): the tensors whose
 * version counter is made then are inference tensors ({@link VersionCounter#isInference()}). A
 * thread outside every scope pays one read of a shared counter when it makes a tensor.
 */
public final class InferenceState {
    /** Scopes open on all threads: zero means no thread can be in inference mode. */
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[1]);

    private InferenceState() {
    }

    public static boolean isEnabled() {
        return OPEN.get() != 0 && ENABLED.get()[0];
    }

    /** Enters or leaves inference mode on this thread until the returned guard is closed. */
    public static Guard set(boolean enabled) {
        boolean[] state = ENABLED.get();
        Guard guard = new Guard(state, state[0]);
        OPEN.incrementAndGet();
        state[0] = enabled;
        return guard;
    }

    /** Restores the mode in force when it was made. */
    public static final class Guard implements AutoCloseable {
        private final boolean[] state;
        private final boolean previous;
        private boolean closed;

        private Guard(boolean[] state, boolean previous) {
            this.state = state;
            this.previous = previous;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                state[0] = previous;
                OPEN.decrementAndGet();
            }
        }
    }
}
