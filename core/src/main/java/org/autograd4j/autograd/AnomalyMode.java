package org.autograd4j.autograd;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;

/**
 * Anomaly detection, PyTorch's {@code torch.autograd.detect_anomaly} and {@code set_detect_anomaly}:
 * while it is on, every node keeps the Java stack trace of the forward call that created it, and
 * the engine watches each backward formula. A formula that returns NaN fails with PyTorch's error
 * ({@code Function 'LogBackward0' returned nan values in its 0th output.}); that error, or whatever
 * a formula throws, carries the node's forward trace as a suppressed {@link ForwardCall}, so the
 * printed stack trace ends at the user's line that made the node, as PyTorch prints the forward
 * traceback.
 *
 * <p>The switch is global, not per thread, as PyTorch's. Off, it costs one volatile read when a
 * node is created and one per node in backward.
 */
public final class AnomalyMode {
    private static final System.Logger LOG = System.getLogger(AnomalyMode.class.getName());

    private static volatile boolean enabled;
    private static volatile boolean checkNan = true;

    private AnomalyMode() {
    }

    public static boolean isEnabled() {
        return enabled;
    }

    /** Whether backward formulas are checked for NaN while anomaly detection is on. */
    public static boolean checksNan() {
        return checkNan;
    }

    /** Turns anomaly detection on or off for every thread ({@code torch.autograd.set_detect_anomaly}). */
    public static void set(boolean on, boolean nanCheck) {
        if (on && !enabled) {
            LOG.log(Level.WARNING, "Anomaly Detection has been enabled. This mode will increase the runtime and should "
                    + "only be enabled for debugging.");
        }
        checkNan = nanCheck;
        enabled = on;
    }

    /** Turns anomaly detection on until the returned scope is closed, which restores the previous setting. */
    public static Scope enable(boolean nanCheck) {
        Scope scope = new Scope(enabled, checkNan);
        set(true, nanCheck);
        return scope;
    }

    /** Restores the anomaly setting in force when it was created ({@code with torch.autograd.detect_anomaly():}). */
    public static final class Scope implements AutoCloseable {
        private final boolean previous;
        private final boolean previousCheckNan;

        private Scope(boolean previous, boolean previousCheckNan) {
            this.previous = previous;
            this.previousCheckNan = previousCheckNan;
        }

        @Override
        public void close() {
            set(previous, previousCheckNan);
        }
    }

    /**
     * The forward call that created a node, as an exception whose stack trace is that call's: attached
     * (suppressed) to the error of a backward formula that failed in anomaly mode.
     */
    public static final class ForwardCall extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ForwardCall(String node, StackTraceElement[] trace) {
            super("Error detected in " + node + ". Traceback of forward call that caused the error:", null, false, true);
            setStackTrace(trace);
        }
    }

    /**
     * The current stack without the recording machinery on top (this method, the node's constructors,
     * {@code engine.Graph}): it starts at the op that records the node.
     */
    static StackTraceElement[] captureForwardTrace() {
        StackTraceElement[] stack = new Throwable().getStackTrace();
        int first = 0;
        while (first < stack.length && isRecordingFrame(stack[first])) {
            first++;
        }
        return Arrays.copyOfRange(stack, first, stack.length);
    }

    private static boolean isRecordingFrame(StackTraceElement frame) {
        String cls = frame.getClassName();
        return cls.equals(AnomalyMode.class.getName()) || cls.equals(Graph.class.getName())
                || frame.getMethodName().equals("<init>");
    }

    /** Runs {@code node}'s backward formula, blaming its forward call if it throws or returns NaN. */
    static Tensor[] apply(Node node, Tensor[] gradOutputs) {
        Tensor[] result;
        try {
            result = node.apply(gradOutputs);
        } catch (RuntimeException e) {
            throw blame(node, e);
        }
        if (checkNan) {
            for (int i = 0; i < result.length; i++) {
                if (hasNan(result[i])) {
                    throw blame(node, new IllegalStateException(
                            "Function '" + node.name() + "' returned nan values in its " + i + "th output."));
                }
            }
        }
        return result;
    }

    private static boolean hasNan(Tensor t) {
        if (t == null || !t.dtype().isFloatingPoint()) {
            return false;
        }
        try (GradMode.Guard g = GradMode.set(false)) {
            return t.isnan().any().itemBoolean();
        }
    }

    /** Attaches (and logs, as PyTorch warns) the forward trace of {@code node} to {@code error}. */
    private static <E extends Throwable> E blame(Node node, E error) {
        StackTraceElement[] trace = node.forwardStackTrace();
        if (trace.length > 0) {
            ForwardCall call = new ForwardCall(node.name(), trace);
            error.addSuppressed(call);
            LOG.log(Level.WARNING, call.getMessage() + System.lineSeparator() + format(trace));
        }
        return error;
    }

    private static String format(StackTraceElement[] trace) {
        StringBuilder sb = new StringBuilder();
        for (StackTraceElement frame : trace) {
            sb.append("\tat ").append(frame).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
