package org.autograd4j.kernels;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntSupplier;

import org.autograd4j.Threads;

/**
 * The kernel providers in use, chosen once when this class loads.
 *
 * <p>The SIMD provider is used when the {@code jdk.incubator.vector} module is present (run with
 * {@code --add-modules jdk.incubator.vector}), the C2 compiler is active (without it the Vector API
 * runs as slow Java code), and {@code -Dautograd4j.simd=false} is not set. SIMD classes are loaded
 * reflectively so that the library links and runs without the module. Start-up is quiet: the
 * choice and its reason are logged at DEBUG level, or at INFO with {@code -Dautograd4j.verbose=true};
 * {@link #describe()} returns the whole configuration at any time.
 */
public final class Kernels {
    private static final System.Logger LOG = System.getLogger(Kernels.class.getName());
    private static final String SIMD_UNAVAILABLE = simdUnavailableReason();
    private static final ElementwiseKernels PROVIDER = chooseProvider();
    private static final ElementwiseKernels ELEMENTWISE = new ParallelKernels(PROVIDER);

    private Kernels() {
    }

    /** The elementwise provider, splitting long runs over {@link org.autograd4j.Threads}. */
    public static ElementwiseKernels elementwise() {
        return ELEMENTWISE;
    }

    /** The name of the chosen provider, e.g. "scalar" or "simd-512". */
    public static String providerName() {
        return PROVIDER.name();
    }

    /**
     * The kernel configuration in one line: provider and why, vector width, GEMM tiles (rows x
     * columns of the micro-kernel) and threads, e.g. {@code "autograd4j kernels: simd-256 (...);
     * vector 256 bits; GEMM tiles float32 6x16, float64 6x8; threads 2"}.
     */
    public static String describe() {
        String why = SIMD_UNAVAILABLE == null ? "jdk.incubator.vector present and C2 active" : SIMD_UNAVAILABLE;
        String vector = simdEnabled() ? vectorBits() + " bits" : "none";
        return "autograd4j kernels: " + providerName() + " (" + why + "); vector " + vector + "; GEMM tiles "
                + Gemm.describeTiles() + "; threads " + Threads.get();
    }

    /** The SIMD vector width in bits; only call when {@link #simdEnabled()}. */
    static int vectorBits() {
        IntSupplier shape = loadSimd("SimdShape");
        return shape.getAsInt();
    }

    static boolean simdEnabled() {
        return SIMD_UNAVAILABLE == null;
    }

    /** Instantiates a class of this package that needs the Vector API; only call when {@link #simdEnabled()}. */
    @SuppressWarnings("unchecked")
    static <T> T loadSimd(String simpleName) {
        try {
            return (T) Class.forName(Kernels.class.getPackageName() + "." + simpleName)
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load " + simpleName, e);
        }
    }

    private static ElementwiseKernels chooseProvider() {
        System.Logger.Level level = Boolean.getBoolean("autograd4j.verbose")
                ? System.Logger.Level.INFO : System.Logger.Level.DEBUG;
        if (SIMD_UNAVAILABLE != null) {
            LOG.log(level, "autograd4j kernels: scalar (" + SIMD_UNAVAILABLE + ")");
            return new ScalarKernels();
        }
        ElementwiseKernels simd = loadSimd("SimdKernels");
        LOG.log(level, "autograd4j kernels: " + simd.name() + " (jdk.incubator.vector present and C2 active)");
        return simd;
    }

    /** Why the SIMD provider cannot or should not be used, or null if it can. */
    private static String simdUnavailableReason() {
        if ("false".equalsIgnoreCase(System.getProperty("autograd4j.simd"))) {
            return "disabled by -Dautograd4j.simd=false";
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "module jdk.incubator.vector not present; run with --add-modules jdk.incubator.vector";
        }
        String noC2 = c2MissingReason();
        if (noC2 != null) {
            return noC2;
        }
        try {
            Class.forName(Kernels.class.getPackageName() + ".SimdKernels");
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return "SimdKernels failed to load: " + e;
        }
    }

    /** The Vector API is only intrinsified by C2; under -Xint, C1 only, or Graal it is very slow. */
    private static String c2MissingReason() {
        if (System.getProperty("java.vm.info", "").contains("interpreted")) {
            return "interpreter only (-Xint)";
        }
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String arg : args) {
            if (arg.matches("-XX:TieredStopAtLevel=[0-3]") || arg.equals("-XX:-UseCompiler")
                    || arg.equals("-XX:+UseJVMCICompiler")) {
                return "C2 not in use (" + arg + ")";
            }
        }
        return null;
    }
}
