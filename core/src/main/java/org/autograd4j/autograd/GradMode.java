package org.autograd4j.autograd;

/**
 * Whether operations record the backward graph, per thread (like PyTorch's grad mode). Use
 * {@code try (var g = Autograd.noGrad()) { ... }} rather than toggling this directly.
 */
public final class GradMode {
    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[] {true});

    private GradMode() {
    }

    public static boolean isEnabled() {
        return ENABLED.get()[0];
    }

    public static void setEnabled(boolean enabled) {
        ENABLED.get()[0] = enabled;
    }

    /** Sets the mode and returns a guard that restores the previous one when closed. */
    public static Guard set(boolean enabled) {
        boolean[] state = ENABLED.get();
        boolean previous = state[0];
        state[0] = enabled;
        return new Guard(state, previous);
    }

    /** Restores the grad mode that was in force when it was created. */
    public static final class Guard implements AutoCloseable {
        private final boolean[] state;
        private final boolean previous;

        private Guard(boolean[] state, boolean previous) {
            this.state = state;
            this.previous = previous;
        }

        @Override
        public void close() {
            state[0] = previous;
        }
    }
}
