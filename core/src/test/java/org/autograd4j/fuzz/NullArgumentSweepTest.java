package org.autograd4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.module.ModuleReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.Variable;
import org.autograd4j.data.DataLoader;
import org.autograd4j.data.Dataset;
import org.autograd4j.data.Sampler;
import org.autograd4j.data.SequentialSampler;
import org.autograd4j.data.TensorDataset;
import org.autograd4j.nn.BatchNorm;
import org.autograd4j.nn.BatchNorm1d;
import org.autograd4j.nn.Conv1d;
import org.autograd4j.nn.ConvNd;
import org.autograd4j.nn.GRU;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.Loss;
import org.autograd4j.nn.MSELoss;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.RNNBase;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.OptimizerOptions;
import org.autograd4j.optim.SGD;
import org.autograd4j.optim.lr.LRScheduler;
import org.autograd4j.optim.lr.OneCycleLR;
import org.autograd4j.optim.lr.StepLR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public constructor and method of the packages around the core ({@code nn}, {@code nn.init},
 * {@code nn.utils}, {@code optim}, {@code optim.lr}, {@code data}, {@code io}) and of
 * {@code Generator} and {@code Variable}, called once for each of its reference parameters with
 * that parameter null and plausible values for the others (on a plausible receiver). A null must
 * either mean what PyTorch's None means (the call goes on) or be refused with the library's
 * {@code argument '...' must not be null}; a NullPointerException from inside the library, an
 * internal exception or a hang fails the test. ({@code Tensor}, {@code F} and {@code Autograd} are
 * covered by {@link MisuseFuzzTest}.)
 */
class NullArgumentSweepTest {
    private static final List<String> PACKAGES = List.of("org.autograd4j.nn", "org.autograd4j.nn.init",
            "org.autograd4j.nn.utils", "org.autograd4j.optim", "org.autograd4j.optim.lr", "org.autograd4j.data",
            "org.autograd4j.io");
    private static final List<Class<?>> CLASSES = List.of(Generator.class, Variable.class);
    /** The library's own message (see MisuseFuzzTest: parameter names are not compiled in, so the form is checked). */
    private static final Pattern NULL_ARGUMENT = Pattern.compile(
            "argument '\\w+' must not (be null|contain null \\(element \\d+\\))");

    @TempDir
    static Path dir;

    @Test
    void everyNullArgumentMeansNoneOrIsNamed() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        try (CallWorker worker = new CallWorker("null-sweep")) {
            for (Class<?> c : apiClasses()) {
                for (Executable member : publicMembers(c)) {
                    Class<?>[] types = member.getParameterTypes();
                    for (int i = 0; i < types.length; i++) {
                        if (!types[i].isPrimitive()) {
                            String outcome = callWithNull(worker, member, i);
                            outcomes.merge(outcome.startsWith("fault") ? "fault" : outcome, 1, Integer::sum);
                            if (outcome.startsWith("fault")) {
                                faults.add(member + ", argument " + i + " null: " + outcome);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("null sweep outcomes: " + outcomes);
        assertEquals("", String.join("\n", faults));
        // The sweep means something only if most calls reach the library with their null.
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(outcomes.getOrDefault("no receiver", 0) < total / 20, "too few receivers: " + outcomes);
        assertTrue(outcomes.getOrDefault("named", 0) > total / 2, "too few named refusals: " + outcomes);
    }

    /** "named", "None" (returned), "refused" (another exception with a message), "no receiver", or "fault: ...". */
    private static String callWithNull(CallWorker worker, Executable member, int nullAt) throws Exception {
        boolean isStatic = member instanceof Constructor || Modifier.isStatic(member.getModifiers());
        Object receiver = isStatic ? null : plausible(member.getDeclaringClass(), member.getDeclaringClass(), 0);
        if (!isStatic && receiver == null) {
            return "no receiver";
        }
        Object[] args = new Object[member.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = i == nullAt ? null
                    : plausible(member.getParameterTypes()[i], member.getGenericParameterTypes()[i], 0);
        }
        Throwable thrown = worker.run(() -> member instanceof Constructor ? ((Constructor<?>) member).newInstance(args)
                : ((Method) member).invoke(receiver, args), 10);
        if (thrown == null) {
            return "None";
        } else if (thrown instanceof TimeoutException) {
            return "fault: no answer in 10 s";
        } else if (thrown instanceof NullPointerException) {
            return thrown.getMessage() != null && NULL_ARGUMENT.matcher(thrown.getMessage()).matches() ? "named"
                    : "fault: " + thrown + " at " + firstFrame(thrown);
        }
        boolean internal = MisuseFuzzTest.isInternal(thrown, true) || thrown.getMessage() == null;
        return internal ? "fault: " + thrown + " at " + firstFrame(thrown) : "refused";
    }

    private static String firstFrame(Throwable t) {
        return Arrays.stream(t.getStackTrace()).filter(f -> f.getClassName().startsWith("org.autograd4j"))
                .findFirst().map(StackTraceElement::toString).orElse("");
    }

    /** The public classes of the swept packages, from the module's own listing, in a stable order. */
    private static List<Class<?>> apiClasses() throws Exception {
        List<Class<?>> out = new ArrayList<>(CLASSES);
        java.lang.Module self = Tensor.class.getModule();
        try (ModuleReader reader = self.getLayer().configuration().findModule(self.getName()).orElseThrow()
                .reference().open()) {
            for (String name : reader.list().sorted().collect(Collectors.toList())) {
                if (!name.endsWith(".class") || name.equals("module-info.class")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                String pkg = className.substring(0, className.lastIndexOf('.'));
                Class<?> c = Class.forName(className, false, Tensor.class.getClassLoader());
                if (PACKAGES.contains(pkg) && Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().equals("F")
                        && isMain(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The library's own classes, not the tests patched into its packages. */
    private static boolean isMain(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation()
                .equals(Tensor.class.getProtectionDomain().getCodeSource().getLocation());
    }

    private static List<Executable> publicMembers(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        if (!Modifier.isAbstract(c.getModifiers())) {
            out.addAll(Arrays.asList(c.getDeclaredConstructors()));
        }
        out.addAll(Arrays.asList(c.getDeclaredMethods()));
        out.removeIf(e -> !Modifier.isPublic(e.getModifiers()) || e.isSynthetic());
        out.sort(Comparator.comparing(Executable::toString));
        return out;
    }

    /** Known implementations of the API's abstract types. */
    private static Object implementation(Class<?> type) {
        Tensor param = Tensor.rand(2, 2).requiresGrad(true);
        if (type == Module.class) {
            return new Linear(2, 2);
        } else if (type == Optimizer.class) {
            return new SGD(List.of(param), 0.1);
        } else if (type == OptimizerOptions.class) {
            return SGD.options();
        } else if (type == Dataset.class) {
            return new TensorDataset(Tensor.rand(4, 2), Tensor.rand(4));
        } else if (type == Sampler.class) {
            return new SequentialSampler(new TensorDataset(Tensor.rand(4, 2)));
        } else if (type == LRScheduler.class) {
            return new StepLR(new SGD(List.of(param), 0.1), 2);
        } else if (type == Loss.class) {
            return new MSELoss();
        } else if (type == BatchNorm.class) {
            return new BatchNorm1d(2);
        } else if (type == ConvNd.class) {
            return new Conv1d(2, 2, 1);
        } else if (type == RNNBase.class) {
            return new GRU(2, 2);
        } else if (type == DataLoader.Builder.class) {
            return DataLoader.builder(new TensorDataset(Tensor.rand(4, 2)));
        } else if (type == OneCycleLR.Options.class) {
            return OneCycleLR.options(0.1, 10);
        }
        return null;
    }

    /** A value a careful user could pass for a parameter of this type, or null if none is known. */
    private static Object plausible(Class<?> type, Type generic, int depth) {
        if (type == int.class || type == Integer.class) {
            return 2;
        } else if (type == long.class || type == Long.class) {
            return 2L;
        } else if (type == double.class || type == Double.class) {
            return 0.5;
        } else if (type == float.class || type == Float.class) {
            return 0.5f;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == Tensor.class) {
            return Tensor.rand(2, 2).requiresGrad(true);
        } else if (type == int[].class) {
            return new int[] {2, 2};
        } else if (type == double[].class) {
            return new double[] {0.5, 0.5};
        } else if (type == float[].class) {
            return new float[] {0.5f, 0.5f};
        } else if (type == String.class || type == Object.class) {
            return "mean";
        } else if (type == Path.class) {
            return dir.resolve("sweep.bin");
        } else if (type == InputStream.class) {
            return new ByteArrayInputStream(new byte[0]);
        } else if (type == Throwable.class) {
            return new RuntimeException("test");
        } else if (type == DType.class) {
            return DType.FLOAT32;
        } else if (type == Generator.class) {
            return new Generator(0);
        } else if (type == List.class) {
            Object element = plausible(elementClass(generic, 0), elementType(generic, 0), depth + 1);
            return element == null ? List.of() : List.of(element);
        } else if (type == Map.class) {
            return Map.of();
        } else if (type.isArray()) {
            Object element = plausible(type.getComponentType(), type.getComponentType(), depth + 1);
            Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), element == null ? 0 : 1);
            if (element != null) {
                java.lang.reflect.Array.set(array, 0, element);
            }
            return array;
        }
        Object known = implementation(type);
        if (known != null) {
            return known;
        }
        if (type.isInterface()) {
            return callback(type);
        }
        return depth < 3 ? constructed(type, depth) : null;
    }

    /** An implementation of a callback interface that returns a plausible value (a tensor for a closure). */
    private static Object callback(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Class<?> r = method.getReturnType();
            if (method.getName().equals("equals")) {
                return proxy == args[0];
            } else if (method.getName().equals("hashCode")) {
                return 0;
            } else if (method.getName().equals("toString")) {
                return "callback";
            }
            return r == void.class ? null : r == Object.class || r == Tensor.class ? Tensor.rand(2, 2)
                    : plausible(r, r, 2);
        });
    }

    /** An instance built with the first public constructor or static factory that accepts plausible arguments. */
    private static Object constructed(Class<?> type, int depth) {
        List<Executable> makers = new ArrayList<>(Arrays.asList(type.getConstructors()));
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                makers.add(m);
            }
        }
        makers.sort(Comparator.comparingInt(Executable::getParameterCount).thenComparing(Executable::toString));
        for (Executable maker : makers) {
            Object[] args = new Object[maker.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = plausible(maker.getParameterTypes()[i], maker.getGenericParameterTypes()[i], depth + 1);
            }
            try {
                return maker instanceof Constructor ? ((Constructor<?>) maker).newInstance(args)
                        : ((Method) maker).invoke(null, args);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // this one refuses these arguments; try the next
            }
        }
        return null;
    }

    private static Type elementType(Type generic, int index) {
        if (generic instanceof ParameterizedType) {
            Type t = ((ParameterizedType) generic).getActualTypeArguments()[index];
            if (t instanceof WildcardType) {
                return ((WildcardType) t).getUpperBounds()[0];
            }
            return t;
        }
        return Object.class;
    }

    private static Class<?> elementClass(Type generic, int index) {
        Type t = elementType(generic, index);
        if (t instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) t).getRawType();
        }
        return t instanceof Class ? (Class<?>) t : Object.class;
    }
}
