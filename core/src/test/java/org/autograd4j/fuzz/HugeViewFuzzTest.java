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
            // trapezoid with a constant spacing is sum(y) less the halved ends, as in PyTorch
            "trapezoid");
    /**
     * Known gap, in docs/RELIABILITY.md: an in-place write through an index into a view whose
     * elements share memory is not refused yet (PyTorch's assert_no_internal_overlap refuses it).
     */
    private static final Set<String> KNOWN_GAPS = Set.of("set");
    /**
     * Right over such views (SizesTest checks sum and mean; sumToSize composes sum), each a pass over 2^31 elements;
     * glu along dim 0 halves the view into two of 2^30 elements, within one array's limit, and is elementwise on them.
     */
    private static final Set<String> RIGHT_AND_COSTLY = Set.of("sum", "mean", "sumToSize", "glu");
    private static final int SEEDS_PER_METHOD = 2;

    @Test
    void hugeViewsAreRefusedOrRight() throws Exception {
        Map<String, String> faults = new TreeMap<>();
        try (CallWorker worker = new CallWorker("huge-view-fuzz")) {
            List<Method> methods = MisuseFuzzTest.publicMethods(Tensor.class, F.class);
            for (int m = 0; m < methods.size(); m++) {
                for (int s = 0; s < SEEDS_PER_METHOD; s++) {
                    String fault = call(worker, methods.get(m), new Random(m * 31L + s));
                    if (fault != null) {
                        faults.putIfAbsent(methods.get(m).getName(), fault);
                    }
                }
            }
        }
        assertEquals("", String.join("\n", faults.values()));
    }

    /** A stride-0 view of 65536 x 32769 = 2^31 + 32768 elements, of a random floating or integer dtype. */
    private static Tensor huge(Random rnd) {
        DType dtype = List.of(DType.FLOAT32, DType.FLOAT64, DType.INT64).get(rnd.nextInt(3));
        return Tensor.ones(new int[] {1, 1}, dtype).expand(65536, 32769);
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
        Throwable thrown = worker.run(() -> method.invoke(receiver, args), 20);
        if (thrown == null) {
            return RIGHT_ON_HUGE_VIEWS.contains(method.getName()) || KNOWN_GAPS.contains(method.getName()) ? null
                    : call + " returned on a view of 2^31 + 32768 elements without being checked";
        } else if (thrown instanceof TimeoutException) {
            return call + ": no answer in 20 s";
        }
        boolean passedNull = java.util.Arrays.asList(args).contains(null);
        return MisuseFuzzTest.isInternal(thrown, passedNull) || thrown.getMessage() == null ? call + ": " + thrown : null;
    }
}
