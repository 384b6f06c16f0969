package org.autograd4j.ops;

import static org.autograd4j.ops.PointwiseGrad.requireFloating;

import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.kernels.MultinomialDraws;
import org.autograd4j.kernels.Ranges;
import org.autograd4j.tensor.Shapes;

/**
 * PyTorch's samplers that return a new tensor: {@code bernoulli}, {@code normal}, {@code poisson},
 * {@code multinomial}, {@code randint_like}. They draw as ATen's CPU kernels do (see {@link RandomFills}), and
 * the differentiable ones record PyTorch's nodes, whose gradients are zero: a sample is not reparameterised.
 */
public final class Sampling {
    /** multinomial keeps category indices in float arithmetic, so at most 2^24 categories. */
    private static final int MAX_CATEGORIES = 1 << 24;
    /** poisson switches from multiplying uniforms to Hörmann's transformed rejection at this rate. */
    private static final double REJECTION_RATE = 10;

    private Sampling() {
    }

    /** {@code torch.bernoulli(p)}: 1 with probability p per element, in p's dtype ({@code BernoulliBackward0}). */
    public static Tensor bernoulli(Tensor probs, Generator gen) {
        Tensor out = RandomFills.inMemoryOrder(probs,
                RandomFills.bernoulliValues(RandomFills.inStorageOrder(probs, probs), gen));
        return Graph.record("BernoulliBackward0", out, probs, RandomFills::independentOfInputs);
    }

    /** {@code torch.bernoulli(input, p)}: a new tensor like {@code input}, 1 with probability p; no node, as PyTorch. */
    public static Tensor bernoulli(Tensor like, double p, Generator gen) {
        try (var guard = Autograd.noGrad()) {
            return RandomFills.bernoulli_(emptyLike(like), p, gen);
        }
    }

    /** {@code torch.normal(mean, std, size)}: a new tensor of {@code dtype} filled by {@code normal_}. */
    public static Tensor normal(double mean, double std, int[] size, DType dtype, Generator gen) {
        return RandomFills.normal_(Creation.empty(size, dtype), mean, std, gen);
    }

    /** {@code torch.normal(mean, std)} with a tensor mean: {@code normal_(0, std)} plus the mean ({@code NormalBackward1}). */
    public static Tensor normal(Tensor mean, double std, Generator gen) {
        RandomFills.checkStd(std);
        Tensor out = standardShape(mean.shape(), mean, 0, std, gen);
        Prims.noGrad(() -> out.add_(mean));
        return Graph.record("NormalBackward1", out, mean, RandomFills::independentOfInputs);
    }

    /** {@code torch.normal(mean, std)} with a tensor std: a standard draw times std plus the mean ({@code NormalBackward2}). */
    public static Tensor normal(double mean, Tensor std, Generator gen) {
        checkStd(std);
        Tensor out = standardShape(std.shape(), std, 0, 1, gen);
        Prims.noGrad(() -> out.mul_(std).add_(Tensor.scalar(mean).to(out.dtype())));
        return Graph.record("NormalBackward2", out, std, RandomFills::independentOfInputs);
    }

    /**
     * {@code torch.normal(mean, std)} with tensors of broadcastable shapes, in the mean's dtype: a standard draw
     * times std plus the mean ({@code NormalBackward3}).
     */
    public static Tensor normal(Tensor mean, Tensor std, Generator gen) {
        checkStd(std);
        Tensor out = standardShape(Shapes.broadcast(mean.shape(), std.shape()), mean, 0, 1, gen);
        Prims.noGrad(() -> out.mul_(std).add_(mean));
        return Graph.record("NormalBackward3", out, mean, std,
                ctx -> {
                    ctx.elementwise();
                    return g -> new Tensor[] {Tensor.zerosLike(mean), Tensor.zerosLike(std)};
                });
    }

    private static void checkStd(Tensor std) {
        if (std.numel() > 0 && !(std.detach().min().item() >= 0)) {
            throw new IllegalArgumentException("normal expects all elements of std >= 0.0");
        }
    }

    /** A new contiguous tensor of {@code like}'s dtype filled as {@code normal_(mean, std)} fills it. */
    private static Tensor standardShape(int[] shape, Tensor like, double mean, double std, Generator gen) {
        requireFloating(like, "normal_kernel_cpu");
        return RandomFills.normalValues(like.dtype(), Shapes.numel(shape), true, mean, std, gen).reshape(shape);
    }

    /**
     * {@code torch.poisson(rates)}: counts in the rates' dtype, by multiplying uniforms below a rate of 10 and by
     * Hörmann's transformed rejection from 10 on, as ATen ({@code PoissonBackward0}).
     */
    public static Tensor poisson(Tensor rates, Generator gen) {
        requireFloating(rates, "poisson_cpu");
        double[] lambdas = rates.contiguous().toDoubleArray();
        if (Ranges.firstOutside(lambdas, 0, Double.POSITIVE_INFINITY) >= 0) {
            throw new IllegalArgumentException("invalid Poisson rate, expected rate to be non-negative");
        }
        Tensor out = Tensor.of(RandomFills.doubles(gen, lambdas.length, i -> samplePoisson(lambdas[i], gen)))
                .reshape(rates.shape()).to(rates.dtype());
        return Graph.record("PoissonBackward0", out, rates, RandomFills::independentOfInputs);
    }

    private static long samplePoisson(double lambda, Generator gen) {
        if (lambda >= REJECTION_RATE) {
            return transformedRejection(lambda, gen);
        }
        if (lambda == 0) {
            return 0;
        }
        double limit = Math.exp(-lambda);
        long count = 0;
        double product = gen.nextDouble();
        while (product > limit) {
            count++;
            product *= gen.nextDouble();
        }
        return count;
    }

    /** Hörmann (1993), "The transformed rejection method for generating Poisson random variables", with ATen's constants. */
    private static long transformedRejection(double lambda, Generator gen) {
        double logLambda = Math.log(lambda);
        double b = 0.931 + 2.53 * Math.sqrt(lambda);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = gen.nextDouble() - 0.5;
            double v = gen.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -lambda + k * logLambda - SpecialFunctions.lgamma(k + 1.0)) {
                return k;
            }
        }
    }

    /**
     * {@code torch.multinomial(input, numSamples, replacement)}: int64 category indices drawn from each row of
     * non-negative weights. With replacement, a binary search of the normalised cumulative weights per 53-bit
     * uniform; without, ATen's exponential race: the top {@code numSamples} of {@code weights / Exp(1)}.
     */
    public static Tensor multinomial(Tensor weights, int numSamples, boolean replacement, Generator gen) {
        checkMultinomial(weights, numSamples, replacement);
        int categories = weights.size(-1);
        int rows = weights.dim() == 1 ? 1 : weights.size(0);
        int[] outShape = weights.dim() == 1 ? new int[] {numSamples} : new int[] {rows, numSamples};
        if (rows == 0) {
            return Creation.empty(outShape, DType.INT64);
        }
        if (replacement) {
            return Tensor.of(withReplacement(weights, rows, categories, numSamples, gen), outShape);
        }
        checkRace(weights);
        Tensor race;
        try (var guard = Autograd.noGrad()) {
            Tensor arrivals = RandomFills.inMemoryOrder(weights,
                    RandomFills.exponentialValues(weights.dtype(), weights.numel(), 1, gen));
            race = weights.detach().div(arrivals);
        }
        return numSamples == 1 ? race.argmax(-1, true) : race.topk(numSamples).indices();
    }

    private static void checkMultinomial(Tensor weights, int numSamples, boolean replacement) {
        if (weights.dim() < 1 || weights.dim() > 2) {
            throw new IllegalArgumentException("prob_dist must be 1 or 2 dim");
        }
        if (!weights.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("multinomial only supports floating-point dtypes for input, got: "
                    + weights.dtype().scalarTypeName());
        }
        if (numSamples <= 0) {
            throw new IllegalArgumentException("cannot sample n_sample <= 0 samples");
        }
        if (!replacement && numSamples > weights.size(-1)) {
            throw new IllegalArgumentException("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        if (weights.size(-1) > MAX_CATEGORIES) {
            throw new IllegalArgumentException("number of categories cannot exceed 2^24");
        }
    }

    /** The exponential race's checks: finite non-negative weights, and no row of zeros. */
    private static void checkRace(Tensor weights) {
        Tensor w = weights.detach();
        if (!(w.max().item() < Double.POSITIVE_INFINITY && w.min().item() >= 0)) {
            throw new IllegalArgumentException("probability tensor contains either `inf`, `nan` or element < 0");
        }
        Tensor rowSums = weights.dim() == 1 ? w.sum() : w.sum(1);
        if (rowSums.eq(0).any().item() != 0) {
            throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
        }
    }

    /** ATen's multinomial_with_replacement: cumulative sums in the weights' precision, one uniform per sample. */
    private static long[] withReplacement(Tensor weights, int rows, int categories, int numSamples, Generator gen) {
        boolean single = weights.dtype() == DType.FLOAT32;
        double[] w = weights.contiguous().toDoubleArray();
        long[] out = new long[Shapes.storableLength((long) rows * numSamples)];
        synchronized (gen) {
            MultinomialDraws.withReplacement(w, categories, single, gen::nextDouble, out, numSamples);
        }
        return out;
    }

    /** {@code torch.randint_like(input, low, high)}: integers in [low, high) in the input's dtype and layout. */
    public static Tensor randintLike(Tensor like, long low, long high, Generator gen) {
        try (var guard = Autograd.noGrad()) {
            return RandomFills.random_(emptyLike(like), low, high, gen);
        }
    }

    /** {@code torch.rand_like(input)}: U(0, 1) in the input's dtype and layout. */
    public static Tensor randLike(Tensor like, Generator gen) {
        return RandomFills.uniform_(emptyLike(like), 0, 1, gen);
    }

    /** {@code torch.randn_like(input)}: N(0, 1) in the input's dtype and layout (so as normal_ draws into that layout). */
    public static Tensor randnLike(Tensor like, Generator gen) {
        return RandomFills.normal_(emptyLike(like), 0, 1, gen);
    }

    /** A new tensor of {@code t}'s shape, dtype and dimension order (PyTorch's {@code empty_like} keeps the strides). */
    static Tensor emptyLike(Tensor t) {
        return RandomFills.inMemoryOrder(t, Creation.empty(new int[] {t.numel()}, t.dtype()));
    }
}
