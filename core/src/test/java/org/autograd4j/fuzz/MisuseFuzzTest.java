package org.autograd4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/**
 * Calls the public API ({@code Tensor}, {@code F}, {@code Autograd}) with random arguments, valid
 * and invalid: empty, 0-d, non-contiguous and expanded tensors of every dtype, negative and huge
 * sizes, NaN and infinities. A call may succeed or refuse with a message; it fails the test if it
 * throws an internal exception (a NullPointerException that does not name a null argument, index or
 * arithmetic errors, ClassCastException, NegativeArraySizeException, an AssertionError, OutOfMemoryError or
 * StackOverflowError) or runs longer than 20 s. Failures print the seed of the call.
 */
class MisuseFuzzTest {
    private static final int CALLS = Integer.getInteger("autograd4j.fuzz.misuse", 20_000);
    private static final int[] INTS = {-3, -1, 0, 1, 2, 3, 7, Integer.MAX_VALUE, Integer.MIN_VALUE};
    private static final double[] DOUBLES = {0, 1, -1, 0.5, 2, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1e300};
    private static final long[] LONGS = {-1, 0, 1, 3, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final String[] STRINGS = {"mean", "sum", "none", "bogus", "", "ij,jk->ik"};
    /** Methods that take callbacks or change process-wide settings are left out. */
    private static final List<String> SKIPPED = List.of("registerHook", "wait", "notify", "notifyAll", "setThreads");

    /** The outcome of every call, for docs/RELIABILITY.md: exception class (or "returned") to count. */
    static final Map<String, Integer> OUTCOMES = new TreeMap<>();

    @Test
    void randomMisuseGetsAMessageNeverAnInternalError() throws Exception {
        List<Method> methods = publicMethods(Tensor.class, F.class, Autograd.class);
        // One entry per distinct fault (exception and the frame that threw it), with its first seed.
        Map<String, String> failures = new TreeMap<>();
        try (CallWorker worker = new CallWorker("misuse-fuzz")) {
            long first = Long.getLong("autograd4j.fuzz.seed", Long.getLong("autograd4j.fuzz.from", 9L));
            int count = Long.getLong("autograd4j.fuzz.seed") != null ? 1 : CALLS;
            for (long seed = first; seed < first + count; seed++) {
                Throwable fault = call(worker, methods, seed);
                if (fault != null) {
                    failures.putIfAbsent(fault.getClass().getSimpleName() + " at " + topFrame(fault),
                            "seed " + seed + ": " + lastCall + ": " + fault + " at " + topFrame(fault));
                }
            }
        }
        System.out.println("misuse fuzz outcomes over " + CALLS + " calls: " + OUTCOMES);
        assertEquals("", String.join("\n", failures.values()));
    }

    /** The method and arguments of the latest call, for the failure report. */
    private static String lastCall;

    /** Makes one random call; returns the internal fault it raised (or a timeout), else null. */
    private static Throwable call(CallWorker worker, List<Method> methods, long seed) throws InterruptedException {
        Random rnd = new Random(seed);
        Method m = methods.get(rnd.nextInt(methods.size()));
        Object[] args = new Object[m.getParameterCount()];
        boolean passedNull = false;
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(m.getParameterTypes()[i], rnd);
            passedNull |= args[i] == null || containsNull(args[i]);
        }
        Object receiver = Modifier.isStatic(m.getModifiers()) ? null : tensor(rnd);
        lastCall = m.getDeclaringClass().getSimpleName() + "." + m.getName() + " on " + receiver + " with "
                + Arrays.deepToString(args);
        Throwable thrown = worker.run(() -> m.invoke(receiver, args), 20);
        if (thrown == null) {
            record("returned");
            return null;
        }
        if (thrown instanceof TimeoutException) {
            return thrown;
        }
        record(thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? " without a message" : ""));
        return isInternal(thrown, passedNull) ? thrown : null;
    }

    private static boolean containsNull(Object arg) {
        return arg instanceof List && ((List<?>) arg).contains(null)
                || arg instanceof Tensor[] && Arrays.asList((Tensor[]) arg).contains(null);
    }

    private static synchronized void record(String outcome) {
        OUTCOMES.merge(outcome, 1, Integer::sum);
    }

    /**
     * The library's own message for a null argument ({@code Args.nonNull}). The parameter names are
     * not compiled into the classes, so the test checks the form, not which parameter it names; a
     * JVM message ("Cannot invoke ... because ...") or none at all means the null went in unchecked.
     */
    private static final Pattern NULL_ARGUMENT = Pattern.compile(
            "argument '\\w+' must not (be null|contain null \\(element \\d+\\))");

    static boolean isInternal(Throwable t, boolean passedNull) {
        return t instanceof NullPointerException
                && !(passedNull && t.getMessage() != null && NULL_ARGUMENT.matcher(t.getMessage()).matches())
                || t instanceof ArrayIndexOutOfBoundsException || t instanceof StringIndexOutOfBoundsException
                || t instanceof ArithmeticException || t instanceof NegativeArraySizeException
                || t instanceof ClassCastException || t instanceof AssertionError
                || t instanceof OutOfMemoryError || t instanceof StackOverflowError
                || t instanceof IllegalAccessException;
    }

    /** The innermost frame of the library in {@code t}'s stack: where the fault is. */
    private static String topFrame(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("org.autograd4j")) {
                return frame.toString();
            }
        }
        return "";
    }

    static List<Method> publicMethods(Class<?>... classes) {
        List<Method> out = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !SKIPPED.contains(m.getName()) && allSupported(m)) {
                    out.add(m);
                }
            }
        }
        out.sort(Comparator.comparing(Method::toString)); // a stable order, so seeds replay
        return out;
    }

    private static boolean allSupported(Method m) {
        for (Class<?> p : m.getParameterTypes()) {
            if (argument(p, new Random(0)) == UNSUPPORTED) {
                return false;
            }
        }
        return true;
    }

    private static final Object UNSUPPORTED = new Object();

    static Object argument(Class<?> type, Random rnd) {
        boolean nullable = !type.isPrimitive() && rnd.nextInt(25) == 0;
        if (type == int.class) {
            return rnd.nextInt(4) == 0 ? INTS[rnd.nextInt(INTS.length)] : rnd.nextInt(4) - 1;
        } else if (type == long.class) {
            return LONGS[rnd.nextInt(LONGS.length)];
        } else if (type == double.class) {
            return DOUBLES[rnd.nextInt(DOUBLES.length)];
        } else if (type == float.class) {
            return (float) DOUBLES[rnd.nextInt(DOUBLES.length)];
        } else if (type == boolean.class) {
            return rnd.nextBoolean();
        } else if (nullable) {
            return null;
        } else if (type == Integer.class) {
            return argument(int.class, rnd);
        } else if (type == Double.class) {
            return argument(double.class, rnd);
        } else if (type == Tensor.class) {
            return tensor(rnd);
        } else if (type == int[].class) {
            int[] a = new int[rnd.nextInt(4)];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextInt(6) == 0 ? INTS[rnd.nextInt(INTS.length)] : rnd.nextInt(4) - 1;
            }
            return a;
        } else if (type == long[].class) {
            return new long[] {rnd.nextInt(3), LONGS[rnd.nextInt(LONGS.length)]};
        } else if (type == double[].class) {
            return new double[rnd.nextInt(4)];
        } else if (type == float[].class) {
            return new float[rnd.nextInt(4)];
        } else if (type == boolean[].class) {
            return new boolean[rnd.nextInt(4)];
        } else if (type == float[][].class) {
            return new float[][] {{1, 2}, {3}};
        } else if (type == double[][].class) {
            return new double[rnd.nextInt(3)][2];
        } else if (type == DType.class) {
            return DType.values()[rnd.nextInt(DType.values().length)];
        } else if (type == Generator.class) {
            return new Generator(rnd.nextInt(5));
        } else if (type == String.class) {
            return STRINGS[rnd.nextInt(STRINGS.length)];
        } else if (type == List.class || type == Tensor[].class) {
            List<Tensor> list = new ArrayList<>();
            for (int i = rnd.nextInt(4); i > 0; i--) {
                list.add(rnd.nextInt(25) == 0 ? null : tensor(rnd));
            }
            return type == List.class ? list : list.toArray(new Tensor[0]);
        }
        return UNSUPPORTED;
    }

    /** {@code t} seen twice along a new leading dimension of stride 0. */
    private static Tensor expandedTwice(Tensor t) {
        int[] shape = new int[t.dim() + 1];
        shape[0] = 2;
        System.arraycopy(t.shape(), 0, shape, 1, t.dim());
        return t.unsqueeze(0).expand(shape);
    }

    /** A small tensor of any dtype and layout: 0-d, empty, size-1, transposed, expanded, requiring grad. */
    static Tensor tensor(Random rnd) {
        int[][] shapes = {{}, {0}, {3}, {1}, {2, 3}, {1, 3}, {3, 1, 2}, {2, 0}};
        int[] shape = shapes[rnd.nextInt(shapes.length)];
        DType dtype = DType.values()[rnd.nextInt(DType.values().length)];
        Tensor t = Tensor.rand(shape, DType.FLOAT64, new Generator(rnd.nextInt(100))).mul(4).sub(2).to(dtype);
        switch (rnd.nextInt(5)) {
            case 0: t = t.dim() >= 2 ? t.transpose(0, 1) : t; break;
            case 1: t = expandedTwice(t); break;
            case 2: t = dtype.isFloatingPoint() ? t.requiresGrad(true) : t; break;
            default: break;
        }
        return t;
    }
}
