package org.autograd4j.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.autograd4j.kernels.ElementwiseKernels;
import org.autograd4j.kernels.Kernels;
import org.autograd4j.kernels.UnaryOp;
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

/**
 * Unary elementwise kernels of the chosen provider on float32 runs, at lengths that are and are
 * not multiples of the vector width. Forks start with no JVM flags, as a user's java does (the portable kernels); compare the SIMD provider with {@code -jvmArgsAppend --add-modules=jdk.incubator.vector}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(1)
public class UnaryKernelBenchmark {
    @Param({"17", "1023", "4096", "65537", "1000003"})
    int size;

    @Param({"EXP", "TANH", "RELU"})
    UnaryOp unaryOp;

    private final ElementwiseKernels kernels = Kernels.elementwise();
    private float[] x;
    private float[] out;

    @Setup
    public void setUp() {
        Random random = new Random(0);
        x = new float[size];
        out = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) random.nextGaussian();
        }
    }

    @Benchmark
    public float[] unaryContiguous() {
        kernels.unary(unaryOp, size, x, 0, 1, out, 0, 1);
        return out;
    }
}
