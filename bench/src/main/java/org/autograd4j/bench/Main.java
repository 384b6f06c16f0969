package org.autograd4j.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.autograd4j.Threads;
import org.autograd4j.kernels.Gemm;
import org.autograd4j.kernels.Kernels;

/**
 * Benchmark runner. {@code matmul --n N --threads T --dtype float32|float64} prints one JSON line
 * in the shape of the PyTorch anchor scripts; {@code jmh [args]} runs the JMH suite.
 *
 * <p>Run with {@code java --add-modules jdk.incubator.vector -jar autograd4j-bench.jar ...}, or the
 * kernels fall back to scalar code (the JSON's "provider" says which ran).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        switch (args[0]) {
            case "matmul":
                matmul(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "jmh":
                org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
                break;
            default:
                usage();
                System.exit(2);
        }
    }

    private static void usage() {
        System.err.println("usage: matmul --n N [--threads T] [--dtype float32|float64]\n"
                + "       jmh [JMH options]");
    }

    /** C = A B on contiguous n x n matrices, straight through {@link Gemm}. */
    private static void matmul(Options options) throws InterruptedException {
        int n = options.intValue("--n", 1024);
        int threads = options.intValue("--threads", Threads.get());
        String dtype = options.value("--dtype", "float32");
        Threads.set(threads);
        Runnable product = matmulOf(n, dtype);
        Timing.Result t = Timing.medianMs(product);
        double gflops = 2.0 * n * n * n / (t.medianMs / 1000) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "{\"workload\": \"matmul\", \"n\": %d, \"threads\": %d, \"dtype\": \"%s\", \"median_ms\": %s, "
                        + "\"min_ms\": %s, \"max_ms\": %s, \"gflops\": %s, \"jdk\": \"%s\", \"provider\": \"%s\"}",
                n, threads, dtype, t.medianMs, t.minMs, t.maxMs, gflops, System.getProperty("java.version"),
                Kernels.providerName()));
    }

    private static Runnable matmulOf(int n, String dtype) {
        Random random = new Random(0);
        switch (dtype) {
            case "float32": {
                float[] a = new float[n * n];
                float[] b = new float[n * n];
                float[] c = new float[n * n];
                for (int i = 0; i < a.length; i++) {
                    a[i] = (float) random.nextGaussian();
                    b[i] = (float) random.nextGaussian();
                }
                return () -> Gemm.gemm(n, n, n, a, 0, n, 1, b, 0, n, 1, c, 0, n, false);
            }
            case "float64": {
                double[] a = new double[n * n];
                double[] b = new double[n * n];
                double[] c = new double[n * n];
                for (int i = 0; i < a.length; i++) {
                    a[i] = random.nextGaussian();
                    b[i] = random.nextGaussian();
                }
                return () -> Gemm.gemm(n, n, n, a, 0, n, 1, b, 0, n, 1, c, 0, n, false);
            }
            default:
                throw new IllegalArgumentException("unknown dtype " + dtype + "; use float32 or float64");
        }
    }

    /** {@code --name value} pairs. */
    private static final class Options {
        private final String[] args;

        Options(String[] args) {
            this.args = args;
        }

        String value(String name, String fallback) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals(name)) {
                    return args[i + 1];
                }
            }
            return fallback;
        }

        int intValue(String name, int fallback) {
            return Integer.parseInt(value(name, Integer.toString(fallback)));
        }
    }
}
