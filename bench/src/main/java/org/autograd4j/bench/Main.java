package org.autograd4j.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Threads;
import org.autograd4j.kernels.Gemm;
import org.autograd4j.kernels.Kernels;

/**
 * Benchmark runner. {@code matmul --n N --threads T --dtype float32|float64} prints one JSON line
 * in the shape of the PyTorch anchor scripts; {@code jmh [args]} runs the JMH suite.
 *
 * <p>Run it as a user runs {@code java}, with no flags: {@code java -jar autograd4j-bench.jar ...} times
 * the portable kernels, the main numbers; {@code --add-modules jdk.incubator.vector} adds the SIMD
 * provider, for a tuned column beside them (the JSON's "provider" says which ran).
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
            case "overhead":
                overhead(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "micrograd":
                micrograd(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "mlp":
                mlp(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "cnn":
                cnn(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "elementwise":
                elementwise(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "fused":
                fused(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "linalg":
                linalg(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "hvp":
                hvp(new Options(Arrays.copyOfRange(args, 1, args.length)));
                break;
            case "vmap":
                vmap(new Options(Arrays.copyOfRange(args, 1, args.length)));
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
                + "       overhead [--shape 4] [--ops K] [--anomaly off|on] [--dual off|on]\n"
                + "       micrograd [--points P]\n"
                + "       mlp [--model 784-512-256-10] [--batch 128] [--opt sgd|adam] [--threads T]\n"
                + "       cnn [--batch 64] [--threads T]\n"
                + "       elementwise --op add|mul|exp|tanh|sum|softmax [--size N] [--threads T] [--dtype float32|float64]\n"
                + "       fused [--size N] [--threads T]\n"
                + "       linalg --op det|inv|solve|cholesky|svd|eigh [--n 256] [--matrices B] [--dtype float32|float64]\n"
                + "       hvp [--model 64-64-64-1] [--batch 32]\n"
                + "       vmap [--model 64-128-10] [--batch 64]\n"
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
        print("matmul", t, "\"n\": " + n + ", \"threads\": " + threads + ", \"dtype\": \"" + dtype + "\"",
                "\"gflops\": " + gflops);
    }

    /**
     * y = x; K times y*1.0001 or y+0.5; y.sum().backward(): microseconds per op, and forward alone;
     * {@code --anomaly on} runs it under anomaly detection (every node keeps its forward stack trace).
     */
    private static void overhead(Options options) throws InterruptedException {
        int[] shape = options.shape("--shape", new int[] {4});
        int ops = options.intValue("--ops", 100);
        boolean anomaly = options.value("--anomaly", "off").equals("on");
        Threads.set(1);
        Autograd.setDetectAnomaly(anomaly);
        OverheadWorkload w = new OverheadWorkload(shape, ops);
        if (options.value("--dual", "off").equals("on")) {
            dualOverhead(w, shape, ops);
            return;
        }
        Timing.Result both = Timing.medianMs(w::forwardBackward);
        Timing.Result forward = Timing.medianMs(w::forwardOnly);
        Timing.Result noGrad = Timing.medianMs(w::forwardNoGrad);
        double perOp = 1000.0 / w.opsPerCall();
        print("overhead", both, "\"shape\": \"" + Arrays.toString(shape) + "\", \"ops\": " + ops + ", \"threads\": 1"
                + (anomaly ? ", \"anomaly\": true" : ""),
                "\"us_per_op\": " + both.medianMs * perOp + ", \"us_per_op_forward\": " + forward.medianMs * perOp
                        + ", \"us_per_op_no_grad\": " + noGrad.medianMs * perOp);
    }

    /**
     * The cost of an op in forward mode: the no-grad chain on a plain input against the same chain on a
     * dual input inside a level, interleaved; CPU microseconds per op.
     */
    private static void dualOverhead(OverheadWorkload w, int[] shape, int ops) throws InterruptedException {
        Timing.Result[] t = Timing.interleaved(w::forwardNoGrad, w::forwardDualNoGrad);
        double perOp = 1000.0 / w.opsPerCall();
        print("overhead", t[1], "\"shape\": \"" + Arrays.toString(shape) + "\", \"ops\": " + ops + ", \"threads\": 1, "
                + "\"dual\": true", "\"cpu_us_per_op_no_grad\": " + t[0].cpuMs * perOp + ", \"cpu_us_per_op_dual\": "
                + t[1].cpuMs * perOp);
    }

    /** Karpathy's micrograd MLP on 0-d tensors: forward + backward, milliseconds per call. */
    private static void micrograd(Options options) throws InterruptedException {
        int points = options.intValue("--points", 16);
        Threads.set(1);
        MicrogradWorkload w = new MicrogradWorkload(points);
        Timing.Result t = Timing.medianMs(w::forwardBackward);
        print("micrograd", t, "\"points\": " + points + ", \"params\": " + w.parameterCount() + ", \"threads\": 1",
                "\"ms\": " + t.medianMs);
    }

    /**
     * Hessian-vector products of an MLP loss, forward over reverse against reverse over reverse, and
     * Jacobian-vector products in forward mode against the double-vjp trick: milliseconds per call.
     */
    private static void hvp(Options options) throws InterruptedException {
        String model = options.value("--model", "64-64-64-1");
        int batch = options.intValue("--batch", 32);
        Threads.set(1);
        HvpWorkload w = new HvpWorkload(Arrays.stream(model.split("-")).mapToInt(Integer::parseInt).toArray(), batch);
        Timing.Result[] t = Timing.interleaved(w::hvpForwardOverReverse, w::hvpReverseOverReverse, w::jvpForward,
                w::jvpDoubleVjp);
        Timing.Result forwardOverReverse = t[0];
        Timing.Result reverseOverReverse = t[1];
        Timing.Result jvpForward = t[2];
        Timing.Result jvpDoubleVjp = t[3];
        print("hvp", forwardOverReverse, "\"model\": \"" + model + "\", \"batch\": " + batch + ", \"params\": "
                        + w.parameterCount() + ", \"threads\": 1",
                "\"hvp_forward_over_reverse_ms\": " + forwardOverReverse.medianMs
                        + ", \"hvp_reverse_over_reverse_ms\": " + reverseOverReverse.medianMs
                        + ", \"jvp_forward_ms\": " + jvpForward.medianMs
                        + ", \"jvp_double_vjp_ms\": " + jvpDoubleVjp.medianMs
                        + ", \"hvp_forward_over_reverse_cpu_ms\": " + forwardOverReverse.cpuMs
                        + ", \"hvp_reverse_over_reverse_cpu_ms\": " + reverseOverReverse.cpuMs
                        + ", \"jvp_forward_cpu_ms\": " + jvpForward.cpuMs
                        + ", \"jvp_double_vjp_cpu_ms\": " + jvpDoubleVjp.cpuMs
                        + ", \"hvp_forward_over_reverse_alloc_kb\": " + forwardOverReverse.allocKb
                        + ", \"hvp_reverse_over_reverse_alloc_kb\": " + reverseOverReverse.allocKb
                        + ", \"jvp_forward_alloc_kb\": " + jvpForward.allocKb
                        + ", \"jvp_double_vjp_alloc_kb\": " + jvpDoubleVjp.allocKb);
    }

    /** Per-example gradients of an MLP, {@code vmap(grad(loss))} against the loop: milliseconds per batch. */
    private static void vmap(Options options) throws InterruptedException {
        String model = options.value("--model", "64-128-10");
        int batch = options.intValue("--batch", 64);
        int[] sizes = Arrays.stream(model.split("-")).mapToInt(Integer::parseInt).toArray();
        Threads.set(1);
        VmapWorkload w = new VmapWorkload(sizes[0], sizes[1], sizes[2], batch);
        Timing.Result loop = Timing.medianMs(w::loop);
        Timing.Result vmap = Timing.medianMs(w::vmap);
        print("vmap", vmap, "\"model\": \"" + model + "\", \"batch\": " + batch + ", \"threads\": 1",
                "\"vmap_ms\": " + vmap.medianMs + ", \"loop_ms\": " + loop.medianMs
                        + ", \"vmap_cpu_ms\": " + vmap.cpuMs + ", \"loop_cpu_ms\": " + loop.cpuMs);
    }

    /** One training step of a ReLU MLP with cross-entropy and SGD or Adam: milliseconds per step. */
    private static void mlp(Options options) throws InterruptedException {
        String model = options.value("--model", "784-512-256-10");
        int batch = options.intValue("--batch", 128);
        String opt = options.value("--opt", "sgd");
        int threads = options.intValue("--threads", Threads.get());
        Threads.set(threads);
        MlpWorkload w = new MlpWorkload(model, batch, opt);
        Timing.Result t = Timing.medianMs(w::step);
        print("mlp", t, "\"model\": \"" + model + "\", \"batch\": " + batch + ", \"opt\": \"" + opt
                + "\", \"threads\": " + threads, "\"ms_per_step\": " + t.medianMs);
    }

    /** One training step of the small CNN (two convolutions, two linear layers) with SGD: milliseconds per step. */
    private static void cnn(Options options) throws InterruptedException {
        int batch = options.intValue("--batch", 64);
        int threads = options.intValue("--threads", Threads.get());
        Threads.set(threads);
        CnnWorkload w = new CnnWorkload(batch);
        Timing.Result t = Timing.medianMs(w::step);
        print("cnn", t, "\"batch\": " + batch + ", \"threads\": " + threads, "\"ms_per_step\": " + t.medianMs);
    }

    /** One elementwise op or reduction on float32 or float64: GB/s of the bytes it must move. */
    private static void elementwise(Options options) throws InterruptedException {
        String op = options.value("--op", "add");
        int size = options.intValue("--size", 1 << 24);
        int threads = options.intValue("--threads", Threads.get());
        String dtype = options.value("--dtype", "float32");
        Threads.set(threads);
        ElementwiseWorkload w = new ElementwiseWorkload(op, size, "float64".equals(dtype) ? DType.FLOAT64 : DType.FLOAT32);
        Timing.Result t = Timing.medianMs(w::run);
        print("elementwise", t, "\"op\": \"" + op + "\", \"size\": " + size + ", \"threads\": " + threads
                + ", \"dtype\": \"" + dtype + "\"",
                "\"gbps\": " + w.bytes() / (t.medianMs / 1000) / 1e9);
    }

    /** tanh(x*w + b).sum() forward and backward: milliseconds per call. */
    private static void fused(Options options) throws InterruptedException {
        int size = options.intValue("--size", 1 << 24);
        int threads = options.intValue("--threads", Threads.get());
        Threads.set(threads);
        FusedWorkload w = new FusedWorkload(size);
        Timing.Result t = Timing.medianMs(w::forwardBackward);
        print("fused", t, "\"size\": " + size + ", \"threads\": " + threads, "\"ms\": " + t.medianMs);
    }

    /** One torch.linalg op on n x n matrices (a batch of B of them with --matrices B > 0): milliseconds per call. */
    private static void linalg(Options options) throws InterruptedException {
        String op = options.value("--op", "det");
        int n = options.intValue("--n", 256);
        int batch = options.intValue("--matrices", 0);
        String dtype = options.value("--dtype", "float32");
        LinalgWorkload w = new LinalgWorkload(op, batch, n, "float64".equals(dtype) ? DType.FLOAT64 : DType.FLOAT32);
        Timing.Result t = Timing.medianMs(w::run);
        print("linalg", t, "\"op\": \"" + op + "\", \"n\": " + n + ", \"matrices\": " + batch + ", \"dtype\": \"" + dtype
                + "\", \"threads\": 1", "\"ms\": " + t.medianMs);
    }

    /**
     * One JSON line: workload, its parameters, the timing, the metric, what the machine did meanwhile, the JDK
     * and the kernel provider.
     */
    private static void print(String workload, Timing.Result t, String parameters, String metrics) {
        System.out.println(String.format(Locale.ROOT, "{\"workload\": \"%s\", %s, \"median_ms\": %s, \"min_ms\": %s, "
                        + "\"max_ms\": %s, \"cpu_ms\": %s, \"alloc_kb\": %s, %s, %s, \"jdk\": \"%s\", \"provider\": \"%s\"}",
                workload, parameters, t.medianMs, t.minMs, t.maxMs, t.cpuMs, t.allocKb, metrics, t.machine,
                System.getProperty("java.version"),
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

        /** A shape like "4" or "2,3" ("" for a 0-d tensor). */
        int[] shape(String name, int[] fallback) {
            String v = value(name, null);
            if (v == null) {
                return fallback;
            }
            return v.isEmpty() ? new int[0] : Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
        }
    }
}
