package org.autograd4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/**
 * Every public method of {@code Tensor} on a view of more than 2^31 - 1 elements (a stride-0
 * expand, which stores one element), and every function of {@code F} with such a view as its first
 * tensor, with random other arguments: the call must refuse with a message (usually the limit of one
 * Java array) or be one of the operations known to be right on such views: views, metadata,
 * {@code diag}/{@code trace} and {@code sum}/{@code mean} (their values are checked in
 * {@code tensor/SizesTest}). Anything else that returns could be a wrong number, and fails the test,
 * as do internal exceptions and hangs.
 */
class HugeViewFuzzTest {
    /** Calls that may return on a huge view: they read no element, or a few through the view's strides. */
    private static final Set<String> RIGHT_ON_HUGE_VIEWS = Set.of(
            // views and reshaping that keep the storage
            "expand", "expandAs", "view", "reshape", "transpose", "t", "permute", "select", "slice", "narrow",
            "unsqueeze", "squeeze", "detach", "detach_", "get", "swapaxes", "swapdims", "movedim", "moveaxis",
            "unflatten", "flatten", "diagonal", "split", "chunk", "unbind", "requiresGrad", "retainGrad", "data",
            "base", "to", "toDouble", "toFloat", "toLong",
            // metadata
            "shape", "size", "torchSize", "stride", "dim", "dtype", "isContiguous", "isLeaf", "grad", "gradFn",
            "storageOffset", "typeName", "hashCode", "equals", "outputNr", "isWrappedNumber", "setGrad",
            "retainsGrad", "getClass",
            // views or the input itself: atleast*, dropout with p = 0; a repeat count of 0 gives an empty result
            "atleast1d", "atleast2d", "atleast3d", "dropout", "repeatInterleave",
            // small results read through the view's strides (values in SizesTest)
            "diag", "trace", "index",
            // x[i] = number is fill_ of the region, which PyTorch lets write an expanded view (InPlaceOverlapTest)
            "set");
    /**
     * Right over such views (SizesTest checks sum, mean, adaptiveAvgPool1d and trapezoid; sumToSize composes sum),
     * each a pass over 2^31 elements; glu along dim 0 halves the view into two of 2^30 elements, within one array's
     * limit, and is elementwise on them.
     */
    private static final Set<String> RIGHT_AND_COSTLY = Set.of("sum", "mean", "sumToSize", "glu", "adaptiveAvgPool1d",
            "trapezoid");
    private static final int SEEDS_PER_METHOD = 2;

    @Test
    void hugeViewsAreRefusedOrRight() throws Exception {
        Map<String, String> faults = new TreeMap<>();
        try (CallWorker worker = new CallWorker("huge-view-fuzz")) {
            for (Method method : MisuseFuzzTest.publicMethods(Tensor.class, F.class)) {
                for (int s = 0; s < SEEDS_PER_METHOD; s++) {
                    String fault = call(worker, method, new Random(seed(method, s)));
                    if (fault != null) {
                        faults.putIfAbsent(method.getName(), fault);
                    }
                }
            }
        }
        assertEquals("", String.join("\n", faults.values()));
    }

    /**
     * Calls that once ran out of memory or time on such a view: cropping it by F.pad leaves an output within one
     * array's limit, but larger than the heap, so the allocator refuses it (a heap that large would compute it);
     * cov refuses before the pass over the view that its means would take.
     */
    @Test
    void paddingAndCovarianceRefuseAtOnce() throws Exception {
        Tensor longs = Tensor.ones(new int[] {1, 1}, DType.INT64).expand(65536, 32769);
        long bytes = 8L * 65536 * 32767;
        try (CallWorker worker = new CallWorker("huge-view-refusals")) {
            if (bytes > Runtime.getRuntime().maxMemory()) {
                Throwable cropped = worker.run(() -> F.pad(longs, -1, -1), 5);
                assertEquals("DefaultCPUAllocator: not enough memory: you tried to allocate " + bytes + " bytes.",
                        cropped.getMessage());
            }
            Throwable cov = worker.run(() -> Tensor.ones(1, 1).expand(65536, 32769).cov(), 5);
            assertEquals("a tensor of shape [65536, 32769] has 2147549184 elements, more than one Java array can hold "
                    + "(2147483639); autograd4j keeps a tensor's elements in one array", cov.getMessage());
        }
    }

    /**
     * The seed of a method's {@code s}-th call, from its signature (class, name and parameter types), so a
     * method keeps its arguments when others are added to the API ({@link String#hashCode} is specified).
     */
    static long seed(Method method, int s) {
        StringBuilder signature = new StringBuilder(method.getDeclaringClass().getSimpleName()).append('.')
                .append(method.getName());
        for (Class<?> type : method.getParameterTypes()) {
            signature.append(',').append(type.getSimpleName());
        }
        return signature.toString().hashCode() * 31L + s;
    }

    /** A stride-0 view of 65536 x 32769 = 2^31 + 32768 elements, of a random floating or integer dtype. */
    private static Tensor huge(Random rnd) {
        DType dtype = List.of(DType.FLOAT32, DType.FLOAT64, DType.INT64).get(rnd.nextInt(3));
        return Tensor.ones(new int[] {1, 1}, dtype).expand(65536, 32769);
    }

    /** No tensor returned at all (gradient along no dimension), so no value to be wrong. */
    private static boolean isEmpty(Object result) {
        return result instanceof Object[] && ((Object[]) result).length == 0
                || result instanceof java.util.Collection && ((java.util.Collection<?>) result).isEmpty();
    }

    /** The arguments, tensors by dtype and shape (a huge one cannot be printed). */
    private static String describe(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object a : args) {
            out.add(a instanceof Tensor ? ((Tensor) a).dtype() + java.util.Arrays.toString(((Tensor) a).shape())
                    : java.util.Arrays.deepToString(new Object[] {a}));
        }
        return out.toString();
    }

    /** Null if the call refused with a message or is known right; else what went wrong. */
    private static String call(CallWorker worker, Method method, Random rnd) throws InterruptedException {
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        if (RIGHT_AND_COSTLY.contains(method.getName())) {
            return null;
        }
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        boolean placed = !isStatic;
        for (int i = 0; i < args.length; i++) {
            if (!placed && types[i] == Tensor.class) {
                args[i] = huge(rnd);
                placed = true;
            } else {
                args[i] = MisuseFuzzTest.argument(types[i], rnd);
            }
        }
        if (!placed) {
            return null; // no tensor to make huge
        }
        Object receiver = isStatic ? null : huge(rnd);
        String call = method.getDeclaringClass().getSimpleName() + "." + method.getName() + describe(args);
        Object[] result = new Object[1];
        Throwable thrown = worker.run(() -> result[0] = method.invoke(receiver, args), 20);
        if (thrown == null) {
            return RIGHT_ON_HUGE_VIEWS.contains(method.getName()) || isEmpty(result[0]) ? null
                    : call + " returned on a view of 2^31 + 32768 elements without being checked";
        } else if (thrown instanceof TimeoutException) {
            return call + ": no answer in 20 s";
        }
        boolean passedNull = java.util.Arrays.asList(args).contains(null);
        return MisuseFuzzTest.isInternal(thrown, passedNull) || thrown.getMessage() == null ? call + ": " + thrown : null;
    }
}
