package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.storage;
import static org.autograd4j.ops.PointwiseGrad.cpp;
import static org.autograd4j.ops.PointwiseGrad.requireFloating;

import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.BackwardFn;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.OpContext;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.Draws;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.VersionCounter;

/**
 * PyTorch's in-place samplers ({@code uniform_}, {@code normal_}, {@code exponential_}, ...): each draws one
 * value per element from the generator, in the order of ATen's CPU kernel, and writes them over the tensor.
 *
 * <p>ATen's serial kernels walk a tensor in its memory order (TensorIterator sorts dimensions by stride), so a
 * transposed target receives the same stream as a contiguous one, laid out along its storage. Every sampler
 * draws its values while holding the generator's lock, as ATen holds the generator's mutex. The recorded nodes
 * pass a zero gradient to the overwritten value, as PyTorch's {@code derivatives.yaml} says.
 */
public final class RandomFills {
    /** random_ on a float32 tensor covers [0, 2^24], on float64 [0, 2^53]: integers the type holds exactly. */
    private static final long FLOAT_RANDOM_SPAN = (1L << 24) + 1;
    private static final long DOUBLE_RANDOM_SPAN = (1L << 53) + 1;
    private static final long WIDE_RANGE = 1L << 32;

    private RandomFills() {
    }

    /** {@code uniform_(from, to)}: float32 from 24 bits of one draw, float64 from 53 bits of two. */
    public static Tensor uniform_(Tensor self, double from, double to, Generator gen) {
        return fill(self, "UniformBackward0", () -> {
            requireFloating(self, "check_uniform_bounds");
            if (from > to) {
                throw new IllegalArgumentException("uniform_ expects to return a [from, to) range, but found from="
                        + cpp(from) + " > to=" + cpp(to));
            }
            return uniformValues(self.dtype(), self.numel(), from, to, gen);
        });
    }

    static Tensor uniformValues(DType dtype, int n, double from, double to, Generator gen) {
        return blockFill(dtype, n, values -> gen.uniform(values, 0, n, from, to),
                values -> gen.uniform(values, 0, n, from, to));
    }

    /** n values from one of the generator's typed array fills, in the dtype's array. */
    private static Tensor blockFill(DType dtype, int n, Consumer<float[]> floats, Consumer<double[]> doubles) {
        if (dtype == DType.FLOAT32) {
            float[] values = new float[n];
            floats.accept(values);
            return Tensor.of(values);
        }
        double[] values = new double[n];
        doubles.accept(values);
        return Tensor.of(values);
    }

    /**
     * {@code normal_(mean, std)}: a contiguous tensor of 16 or more elements takes ATen's block fill (Box–Muller
     * over 16 uniforms at a time), any other one the scalar Box–Muller per element, in memory order.
     */
    public static Tensor normal_(Tensor self, double mean, double std, Generator gen) {
        return fill(self, "NormalBackward0", () -> {
            requireFloating(self, "normal_kernel_cpu");
            checkStd(std);
            return normalValues(self.dtype(), self.numel(), self.isContiguous(), mean, std, gen);
        });
    }

    static void checkStd(double std) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("normal expects std >= 0.0, but found std " + cpp(std));
        }
    }

    /** n normal values as ATen's normal_ draws them into a tensor of that dtype and contiguity. */
    static Tensor normalValues(DType dtype, int n, boolean contiguous, double mean, double std, Generator gen) {
        if (!contiguous) {
            return Tensor.of(doubles(gen, n, () -> gen.nextNormal(mean, std))).to(dtype);
        }
        return blockFill(dtype, n, values -> gen.normal(values, 0, n, mean, std),
                values -> gen.normal(values, 0, n, mean, std));
    }

    /** {@code exponential_(lambda)}: {@code -1/lambda * log(1 - u)} with a 53-bit uniform u. */
    public static Tensor exponential_(Tensor self, double lambda, Generator gen) {
        return fill(self, "ExponentialBackward0", () -> {
            requireFloating(self, "exponential_cpu");
            if (!(lambda >= 0)) {
                throw new IllegalArgumentException("exponential_ expects lambda >= 0.0, but found lambda=" + cpp(lambda));
            }
            return exponentialValues(self.dtype(), self.numel(), lambda, gen);
        });
    }

    static Tensor exponentialValues(DType dtype, int n, double lambda, Generator gen) {
        double scale = -1.0 / lambda;
        return Tensor.of(doubles(gen, n, () -> scale * Math.log(1.0 - gen.nextDouble()))).to(dtype);
    }

    /** {@code geometric_(p)}: the number of Bernoulli(p) trials up to the first success, {@code ceil(log u / log(1 - p))}. */
    public static Tensor geometric_(Tensor self, double p, Generator gen) {
        return fill(self, "GeometricBackward0", () -> {
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("geometric_ expects p to be in (0, 1), but got p=" + cpp(p));
            }
            double logFailure = Math.log(1.0 - p);
            return Tensor.of(doubles(gen, self.numel(), () -> Math.ceil(Math.log(gen.nextDouble()) / logFailure)));
        });
    }

    /** {@code log_normal_(mean, std)}: exp of ATen's scalar normal draw, one element at a time. */
    public static Tensor logNormal_(Tensor self, double mean, double std, Generator gen) {
        return fill(self, "LogNormalBackward0", () -> {
            requireFloating(self, "log_normal_cpu");
            if (!(std > 0)) {
                throw new IllegalArgumentException("log_normal_ expects std > 0.0, but found std=" + cpp(std));
            }
            return Tensor.of(doubles(gen, self.numel(), () -> Math.exp(gen.nextNormal(mean, std))));
        });
    }

    /** {@code cauchy_(median, sigma)}: {@code median + sigma * tan(pi (u - 1/2))}; PyTorch checks neither argument. */
    public static Tensor cauchy_(Tensor self, double median, double sigma, Generator gen) {
        return fill(self, "CauchyBackward0", () -> {
            requireFloating(self, "cauchy_cpu");
            return Tensor.of(doubles(gen, self.numel(), () -> median + sigma * Math.tan(Math.PI * (gen.nextDouble() - 0.5))));
        });
    }

    /**
     * {@code random_()}: integers over the range the dtype holds exactly: [0, 2^24] for float32, [0, 2^53] for
     * float64, [0, 2^63) for int64, {0, 1} for bool.
     */
    public static Tensor random_(Tensor self, Generator gen) {
        return fill(self, "RandomBackward2", () -> Tensor.of(longs(gen, self.numel(), fullRangeDraw(self.dtype(), gen))));
    }

    private static LongSupplier fullRangeDraw(DType dtype, Generator gen) {
        switch (dtype) {
            case FLOAT32: return () -> gen.nextBits32() % FLOAT_RANDOM_SPAN;
            case FLOAT64: return () -> Long.remainderUnsigned(gen.nextBits64(), DOUBLE_RANDOM_SPAN);
            case INT64: return gen::nextLong;
            default: return () -> gen.nextBits32() & 1;
        }
    }

    /** {@code random_(to)}: integers in [0, to). */
    public static Tensor random_(Tensor self, long to, Generator gen) {
        return fill(self, "RandomBackward1", () -> randomValues(self, 0, to, gen));
    }

    /** {@code random_(from, to)}: integers in [from, to), {@code draw % (to - from) + from}. */
    public static Tensor random_(Tensor self, long from, long to, Generator gen) {
        return fill(self, "RandomBackward0", () -> randomValues(self, from, to, gen));
    }

    /** Integers in [from, to) in the dtype of {@code like}: a 64-bit draw when the range needs one, else 32 bits. */
    static Tensor randomValues(Tensor like, long from, long to, Generator gen) {
        if (from >= to) {
            throw new IllegalArgumentException("random_ expects 'from' to be less than 'to', but got from=" + from
                    + " >= to=" + to);
        }
        if (like.dtype() == DType.BOOL && (from < 0 || to - 1 > 1)) {
            throw new IllegalArgumentException((from < 0 ? "from" : "to - 1") + " is out of bounds for bool");
        }
        long range = to - from;
        boolean wide = like.dtype() != DType.BOOL && Long.compareUnsigned(range, WIDE_RANGE) >= 0;
        LongSupplier draw = wide ? gen::nextBits64 : gen::nextBits32;
        return Tensor.of(longs(gen, like.numel(), () -> Long.remainderUnsigned(draw.getAsLong(), range) + from));
    }

    /** {@code bernoulli_(p)}: 1 where a 53-bit uniform falls below p, in any dtype. */
    public static Tensor bernoulli_(Tensor self, double p, Generator gen) {
        return fill(self, "BernoulliBackward2", () -> {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("bernoulli_ expects p to be in [0, 1], but got p=" + cpp(p));
            }
            return bernoulliValues(self.numel(), p, gen);
        });
    }

    static Tensor bernoulliValues(int n, double p, Generator gen) {
        return Tensor.of(doubles(gen, n, () -> gen.nextDouble() < p ? 1 : 0));
    }

    /**
     * {@code bernoulli_(p)} with a tensor of probabilities broadcast to this tensor: float64 probabilities compare
     * with a 53-bit uniform, float32 ones with a 24-bit one ({@code BernoulliBackward1}, zero to both).
     */
    public static Tensor bernoulli_(Tensor self, Tensor p, Generator gen) {
        return InPlace.apply(self, p, (input, probs) -> Graph.record("BernoulliBackward1",
                inMemoryOrder(self, bernoulliValues(inStorageOrder(self, probs), gen).to(self.dtype())), input, probs,
                ctx -> {
                    ctx.elementwise();
                    return g -> new Tensor[] {Tensor.zerosLike(g), Tensor.zerosLike(probs)};
                }));
    }

    /** One Bernoulli draw per probability, in order; the values keep the probabilities' dtype. */
    static Tensor bernoulliValues(Tensor probs, Generator gen) {
        requireFloating(probs, "bernoulli_tensor_cpu_p_");
        double[] p = probs.toDoubleArray();
        checkProbabilities(p);
        boolean single = probs.dtype() == DType.FLOAT32;
        // float32 probabilities take ATen's bernoulli_distribution<float>: a 24-bit uniform from one draw
        return Tensor.of(doubles(gen, p.length, i -> (single ? gen.nextFloat() : gen.nextDouble()) < p[i] ? 1 : 0))
                .to(probs.dtype());
    }

    /** ATen checks each probability as it draws; this checks them all first, with ATen's message. */
    private static void checkProbabilities(double[] probs) {
        if (Ranges.firstOutside(probs, 0, 1) >= 0) {
            throw new IllegalArgumentException("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  "
                    + "(Could this error message be improved?  If so, please report an enhancement request to "
                    + "PyTorch.)");
        }
    }

    // ---------------------------------------------------------------- memory order

    /**
     * The formulas of a draw that does not depend on its inputs' values: zero gradients, and (elementwise)
     * zero tangents, as PyTorch gives.
     */
    static BackwardFn independentOfInputs(OpContext ctx) {
        ctx.elementwise();
        return g -> new Tensor[] {Tensor.zerosLike(g)};
    }

    /**
     * Overwrites {@code self} with the values {@code draw} returns (one per element, in draw order), recording
     * {@code node} with a zero gradient to the old value.
     */
    private static Tensor fill(Tensor self, String node, Supplier<Tensor> draw) {
        return InPlace.apply(self, input -> Graph.record(node, inMemoryOrder(self, draw.get().to(self.dtype())), input,
                RandomFills::independentOfInputs));
    }

    /**
     * The 1-D contiguous {@code drawn} as a tensor of {@code target}'s shape whose dimensions lie in storage in
     * {@code target}'s order, so the i-th value drawn lands on the i-th storage slot: the layout PyTorch's
     * {@code empty_like} gives, and the order its serial kernels fill.
     */
    static Tensor inMemoryOrder(Tensor target, Tensor drawn) {
        int[] order = memoryOrder(target);
        int[] shape = target.shape();
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int i = order.length - 1; i >= 0; i--) {
            strides[order[i]] = stride;
            stride *= Math.max(shape[order[i]], 1);
        }
        return TensorAccess.create(storage(drawn), shape, strides, 0, new VersionCounter());
    }

    /** The values of {@code values} (broadcast to {@code target}'s shape), 1-D, in {@code target}'s storage order. */
    static Tensor inStorageOrder(Tensor target, Tensor values) {
        return values.expand(target.shape()).permute(memoryOrder(target)).contiguous().reshape(-1);
    }

    /** The dimensions by decreasing stride (ties keep their order): TensorIterator's walk, outermost first. */
    static int[] memoryOrder(Tensor t) {
        int[] strides = t.stride();
        return java.util.stream.IntStream.range(0, strides.length).boxed()
                .sorted((a, b) -> Integer.compare(strides[b], strides[a]))
                .mapToInt(Integer::intValue).toArray();
    }

    static double[] doubles(Generator gen, int n, DoubleSupplier next) {
        return doubles(gen, n, i -> next.getAsDouble());
    }

    /** n values, the i-th from {@code next.applyAsDouble(i)}, drawn under the generator's lock. */
    static double[] doubles(Generator gen, int n, IntToDoubleFunction next) {
        synchronized (gen) {
            return Draws.doubles(n, next);
        }
    }

    /** n values from n calls of {@code next}, drawn under the generator's lock. */
    private static long[] longs(Generator gen, int n, LongSupplier next) {
        synchronized (gen) {
            return Draws.longs(n, next);
        }
    }
}
