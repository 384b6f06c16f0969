package org.autograd4j.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.autograd4j.Threads;
import org.autograd4j.kernels.Gemm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Square float and double products through {@link Gemm}, including sizes one off a power of two. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(1)
public class GemmBenchmark {
    @Param({"64", "255", "256", "512", "1023", "1024"})
    int n;

    @Param({"1", "2"})
    int threads;

    private float[] a;
    private float[] b;
    private float[] c;
    private double[] ad;
    private double[] bd;
    private double[] cd;

    @Setup
    public void setUp() {
        Threads.set(threads);
        Random random = new Random(0);
        a = new float[n * n];
        b = new float[n * n];
        c = new float[n * n];
        ad = new double[n * n];
        bd = new double[n * n];
        cd = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            ad[i] = random.nextGaussian();
            bd[i] = random.nextGaussian();
            a[i] = (float) ad[i];
            b[i] = (float) bd[i];
        }
    }

    @Benchmark
    public float[] float32() {
        Gemm.gemm(n, n, n, a, 0, n, 1, b, 0, n, 1, c, 0, n, false);
        return c;
    }

    @Benchmark
    public double[] float64() {
        Gemm.gemm(n, n, n, ad, 0, n, 1, bd, 0, n, 1, cd, 0, n, false);
        return cd;
    }

    /** B read transposed through its strides, as in {@code a @ b.T}. */
    @Benchmark
    public float[] float32TransposedB() {
        Gemm.gemm(n, n, n, a, 0, n, 1, b, 0, 1, n, c, 0, n, false);
        return c;
    }
}
