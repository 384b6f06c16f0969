package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Anomaly detection as PyTorch 1.13's: the messages below are what {@code torch.autograd.detect_anomaly}
 * raises for the same programs ({@code (a.log() * 0).sum().backward()} with {@code a = [0, 1]}, and
 * {@code sqrt([-1, 1])}), and the forward trace attached to the error ends at the line of this test
 * that made the failing node.
 */
class AnomalyDetectionTest {

    @AfterEach
    void switchOff() {
        Autograd.setDetectAnomaly(false);
    }

    /** The line after the call, for the forward call written on the next line. */
    private static int nextLine() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElseThrow().getLineNumber() + 1;
    }

    private static Tensor leaf(double... values) {
        return Tensor.of(values).requiresGrad(true);
    }

    @Test
    void nanFromABackwardFormulaNamesTheNodeAndItsForwardLine() {
        Tensor a = leaf(0, 1);
        IllegalStateException e;
        int forwardLine;
        try (var anomaly = Autograd.detectAnomaly()) {
            forwardLine = nextLine();
            Tensor loss = a.log().mul(0).sum();
            e = assertThrows(IllegalStateException.class, loss::backward);
        }
        assertEquals("Function 'LogBackward0' returned nan values in its 0th output.", e.getMessage());
        assertEquals(1, e.getSuppressed().length);
        Throwable call = e.getSuppressed()[0];
        assertEquals("Error detected in LogBackward0. Traceback of forward call that caused the error:", call.getMessage());
        assertPointsAt(call.getStackTrace(), "nanFromABackwardFormulaNamesTheNodeAndItsForwardLine", forwardLine);
        assertTrue(a.grad() == null, "no gradient accumulated past the failing node");
    }

    @Test
    void theTraceStartsAtTheOpThatRecordedTheNode() {
        Tensor x = leaf(-1, 1);
        try (var anomaly = Autograd.detectAnomaly()) {
            int forwardLine = nextLine();
            Tensor y = x.sqrt();
            StackTraceElement[] trace = y.gradFn().forwardStackTrace();
            assertTrue(trace[0].getClassName().startsWith("org.autograd4j.ops."), Arrays.toString(trace));
            assertPointsAt(trace, "theTraceStartsAtTheOpThatRecordedTheNode", forwardLine);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> y.sum().backward());
            assertEquals("Function 'SqrtBackward0' returned nan values in its 0th output.", e.getMessage());
        }
    }

    @Test
    void aFormulaThatThrowsKeepsItsErrorAndGainsTheForwardTrace() {
        Tensor x = leaf(1, 2);
        IllegalStateException e;
        int forwardLine;
        try (var anomaly = Autograd.detectAnomaly()) {
            forwardLine = nextLine();
            Tensor y = x.exp();
            y.add_(1);
            e = assertThrows(IllegalStateException.class, () -> y.sum().backward());
        }
        assertTrue(e.getMessage().startsWith("one of the variables needed for gradient computation has been modified by "
                + "an inplace operation"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Hint: the backtrace further above also shows the operation that failed to "
                + "compute its gradient. The variable in question was changed in there or anywhere later. Good luck!"),
                e.getMessage());
        Throwable call = e.getSuppressed()[0];
        assertEquals("Error detected in ExpBackward0. Traceback of forward call that caused the error:", call.getMessage());
        assertPointsAt(call.getStackTrace(), "aFormulaThatThrowsKeepsItsErrorAndGainsTheForwardTrace", forwardLine);
    }

    @Test
    void aCustomFunctionsBackwardErrorIsBlamedOnItsApplyLine() {
        Function broken = new Function() {
            @Override
            protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
                return new Tensor[] {in[0].mul(2)};
            }

            @Override
            protected Tensor[] backward(FunctionContext ctx, Tensor... grads) {
                throw new ArithmeticException("broken backward");
            }
        };
        Tensor x = leaf(1, 2);
        try (var anomaly = Autograd.detectAnomaly()) {
            int forwardLine = nextLine();
            Tensor y = broken.apply1(x);
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> y.sum().backward());
            assertEquals("broken backward", e.getMessage());
            assertPointsAt(e.getSuppressed()[0].getStackTrace(), "aCustomFunctionsBackwardErrorIsBlamedOnItsApplyLine",
                    forwardLine);
        }
    }

    @Test
    void offByDefaultNanFlowsAndNoTraceIsKept() {
        assertFalse(Autograd.isAnomalyEnabled());
        Tensor a = leaf(0, 1);
        Tensor y = a.log();
        assertEquals(0, y.gradFn().forwardStackTrace().length);
        y.mul(0).sum().backward();
        assertTrue(Double.isNaN(a.grad().toDoubleArray()[0]));
        String hint = assertThrows(IllegalStateException.class, () -> {
            Tensor z = a.exp();
            z.add_(1);
            z.sum().backward();
        }).getMessage();
        assertTrue(hint.endsWith("Hint: enable anomaly detection to find the operation that failed to compute its "
                + "gradient, with torch.autograd.set_detect_anomaly(True)."), hint);
    }

    @Test
    void withoutTheNanCheckNanPassesButTracesAreKept() {
        Tensor a = leaf(0, 1);
        try (var anomaly = Autograd.detectAnomaly(false)) {
            Tensor y = a.log();
            assertTrue(y.gradFn().forwardStackTrace().length > 0);
            y.mul(0).sum().backward();
        }
        assertTrue(Double.isNaN(a.grad().toDoubleArray()[0]));
    }

    @Test
    void scopesNestAndRestoreTheGlobalSwitch() {
        Autograd.setDetectAnomaly(true);
        try (var inner = Autograd.detectAnomaly(false)) {
            assertTrue(Autograd.isAnomalyEnabled());
            assertFalse(AnomalyMode.checksNan());
        }
        assertTrue(Autograd.isAnomalyEnabled());
        assertTrue(AnomalyMode.checksNan());
        Autograd.setDetectAnomaly(false);
        try (var scope = Autograd.detectAnomaly()) {
            assertTrue(Autograd.isAnomalyEnabled());
        }
        assertFalse(Autograd.isAnomalyEnabled());
    }

    @Test
    void theSwitchIsGlobalNotPerThread() throws InterruptedException {
        Tensor x = leaf(1, 2);
        Tensor[] made = new Tensor[1];
        try (var anomaly = Autograd.detectAnomaly()) {
            Thread t = new Thread(() -> made[0] = x.exp());
            t.start();
            t.join();
        }
        assertTrue(made[0].gradFn().forwardStackTrace().length > 0);
    }

    @Test
    void gradientsAreUnchangedInAnomalyMode() {
        Tensor x = leaf(0.5, 2);
        x.log().mul(x).sum().backward();
        double[] plain = x.grad().toDoubleArray();
        x.setGrad(null);
        try (var anomaly = Autograd.detectAnomaly()) {
            x.log().mul(x).sum().backward();
        }
        assertArrayEquals(plain, x.grad().toDoubleArray());
    }

    /** The first frame of this test class in {@code trace} is {@code method}, at {@code line}. */
    private static void assertPointsAt(StackTraceElement[] trace, String method, int line) {
        StackTraceElement user = Arrays.stream(trace)
                .filter(f -> f.getClassName().startsWith(AnomalyDetectionTest.class.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no frame of the test in " + Arrays.toString(trace)));
        assertEquals(method, user.getMethodName(), Arrays.toString(trace));
        assertEquals(line, user.getLineNumber(), Arrays.toString(trace));
    }
}
