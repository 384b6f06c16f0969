package org.autograd4j;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Function;
import org.autograd4j.autograd.AccumulateGrad;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.InferenceMode;
import org.autograd4j.autograd.Node;
import org.autograd4j.autograd.engine.AutogradAccess;
import org.autograd4j.autograd.engine.Engine;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.internal.Args;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.ops.Activations;
import org.autograd4j.ops.AdvancedIndexing;
import org.autograd4j.ops.Arithmetic;
import org.autograd4j.ops.BasicIndexing;
import org.autograd4j.ops.BinaryMath;
import org.autograd4j.ops.Calculus;
import org.autograd4j.ops.Clamping;
import org.autograd4j.ops.Comparisons;
import org.autograd4j.ops.Copying;
import org.autograd4j.ops.Counting;
import org.autograd4j.ops.Covariance;
import org.autograd4j.ops.Creation;
import org.autograd4j.ops.Diagonals;
import org.autograd4j.ops.Einsum;
import org.autograd4j.ops.Extrema;
import org.autograd4j.ops.Gathering;
import org.autograd4j.ops.Grids;
import org.autograd4j.ops.Histograms;
import org.autograd4j.ops.InPlace;
import org.autograd4j.ops.Joining;
import org.autograd4j.ops.LinearAlgebra;
import org.autograd4j.ops.MatrixProducts;
import org.autograd4j.ops.NanReductions;
import org.autograd4j.ops.Norms;
import org.autograd4j.ops.Products;
import org.autograd4j.ops.Quantiles;
import org.autograd4j.ops.RandomFills;
import org.autograd4j.ops.Rearranging;
import org.autograd4j.ops.ReducingScatters;
import org.autograd4j.ops.Reductions;
import org.autograd4j.ops.Reshaping;
import org.autograd4j.ops.Rounding;
import org.autograd4j.ops.Sampling;
import org.autograd4j.ops.Searching;
import org.autograd4j.ops.Selecting;
import org.autograd4j.ops.Sorting;
import org.autograd4j.ops.Splitting;
import org.autograd4j.ops.Statistics;
import org.autograd4j.ops.UnaryMath;
import org.autograd4j.ops.Uniques;
import org.autograd4j.ops.Views;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;
import org.autograd4j.tensor.TensorFormatter;
import org.autograd4j.tensor.VersionCounter;

/**
 * An n-dimensional array that can record the operations applied to it, as PyTorch's {@code Tensor}.
 *
 * <p><b>Layout.</b> A tensor is a view of a {@link Storage} through a shape, strides and an offset;
 * view operations ({@link #view}, {@link #transpose}, {@link #select}, {@link #expand}, ...) make new
 * tensors over the same storage, so writes through one are seen by the others.
 *
 * <p><b>Autograd.</b> A tensor created by the user is a <em>leaf</em>. When {@link #requiresGrad(boolean)}
 * is set on a leaf, every operation on it (in grad mode) records a {@link Node} as the result's
 * {@link #gradFn()}, and {@link #backward()} accumulates gradients into the leaves' {@link #grad()}.
 *
 * <p><b>Naming.</b> Methods are PyTorch's names in lowerCamelCase. In-place methods end with an
 * underscore exactly as in PyTorch ({@code add_}, {@code mul_}, {@code zero_}, {@code fill_}); they
 * return {@code this}.
 */
public final class Tensor {
    // First in the class, so the internals are there before any tensor is made.
    static {
        TensorAccess.install(new Internals());
    }

    private static final System.Logger LOG = System.getLogger(Tensor.class.getName());
    private static volatile boolean warnedNonLeafGrad;

    private Storage storage;
    private int[] shape;
    private int[] strides;
    private int offset;
    private VersionCounter version;
    /** The tensor this one is a view of, or null. */
    private Tensor base;
    /** A Java number wrapped as a 0-d tensor; it takes part in type promotion with lowest priority. */
    private boolean wrappedNumber;

    private boolean requiresGrad;
    private Node gradFn;
    private int outputNr;
    /**
     * The version of the data {@link #gradFn} was made at (a view without one: the view was made at): a view
     * whose base was written since has a stale one.
     */
    private int gradFnVersion;
    /** A view made under no_grad: it does not take up a history its base gains later (see {@link #gradFn()}). */
    private boolean viewMadeUnderNoGrad;
    private Tensor grad;
    /** Created on first use; volatile so threads racing to create it agree on one (see gradAccumulator). */
    private volatile AccumulateGrad accumulator;
    private boolean retainsGrad;
    /** The forward-mode tangent and the dual level it belongs to (PyTorch's forward grad); see ForwardAD. */
    private Tensor tangent;
    private ForwardLevel tangentLevel;

    /** A tensor over {@code storage} with the given layout; the library makes them through {@link TensorAccess}. */
    private Tensor(Storage storage, int[] shape, int[] strides, int offset, VersionCounter version) {
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.version = version;
    }

    /** The leaf's accumulator node, created once (also when threads race to it) and shared by all edges. */
    private AccumulateGrad gradAccumulator() {
        AccumulateGrad existing = accumulator;
        return existing != null ? existing : createGradAccumulator();
    }

    private synchronized AccumulateGrad createGradAccumulator() {
        if (accumulator == null) {
            accumulator = AutogradAccess.newAccumulator(this);
        }
        return accumulator;
    }

    // ------------------------------------------------------------------ creation

    // ---- ops/Creation

    /** A 1-D float32 tensor of the given values. */
    public static Tensor of(float... values) {
        return Creation.fromArray(Args.nonNull(values, "values").clone(), DType.FLOAT32, values.length);
    }

    /** A 1-D float64 tensor of the given values. */
    public static Tensor of(double... values) {
        return Creation.fromArray(Args.nonNull(values, "values").clone(), DType.FLOAT64, values.length);
    }

    /** A 1-D int64 tensor of the given values. */
    public static Tensor of(long... values) {
        return Creation.fromArray(Args.nonNull(values, "values").clone(), DType.INT64, values.length);
    }

    /** A 1-D bool tensor of the given values. */
    public static Tensor of(boolean... values) {
        return Creation.fromArray(Args.nonNull(values, "values").clone(), DType.BOOL, values.length);
    }

    /** A tensor over {@code array} itself, which the caller has just made and hands over (no copy). */
    static Tensor adopt(Object array, DType dtype, int... shape) {
        return Creation.fromArray(array, dtype, shape);
    }

    /** A float32 tensor with {@code flat} (row-major) as data, in the given shape. */
    public static Tensor of(float[] flat, int... shape) {
        return Creation.fromArray(Args.nonNull(flat, "flat").clone(), DType.FLOAT32, Args.nonNull(shape, "shape"));
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(double[] flat, int... shape) {
        return Creation.fromArray(Args.nonNull(flat, "flat").clone(), DType.FLOAT64, Args.nonNull(shape, "shape"));
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(long[] flat, int... shape) {
        return Creation.fromArray(Args.nonNull(flat, "flat").clone(), DType.INT64, Args.nonNull(shape, "shape"));
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(boolean[] flat, int... shape) {
        return Creation.fromArray(Args.nonNull(flat, "flat").clone(), DType.BOOL, Args.nonNull(shape, "shape"));
    }

    /** A float32 tensor from nested Java arrays, e.g. {@code new float[][]{{1, 2}, {3, 4}}}. */
    public static Tensor of(float[][] rows) {
        return Creation.fromNested(Args.nonNull(rows, "rows"), DType.FLOAT32);
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(float[][][] blocks) {
        return Creation.fromNested(Args.nonNull(blocks, "blocks"), DType.FLOAT32);
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(double[][] rows) {
        return Creation.fromNested(Args.nonNull(rows, "rows"), DType.FLOAT64);
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(double[][][] blocks) {
        return Creation.fromNested(Args.nonNull(blocks, "blocks"), DType.FLOAT64);
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(long[][] rows) {
        return Creation.fromNested(Args.nonNull(rows, "rows"), DType.INT64);
    }

    /** PyTorch's {@code torch.tensor}. */
    public static Tensor of(boolean[][] rows) {
        return Creation.fromNested(Args.nonNull(rows, "rows"), DType.BOOL);
    }

    /** A 0-d float32 tensor. */
    public static Tensor scalar(float value) {
        return Creation.fromArray(new float[] {value}, DType.FLOAT32);
    }

    /** A 0-d float64 tensor. */
    public static Tensor scalar(double value) {
        return Creation.fromArray(new double[] {value}, DType.FLOAT64);
    }

    /** A 0-d int64 tensor. */
    public static Tensor scalar(long value) {
        return Creation.fromArray(new long[] {value}, DType.INT64);
    }

    /** A 0-d bool tensor. */
    public static Tensor scalar(boolean value) {
        return Creation.fromArray(new boolean[] {value}, DType.BOOL);
    }

    /** PyTorch's {@code torch.zeros}. */
    public static Tensor zeros(int... shape) {
        return Creation.full(Args.nonNull(shape, "shape"), 0, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.zeros}. */
    public static Tensor zeros(int[] shape, DType dtype) {
        return Creation.full(Args.nonNull(shape, "shape"), 0, Args.nonNull(dtype, "dtype"));
    }

    /** PyTorch's {@code torch.ones}. */
    public static Tensor ones(int... shape) {
        return Creation.full(Args.nonNull(shape, "shape"), 1, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.ones}. */
    public static Tensor ones(int[] shape, DType dtype) {
        return Creation.full(Args.nonNull(shape, "shape"), 1, Args.nonNull(dtype, "dtype"));
    }

    /** A float32 tensor filled with {@code value}. */
    public static Tensor full(int[] shape, double value) {
        return Creation.full(Args.nonNull(shape, "shape"), value, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.full}. */
    public static Tensor full(int[] shape, double value, DType dtype) {
        return Creation.full(Args.nonNull(shape, "shape"), value, Args.nonNull(dtype, "dtype"));
    }

    /** An uninitialised tensor in PyTorch; here it is zero-filled, as the JVM allocates. */
    public static Tensor empty(int... shape) {
        return Creation.full(Args.nonNull(shape, "shape"), 0, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.empty}. */
    public static Tensor empty(int[] shape, DType dtype) {
        return Creation.full(Args.nonNull(shape, "shape"), 0, Args.nonNull(dtype, "dtype"));
    }

    /** {@code 0, 1, ..., end-1} as int64, like {@code torch.arange(end)} with an integer end. */
    public static Tensor arange(long end) {
        return Creation.arange(0, end, 1, DType.INT64);
    }

    /** {@code start, start+step, ...} below {@code end}; int64 when all arguments are integral. */
    public static Tensor arange(long start, long end, long step) {
        return Creation.arange(start, end, step, DType.INT64);
    }

    /** Float32 values {@code start, start+step, ...} below {@code end}, like {@code torch.arange(2000.)}. */
    public static Tensor arange(double start, double end, double step) {
        return Creation.arange(start, end, step, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.arange}. */
    public static Tensor arange(double start, double end, double step, DType dtype) {
        return Creation.arange(start, end, step, Args.nonNull(dtype, "dtype"));
    }

    /** PyTorch's {@code torch.linspace}. */
    public static Tensor linspace(double start, double end, int steps) {
        return Creation.linspace(start, end, steps, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.linspace}. */
    public static Tensor linspace(double start, double end, int steps, DType dtype) {
        return Creation.linspace(start, end, steps, Args.nonNull(dtype, "dtype"));
    }

    /** PyTorch's {@code torch.eye}. */
    public static Tensor eye(int n) {
        return Creation.eye(n, n, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.eye}. */
    public static Tensor eye(int n, int m) {
        return Creation.eye(n, m, DType.FLOAT32);
    }

    /** PyTorch's {@code torch.eye}. */
    public static Tensor eye(int n, int m, DType dtype) {
        return Creation.eye(n, m, Args.nonNull(dtype, "dtype"));
    }

    /** PyTorch's {@code torch.zeros_like}. */
    public static Tensor zerosLike(Tensor t) {
        return Creation.full(Args.nonNull(t, "t").shape, 0, t.dtype());
    }

    /** PyTorch's {@code torch.ones_like}. */
    public static Tensor onesLike(Tensor t) {
        return Creation.full(Args.nonNull(t, "t").shape, 1, t.dtype());
    }

    /** PyTorch's {@code torch.full_like}. */
    public static Tensor fullLike(Tensor t, double value) {
        return Creation.full(Args.nonNull(t, "t").shape, value, t.dtype());
    }

    // ---- random numbers (Generator)

    /** Uniform samples in [0, 1), float32, from the default generator. */
    public static Tensor rand(int... shape) {
        return Generator.defaultGenerator().rand(Args.nonNull(shape, "shape"), DType.FLOAT32);
    }

    /** PyTorch's {@code torch.rand}. */
    public static Tensor rand(int[] shape, DType dtype, Generator generator) {
        return Generator.orDefault(generator).rand(Args.nonNull(shape, "shape"), Args.nonNull(dtype, "dtype"));
    }

    /** Standard normal samples, float32, from the default generator. */
    public static Tensor randn(int... shape) {
        return Generator.defaultGenerator().randn(Args.nonNull(shape, "shape"), DType.FLOAT32);
    }

    /** PyTorch's {@code torch.randn}. */
    public static Tensor randn(int[] shape, DType dtype, Generator generator) {
        return Generator.orDefault(generator).randn(Args.nonNull(shape, "shape"), Args.nonNull(dtype, "dtype"));
    }

    /** Integers uniform in [low, high), int64. */
    public static Tensor randint(long low, long high, int... shape) {
        return Generator.defaultGenerator().randint(low, high, Args.nonNull(shape, "shape"));
    }

    /** PyTorch's {@code torch.randint}. */
    public static Tensor randint(long low, long high, int[] shape, Generator generator) {
        return Generator.orDefault(generator).randint(low, high, Args.nonNull(shape, "shape"));
    }

    /** A random permutation of {@code 0..n-1}, int64, from the default generator ({@code torch.randperm}). */
    public static Tensor randperm(int n) {
        return Generator.defaultGenerator().randperm(n);
    }

    /** {@code torch.randperm(n, generator=...)}; a null generator means the default one. */
    public static Tensor randperm(int n, Generator generator) {
        return Generator.orDefault(generator).randperm(n);
    }

    /** Seeds the default generator, like {@code torch.manual_seed}. */
    public static void manualSeed(long seed) {
        Generator.defaultGenerator().manualSeed(seed);
    }

    /** PyTorch's {@code torch.rand_like}: the input's dtype and layout. */
    public static Tensor randLike(Tensor t) {
        return Sampling.randLike(Args.nonNull(t, "t"), Generator.defaultGenerator());
    }

    /** PyTorch's {@code torch.randn_like}: the input's dtype and layout. */
    public static Tensor randnLike(Tensor t) {
        return Sampling.randnLike(Args.nonNull(t, "t"), Generator.defaultGenerator());
    }

    // ---- issue 12's sampling and building utilities: ops/RandomFills, ops/Sampling (a null generator is the
    // default one), ops/Rearranging, ops/Grids, ops/Diagonals' diagEmbed/blockDiag, ops/NanReductions,
    // ops/ReducingScatters, ops/Calculus, ops/Covariance, ops/Histograms' histogram

    /** PyTorch's {@code Tensor.uniform_()}: U(0, 1) (node {@code UniformBackward0}). */
    public Tensor uniform_() {
        return uniform_(0, 1);
    }

    /** PyTorch's {@code Tensor.uniform_(from, to)} (node {@code UniformBackward0}). */
    public Tensor uniform_(double from, double to) {
        return uniform_(from, to, null);
    }

    /** PyTorch's {@code Tensor.uniform_(from, to, generator=)} (node {@code UniformBackward0}). */
    public Tensor uniform_(double from, double to, Generator generator) {
        return RandomFills.uniform_(this, from, to, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.normal_()}: N(0, 1) (node {@code NormalBackward0}). */
    public Tensor normal_() {
        return normal_(0, 1);
    }

    /** PyTorch's {@code Tensor.normal_(mean, std)} (node {@code NormalBackward0}). */
    public Tensor normal_(double mean, double std) {
        return normal_(mean, std, null);
    }

    /** PyTorch's {@code Tensor.normal_(mean, std, generator=)} (node {@code NormalBackward0}). */
    public Tensor normal_(double mean, double std, Generator generator) {
        return RandomFills.normal_(this, mean, std, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.exponential_()}: rate 1 (node {@code ExponentialBackward0}). */
    public Tensor exponential_() {
        return exponential_(1);
    }

    /** PyTorch's {@code Tensor.exponential_(lambd)} (node {@code ExponentialBackward0}). */
    public Tensor exponential_(double lambda) {
        return exponential_(lambda, null);
    }

    /** PyTorch's {@code Tensor.exponential_(lambd, generator=)} (node {@code ExponentialBackward0}). */
    public Tensor exponential_(double lambda, Generator generator) {
        return RandomFills.exponential_(this, lambda, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.geometric_(p)} (node {@code GeometricBackward0}). */
    public Tensor geometric_(double p) {
        return geometric_(p, null);
    }

    /** PyTorch's {@code Tensor.geometric_(p, generator=)} (node {@code GeometricBackward0}). */
    public Tensor geometric_(double p, Generator generator) {
        return RandomFills.geometric_(this, p, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.log_normal_()}: PyTorch's defaults mean 1, std 2 (node {@code LogNormalBackward0}). */
    public Tensor logNormal_() {
        return logNormal_(1, 2);
    }

    /** PyTorch's {@code Tensor.log_normal_(mean, std)} (node {@code LogNormalBackward0}). */
    public Tensor logNormal_(double mean, double std) {
        return logNormal_(mean, std, null);
    }

    /** PyTorch's {@code Tensor.log_normal_(mean, std, generator=)} (node {@code LogNormalBackward0}). */
    public Tensor logNormal_(double mean, double std, Generator generator) {
        return RandomFills.logNormal_(this, mean, std, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.cauchy_()}: median 0, sigma 1 (node {@code CauchyBackward0}). */
    public Tensor cauchy_() {
        return cauchy_(0, 1);
    }

    /** PyTorch's {@code Tensor.cauchy_(median, sigma)} (node {@code CauchyBackward0}). */
    public Tensor cauchy_(double median, double sigma) {
        return cauchy_(median, sigma, null);
    }

    /** PyTorch's {@code Tensor.cauchy_(median, sigma, generator=)} (node {@code CauchyBackward0}). */
    public Tensor cauchy_(double median, double sigma, Generator generator) {
        return RandomFills.cauchy_(this, median, sigma, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.random_()} (node {@code RandomBackward2}). */
    public Tensor random_() {
        return RandomFills.random_(this, Generator.defaultGenerator());
    }

    /** PyTorch's {@code Tensor.random_(generator=)} (node {@code RandomBackward2}). */
    public Tensor random_(Generator generator) {
        return RandomFills.random_(this, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.random_(to)} (node {@code RandomBackward1}). */
    public Tensor random_(long to) {
        return RandomFills.random_(this, to, Generator.defaultGenerator());
    }

    /** PyTorch's {@code Tensor.random_(to, generator=)} (node {@code RandomBackward1}). */
    public Tensor random_(long to, Generator generator) {
        return RandomFills.random_(this, to, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.random_(from, to)} (node {@code RandomBackward0}). */
    public Tensor random_(long from, long to) {
        return RandomFills.random_(this, from, to, Generator.defaultGenerator());
    }

    /** PyTorch's {@code Tensor.random_(from, to, generator=)} (node {@code RandomBackward0}). */
    public Tensor random_(long from, long to, Generator generator) {
        return RandomFills.random_(this, from, to, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.bernoulli_(p)} (node {@code BernoulliBackward2}). */
    public Tensor bernoulli_(double p) {
        return RandomFills.bernoulli_(this, p, Generator.defaultGenerator());
    }

    /** PyTorch's {@code Tensor.bernoulli_(p, generator=)} (node {@code BernoulliBackward2}). */
    public Tensor bernoulli_(double p, Generator generator) {
        return RandomFills.bernoulli_(this, p, Generator.orDefault(generator));
    }

    /** PyTorch's {@code Tensor.bernoulli_(p)} with a tensor of probabilities (node {@code BernoulliBackward1}). */
    public Tensor bernoulli_(Tensor p) {
        return RandomFills.bernoulli_(this, Args.nonNull(p, "p"), Generator.defaultGenerator());
    }

    /** PyTorch's {@code Tensor.bernoulli_(p, generator=)} with a tensor of probabilities (node {@code BernoulliBackward1}). */
    public Tensor bernoulli_(Tensor p, Generator generator) {
        return RandomFills.bernoulli_(this, Args.nonNull(p, "p"), Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.bernoulli(input)}: this tensor's elements are the probabilities (node {@code BernoulliBackward0}). */
    public Tensor bernoulli() {
        return Sampling.bernoulli(this, Generator.defaultGenerator());
    }

    /** PyTorch's {@code torch.bernoulli(input, generator=)} (node {@code BernoulliBackward0}). */
    public Tensor bernoulli(Generator generator) {
        return Sampling.bernoulli(this, Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.bernoulli(input, p)}: a new tensor like this one, 1 with probability p (no node). */
    public Tensor bernoulli(double p) {
        return Sampling.bernoulli(this, p, Generator.defaultGenerator());
    }

    /** PyTorch's {@code torch.bernoulli(input, p)}: a new tensor like this one, 1 with probability p (no node). */
    public Tensor bernoulli(double p, Generator generator) {
        return Sampling.bernoulli(this, p, Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.normal(mean, std)} with tensors (node {@code NormalBackward3}). */
    public static Tensor normal(Tensor mean, Tensor std, Generator generator) {
        return Sampling.normal(Args.nonNull(mean, "mean"), Args.nonNull(std, "std"), Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.normal(mean, std)} with a tensor mean (node {@code NormalBackward1}). */
    public static Tensor normal(Tensor mean, double std, Generator generator) {
        return Sampling.normal(Args.nonNull(mean, "mean"), std, Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.normal(mean, std)} with a tensor std (node {@code NormalBackward2}). */
    public static Tensor normal(double mean, Tensor std, Generator generator) {
        return Sampling.normal(mean, Args.nonNull(std, "std"), Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.normal(mean, std, size, dtype=, generator=)}. */
    public static Tensor normal(double mean, double std, int[] size, DType dtype, Generator generator) {
        return Sampling.normal(mean, std, Args.nonNull(size, "size"), Args.nonNull(dtype, "dtype"),
                Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.poisson(rates, generator=)} (node {@code PoissonBackward0}). */
    public static Tensor poisson(Tensor rates, Generator generator) {
        return Sampling.poisson(Args.nonNull(rates, "rates"), Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.multinomial(input, num_samples)}, without replacement: int64 indices. */
    public Tensor multinomial(int numSamples) {
        return Sampling.multinomial(this, numSamples, false, Generator.defaultGenerator());
    }

    /** PyTorch's {@code torch.multinomial(input, num_samples, replacement)}: int64 indices. */
    public Tensor multinomial(int numSamples, boolean replacement) {
        return Sampling.multinomial(this, numSamples, replacement, Generator.defaultGenerator());
    }

    /** PyTorch's {@code torch.multinomial(input, num_samples, replacement, generator=)}: int64 indices. */
    public Tensor multinomial(int numSamples, boolean replacement, Generator generator) {
        return Sampling.multinomial(this, numSamples, replacement, Generator.orDefault(generator));
    }

    /** PyTorch's {@code torch.randint_like(input, high)}. */
    public static Tensor randintLike(Tensor t, long high) {
        return Sampling.randintLike(Args.nonNull(t, "t"), 0, high, Generator.defaultGenerator());
    }

    /** PyTorch's {@code torch.randint_like(input, low, high)}. */
    public static Tensor randintLike(Tensor t, long low, long high) {
        return Sampling.randintLike(Args.nonNull(t, "t"), low, high, Generator.defaultGenerator());
    }

    /** PyTorch's {@code torch.repeat_interleave(input, repeats)} of the flattened elements (node {@code IndexSelectBackward0}). */
    public Tensor repeatInterleave(int repeats) {
        return Rearranging.repeatInterleave(this, Tensor.scalar((long) repeats), null);
    }

    /** PyTorch's {@code torch.repeat_interleave(input, repeats, dim)} (node {@code IndexSelectBackward0}). */
    public Tensor repeatInterleave(int repeats, int dim) {
        return Rearranging.repeatInterleave(this, Tensor.scalar((long) repeats), dim);
    }

    /** PyTorch's {@code torch.repeat_interleave(input, repeats, dim)} with int64 repeats; {@code dim} null flattens. */
    public Tensor repeatInterleave(Tensor repeats, Integer dim) {
        return Rearranging.repeatInterleave(this, Args.nonNull(repeats, "repeats"), dim);
    }

    /** PyTorch's {@code torch.repeat_interleave(repeats)}: index i repeated repeats[i] times (int64). */
    public static Tensor repeatInterleave(Tensor repeats) {
        return Rearranging.repeatInterleave(Args.nonNull(repeats, "repeats"));
    }

    /** PyTorch's {@code torch.rot90(input, k, dims)} (node {@code Rot90Backward0}). */
    public Tensor rot90(int k, int... dims) {
        return Rearranging.rot90(this, k, Args.nonNull(dims, "dims"));
    }

    /** PyTorch's {@code torch.rot90(input)}: once, in the (0, 1) plane (node {@code Rot90Backward0}). */
    public Tensor rot90() {
        return rot90(1, 0, 1);
    }

    /** PyTorch's {@code torch.broadcast_to} (node {@code ExpandBackward0}). */
    public Tensor broadcastTo(int... shape) {
        return Rearranging.broadcastTo(this, Args.nonNull(shape, "shape"));
    }

    /** PyTorch's {@code torch.broadcast_tensors}: views expanded to the common shape. */
    public static List<Tensor> broadcastTensors(Tensor... tensors) {
        return Rearranging.broadcastTensors(List.of(Args.nonNullElements(tensors, "tensors")));
    }

    /** PyTorch's {@code torch.atleast_1d}. */
    public static Tensor atleast1d(Tensor t) {
        return Rearranging.atleast1d(Args.nonNull(t, "t"));
    }

    /** PyTorch's {@code torch.atleast_2d}. */
    public static Tensor atleast2d(Tensor t) {
        return Rearranging.atleast2d(Args.nonNull(t, "t"));
    }

    /** PyTorch's {@code torch.atleast_3d}. */
    public static Tensor atleast3d(Tensor t) {
        return Rearranging.atleast3d(Args.nonNull(t, "t"));
    }

    /** PyTorch's {@code torch.moveaxis} with lists (node {@code PermuteBackward0}). */
    public Tensor moveaxis(int[] source, int[] destination) {
        return movedim(source, destination);
    }

    /** PyTorch's {@code torch.meshgrid(tensors, indexing)}, {@code indexing} "ij" or "xy". */
    public static List<Tensor> meshgrid(String indexing, Tensor... tensors) {
        return Grids.meshgrid(Args.nonNull(indexing, "indexing"), List.of(Args.nonNullElements(tensors, "tensors")));
    }

    /** PyTorch's {@code torch.cartesian_prod} (node {@code StackBackward0}). */
    public static Tensor cartesianProd(Tensor... tensors) {
        return Grids.cartesianProd(List.of(Args.nonNullElements(tensors, "tensors")));
    }

    /** PyTorch's {@code torch.combinations(input, r=2)} (node {@code StackBackward0}). */
    public Tensor combinations() {
        return Grids.combinations(this, 2, false);
    }

    /** PyTorch's {@code torch.combinations(input, r, with_replacement)} (node {@code StackBackward0}). */
    public Tensor combinations(int r, boolean withReplacement) {
        return Grids.combinations(this, r, withReplacement);
    }

    /** PyTorch's {@code torch.tril_indices(row, col, offset)}: int64 [2, N]. */
    public static Tensor trilIndices(int row, int col, int offset) {
        return Grids.trilIndices(row, col, offset);
    }

    /** PyTorch's {@code torch.triu_indices(row, col, offset)}: int64 [2, N]. */
    public static Tensor triuIndices(int row, int col, int offset) {
        return Grids.triuIndices(row, col, offset);
    }

    /** PyTorch's {@code torch.vander(x)}: decreasing powers, N = len(x) (node {@code FlipBackward0}). */
    public Tensor vander() {
        return Grids.vander(this, null, false);
    }

    /** PyTorch's {@code torch.vander(x, N, increasing)}; {@code n} null for len(x). */
    public Tensor vander(Integer n, boolean increasing) {
        return Grids.vander(this, n, increasing);
    }

    /** PyTorch's {@code torch.diag_embed(input)} (node {@code DiagEmbedBackward0}). */
    public Tensor diagEmbed() {
        return Diagonals.diagEmbed(this, 0, -2, -1);
    }

    /** PyTorch's {@code torch.diag_embed(input, offset, dim1, dim2)} (node {@code DiagEmbedBackward0}). */
    public Tensor diagEmbed(int offset, int dim1, int dim2) {
        return Diagonals.diagEmbed(this, offset, dim1, dim2);
    }

    /** PyTorch's {@code torch.block_diag} (node {@code BlockDiagBackward0}). */
    public static Tensor blockDiag(Tensor... tensors) {
        return Diagonals.blockDiag(Args.nonNullElements(tensors, "tensors"));
    }

    /** PyTorch's {@code torch.nansum(input)} (node {@code NansumBackward0}). */
    public Tensor nansum() {
        return NanReductions.nansum(this, null, false);
    }

    /** PyTorch's {@code torch.nansum(input, dim, keepdim)} (node {@code NansumBackward0}). */
    public Tensor nansum(int[] dims, boolean keepdim) {
        return NanReductions.nansum(this, Args.nonNull(dims, "dims"), keepdim);
    }

    /** PyTorch's {@code torch.nanmean(input)} (node {@code DivBackward0}). */
    public Tensor nanmean() {
        return NanReductions.nanmean(this, null, false);
    }

    /** PyTorch's {@code torch.nanmean(input, dim, keepdim)} (node {@code DivBackward0}). */
    public Tensor nanmean(int[] dims, boolean keepdim) {
        return NanReductions.nanmean(this, Args.nonNull(dims, "dims"), keepdim);
    }

    /** PyTorch's {@code Tensor.scatter_reduce(dim, index, src, reduce)}, include_self (node {@code ScatterReduceBackward0}). */
    public Tensor scatterReduce(int dim, Tensor index, Tensor src, String reduce) {
        return scatterReduce(dim, index, src, reduce, true);
    }

    /** PyTorch's {@code Tensor.scatter_reduce(dim, index, src, reduce, include_self)} (node {@code ScatterReduceBackward0}). */
    public Tensor scatterReduce(int dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
        return ReducingScatters.scatterReduce(this, dim, Args.nonNull(index, "index"), Args.nonNull(src, "src"),
                Args.nonNull(reduce, "reduce"), includeSelf);
    }

    /** PyTorch's {@code Tensor.scatter_reduce_}, in place (node {@code ScatterReduceBackward0}). */
    public Tensor scatterReduce_(int dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
        return InPlace.apply(this, Args.nonNull(src, "src"),
                (self, s) -> self.scatterReduce(dim, index, s, reduce, includeSelf));
    }

    /** PyTorch's {@code Tensor.index_reduce_}, in place (node {@code IndexReduceBackward0}). */
    public Tensor indexReduce_(int dim, Tensor index, Tensor source, String reduce, boolean includeSelf) {
        return InPlace.apply(this, Args.nonNull(source, "source"),
                (self, s) -> self.indexReduce(dim, index, s, reduce, includeSelf));
    }

    /** PyTorch's {@code Tensor.index_reduce(dim, index, source, reduce, include_self)} (node {@code IndexReduceBackward0}). */
    public Tensor indexReduce(int dim, Tensor index, Tensor source, String reduce, boolean includeSelf) {
        return ReducingScatters.indexReduce(this, dim, Args.nonNull(index, "index"), Args.nonNull(source, "source"),
                Args.nonNull(reduce, "reduce"), includeSelf);
    }

    /** PyTorch's {@code torch.diff(input)}: first differences along the last dim (node {@code SubBackward0}). */
    public Tensor diff() {
        return Calculus.diff(this, 1, -1, null, null);
    }

    /** PyTorch's {@code torch.diff(input, n, dim, prepend, append)}; prepend and append may be null. */
    public Tensor diff(int n, int dim, Tensor prepend, Tensor append) {
        return Calculus.diff(this, n, dim, prepend, append);
    }

    /** PyTorch's {@code torch.gradient(input)}: unit spacing along every dim, edge_order 1 (node {@code CatBackward0}). */
    public List<Tensor> gradient() {
        return Calculus.gradient(this, new double[] {1}, null, 1);
    }

    /** PyTorch's {@code torch.gradient(input, spacing, dim, edge_order)}: one spacing, or one per dim; dims null for all. */
    public List<Tensor> gradient(double[] spacing, int[] dims, int edgeOrder) {
        return Calculus.gradient(this, Args.nonNull(spacing, "spacing"), dims, edgeOrder);
    }

    /** PyTorch's {@code torch.gradient(input, spacing=coordinates, dim, edge_order)}: 1-d sample coordinates per dim. */
    public List<Tensor> gradient(List<Tensor> coordinates, int[] dims, int edgeOrder) {
        return Calculus.gradient(this, Args.nonNullElements(coordinates, "coordinates"), dims, edgeOrder);
    }

    /** PyTorch's {@code torch.trapezoid(y, dx=dx, dim=dim)} (node {@code MulBackward1}). */
    public Tensor trapezoid(double dx, int dim) {
        return Calculus.trapezoid(this, dx, dim);
    }

    /** PyTorch's {@code torch.trapezoid(y, x, dim=dim)} (node {@code DivBackward1}). */
    public Tensor trapezoid(Tensor x, int dim) {
        return Calculus.trapezoid(this, Args.nonNull(x, "x"), dim);
    }

    /** PyTorch's {@code torch.cumulative_trapezoid(y, dx=dx, dim=dim)} (node {@code CumsumBackward0}). */
    public Tensor cumulativeTrapezoid(double dx, int dim) {
        return Calculus.cumulativeTrapezoid(this, dx, dim);
    }

    /** PyTorch's {@code torch.cumulative_trapezoid(y, x, dim=dim)} (node {@code DivBackward1}). */
    public Tensor cumulativeTrapezoid(Tensor x, int dim) {
        return Calculus.cumulativeTrapezoid(this, Args.nonNull(x, "x"), dim);
    }

    /** PyTorch's {@code torch.cov(input)}: rows are variables (node {@code SqueezeBackward0}). */
    public Tensor cov() {
        return Covariance.cov(this, 1, null, null);
    }

    /** PyTorch's {@code torch.cov(input, correction, fweights, aweights)}; the weights may be null. */
    public Tensor cov(int correction, Tensor fweights, Tensor aweights) {
        return Covariance.cov(this, correction, fweights, aweights);
    }

    /** PyTorch's {@code torch.corrcoef(input)} (node {@code ClampBackward1}). */
    public Tensor corrcoef() {
        return Covariance.corrcoef(this);
    }

    /** PyTorch's {@code torch.histogram(input, bins)}: equal bins over the data's range (not differentiable). */
    public HistogramResult histogram(int bins) {
        return Histograms.histogram(this, bins, null, null, false);
    }

    /** PyTorch's {@code torch.histogram(input, bins, range, weight, density)}; range {min, max} and weight may be null. */
    public HistogramResult histogram(int bins, double[] range, Tensor weight, boolean density) {
        return Histograms.histogram(this, bins, range, weight, density);
    }

    /** PyTorch's {@code torch.histogram(input, bins, weight, density)} with the bin edges given; weight may be null. */
    public HistogramResult histogram(Tensor binEdges, Tensor weight, boolean density) {
        return Histograms.histogram(this, Args.nonNull(binEdges, "binEdges"), weight, density);
    }

    /** A 0-d tensor for a Java number in an arithmetic call; it promotes like a Python scalar. */
    private static Tensor wrap(double value) {
        Tensor t = scalar(value);
        t.wrappedNumber = true;
        return t;
    }

    /** Wraps a Java integer, which keeps integer tensors integral ({@code ints.add(2)}). */
    private static Tensor wrap(long value) {
        Tensor t = scalar(value);
        t.wrappedNumber = true;
        return t;
    }

    // ------------------------------------------------------------------ metadata and element access

    /** PyTorch's {@code Tensor.dtype}. */
    public DType dtype() {
        return storage.dtype();
    }

    /** The sizes of the dimensions (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** Same as {@link #shape()}, PyTorch's {@code size()}. */
    public int[] size() {
        return shape.clone();
    }

    /** The shape as a printable value, {@code torch.Size([2, 3])} (PyTorch's {@code x.shape}). */
    public Size torchSize() {
        return Size.of(shape);
    }

    /** The size of one dimension; negative dims count from the end. */
    public int size(int dim) {
        return shape[Shapes.existingDim(dim, shape.length)];
    }

    /** PyTorch's {@code Tensor.dim}. */
    public int dim() {
        return shape.length;
    }

    /** PyTorch's {@code Tensor.numel}. */
    public int numel() {
        return Shapes.numel(shape);
    }

    /** The strides, in elements (a copy). */
    public int[] stride() {
        return strides.clone();
    }

    /** PyTorch's {@code Tensor.stride}. */
    public int stride(int dim) {
        return strides[Shapes.existingDim(dim, shape.length)];
    }

    /** PyTorch's {@code Tensor.storage_offset}. */
    public int storageOffset() {
        return offset;
    }

    /** PyTorch's {@code Tensor.is_contiguous}. */
    public boolean isContiguous() {
        return Shapes.isContiguous(shape, strides);
    }

    /** The tensor this one is a view of, or null (PyTorch's {@code _base}). */
    public Tensor base() {
        return base;
    }

    /** The value of a one-element tensor as a double (for int64 values beyond 2^53, use {@link #itemLong()}). */
    public double item() {
        requireOneElement();
        return storage.getDouble(offset);
    }

    /** PyTorch's {@code Tensor.item} for an int64 value. */
    public long itemLong() {
        requireOneElement();
        return storage.getLong(offset);
    }

    /** PyTorch's {@code Tensor.item} for a bool value. */
    public boolean itemBoolean() {
        return item() != 0;
    }

    private void requireOneElement() {
        if (numel() != 1) {
            throw new IllegalStateException("a Tensor with " + numel() + " elements cannot be converted to Scalar");
        }
    }

    /** The elements in row-major order, converted to float. */
    public float[] toFloatArray() {
        return (float[]) Copying.contiguousArray(this, DType.FLOAT32);
    }

    /** The elements in row-major order as float64 (PyTorch's {@code x.flatten().tolist()}). */
    public double[] toDoubleArray() {
        return (double[]) Copying.contiguousArray(this, DType.FLOAT64);
    }

    /** The elements in row-major order as int64 (PyTorch's {@code x.flatten().tolist()}). */
    public long[] toLongArray() {
        return (long[]) Copying.contiguousArray(this, DType.INT64);
    }

    /** The elements in row-major order as bool (PyTorch's {@code x.flatten().tolist()}). */
    public boolean[] toBooleanArray() {
        return (boolean[]) Copying.contiguousArray(this, DType.BOOL);
    }

    /** PyTorch's legacy type string, e.g. {@code torch.FloatTensor}. */
    public String typeName() {
        switch (dtype()) {
            case FLOAT32: return "torch.FloatTensor";
            case FLOAT64: return "torch.DoubleTensor";
            case INT64: return "torch.LongTensor";
            default: return "torch.BoolTensor";
        }
    }

    // ------------------------------------------------------------------ autograd state

    /** Sets whether this leaf records operations for autograd; returns {@code this} (PyTorch's {@code requires_grad_}). */
    public Tensor requiresGrad(boolean requiresGrad) {
        if (requiresGrad && !dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("Only Tensors of floating point and complex dtype can require gradients");
        }
        InferenceMode.checkRequiresGrad(this, requiresGrad);
        if (!requiresGrad && gradFn() != null) {
            throw new IllegalStateException("you can only change requires_grad flags of leaf variables. If you want to "
                    + "use a computed variable in a subgraph that doesn't require differentiation use "
                    + "var_no_grad = var.detach().");
        }
        this.requiresGrad = requiresGrad;
        return this;
    }

    /**
     * PyTorch's {@code Tensor.requires_grad}: also true for a view whose base got a history by an in-place
     * write since the view was made (see {@link #gradFn()}), as PyTorch's views require grad with their base.
     */
    public boolean requiresGrad() {
        return requiresGrad || (base != null && gradFn() != null);
    }

    /** True for tensors not produced by a recorded operation (all tensors that do not require grad, too). */
    public boolean isLeaf() {
        return gradFn() == null;
    }

    /**
     * The node that produced this tensor, or null for a leaf. As in PyTorch, a view whose data was written
     * in place since its node was made (through its base or another view of it) gets a new node first: a
     * view ({@code AsStridedBackward0}) of its base's current history, so that it sees the write. So does
     * a view made without a node once such a write has given its base a history (not a write into a leaf,
     * which only an update under no-grad makes, as an optimizer's step), unless the view was taken under
     * no_grad (PyTorch refuses to make that one's node; here it stays without).
     */
    public Node gradFn() {
        if (gradFnVersion != version.get() && base != null
                && (gradFn != null || (base.gradFn != null && !viewMadeUnderNoGrad))) {
            gradFnVersion = version.get();
            InPlace.regenerateView(this);
        }
        return gradFn;
    }

    /** Which output of {@link #gradFn()} this tensor is. */
    public int outputNr() {
        return outputNr;
    }

    /**
     * The accumulated gradient, or null before the first backward. For a non-leaf that does not
     * {@link #retainGrad()}, it is null and a warning is logged once, as PyTorch warns.
     */
    public Tensor grad() {
        if (gradFn != null && !retainsGrad && grad == null) {
            warnNonLeafGrad();
        }
        return grad;
    }

    private static void warnNonLeafGrad() {
        if (!warnedNonLeafGrad) {
            warnedNonLeafGrad = true;
            LOG.log(Level.WARNING, "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
                    + "attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be "
                    + "populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the "
                    + "non-leaf Tensor by mistake, make sure you access the leaf Tensor instead.");
        }
    }

    /** Replaces (or with null, clears) the gradient. It must match this tensor's shape and dtype. */
    public void setGrad(Tensor newGrad) {
        if (newGrad != null) {
            if (!java.util.Arrays.equals(newGrad.shape, shape)) {
                throw new IllegalArgumentException("assigned grad has data of a different size: "
                        + Shapes.str(newGrad.shape) + " vs " + Shapes.str(shape));
            }
            if (newGrad.dtype() != dtype()) {
                throw new IllegalArgumentException("assigned grad has data of a different type: " + newGrad.dtype()
                        + " vs " + dtype());
            }
        }
        this.grad = newGrad;
    }

    /** Makes this non-leaf keep its gradient in {@link #grad()} during backward. */
    public void retainGrad() {
        Node fn = gradFn();
        if (fn == null) {
            if (!requiresGrad) {
                throw new IllegalStateException("can't retain_grad on Tensor that has requires_grad=False");
            }
            return; // leaves always keep their gradient
        }
        if (retainsGrad) {
            return;
        }
        retainsGrad = true;
        fn.addPreHook(outputNr, g -> {
            grad = grad == null ? g.detach().clone() : grad.add(g.detach());
            return null;
        });
    }

    /** PyTorch's {@code Tensor.retains_grad}. */
    public boolean retainsGrad() {
        return retainsGrad;
    }

    /** A tensor sharing storage (and version counter) with this one, outside the graph. */
    public Tensor detach() {
        return Views.alias(this, false);
    }

    /** Detaches this tensor from the graph in place, making it a leaf that does not require grad. */
    public Tensor detach_() {
        gradFn = null;
        outputNr = 0;
        requiresGrad = false;
        return this;
    }

    /** The data as a tensor outside the graph, with its own version counter (PyTorch's {@code .data}). */
    public Tensor data() {
        return Views.alias(this, true);
    }

    /**
     * Registers a hook that sees the gradient of this tensor each time it is computed, and may
     * return a replacement (or null to keep it). Returns a handle whose {@code remove()} unregisters it.
     */
    public HookHandle registerHook(Function<Tensor, Tensor> hook) {
        Args.nonNull(hook, "hook");
        if (!requiresGrad()) {
            throw new IllegalStateException("cannot register a hook on a tensor that doesn't require gradient");
        }
        Node fn = gradFn();
        Node node = fn != null ? fn : gradAccumulator();
        return new HookHandle(node.addPreHook(fn != null ? outputNr : 0, hook));
    }

    // ------------------------------------------------------------------ backward

    /** Backpropagates from this one-element tensor. */
    public void backward() {
        backward(null, false, false);
    }

    /** Backpropagates with {@code gradient} as d(loss)/d(this); it may be null for a one-element tensor. */
    public void backward(Tensor gradient) {
        backward(gradient, false, false);
    }

    /** PyTorch's {@code Tensor.backward}. */
    public void backward(Tensor gradient, boolean retainGraph) {
        backward(gradient, retainGraph, false);
    }

    /**
     * @param retainGraph keep saved tensors so backward can run through this graph again
     * @param createGraph record the backward pass, so the gradients can be differentiated again
     */
    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
        Engine.run(new Tensor[] {this}, new Tensor[] {gradient}, retainGraph || createGraph, createGraph, null, true);
    }

    /** Backpropagates, accumulating only into the {@code inputs}' gradients (null: into every leaf, as None). */
    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph, List<Tensor> inputs) {
        Engine.run(new Tensor[] {this}, new Tensor[] {gradient}, retainGraph || createGraph, createGraph,
                inputs == null ? null : inputs.toArray(new Tensor[0]), true);
    }

    // ------------------------------------------------------------------ conversion and copying

    /** This tensor converted to {@code dtype} ({@code this} if it already has it). Differentiable. */
    public Tensor to(DType dtype) {
        return Copying.to(this, Args.nonNull(dtype, "dtype"));
    }

    /** PyTorch's {@code Tensor.float}. */
    public Tensor toFloat() {
        return to(DType.FLOAT32);
    }

    /** PyTorch's {@code Tensor.double}. */
    public Tensor toDouble() {
        return to(DType.FLOAT64);
    }

    /** PyTorch's {@code Tensor.long}. */
    public Tensor toLong() {
        return to(DType.INT64);
    }

    /** This tensor if contiguous, otherwise a contiguous copy. */
    public Tensor contiguous() {
        return isContiguous() ? this : Copying.clone(this);
    }

    /** A copy with its own storage, recorded as {@code CloneBackward0}. */
    public Tensor clone() {
        return Copying.clone(this);
    }

    /** Fills with zeros in place. */
    public Tensor zero_() {
        return InPlace.zero(this);
    }

    /** Fills with {@code value} in place. */
    public Tensor fill_(double value) {
        return InPlace.fill(this, value);
    }

    /** Copies {@code src} (broadcast to this shape, converted to this dtype) into this tensor. */
    public Tensor copy_(Tensor src) {
        return InPlace.copy(this, Args.nonNull(src, "src"));
    }

    // ------------------------------------------------------------------ views and reshaping

    // ---- ops/Views

    /** A view with a new shape (one entry may be -1); fails if the strides do not allow it. */
    public Tensor view(int... shape) {
        return Views.view(this, Args.nonNull(shape, "shape"));
    }

    /** A view when possible, otherwise a copy, with the new shape. */
    public Tensor reshape(int... shape) {
        return Views.reshape(this, Args.nonNull(shape, "shape"));
    }

    /** PyTorch's {@code Tensor.transpose} (node {@code TransposeBackward0}). */
    public Tensor transpose(int dim0, int dim1) {
        return Views.transpose(this, dim0, dim1);
    }

    /** PyTorch's {@code Tensor.permute} (node {@code PermuteBackward0}). */
    public Tensor permute(int... dims) {
        return Views.permute(this, Args.nonNull(dims, "dims"));
    }

    /** Transpose of a tensor with at most 2 dimensions. */
    public Tensor t() {
        return Views.t(this);
    }

    /** A broadcast view; -1 keeps a dimension's size. */
    public Tensor expand(int... shape) {
        return Views.expand(this, Args.nonNull(shape, "shape"));
    }

    /** The slice at {@code index} along {@code dim}, removing that dimension (PyTorch's {@code x[i]} on dim 0). */
    public Tensor select(int dim, int index) {
        return Views.select(this, dim, index);
    }

    /** Elements {@code start, start+step, ...} below {@code end} along {@code dim}; bounds are clamped as in Python. */
    public Tensor slice(int dim, int start, int end, int step) {
        return Views.slice(this, dim, start, end, step);
    }

    /** Python's slicing {@code x[..., start:end:step]} along one dim (node {@code SliceBackward0}). */
    public Tensor slice(int dim, int start, int end) {
        return Views.slice(this, dim, start, end, 1);
    }

    /** Removes all size-1 dimensions. */
    public Tensor squeeze() {
        return Views.squeeze(this);
    }

    /** Removes dimension {@code dim} if it has size 1. */
    public Tensor squeeze(int dim) {
        return Views.squeeze(this, dim);
    }

    /** PyTorch's {@code Tensor.unsqueeze} (node {@code UnsqueezeBackward0}). */
    public Tensor unsqueeze(int dim) {
        return Views.unsqueeze(this, dim);
    }

    /** {@code expand(other.size())}. */
    public Tensor expandAs(Tensor other) {
        return Views.expand(this, Args.nonNull(other, "other").shape);
    }

    /** Alias of {@link #transpose}. */
    public Tensor swapaxes(int axis0, int axis1) {
        return Views.transpose(this, axis0, axis1);
    }

    /** Alias of {@link #transpose}. */
    public Tensor swapdims(int dim0, int dim1) {
        return Views.transpose(this, dim0, dim1);
    }

    /** Alias of {@link #movedim(int, int)}. */
    public Tensor moveaxis(int source, int destination) {
        return movedim(source, destination);
    }

    // ---- ops/Reshaping

    /** Flattens all dimensions into one ({@code torch.flatten}); a view when the strides allow it. */
    public Tensor flatten() {
        return Reshaping.flatten(this, 0, -1);
    }

    /** Flattens dimensions {@code startDim..endDim} (inclusive) into one. */
    public Tensor flatten(int startDim, int endDim) {
        return Reshaping.flatten(this, startDim, endDim);
    }

    /** Flattens dimensions {@code startDim..} to the end. */
    public Tensor flatten(int startDim) {
        return Reshaping.flatten(this, startDim, -1);
    }

    /** Views dimension {@code dim} as {@code sizes} (one may be -1). */
    public Tensor unflatten(int dim, int... sizes) {
        return Reshaping.unflatten(this, dim, Args.nonNull(sizes, "sizes"));
    }

    /** Tiles the data {@code repeats[i]} times along each dimension; extra repeats add leading dimensions. */
    public Tensor repeat(int... repeats) {
        return Reshaping.repeat(this, Args.nonNull(repeats, "repeats"));
    }

    /** Like {@link #repeat}, but fewer reps than dimensions are padded with leading ones. */
    public Tensor tile(int... reps) {
        return Reshaping.tile(this, Args.nonNull(reps, "reps"));
    }

    /** The view of {@code length} elements from {@code start} along {@code dim}. */
    public Tensor narrow(int dim, int start, int length) {
        return Reshaping.narrow(this, dim, start, length);
    }

    /** Moves dimension {@code source} to position {@code destination} (a permute view). */
    public Tensor movedim(int source, int destination) {
        return Reshaping.movedim(this, new int[] {source}, new int[] {destination});
    }

    /** PyTorch's {@code torch.movedim} (node {@code PermuteBackward0}). */
    public Tensor movedim(int[] source, int[] destination) {
        return Reshaping.movedim(this, Args.nonNull(source, "source"), Args.nonNull(destination, "destination"));
    }

    /** A copy with the elements reversed along each of {@code dims}. */
    public Tensor flip(int... dims) {
        return Reshaping.flip(this, Args.nonNull(dims, "dims"));
    }

    /** Rolls the flattened tensor by {@code shift} and restores the shape ({@code torch.roll(x, shift)}). */
    public Tensor roll(int shift) {
        return Reshaping.roll(this, new int[] {shift}, new int[0]);
    }

    /** Rolls along one dimension: elements moved past the end come back at the start. */
    public Tensor roll(int shift, int dim) {
        return Reshaping.roll(this, new int[] {shift}, new int[] {dim});
    }

    /** Rolls by {@code shifts[i]} along {@code dims[i]} (with no dims: the flattened tensor). */
    public Tensor roll(int[] shifts, int[] dims) {
        return Reshaping.roll(this, Args.nonNull(shifts, "shifts"), Args.nonNull(dims, "dims"));
    }

    // ---- ops/Splitting

    /** Views of {@code splitSize} elements along dim 0 (the last may be smaller). */
    public List<Tensor> split(int splitSize) {
        return List.of(Splitting.split(this, splitSize, 0));
    }

    /** PyTorch's {@code torch.split} (node {@code SplitBackward0}). */
    public List<Tensor> split(int splitSize, int dim) {
        return List.of(Splitting.split(this, splitSize, dim));
    }

    /** Views of the given sizes along {@code dim}; they must add up to the dimension's size. */
    public List<Tensor> split(int[] splitSizes, int dim) {
        return List.of(Splitting.splitWithSizes(this, Args.nonNull(splitSizes, "splitSizes"), dim));
    }

    /** PyTorch's {@code torch.split}. */
    public List<Tensor> split(int[] splitSizes) {
        return split(Args.nonNull(splitSizes, "splitSizes"), 0);
    }

    /** At most {@code chunks} equal views along {@code dim} (the last may be smaller). */
    public List<Tensor> chunk(int chunks, int dim) {
        return List.of(Splitting.chunk(this, chunks, dim));
    }

    /** PyTorch's {@code torch.chunk} (node {@code SplitBackward0}). */
    public List<Tensor> chunk(int chunks) {
        return chunk(chunks, 0);
    }

    /** The slices along {@code dim}, each without that dimension. */
    public List<Tensor> unbind(int dim) {
        return List.of(Splitting.unbind(this, dim));
    }

    /** PyTorch's {@code torch.unbind} (node {@code UnbindBackward0}). */
    public List<Tensor> unbind() {
        return unbind(0);
    }

    // ---- ops/Joining

    /** Concatenates tensors along an existing dimension ({@code torch.cat}). */
    public static Tensor cat(List<Tensor> tensors, int dim) {
        return Joining.cat(Args.nonNullElements(tensors, "tensors"), dim);
    }

    /** Stacks equally shaped tensors along a new dimension ({@code torch.stack}). */
    public static Tensor stack(List<Tensor> tensors, int dim) {
        return Joining.stack(Args.nonNullElements(tensors, "tensors"), dim);
    }

    // ------------------------------------------------------------------ indexing

    // ---- ops/BasicIndexing

    /**
     * Basic indexing as a view, PyTorch's {@code x[0, 1:3, None, :]}:
     * {@code x.get(Index.at(0), Index.slice(1, 3), Index.NEW_AXIS, Index.ALL)}.
     */
    public Tensor get(Index... indices) {
        return BasicIndexing.get(this, Args.nonNull(indices, "indices"));
    }

    /** {@code x[i, j, ...]} with plain integers: a view (0-d when all dimensions are indexed). */
    public Tensor get(int... indices) {
        return BasicIndexing.get(this, BasicIndexing.at(Args.nonNull(indices, "indices")));
    }

    /** {@code x[indices] = value}: copies value (broadcast, converted) into the indexed view, in place; returns this. */
    public Tensor set(Tensor value, Index... indices) {
        return BasicIndexing.set(this, Args.nonNull(indices, "indices"), Args.nonNull(value, "value"));
    }

    /** {@code x[indices] = value} with a number, e.g. {@code x[0, 1:] = 100.}. */
    public Tensor set(double value, Index... indices) {
        return BasicIndexing.set(this, Args.nonNull(indices, "indices"), full(new int[0], value, dtype()));
    }

    /** {@code x[i, j] = value} with plain integers. */
    public Tensor set(double value, int... indices) {
        return BasicIndexing.set(this, BasicIndexing.at(Args.nonNull(indices, "indices")), full(new int[0], value,
                dtype()));
    }

    // ---- ops/AdvancedIndexing

    /**
     * Advanced indexing {@code x[i0, i1, ...]} with int64 or bool index tensors ({@code null} is a full
     * slice {@code :}): {@code x.index(rows, cols)} is {@code x[rows, cols]}, {@code x.index(mask)} is
     * {@code x[mask]}, {@code x.index(null, idx)} is {@code x[:, idx]}. Returns a copy.
     */
    public Tensor index(Tensor... indices) {
        return AdvancedIndexing.index(this, Args.nonNull(indices, "indices"));
    }

    /** A copy with {@code values} written at {@code this[indices]} ({@code torch.index_put}). */
    public Tensor indexPut(Tensor[] indices, Tensor values) {
        return AdvancedIndexing.indexPut(this, Args.nonNull(indices, "indices"), Args.nonNull(values, "values"), false);
    }

    /** With {@code accumulate}, values are added, and duplicate indices sum. */
    public Tensor indexPut(Tensor[] indices, Tensor values, boolean accumulate) {
        return AdvancedIndexing.indexPut(this, Args.nonNull(indices, "indices"), Args.nonNull(values, "values"),
                accumulate);
    }

    /** PyTorch's {@code Tensor.index_put_}, in place. */
    public Tensor indexPut_(Tensor[] indices, Tensor values) {
        return indexPut_(Args.nonNull(indices, "indices"), Args.nonNull(values, "values"), false);
    }

    /** PyTorch's {@code Tensor.index_put_}, in place. */
    public Tensor indexPut_(Tensor[] indices, Tensor values, boolean accumulate) {
        return AdvancedIndexing.indexPut_(this, Args.nonNull(indices, "indices"), Args.nonNull(values, "values"),
                accumulate);
    }

    /** The elements where the (broadcast) bool mask is true, as a 1-D tensor. */
    public Tensor maskedSelect(Tensor mask) {
        return AdvancedIndexing.maskedSelect(this, Args.nonNull(mask, "mask"));
    }

    /** The int64 coordinates of the non-zero elements, one row per element: shape {@code [n, dim()]}. */
    public Tensor nonzero() {
        return AdvancedIndexing.nonzero(this);
    }

    // ---- ops/Gathering

    /** The slices {@code index[i]} along {@code dim} ({@code index} is a 1-D int64 tensor). */
    public Tensor indexSelect(int dim, Tensor index) {
        return Gathering.indexSelect(this, dim, Args.nonNull(index, "index"));
    }

    /** {@code out[i][j] = this[i][index[i][j]]} for dim 1 (index has this tensor's rank). */
    public Tensor gather(int dim, Tensor index) {
        return Gathering.gather(this, dim, Args.nonNull(index, "index"));
    }

    /** PyTorch's full signature; {@code sparseGrad} must be false (there are no sparse tensors here). */
    public Tensor gather(int dim, Tensor index, boolean sparseGrad) {
        return Gathering.gather(this, dim, Args.nonNull(index, "index"), sparseGrad);
    }

    /** A copy with {@code src}'s elements written at the places {@code index} names along {@code dim}. */
    public Tensor scatter(int dim, Tensor index, Tensor src) {
        return Gathering.scatter(this, dim, Args.nonNull(index, "index"), Args.nonNull(src, "src"));
    }

    /** A copy with {@code value} written at the places {@code index} names along {@code dim}. */
    public Tensor scatter(int dim, Tensor index, double value) {
        return Gathering.scatter(this, dim, Args.nonNull(index, "index"), value);
    }

    /** PyTorch's {@code Tensor.scatter_}, in place. */
    public Tensor scatter_(int dim, Tensor index, Tensor src) {
        Args.nonNull(index, "index");
        return InPlace.apply(this, Args.nonNull(src, "src"), (self, s) -> Gathering.scatter(self, dim, index, s));
    }

    /** PyTorch's {@code Tensor.scatter_}, in place. */
    public Tensor scatter_(int dim, Tensor index, double value) {
        Args.nonNull(index, "index");
        return InPlace.apply(this, self -> Gathering.scatter(self, dim, index, value));
    }

    /** Like {@link #scatter(int, Tensor, Tensor)} but adding, so elements sent to the same place sum. */
    public Tensor scatterAdd(int dim, Tensor index, Tensor src) {
        return Gathering.scatterAdd(this, dim, Args.nonNull(index, "index"), Args.nonNull(src, "src"));
    }

    /** PyTorch's {@code Tensor.scatter_add_}, in place. */
    public Tensor scatterAdd_(int dim, Tensor index, Tensor src) {
        Args.nonNull(index, "index");
        return InPlace.apply(this, Args.nonNull(src, "src"), (self, s) -> Gathering.scatterAdd(self, dim, index, s));
    }

    /** A copy with {@code source.select(dim, i)} added to slice {@code index[i]}; duplicate indices accumulate. */
    public Tensor indexAdd(int dim, Tensor index, Tensor source) {
        return Gathering.indexAdd(this, dim, Args.nonNull(index, "index"), Args.nonNull(source, "source"), 1);
    }

    /** {@code index_add} with {@code source} scaled by {@code alpha}. */
    public Tensor indexAdd(int dim, Tensor index, Tensor source, double alpha) {
        return Gathering.indexAdd(this, dim, Args.nonNull(index, "index"), Args.nonNull(source, "source"), alpha);
    }

    /** PyTorch's {@code Tensor.index_add_}, in place. */
    public Tensor indexAdd_(int dim, Tensor index, Tensor source) {
        return indexAdd_(dim, Args.nonNull(index, "index"), Args.nonNull(source, "source"), 1);
    }

    /** PyTorch's {@code Tensor.index_add_}, in place. */
    public Tensor indexAdd_(int dim, Tensor index, Tensor source, double alpha) {
        Args.nonNull(index, "index");
        return InPlace.apply(this, Args.nonNull(source, "source"), (self, s) -> Gathering.indexAdd(self, dim, index, s,
                alpha));
    }

    // ---- ops/Selecting

    /** {@code torch.where(condition, a, b)}: a where the condition holds, else b (broadcast, promoted). */
    public static Tensor where(Tensor condition, Tensor a, Tensor b) {
        return Selecting.where(Args.nonNull(condition, "condition"), Args.nonNull(a, "a"), Args.nonNull(b, "b"));
    }

    /** PyTorch's {@code torch.where} (node {@code WhereBackward0}). */
    public static Tensor where(Tensor condition, Tensor a, double b) {
        return Selecting.where(Args.nonNull(condition, "condition"), Args.nonNull(a, "a"), wrap(b));
    }

    /** PyTorch's {@code torch.where} (node {@code WhereBackward0}). */
    public static Tensor where(Tensor condition, double a, Tensor b) {
        return Selecting.where(Args.nonNull(condition, "condition"), wrap(a), Args.nonNull(b, "b"));
    }

    /** PyTorch's {@code torch.where} (node {@code WhereBackward0}). */
    public static Tensor where(Tensor condition, double a, double b) {
        return Selecting.where(Args.nonNull(condition, "condition"), wrap(a), wrap(b));
    }

    /** An integer scalar keeps an integer tensor integral: {@code torch.where(cond, ints, 7)} is int64. */
    public static Tensor where(Tensor condition, Tensor a, long b) {
        return Selecting.where(Args.nonNull(condition, "condition"), Args.nonNull(a, "a"), wrap(b));
    }

    /** PyTorch's {@code torch.where} (node {@code WhereBackward0}). */
    public static Tensor where(Tensor condition, long a, Tensor b) {
        return Selecting.where(Args.nonNull(condition, "condition"), wrap(a), Args.nonNull(b, "b"));
    }

    /** Integer scalars: {@code torch.where(cond, 1, 0)} is int64. */
    public static Tensor where(Tensor condition, long a, long b) {
        return Selecting.where(Args.nonNull(condition, "condition"), wrap(a), wrap(b));
    }

    /** {@code self.where(condition, other)}: this where the condition holds, else other. */
    public Tensor where(Tensor condition, Tensor other) {
        return Selecting.where(Args.nonNull(condition, "condition"), this, Args.nonNull(other, "other"));
    }

    /** A copy (broadcast with the mask) with {@code value} where {@code mask} is true. */
    public Tensor maskedFill(Tensor mask, double value) {
        return Selecting.maskedFill(this, Args.nonNull(mask, "mask"), value);
    }

    /** {@code masked_fill} with a 0-d tensor value (differentiable in the value too). */
    public Tensor maskedFill(Tensor mask, Tensor value) {
        return Selecting.maskedFill(this, Args.nonNull(mask, "mask"), Args.nonNull(value, "value"));
    }

    /** PyTorch's {@code Tensor.masked_fill_}, in place. */
    public Tensor maskedFill_(Tensor mask, double value) {
        return Selecting.maskedFill_(this, Args.nonNull(mask, "mask"), value);
    }

    /** PyTorch's {@code Tensor.masked_fill_}, in place. */
    public Tensor maskedFill_(Tensor mask, Tensor value) {
        return Selecting.maskedFill_(this, Args.nonNull(mask, "mask"), Args.nonNull(value, "value"));
    }

    // ------------------------------------------------------------------ arithmetic

    /** PyTorch's {@code torch.add} (node {@code AddBackward0}). */
    public Tensor add(Tensor other) {
        return Arithmetic.add(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.add} (node {@code AddBackward0}). */
    public Tensor add(double other) {
        return Arithmetic.add(this, wrap(other));
    }

    /** PyTorch's {@code torch.add} (node {@code AddBackward0}). */
    public Tensor add(long other) {
        return Arithmetic.add(this, wrap(other));
    }

    /** PyTorch's {@code torch.sub} (node {@code SubBackward0}). */
    public Tensor sub(Tensor other) {
        return Arithmetic.sub(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.sub} (node {@code SubBackward0}). */
    public Tensor sub(double other) {
        return Arithmetic.sub(this, wrap(other));
    }

    /** PyTorch's {@code torch.sub} (node {@code SubBackward0}). */
    public Tensor sub(long other) {
        return Arithmetic.sub(this, wrap(other));
    }

    /** PyTorch's {@code torch.mul} (node {@code MulBackward0}). */
    public Tensor mul(Tensor other) {
        return Arithmetic.mul(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.mul} (node {@code MulBackward0}). */
    public Tensor mul(double other) {
        return Arithmetic.mul(this, wrap(other));
    }

    /** PyTorch's {@code torch.mul} (node {@code MulBackward0}). */
    public Tensor mul(long other) {
        return Arithmetic.mul(this, wrap(other));
    }

    /** True division: integer inputs give a floating result, as in PyTorch. */
    public Tensor div(Tensor other) {
        return Arithmetic.div(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.div} (node {@code DivBackward0}). */
    public Tensor div(double other) {
        return Arithmetic.div(this, wrap(other));
    }

    /** PyTorch's {@code torch.div} (node {@code DivBackward0}). */
    public Tensor div(long other) {
        return Arithmetic.div(this, wrap(other));
    }

    /** PyTorch's {@code torch.neg} (node {@code NegBackward0}). */
    public Tensor neg() {
        return Arithmetic.neg(this);
    }

    /** {@code this ** exponent} with a scalar exponent (node {@code PowBackward0}). */
    public Tensor pow(double exponent) {
        return Arithmetic.pow(this, wrap(exponent));
    }

    /** PyTorch's {@code torch.pow}. */
    public Tensor pow(long exponent) {
        return Arithmetic.pow(this, wrap(exponent));
    }

    /** {@code this ** exponent} elementwise with a tensor exponent (node {@code PowBackward1}). */
    public Tensor pow(Tensor exponent) {
        return Arithmetic.pow(this, Args.nonNull(exponent, "exponent"));
    }

    /** PyTorch's {@code Tensor.add_}, in place. */
    public Tensor add_(Tensor other) {
        return InPlace.apply(this, Args.nonNull(other, "other"), Arithmetic::add);
    }

    /** PyTorch's {@code Tensor.add_}, in place. */
    public Tensor add_(double other) {
        return InPlace.apply(this, wrap(other), Arithmetic::add);
    }

    /** PyTorch's {@code Tensor.sub_}, in place. */
    public Tensor sub_(Tensor other) {
        return InPlace.apply(this, Args.nonNull(other, "other"), Arithmetic::sub);
    }

    /** PyTorch's {@code Tensor.sub_}, in place. */
    public Tensor sub_(double other) {
        return InPlace.apply(this, wrap(other), Arithmetic::sub);
    }

    /** PyTorch's {@code Tensor.mul_}, in place. */
    public Tensor mul_(Tensor other) {
        return InPlace.apply(this, Args.nonNull(other, "other"), Arithmetic::mul);
    }

    /** PyTorch's {@code Tensor.mul_}, in place. */
    public Tensor mul_(double other) {
        return InPlace.apply(this, wrap(other), Arithmetic::mul);
    }

    /** PyTorch's {@code Tensor.div_}, in place. */
    public Tensor div_(Tensor other) {
        return InPlace.apply(this, Args.nonNull(other, "other"), Arithmetic::div);
    }

    /** PyTorch's {@code Tensor.div_}, in place. */
    public Tensor div_(double other) {
        return InPlace.apply(this, wrap(other), Arithmetic::div);
    }

    /** PyTorch's {@code Tensor.pow_}, in place. */
    public Tensor pow_(double exponent) {
        return InPlace.apply(this, wrap(exponent), Arithmetic::pow);
    }

    /** PyTorch's {@code Tensor.neg_}, in place. */
    public Tensor neg_() {
        return InPlace.apply(this, Arithmetic::neg);
    }

    /** {@code this + alpha * other} ({@code torch.add(x, y, alpha=...)}, node {@code AddBackward0}). */
    public Tensor add(Tensor other, double alpha) {
        return Arithmetic.add(this, Args.nonNull(other, "other"), wrap(alpha));
    }

    /** As {@link #add(Tensor, double)}; an integral alpha keeps integer tensors integral. */
    public Tensor add(Tensor other, long alpha) {
        return Arithmetic.add(this, Args.nonNull(other, "other"), wrap(alpha));
    }

    /** {@code this - alpha * other} (node {@code SubBackward0}). */
    public Tensor sub(Tensor other, double alpha) {
        return Arithmetic.sub(this, Args.nonNull(other, "other"), wrap(alpha));
    }

    /** PyTorch's {@code torch.sub} (node {@code SubBackward0}). */
    public Tensor sub(Tensor other, long alpha) {
        return Arithmetic.sub(this, Args.nonNull(other, "other"), wrap(alpha));
    }

    /** PyTorch's {@code Tensor.add_}, in place. */
    public Tensor add_(Tensor other, double alpha) {
        return InPlace.apply(this, Args.nonNull(other, "other"), (a, b) -> Arithmetic.add(a, b, wrap(alpha)));
    }

    /** PyTorch's {@code Tensor.add_}, in place. */
    public Tensor add_(Tensor other, long alpha) {
        return InPlace.apply(this, Args.nonNull(other, "other"), (a, b) -> Arithmetic.add(a, b, wrap(alpha)));
    }

    /** PyTorch's {@code Tensor.sub_}, in place. */
    public Tensor sub_(Tensor other, double alpha) {
        return InPlace.apply(this, Args.nonNull(other, "other"), (a, b) -> Arithmetic.sub(a, b, wrap(alpha)));
    }

    /** PyTorch's {@code Tensor.sub_}, in place. */
    public Tensor sub_(Tensor other, long alpha) {
        return InPlace.apply(this, Args.nonNull(other, "other"), (a, b) -> Arithmetic.sub(a, b, wrap(alpha)));
    }

    /** {@code other - this}, Python's {@code 2 - x} (node {@code RsubBackward1}). */
    public Tensor rsub(double other) {
        return Arithmetic.rsub(this, wrap(other), wrap(1L));
    }

    /** PyTorch's {@code torch.rsub}. */
    public Tensor rsub(long other) {
        return Arithmetic.rsub(this, wrap(other), wrap(1L));
    }

    /** {@code other - this} ({@code torch.rsub(this, other)}, node {@code RsubBackward0}). */
    public Tensor rsub(Tensor other) {
        return Arithmetic.rsub(this, Args.nonNull(other, "other"), wrap(1L));
    }

    /** {@code torch.rsub(input, other)}: {@code other - input} (node {@code RsubBackward0}). */
    public static Tensor rsub(Tensor input, Tensor other) {
        return Arithmetic.rsub(Args.nonNull(input, "input"), Args.nonNull(other, "other"), wrap(1L));
    }

    /** {@code torch.rsub(input, other, alpha)}: {@code other - alpha * input}. */
    public static Tensor rsub(Tensor input, Tensor other, double alpha) {
        return Arithmetic.rsub(Args.nonNull(input, "input"), Args.nonNull(other, "other"), wrap(alpha));
    }

    /** PyTorch's {@code torch.rsub}. */
    public static Tensor rsub(Tensor input, Tensor other, long alpha) {
        return Arithmetic.rsub(Args.nonNull(input, "input"), Args.nonNull(other, "other"), wrap(alpha));
    }

    /** {@code other / this}, Python's {@code 2 / x}: {@code reciprocal() * other} (node {@code MulBackward0}). */
    public Tensor rdiv(double other) {
        return reciprocal().mul(other);
    }

    /** Python's {@code other / x}. */
    public Tensor rdiv(long other) {
        return reciprocal().mul(other);
    }

    /** {@code base ** this} ({@code torch.pow(base, x)}, node {@code PowBackward2}). */
    public Tensor rpow(double base) {
        return Arithmetic.rpow(this, wrap(base));
    }

    /** {@code base ** this}; integer tensors stay integral. */
    public Tensor rpow(long base) {
        return Arithmetic.rpow(this, wrap(base));
    }

    /**
     * Division rounded as {@code roundingMode} says: null (true division), "trunc" or "floor"
     * (Python's {@code //}). Rounded modes keep integer dtypes and have zero gradient (node
     * {@code DivBackward2}).
     */
    public Tensor div(Tensor other, String roundingMode) {
        return Arithmetic.div(this, Args.nonNull(other, "other"), roundingMode);
    }

    /** PyTorch's {@code torch.div} (node {@code DivBackward0}). */
    public Tensor div(double other, String roundingMode) {
        return Arithmetic.div(this, wrap(other), roundingMode);
    }

    /** PyTorch's {@code torch.div} (node {@code DivBackward0}). */
    public Tensor div(long other, String roundingMode) {
        return Arithmetic.div(this, wrap(other), roundingMode);
    }

    /** PyTorch's {@code Tensor.div_}, in place. */
    public Tensor div_(Tensor other, String roundingMode) {
        return InPlace.apply(this, Args.nonNull(other, "other"), (a, b) -> Arithmetic.div(a, b, roundingMode));
    }

    /** PyTorch's {@code Tensor.div_}, in place. */
    public Tensor div_(double other, String roundingMode) {
        return InPlace.apply(this, wrap(other), (a, b) -> Arithmetic.div(a, b, roundingMode));
    }

    /** C's {@code fmod}: the remainder with the sign of this (node {@code FmodBackward1}). */
    public Tensor fmod(Tensor other) {
        return Arithmetic.fmod(this, Args.nonNull(other, "other"));
    }

    /** {@code fmod} by a Java number (node {@code FmodBackward0}). */
    public Tensor fmod(double other) {
        return Arithmetic.fmod(this, wrap(other));
    }

    /** PyTorch's {@code torch.fmod}. */
    public Tensor fmod(long other) {
        return Arithmetic.fmod(this, wrap(other));
    }

    /** Python's {@code %}: the remainder with the sign of the divisor (node {@code RemainderBackward1}). */
    public Tensor remainder(Tensor other) {
        return Arithmetic.remainder(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.remainder}. */
    public Tensor remainder(double other) {
        return Arithmetic.remainder(this, wrap(other));
    }

    /** PyTorch's {@code torch.remainder}. */
    public Tensor remainder(long other) {
        return Arithmetic.remainder(this, wrap(other));
    }

    /** {@code this + weight * (end - this)} (node {@code LerpBackward0}). */
    public Tensor lerp(Tensor end, double weight) {
        return Arithmetic.lerp(this, Args.nonNull(end, "end"), wrap(weight));
    }

    /** Elementwise weights, broadcast (node {@code LerpBackward1}). */
    public Tensor lerp(Tensor end, Tensor weight) {
        return Arithmetic.lerp(this, Args.nonNull(end, "end"), Args.nonNull(weight, "weight"));
    }

    /** PyTorch's {@code Tensor.lerp_}, in place. */
    public Tensor lerp_(Tensor end, double weight) {
        return InPlace.apply(this, Args.nonNull(end, "end"), (a, b) -> Arithmetic.lerp(a, b, wrap(weight)));
    }

    /** {@code this + tensor1 * tensor2} (node {@code AddcmulBackward0}). */
    public Tensor addcmul(Tensor tensor1, Tensor tensor2) {
        return Arithmetic.addcmul(this, Args.nonNull(tensor1, "tensor1"), Args.nonNull(tensor2, "tensor2"), wrap(1L));
    }

    /** {@code this + value * tensor1 * tensor2}. */
    public Tensor addcmul(Tensor tensor1, Tensor tensor2, double value) {
        return Arithmetic.addcmul(this, Args.nonNull(tensor1, "tensor1"), Args.nonNull(tensor2, "tensor2"),
                wrap(value));
    }

    /** PyTorch's {@code Tensor.addcmul_}, in place. */
    public Tensor addcmul_(Tensor tensor1, Tensor tensor2, double value) {
        Args.nonNull(tensor1, "tensor1");
        Args.nonNull(tensor2, "tensor2");
        return InPlace.apply(this, t -> Arithmetic.addcmul(t, tensor1, tensor2, wrap(value)));
    }

    /** {@code this + tensor1 / tensor2} (node {@code AddcdivBackward0}). */
    public Tensor addcdiv(Tensor tensor1, Tensor tensor2) {
        return Arithmetic.addcdiv(this, Args.nonNull(tensor1, "tensor1"), Args.nonNull(tensor2, "tensor2"), wrap(1L));
    }

    /** {@code this + value * tensor1 / tensor2}. */
    public Tensor addcdiv(Tensor tensor1, Tensor tensor2, double value) {
        return Arithmetic.addcdiv(this, Args.nonNull(tensor1, "tensor1"), Args.nonNull(tensor2, "tensor2"),
                wrap(value));
    }

    /** PyTorch's {@code Tensor.addcdiv_}, in place. */
    public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, double value) {
        Args.nonNull(tensor1, "tensor1");
        Args.nonNull(tensor2, "tensor2");
        return InPlace.apply(this, t -> Arithmetic.addcdiv(t, tensor1, tensor2, wrap(value)));
    }

    // ------------------------------------------------------------------ pointwise math

    // ---- ops/UnaryMath

    /** PyTorch's {@code Tensor.exp} (node {@code ExpBackward0}). */
    public Tensor exp() {
        return UnaryMath.exp(this);
    }

    /** PyTorch's {@code Tensor.log} (node {@code LogBackward0}). */
    public Tensor log() {
        return UnaryMath.log(this);
    }

    /** PyTorch's {@code Tensor.sqrt}. */
    public Tensor sqrt() {
        return UnaryMath.sqrt(this);
    }

    /** PyTorch's {@code Tensor.tanh} (node {@code TanhBackward0}). */
    public Tensor tanh() {
        return UnaryMath.tanh(this);
    }

    /** |x| (node {@code AbsBackward0}). */
    public Tensor abs() {
        return UnaryMath.abs(this);
    }

    /** PyTorch's {@code Tensor.abs_}, in place. */
    public Tensor abs_() {
        return InPlace.apply(this, UnaryMath::abs);
    }

    /** -1, 0 or 1 (0 for nan), in this dtype (node {@code SignBackward0}, zero gradient). */
    public Tensor sign() {
        return UnaryMath.sign(this);
    }

    /** {@code x * x} (node {@code PowBackward0}, as PyTorch). */
    public Tensor square() {
        return UnaryMath.square(this);
    }

    /** {@code 1 / x} (node {@code ReciprocalBackward0}). */
    public Tensor reciprocal() {
        return UnaryMath.reciprocal(this);
    }

    /** PyTorch's {@code Tensor.reciprocal_}, in place. */
    public Tensor reciprocal_() {
        return InPlace.apply(this, UnaryMath::reciprocal);
    }

    /** {@code 1 / sqrt(x)} (node {@code RsqrtBackward0}). */
    public Tensor rsqrt() {
        return UnaryMath.rsqrt(this);
    }

    /** {@code 2 ** x} (node {@code Exp2Backward0}). */
    public Tensor exp2() {
        return UnaryMath.exp2(this);
    }

    /** {@code exp(x) - 1}, accurate near 0 (node {@code Expm1Backward0}). */
    public Tensor expm1() {
        return UnaryMath.expm1(this);
    }

    /** PyTorch's {@code Tensor.log2} (node {@code Log2Backward0}). */
    public Tensor log2() {
        return UnaryMath.log2(this);
    }

    /** PyTorch's {@code Tensor.log10} (node {@code Log10Backward0}). */
    public Tensor log10() {
        return UnaryMath.log10(this);
    }

    /** {@code log(1 + x)}, accurate near 0 (node {@code Log1PBackward0}). */
    public Tensor log1p() {
        return UnaryMath.log1p(this);
    }

    /** {@code log(x / (1 - x))} (node {@code LogitBackward0}). */
    public Tensor logit() {
        return UnaryMath.logit(this, null);
    }

    /** {@code logit} of x clamped to [eps, 1 - eps]; the gradient is 0 outside. */
    public Tensor logit(double eps) {
        return UnaryMath.logit(this, eps);
    }

    /** PyTorch's {@code Tensor.sin} (node {@code SinBackward0}). */
    public Tensor sin() {
        return UnaryMath.sin(this);
    }

    /** PyTorch's {@code Tensor.cos} (node {@code CosBackward0}). */
    public Tensor cos() {
        return UnaryMath.cos(this);
    }

    /** PyTorch's {@code Tensor.tan} (node {@code TanBackward0}). */
    public Tensor tan() {
        return UnaryMath.tan(this);
    }

    /** PyTorch's {@code Tensor.asin} (node {@code AsinBackward0}). */
    public Tensor asin() {
        return UnaryMath.asin(this);
    }

    /** PyTorch's {@code Tensor.acos} (node {@code AcosBackward0}). */
    public Tensor acos() {
        return UnaryMath.acos(this);
    }

    /** PyTorch's {@code Tensor.atan} (node {@code AtanBackward0}). */
    public Tensor atan() {
        return UnaryMath.atan(this);
    }

    /** PyTorch's {@code Tensor.sinh} (node {@code SinhBackward0}). */
    public Tensor sinh() {
        return UnaryMath.sinh(this);
    }

    /** PyTorch's {@code Tensor.cosh} (node {@code CoshBackward0}). */
    public Tensor cosh() {
        return UnaryMath.cosh(this);
    }

    /** PyTorch's {@code Tensor.asinh} (node {@code AsinhBackward0}). */
    public Tensor asinh() {
        return UnaryMath.asinh(this);
    }

    /** PyTorch's {@code Tensor.acosh} (node {@code AcoshBackward0}). */
    public Tensor acosh() {
        return UnaryMath.acosh(this);
    }

    /** PyTorch's {@code Tensor.atanh} (node {@code AtanhBackward0}). */
    public Tensor atanh() {
        return UnaryMath.atanh(this);
    }

    /** The error function (node {@code ErfBackward0}). */
    public Tensor erf() {
        return UnaryMath.erf(this);
    }

    /** {@code 1 - erf(x)}, accurate for large x (node {@code ErfcBackward0}). */
    public Tensor erfc() {
        return UnaryMath.erfc(this);
    }

    /** The inverse error function on [-1, 1] (node {@code ErfinvBackward0}). */
    public Tensor erfinv() {
        return UnaryMath.erfinv(this);
    }

    /** PyTorch's {@code Tensor.exp_}, in place. */
    public Tensor exp_() {
        return InPlace.apply(this, UnaryMath::exp);
    }

    /** PyTorch's {@code Tensor.log_}, in place. */
    public Tensor log_() {
        return InPlace.apply(this, UnaryMath::log);
    }

    /** PyTorch's {@code Tensor.sqrt_}, in place. */
    public Tensor sqrt_() {
        return InPlace.apply(this, UnaryMath::sqrt);
    }

    /** PyTorch's {@code Tensor.tanh_}, in place. */
    public Tensor tanh_() {
        return InPlace.apply(this, UnaryMath::tanh);
    }

    /** nan to 0, ±inf to the dtype's largest/lowest finite value (node {@code NanToNumBackward0}). */
    public Tensor nanToNum() {
        return UnaryMath.nanToNum(this, 0, null, null);
    }

    /** PyTorch's {@code torch.nan_to_num} (node {@code NanToNumBackward0}). */
    public Tensor nanToNum(double nan) {
        return UnaryMath.nanToNum(this, nan, null, null);
    }

    /** nan, +inf and -inf replaced by the given values; a null infinity keeps the default. */
    public Tensor nanToNum(double nan, Double posinf, Double neginf) {
        return UnaryMath.nanToNum(this, nan, posinf, neginf);
    }

    /** PyTorch's {@code Tensor.nan_to_num_}, in place. */
    public Tensor nanToNum_(double nan, Double posinf, Double neginf) {
        return InPlace.apply(this, t -> UnaryMath.nanToNum(t, nan, posinf, neginf));
    }

    // ---- ops/BinaryMath

    /** Elementwise maximum with broadcasting; nan wins; ties split the gradient (node {@code MaximumBackward0}). */
    public Tensor maximum(Tensor other) {
        return BinaryMath.maximum(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.maximum} (node {@code MaximumBackward0}). */
    public static Tensor maximum(Tensor input, Tensor other) {
        return BinaryMath.maximum(Args.nonNull(input, "input"), Args.nonNull(other, "other"));
    }

    /** Elementwise minimum (node {@code MinimumBackward0}). */
    public Tensor minimum(Tensor other) {
        return BinaryMath.minimum(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.minimum} (node {@code MinimumBackward0}). */
    public static Tensor minimum(Tensor input, Tensor other) {
        return BinaryMath.minimum(Args.nonNull(input, "input"), Args.nonNull(other, "other"));
    }

    /** {@code atan2(this, other)}: the angle of the point (other, this) (node {@code Atan2Backward0}). */
    public Tensor atan2(Tensor other) {
        return BinaryMath.atan2(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.atan2} (node {@code Atan2Backward0}). */
    public static Tensor atan2(Tensor input, Tensor other) {
        return BinaryMath.atan2(Args.nonNull(input, "input"), Args.nonNull(other, "other"));
    }

    /** {@code sqrt(this^2 + other^2)} without overflow (node {@code HypotBackward0}). */
    public Tensor hypot(Tensor other) {
        return BinaryMath.hypot(this, Args.nonNull(other, "other"));
    }

    /** {@code log(exp(this) + exp(other))}, stable (node {@code LogaddexpBackward0}). */
    public Tensor logaddexp(Tensor other) {
        return BinaryMath.logaddexp(this, Args.nonNull(other, "other"));
    }

    /** {@code log2(2^this + 2^other)}, stable (node {@code Logaddexp2Backward0}). */
    public Tensor logaddexp2(Tensor other) {
        return BinaryMath.logaddexp2(this, Args.nonNull(other, "other"));
    }

    /** {@code this * log(other)}, 0 where this is 0 (node {@code XlogyBackward0}). */
    public Tensor xlogy(Tensor other) {
        return BinaryMath.xlogy(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.xlogy}. */
    public Tensor xlogy(double other) {
        return BinaryMath.xlogy(this, wrap(other));
    }

    /** |this| with the sign of other (node {@code CopysignBackward0}). */
    public Tensor copysign(Tensor other) {
        return BinaryMath.copysign(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code torch.copysign}. */
    public Tensor copysign(double other) {
        return BinaryMath.copysign(this, wrap(other));
    }

    // ---- ops/Rounding

    /** PyTorch's {@code Tensor.floor} (node {@code FloorBackward0}). */
    public Tensor floor() {
        return Rounding.floor(this);
    }

    /** PyTorch's {@code Tensor.ceil} (node {@code CeilBackward0}). */
    public Tensor ceil() {
        return Rounding.ceil(this);
    }

    /** Rounds half to even (node {@code RoundBackward0}). */
    public Tensor round() {
        return Rounding.round(this);
    }

    /** Rounds to {@code decimals} decimal places, half to even (node {@code RoundBackward1}). */
    public Tensor round(int decimals) {
        return Rounding.round(this, decimals);
    }

    /** Rounds toward zero (node {@code TruncBackward0}). */
    public Tensor trunc() {
        return Rounding.trunc(this);
    }

    /** Same as {@link #trunc()} (PyTorch's {@code fix}). */
    public Tensor fix() {
        return Rounding.trunc(this);
    }

    /** {@code x - trunc(x)} (node {@code FracBackward0}; the gradient passes unchanged). */
    public Tensor frac() {
        return Rounding.frac(this);
    }

    /** PyTorch's {@code Tensor.floor_}, in place. */
    public Tensor floor_() {
        return InPlace.apply(this, Rounding::floor);
    }

    /** PyTorch's {@code Tensor.ceil_}, in place. */
    public Tensor ceil_() {
        return InPlace.apply(this, Rounding::ceil);
    }

    /** PyTorch's {@code Tensor.round_}, in place. */
    public Tensor round_() {
        return InPlace.apply(this, Rounding::round);
    }

    /** PyTorch's {@code Tensor.trunc_}, in place. */
    public Tensor trunc_() {
        return InPlace.apply(this, Rounding::trunc);
    }

    // ---- ops/Clamping

    /** {@code min(max(x, min), max)} (node {@code ClampBackward1}); the gradient passes where {@code min <= x <= max}. */
    public Tensor clamp(double min, double max) {
        return Clamping.clamp(this, wrap(min), wrap(max));
    }

    /** As {@link #clamp(double, double)}; integral bounds keep integer tensors integral. */
    public Tensor clamp(long min, long max) {
        return Clamping.clamp(this, wrap(min), wrap(max));
    }

    /** Clamps with either bound null ({@code x.clamp(null, 1.0)} is {@code x.clamp(max=1.0)}). */
    public Tensor clamp(Double min, Double max) {
        return Clamping.clamp(this, min == null ? null : wrap(min), max == null ? null : wrap(max));
    }

    /** Clamps to tensor bounds, broadcasting; either may be null (node {@code ClampBackward0}). */
    public Tensor clamp(Tensor min, Tensor max) {
        return Clamping.clamp(this, min, max);
    }

    /** {@code max(x, min)} (node {@code ClampMinBackward0}). */
    public Tensor clampMin(double min) {
        return Clamping.clampMin(this, wrap(min));
    }

    /** PyTorch's {@code torch.clamp_min}. */
    public Tensor clampMin(long min) {
        return Clamping.clampMin(this, wrap(min));
    }

    /** {@code max(x, min)} with a tensor bound (node {@code ClampMinBackward1}). */
    public Tensor clampMin(Tensor min) {
        return Clamping.clampMin(this, Args.nonNull(min, "min"));
    }

    /** {@code min(x, max)} (node {@code ClampMaxBackward0}). */
    public Tensor clampMax(double max) {
        return Clamping.clampMax(this, wrap(max));
    }

    /** PyTorch's {@code torch.clamp_max}. */
    public Tensor clampMax(long max) {
        return Clamping.clampMax(this, wrap(max));
    }

    /** PyTorch's {@code torch.clamp_max}. */
    public Tensor clampMax(Tensor max) {
        return Clamping.clampMax(this, Args.nonNull(max, "max"));
    }

    /** PyTorch's {@code Tensor.clamp_}, in place. */
    public Tensor clamp_(double min, double max) {
        return InPlace.apply(this, t -> t.clamp(min, max));
    }

    /** PyTorch's {@code Tensor.clamp_}, in place. */
    public Tensor clamp_(long min, long max) {
        return InPlace.apply(this, t -> t.clamp(min, max));
    }

    /** PyTorch's {@code Tensor.clamp_}, in place. */
    public Tensor clamp_(Double min, Double max) {
        return InPlace.apply(this, t -> t.clamp(min, max));
    }

    /** PyTorch's {@code Tensor.clamp_}, in place. */
    public Tensor clamp_(Tensor min, Tensor max) {
        return InPlace.apply(this, t -> t.clamp(min, max));
    }

    /** PyTorch's {@code Tensor.clamp_min_}, in place. */
    public Tensor clampMin_(double min) {
        return InPlace.apply(this, t -> t.clampMin(min));
    }

    /** PyTorch's {@code Tensor.clamp_max_}, in place. */
    public Tensor clampMax_(double max) {
        return InPlace.apply(this, t -> t.clampMax(max));
    }

    // ------------------------------------------------------------------ comparisons and logic

    /** PyTorch's {@code Tensor.eq}. */
    public Tensor eq(Tensor other) {
        return Comparisons.compare(Comparisons.Comparison.EQ, this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.eq}. */
    public Tensor eq(double other) {
        return Comparisons.compare(Comparisons.Comparison.EQ, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.eq}. */
    public Tensor eq(long other) {
        return Comparisons.compare(Comparisons.Comparison.EQ, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.ne}. */
    public Tensor ne(Tensor other) {
        return Comparisons.compare(Comparisons.Comparison.NE, this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.ne}. */
    public Tensor ne(double other) {
        return Comparisons.compare(Comparisons.Comparison.NE, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.ne}. */
    public Tensor ne(long other) {
        return Comparisons.compare(Comparisons.Comparison.NE, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.lt}. */
    public Tensor lt(Tensor other) {
        return Comparisons.compare(Comparisons.Comparison.LT, this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.lt}. */
    public Tensor lt(double other) {
        return Comparisons.compare(Comparisons.Comparison.LT, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.lt}. */
    public Tensor lt(long other) {
        return Comparisons.compare(Comparisons.Comparison.LT, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.le}. */
    public Tensor le(Tensor other) {
        return Comparisons.compare(Comparisons.Comparison.LE, this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.le}. */
    public Tensor le(double other) {
        return Comparisons.compare(Comparisons.Comparison.LE, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.le}. */
    public Tensor le(long other) {
        return Comparisons.compare(Comparisons.Comparison.LE, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.gt}. */
    public Tensor gt(Tensor other) {
        return Comparisons.compare(Comparisons.Comparison.GT, this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.gt}. */
    public Tensor gt(double other) {
        return Comparisons.compare(Comparisons.Comparison.GT, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.gt}. */
    public Tensor gt(long other) {
        return Comparisons.compare(Comparisons.Comparison.GT, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.ge}. */
    public Tensor ge(Tensor other) {
        return Comparisons.compare(Comparisons.Comparison.GE, this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.ge}. */
    public Tensor ge(double other) {
        return Comparisons.compare(Comparisons.Comparison.GE, this, wrap(other));
    }

    /** PyTorch's {@code Tensor.ge}. */
    public Tensor ge(long other) {
        return Comparisons.compare(Comparisons.Comparison.GE, this, wrap(other));
    }

    /** Elementwise AND of truth values (nonzero is true), broadcasting; a bool tensor. */
    public Tensor logicalAnd(Tensor other) {
        return Comparisons.logicalAnd(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.logical_or}. */
    public Tensor logicalOr(Tensor other) {
        return Comparisons.logicalOr(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.logical_xor}. */
    public Tensor logicalXor(Tensor other) {
        return Comparisons.logicalXor(this, Args.nonNull(other, "other"));
    }

    /** PyTorch's {@code Tensor.logical_not}. */
    public Tensor logicalNot() {
        return Comparisons.logicalNot(this);
    }

    /** PyTorch's {@code Tensor.isnan}. */
    public Tensor isnan() {
        return Comparisons.isnan(this);
    }

    /** PyTorch's {@code Tensor.isinf}. */
    public Tensor isinf() {
        return Comparisons.isinf(this);
    }

    /** PyTorch's {@code Tensor.isposinf}. */
    public Tensor isposinf() {
        return Comparisons.isposinf(this);
    }

    /** PyTorch's {@code Tensor.isneginf}. */
    public Tensor isneginf() {
        return Comparisons.isneginf(this);
    }

    /** PyTorch's {@code Tensor.isfinite}. */
    public Tensor isfinite() {
        return Comparisons.isfinite(this);
    }

    /** {@code |this - other| <= atol + rtol * |other|} elementwise ({@code torch.isclose}). */
    public Tensor isclose(Tensor other, double rtol, double atol, boolean equalNan) {
        return Comparisons.isclose(this, Args.nonNull(other, "other"), rtol, atol, equalNan);
    }

    /** {@link #isclose(Tensor, double, double, boolean)} with PyTorch's defaults rtol=1e-5, atol=1e-8. */
    public Tensor isclose(Tensor other) {
        return Comparisons.isclose(this, Args.nonNull(other, "other"), 1e-5, 1e-8, false);
    }

    // ------------------------------------------------------------------ reductions

    // ---- ops/Reductions

    /** Sum of all elements, a 0-d tensor (node {@code SumBackward0}). */
    public Tensor sum() {
        return Reductions.sum(this);
    }

    /** Sum over one dimension (node {@code SumBackward1}). */
    public Tensor sum(int dim) {
        return Reductions.sum(this, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.sum}. */
    public Tensor sum(int dim, boolean keepdim) {
        return Reductions.sum(this, new int[] {dim}, keepdim);
    }

    /** PyTorch's {@code torch.sum}. */
    public Tensor sum(int[] dims, boolean keepdim) {
        return Reductions.sum(this, Args.nonNull(dims, "dims"), keepdim);
    }

    /** PyTorch's {@code torch.mean}. */
    public Tensor mean() {
        return Reductions.mean(this);
    }

    /** PyTorch's {@code torch.mean}. */
    public Tensor mean(int dim) {
        return Reductions.mean(this, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.mean}. */
    public Tensor mean(int dim, boolean keepdim) {
        return Reductions.mean(this, new int[] {dim}, keepdim);
    }

    /** PyTorch's {@code torch.mean}. */
    public Tensor mean(int[] dims, boolean keepdim) {
        return Reductions.mean(this, Args.nonNull(dims, "dims"), keepdim);
    }

    /** Sums broadcast dimensions away so the result has {@code shape} (PyTorch's {@code sum_to_size}). */
    public Tensor sumToSize(int... shape) {
        return Reductions.sumToSize(this, Args.nonNull(shape, "shape"));
    }

    // ---- ops/Statistics

    /** Unbiased variance of all elements (node {@code VarBackward0}). */
    public Tensor var() {
        return Statistics.var(this, new int[0], 1, false);
    }

    /** Variance of all elements; {@code unbiased} divides by N - 1, otherwise by N. */
    public Tensor var(boolean unbiased) {
        return Statistics.var(this, new int[0], unbiased ? 1 : 0, false);
    }

    /** PyTorch's {@code torch.var}. */
    public Tensor var(int dim) {
        return Statistics.var(this, new int[] {dim}, 1, false);
    }

    /** PyTorch's {@code torch.var}. */
    public Tensor var(int dim, boolean unbiased) {
        return Statistics.var(this, new int[] {dim}, unbiased ? 1 : 0, false);
    }

    /** PyTorch's {@code torch.var}. */
    public Tensor var(int dim, boolean unbiased, boolean keepdim) {
        return Statistics.var(this, new int[] {dim}, unbiased ? 1 : 0, keepdim);
    }

    /** Variance over {@code dims} (all dims if empty). */
    public Tensor var(int[] dims, boolean unbiased, boolean keepdim) {
        return Statistics.var(this, Args.nonNull(dims, "dims"), unbiased ? 1 : 0, keepdim);
    }

    /** Variance over {@code dims} dividing by N - {@code correction} (PyTorch's {@code var(dim, correction=c)}). */
    public Tensor var(int[] dims, int correction, boolean keepdim) {
        return Statistics.var(this, Args.nonNull(dims, "dims"), correction, keepdim);
    }

    /** Unbiased standard deviation of all elements (node {@code StdBackward0}). */
    public Tensor std() {
        return Statistics.std(this, new int[0], 1, false);
    }

    /** PyTorch's {@code torch.std}. */
    public Tensor std(boolean unbiased) {
        return Statistics.std(this, new int[0], unbiased ? 1 : 0, false);
    }

    /** PyTorch's {@code torch.std}. */
    public Tensor std(int dim) {
        return Statistics.std(this, new int[] {dim}, 1, false);
    }

    /** PyTorch's {@code torch.std}. */
    public Tensor std(int dim, boolean unbiased) {
        return Statistics.std(this, new int[] {dim}, unbiased ? 1 : 0, false);
    }

    /** PyTorch's {@code torch.std}. */
    public Tensor std(int dim, boolean unbiased, boolean keepdim) {
        return Statistics.std(this, new int[] {dim}, unbiased ? 1 : 0, keepdim);
    }

    /** PyTorch's {@code torch.std}. */
    public Tensor std(int[] dims, boolean unbiased, boolean keepdim) {
        return Statistics.std(this, Args.nonNull(dims, "dims"), unbiased ? 1 : 0, keepdim);
    }

    /** PyTorch's {@code torch.std}. */
    public Tensor std(int[] dims, int correction, boolean keepdim) {
        return Statistics.std(this, Args.nonNull(dims, "dims"), correction, keepdim);
    }

    /** log(sum(exp(x))) along {@code dim}, computed stably (node {@code LogsumexpBackward0}). */
    public Tensor logsumexp(int dim) {
        return Statistics.logsumexp(this, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.logsumexp} (node {@code LogsumexpBackward0}). */
    public Tensor logsumexp(int dim, boolean keepdim) {
        return Statistics.logsumexp(this, new int[] {dim}, keepdim);
    }

    /** PyTorch's {@code torch.logsumexp} (node {@code LogsumexpBackward0}). */
    public Tensor logsumexp(int[] dims, boolean keepdim) {
        return Statistics.logsumexp(this, Args.nonNull(dims, "dims"), keepdim);
    }

    // ---- ops/Extrema

    /** Largest element (node {@code MaxBackward1}; the gradient is split evenly among ties). */
    public Tensor max() {
        return Extrema.max(this);
    }

    /** Largest values along {@code dim} and their (first) indices (node {@code MaxBackward0}). */
    public ValuesIndices max(int dim) {
        return Extrema.max(this, dim, false);
    }

    /** PyTorch's {@code torch.max}. */
    public ValuesIndices max(int dim, boolean keepdim) {
        return Extrema.max(this, dim, keepdim);
    }

    /** Smallest element (node {@code MinBackward1}). */
    public Tensor min() {
        return Extrema.min(this);
    }

    /** Smallest values along {@code dim} and their (first) indices (node {@code MinBackward0}). */
    public ValuesIndices min(int dim) {
        return Extrema.min(this, dim, false);
    }

    /** PyTorch's {@code torch.min}. */
    public ValuesIndices min(int dim, boolean keepdim) {
        return Extrema.min(this, dim, keepdim);
    }

    /** Largest value over all dims (node {@code AmaxBackward0}; gradient split evenly among ties). */
    public Tensor amax() {
        return Extrema.amax(this, new int[0], false);
    }

    /** PyTorch's {@code torch.amax}. */
    public Tensor amax(int dim) {
        return Extrema.amax(this, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.amax}. */
    public Tensor amax(int dim, boolean keepdim) {
        return Extrema.amax(this, new int[] {dim}, keepdim);
    }

    /** Largest values over {@code dims} (all dims if empty). */
    public Tensor amax(int[] dims, boolean keepdim) {
        return Extrema.amax(this, Args.nonNull(dims, "dims"), keepdim);
    }

    /** Smallest value over all dims (node {@code AminBackward0}). */
    public Tensor amin() {
        return Extrema.amin(this, new int[0], false);
    }

    /** PyTorch's {@code torch.amin}. */
    public Tensor amin(int dim) {
        return Extrema.amin(this, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.amin}. */
    public Tensor amin(int dim, boolean keepdim) {
        return Extrema.amin(this, new int[] {dim}, keepdim);
    }

    /** PyTorch's {@code torch.amin}. */
    public Tensor amin(int[] dims, boolean keepdim) {
        return Extrema.amin(this, Args.nonNull(dims, "dims"), keepdim);
    }

    /** Index of the largest element of the flattened tensor (int64, first on ties). */
    public Tensor argmax() {
        return Extrema.argmax(this);
    }

    /** PyTorch's {@code torch.argmax}. */
    public Tensor argmax(int dim) {
        return Extrema.argmax(this, dim, false);
    }

    /** PyTorch's {@code torch.argmax}. */
    public Tensor argmax(int dim, boolean keepdim) {
        return Extrema.argmax(this, dim, keepdim);
    }

    /** PyTorch's {@code torch.argmin}. */
    public Tensor argmin() {
        return Extrema.argmin(this);
    }

    /** PyTorch's {@code torch.argmin}. */
    public Tensor argmin(int dim) {
        return Extrema.argmin(this, dim, false);
    }

    /** PyTorch's {@code torch.argmin}. */
    public Tensor argmin(int dim, boolean keepdim) {
        return Extrema.argmin(this, dim, keepdim);
    }

    // ---- ops/Norms

    /** The 2-norm of all elements (node {@code NormBackward1}). */
    public Tensor norm() {
        return Norms.norm(this, 2, new int[0], false);
    }

    /** The p-norm of all elements; p may be 0, ±infinity or any real. */
    public Tensor norm(double p) {
        return Norms.norm(this, p, new int[0], false);
    }

    /** PyTorch's {@code torch.norm} (node {@code NormBackward1}). */
    public Tensor norm(double p, int dim) {
        return Norms.norm(this, p, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.norm} (node {@code NormBackward1}). */
    public Tensor norm(double p, int dim, boolean keepdim) {
        return Norms.norm(this, p, new int[] {dim}, keepdim);
    }

    /** The p-norm over {@code dims} (all dims if empty). */
    public Tensor norm(double p, int[] dims, boolean keepdim) {
        return Norms.norm(this, p, Args.nonNull(dims, "dims"), keepdim);
    }

    /** {@code norm("fro")}: the Frobenius (2-) norm of all elements. */
    public Tensor norm(String p) {
        return Norms.norm(this, Args.nonNull(p, "p"), new int[0], false);
    }

    /** PyTorch's {@code torch.norm} (node {@code NormBackward1}). */
    public Tensor norm(String p, int dim, boolean keepdim) {
        return Norms.norm(this, Args.nonNull(p, "p"), new int[] {dim}, keepdim);
    }

    /** {@code norm("fro", dims, keepdim)}; over two dims it is {@code sqrt(sum(x * x))}, as in PyTorch. */
    public Tensor norm(String p, int[] dims, boolean keepdim) {
        return Norms.norm(this, Args.nonNull(p, "p"), Args.nonNull(dims, "dims"), keepdim);
    }

    // ---- ops/Products

    /** Product of all elements (node {@code ProdBackward0}); integer and bool inputs give int64. */
    public Tensor prod() {
        return Products.prod(this);
    }

    /** Product along {@code dim} (node {@code ProdBackward1}). */
    public Tensor prod(int dim) {
        return Products.prod(this, dim, false);
    }

    /** PyTorch's {@code torch.prod}. */
    public Tensor prod(int dim, boolean keepdim) {
        return Products.prod(this, dim, keepdim);
    }

    /** Running sum along {@code dim} (node {@code CumsumBackward0}); integer and bool inputs give int64. */
    public Tensor cumsum(int dim) {
        return Products.cumsum(this, dim);
    }

    /** Running product along {@code dim} (node {@code CumprodBackward0}). */
    public Tensor cumprod(int dim) {
        return Products.cumprod(this, dim);
    }

    /** PyTorch's {@code torch.logcumsumexp}: running log-sum-exp along {@code dim} (node {@code LogcumsumexpBackward0}). */
    public Tensor logcumsumexp(int dim) {
        return Products.logcumsumexp(this, dim);
    }

    // ---- ops/Counting

    /** Whether every element is nonzero (a 0-d bool tensor). */
    public Tensor all() {
        return Counting.all(this, new int[0], false);
    }

    /** PyTorch's {@code torch.all}. */
    public Tensor all(int dim) {
        return Counting.all(this, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.all}. */
    public Tensor all(int dim, boolean keepdim) {
        return Counting.all(this, new int[] {dim}, keepdim);
    }

    /** Whether any element is nonzero (a 0-d bool tensor). */
    public Tensor any() {
        return Counting.any(this, new int[0], false);
    }

    /** PyTorch's {@code torch.any}. */
    public Tensor any(int dim) {
        return Counting.any(this, new int[] {dim}, false);
    }

    /** PyTorch's {@code torch.any}. */
    public Tensor any(int dim, boolean keepdim) {
        return Counting.any(this, new int[] {dim}, keepdim);
    }

    /** Number of nonzero elements (int64). */
    public Tensor countNonzero() {
        return Counting.countNonzero(this, new int[0]);
    }

    /** PyTorch's {@code torch.count_nonzero}. */
    public Tensor countNonzero(int dim) {
        return Counting.countNonzero(this, new int[] {dim});
    }

    /** PyTorch's {@code torch.count_nonzero}. */
    public Tensor countNonzero(int[] dims) {
        return Counting.countNonzero(this, Args.nonNull(dims, "dims"));
    }

    // ---- ops/Sorting

    /** PyTorch's {@code torch.sort} along the last dim, ascending (node {@code SortBackward0}). */
    public ValuesIndices sort() {
        return Sorting.sort(this, false, -1, false);
    }

    /** PyTorch's {@code torch.sort} (node {@code SortBackward0}). */
    public ValuesIndices sort(int dim) {
        return Sorting.sort(this, false, dim, false);
    }

    /** PyTorch's {@code torch.sort} (node {@code SortBackward0}); ties keep their input order. */
    public ValuesIndices sort(int dim, boolean descending) {
        return Sorting.sort(this, false, dim, descending);
    }

    /** PyTorch's {@code torch.sort(stable=...)} (node {@code SortBackward1} when stable). */
    public ValuesIndices sort(boolean stable, int dim, boolean descending) {
        return Sorting.sort(this, stable, dim, descending);
    }

    /** PyTorch's {@code torch.argsort} along the last dim (int64). */
    public Tensor argsort() {
        return Sorting.argsort(this, false, -1, false);
    }

    /** PyTorch's {@code torch.argsort} (int64). */
    public Tensor argsort(int dim) {
        return Sorting.argsort(this, false, dim, false);
    }

    /** PyTorch's {@code torch.argsort} (int64). */
    public Tensor argsort(int dim, boolean descending) {
        return Sorting.argsort(this, false, dim, descending);
    }

    /** PyTorch's {@code torch.argsort(stable=...)} (int64). */
    public Tensor argsort(boolean stable, int dim, boolean descending) {
        return Sorting.argsort(this, stable, dim, descending);
    }

    /** PyTorch's {@code torch.msort}: sorted along dim 0 (node {@code SortBackward0}). */
    public Tensor msort() {
        return Sorting.msort(this);
    }

    /** PyTorch's {@code torch.topk} along the last dim, largest first (node {@code TopkBackward0}). */
    public ValuesIndices topk(int k) {
        return Sorting.topk(this, k, -1, true, true);
    }

    /** PyTorch's {@code torch.topk} (node {@code TopkBackward0}). */
    public ValuesIndices topk(int k, int dim) {
        return Sorting.topk(this, k, dim, true, true);
    }

    /** PyTorch's {@code torch.topk} (node {@code TopkBackward0}); the result is always in sorted order. */
    public ValuesIndices topk(int k, int dim, boolean largest, boolean sorted) {
        return Sorting.topk(this, k, dim, largest, sorted);
    }

    /** PyTorch's {@code torch.kthvalue} along the last dim, k counting from 1 (node {@code KthvalueBackward0}). */
    public ValuesIndices kthvalue(int k) {
        return Sorting.kthvalue(this, k, -1, false);
    }

    /** PyTorch's {@code torch.kthvalue} (node {@code KthvalueBackward0}). */
    public ValuesIndices kthvalue(int k, int dim) {
        return Sorting.kthvalue(this, k, dim, false);
    }

    /** PyTorch's {@code torch.kthvalue} (node {@code KthvalueBackward0}). */
    public ValuesIndices kthvalue(int k, int dim, boolean keepdim) {
        return Sorting.kthvalue(this, k, dim, keepdim);
    }

    /** PyTorch's {@code torch.median}: the lower median of all elements (node {@code MedianBackward0}). */
    public Tensor median() {
        return Sorting.median(this);
    }

    /** PyTorch's {@code torch.median} along a dim, with indices (node {@code MedianBackward1}). */
    public ValuesIndices median(int dim) {
        return Sorting.median(this, dim, false);
    }

    /** PyTorch's {@code torch.median} (node {@code MedianBackward1}). */
    public ValuesIndices median(int dim, boolean keepdim) {
        return Sorting.median(this, dim, keepdim);
    }

    /** PyTorch's {@code torch.nanmedian}: the lower median ignoring NaN (node {@code NanmedianBackward0}). */
    public Tensor nanmedian() {
        return Sorting.nanmedian(this);
    }

    /** PyTorch's {@code torch.nanmedian} along a dim, with indices (node {@code NanmedianBackward1}). */
    public ValuesIndices nanmedian(int dim) {
        return Sorting.nanmedian(this, dim, false);
    }

    /** PyTorch's {@code torch.nanmedian} (node {@code NanmedianBackward1}). */
    public ValuesIndices nanmedian(int dim, boolean keepdim) {
        return Sorting.nanmedian(this, dim, keepdim);
    }

    /** PyTorch's {@code torch.mode} along the last dim: the most frequent value and its last index (node {@code ModeBackward0}). */
    public ValuesIndices mode() {
        return Sorting.mode(this, -1, false);
    }

    /** PyTorch's {@code torch.mode} (node {@code ModeBackward0}). */
    public ValuesIndices mode(int dim) {
        return Sorting.mode(this, dim, false);
    }

    /** PyTorch's {@code torch.mode} (node {@code ModeBackward0}). */
    public ValuesIndices mode(int dim, boolean keepdim) {
        return Sorting.mode(this, dim, keepdim);
    }

    /** PyTorch's {@code torch.cummax}: running maximum and its latest index (node {@code CummaxBackward0}). */
    public ValuesIndices cummax(int dim) {
        return Sorting.cummax(this, dim);
    }

    /** PyTorch's {@code torch.cummin}: running minimum and its latest index (node {@code CumminBackward0}). */
    public ValuesIndices cummin(int dim) {
        return Sorting.cummin(this, dim);
    }

    // ---- ops/Uniques

    /** PyTorch's {@code torch.unique}: the distinct elements, sorted (not differentiable). */
    public Tensor unique() {
        return Uniques.unique(this, null, false, false).values();
    }

    /** PyTorch's {@code torch.unique(input, sorted=True, return_inverse, return_counts)} over all elements. */
    public UniqueResult unique(boolean returnInverse, boolean returnCounts) {
        return Uniques.unique(this, null, returnInverse, returnCounts);
    }

    /** PyTorch's {@code torch.unique_consecutive}: the first element of each run of equal ones. */
    public Tensor uniqueConsecutive() {
        return Uniques.uniqueConsecutive(this, null, false, false).values();
    }

    /** PyTorch's {@code torch.unique_consecutive(input, return_inverse, return_counts)} over all elements. */
    public UniqueResult uniqueConsecutive(boolean returnInverse, boolean returnCounts) {
        return Uniques.uniqueConsecutive(this, null, returnInverse, returnCounts);
    }

    /** PyTorch's {@code torch.unique(input, return_inverse=, return_counts=, dim=)}: distinct slices along dim. */
    public UniqueResult unique(boolean returnInverse, boolean returnCounts, int dim) {
        return Uniques.unique(this, dim, returnInverse, returnCounts);
    }

    /** PyTorch's {@code torch.unique_consecutive(input, return_inverse, return_counts, dim)}: runs of equal slices. */
    public UniqueResult uniqueConsecutive(boolean returnInverse, boolean returnCounts, int dim) {
        return Uniques.uniqueConsecutive(this, dim, returnInverse, returnCounts);
    }

    // ---- ops/Quantiles

    /** PyTorch's {@code torch.quantile(input, q)} of all elements, linear interpolation. */
    public Tensor quantile(double q) {
        return Quantiles.quantile(this, q, null, false, "linear", false);
    }

    /** PyTorch's {@code torch.quantile(input, q, dim, keepdim, interpolation)}; {@code dim} null for all elements. */
    public Tensor quantile(double q, Integer dim, boolean keepdim, String interpolation) {
        return Quantiles.quantile(this, q, dim, keepdim, Args.nonNull(interpolation, "interpolation"), false);
    }

    /** PyTorch's {@code torch.quantile} at each element of a 1-D {@code q} (quantiles first), linear interpolation. */
    public Tensor quantile(Tensor q) {
        return Quantiles.quantile(this, Args.nonNull(q, "q"), null, false, "linear", false);
    }

    /** PyTorch's {@code torch.quantile(input, q, dim, keepdim, interpolation)} with a tensor {@code q}. */
    public Tensor quantile(Tensor q, Integer dim, boolean keepdim, String interpolation) {
        return Quantiles.quantile(this, Args.nonNull(q, "q"), dim, keepdim,
                Args.nonNull(interpolation, "interpolation"), false);
    }

    /** PyTorch's {@code torch.nanquantile(input, q)}: the quantile of the non-NaN elements. */
    public Tensor nanquantile(double q) {
        return Quantiles.quantile(this, q, null, false, "linear", true);
    }

    /** PyTorch's {@code torch.nanquantile(input, q, dim, keepdim, interpolation)}; {@code dim} null for all elements. */
    public Tensor nanquantile(double q, Integer dim, boolean keepdim, String interpolation) {
        return Quantiles.quantile(this, q, dim, keepdim, Args.nonNull(interpolation, "interpolation"), true);
    }

    /** PyTorch's {@code torch.nanquantile} at each element of a 1-D {@code q} (quantiles first). */
    public Tensor nanquantile(Tensor q) {
        return Quantiles.quantile(this, Args.nonNull(q, "q"), null, false, "linear", true);
    }

    /** PyTorch's {@code torch.nanquantile(input, q, dim, keepdim, interpolation)} with a tensor {@code q}. */
    public Tensor nanquantile(Tensor q, Integer dim, boolean keepdim, String interpolation) {
        return Quantiles.quantile(this, Args.nonNull(q, "q"), dim, keepdim,
                Args.nonNull(interpolation, "interpolation"), true);
    }

    // ---- ops/Searching

    /** PyTorch's {@code torch.searchsorted(sorted, values)} with this as the sorted sequence (int64). */
    public Tensor searchsorted(Tensor values) {
        return Searching.searchsorted(this, Args.nonNull(values, "values"), false);
    }

    /** PyTorch's {@code torch.searchsorted(sorted, values, right=...)} (int64). */
    public Tensor searchsorted(Tensor values, boolean right) {
        return Searching.searchsorted(this, Args.nonNull(values, "values"), right);
    }

    /** PyTorch's {@code torch.bucketize(input, boundaries)} (int64). */
    public Tensor bucketize(Tensor boundaries) {
        return Searching.bucketize(this, Args.nonNull(boundaries, "boundaries"), false);
    }

    /** PyTorch's {@code torch.bucketize(input, boundaries, right=...)} (int64). */
    public Tensor bucketize(Tensor boundaries, boolean right) {
        return Searching.bucketize(this, Args.nonNull(boundaries, "boundaries"), right);
    }

    /** PyTorch's {@code torch.isin(elements, test_elements)} (bool). */
    public Tensor isin(Tensor testElements) {
        return Searching.isin(this, Args.nonNull(testElements, "testElements"), false);
    }

    /** PyTorch's {@code torch.isin(elements, test_elements, invert=...)} (bool). */
    public Tensor isin(Tensor testElements, boolean invert) {
        return Searching.isin(this, Args.nonNull(testElements, "testElements"), invert);
    }

    /** PyTorch's {@code torch.argwhere}: the coordinates of the non-zero elements, {@code [n, dim()]} (int64). */
    public Tensor argwhere() {
        return Searching.argwhere(this);
    }

    // ---- ops/Histograms

    /** PyTorch's {@code torch.bincount} of a 1-D non-negative int64 tensor (int64 counts). */
    public Tensor bincount() {
        return Histograms.bincount(this, null, 0);
    }

    /** PyTorch's {@code torch.bincount(input, weights, minlength)}; {@code weights} may be null (then int64 counts). */
    public Tensor bincount(Tensor weights, int minlength) {
        return Histograms.bincount(this, weights, minlength);
    }

    /** PyTorch's {@code torch.histc(input, bins)}: the range is the data's minimum to maximum. */
    public Tensor histc(int bins) {
        return Histograms.histc(this, bins, 0, 0);
    }

    /** PyTorch's {@code torch.histc(input, bins, min, max)}: counts in {@code bins} equal bins over [min, max]. */
    public Tensor histc(int bins, double min, double max) {
        return Histograms.histc(this, bins, min, max);
    }

    // ------------------------------------------------------------------ linear algebra

    // ---- ops/MatrixProducts

    /** Outer product with another vector (node {@code MulBackward0}, as PyTorch decomposes it). */
    public Tensor outer(Tensor vec2) {
        return MatrixProducts.outer(this, Args.nonNull(vec2, "vec2"));
    }

    /** {@code torch.outer(input, vec2)}. */
    public static Tensor outer(Tensor input, Tensor vec2) {
        return MatrixProducts.outer(Args.nonNull(input, "input"), Args.nonNull(vec2, "vec2"));
    }

    /** {@code this + mat1 @ mat2} (node {@code AddmmBackward0}). */
    public Tensor addmm(Tensor mat1, Tensor mat2) {
        return MatrixProducts.addmm(this, Args.nonNull(mat1, "mat1"), Args.nonNull(mat2, "mat2"), 1, 1);
    }

    /** {@code beta * this + alpha * (mat1 @ mat2)}. */
    public Tensor addmm(Tensor mat1, Tensor mat2, double beta, double alpha) {
        return MatrixProducts.addmm(this, Args.nonNull(mat1, "mat1"), Args.nonNull(mat2, "mat2"), beta, alpha);
    }

    /** {@code torch.addmm(input, mat1, mat2, beta=beta, alpha=alpha)}. */
    public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2, double beta, double alpha) {
        return MatrixProducts.addmm(Args.nonNull(input, "input"), Args.nonNull(mat1, "mat1"),
                Args.nonNull(mat2, "mat2"), beta, alpha);
    }

    /** {@code this + batch1 @ batch2} for 3-D batches (node {@code BaddbmmBackward0}). */
    public Tensor baddbmm(Tensor batch1, Tensor batch2) {
        return MatrixProducts.baddbmm(this, Args.nonNull(batch1, "batch1"), Args.nonNull(batch2, "batch2"), 1, 1);
    }

    /** PyTorch's {@code torch.baddbmm} (node {@code BaddbmmBackward0}). */
    public Tensor baddbmm(Tensor batch1, Tensor batch2, double beta, double alpha) {
        return MatrixProducts.baddbmm(this, Args.nonNull(batch1, "batch1"), Args.nonNull(batch2, "batch2"), beta,
                alpha);
    }

    /** {@code torch.baddbmm(input, batch1, batch2, beta=beta, alpha=alpha)}. */
    public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2, double beta, double alpha) {
        return MatrixProducts.baddbmm(Args.nonNull(input, "input"), Args.nonNull(batch1, "batch1"),
                Args.nonNull(batch2, "batch2"), beta, alpha);
    }

    // ---- ops/LinearAlgebra

    /** Matrix product with PyTorch's {@code matmul} semantics (1-D, 2-D and batched, broadcasting). */
    public Tensor matmul(Tensor other) {
        return LinearAlgebra.matmul(this, Args.nonNull(other, "other"));
    }

    /** 2-D matrix product. */
    public Tensor mm(Tensor other) {
        return LinearAlgebra.mm(this, Args.nonNull(other, "other"));
    }

    /** Matrix-vector product. */
    public Tensor mv(Tensor vec) {
        return LinearAlgebra.mv(this, Args.nonNull(vec, "vec"));
    }

    /** Inner product of two 1-D tensors. */
    public Tensor dot(Tensor other) {
        return LinearAlgebra.dot(this, Args.nonNull(other, "other"));
    }

    /** Batched 3-D matrix product. */
    public Tensor bmm(Tensor other) {
        return LinearAlgebra.bmm(this, Args.nonNull(other, "other"));
    }

    // ---- ops/Einsum

    /** {@code torch.einsum}, e.g. {@code einsum("bij,bjk->bik", a, b)} (no ellipsis or in-operand diagonals). */
    public static Tensor einsum(String equation, Tensor... operands) {
        return Einsum.einsum(Args.nonNull(equation, "equation"), Args.nonNullElements(operands, "operands"));
    }

    // ---- ops/Diagonals

    /** Lower triangle of the last two dims (node {@code TrilBackward0}). */
    public Tensor tril() {
        return Diagonals.tril(this, 0);
    }

    /** Lower triangle on and below diagonal {@code diagonal} (positive: above the main one). */
    public Tensor tril(int diagonal) {
        return Diagonals.tril(this, diagonal);
    }

    /** Upper triangle of the last two dims (node {@code TriuBackward0}). */
    public Tensor triu() {
        return Diagonals.triu(this, 0);
    }

    /** PyTorch's {@code torch.triu}. */
    public Tensor triu(int diagonal) {
        return Diagonals.triu(this, diagonal);
    }

    /** A vector's diagonal matrix, or a matrix's diagonal as a vector (node {@code DiagBackward0}). */
    public Tensor diag() {
        return Diagonals.diag(this, 0);
    }

    /** PyTorch's {@code torch.diag} (node {@code DiagBackward0}). */
    public Tensor diag(int diagonal) {
        return Diagonals.diag(this, diagonal);
    }

    /** A view of the main diagonal of dims 0 and 1 (node {@code DiagonalBackward0}). */
    public Tensor diagonal() {
        return Diagonals.diagonal(this, 0, 0, 1);
    }

    /** PyTorch's {@code torch.diagonal} (node {@code DiagonalBackward0}). */
    public Tensor diagonal(int offset) {
        return Diagonals.diagonal(this, offset, 0, 1);
    }

    /** A view of diagonal {@code offset} of the (dim1, dim2) planes, appended as the last dim. */
    public Tensor diagonal(int offset, int dim1, int dim2) {
        return Diagonals.diagonal(this, offset, dim1, dim2);
    }

    /** Sum of the main diagonal of a matrix (node {@code TraceBackward0}). */
    public Tensor trace() {
        return Diagonals.trace(this);
    }

    // ------------------------------------------------------------------ activations

    // ---- ops/Activations

    /** PyTorch's {@code Tensor.sigmoid} (node {@code SigmoidBackward0}). */
    public Tensor sigmoid() {
        return Activations.sigmoid(this);
    }

    /** PyTorch's {@code Tensor.relu} (node {@code ReluBackward0}). */
    public Tensor relu() {
        return Activations.relu(this);
    }

    /** PyTorch's {@code Tensor.sigmoid_}, in place. */
    public Tensor sigmoid_() {
        return InPlace.apply(this, Activations::sigmoid);
    }

    /** PyTorch's {@code Tensor.relu_}, in place. */
    public Tensor relu_() {
        return InPlace.apply(this, Activations::relu);
    }

    /** {@code min(max(x, 0), 6)} (node {@code HardtanhBackward0}). */
    public Tensor relu6() {
        return Activations.hardtanh(this, 0, 6);
    }

    /** {@code x > 0 ? x : 0.01 x} (node {@code LeakyReluBackward0}). */
    public Tensor leakyRelu() {
        return Activations.leakyRelu(this, 0.01);
    }

    /** PyTorch's {@code F.leaky_relu}. */
    public Tensor leakyRelu(double negativeSlope) {
        return Activations.leakyRelu(this, negativeSlope);
    }

    /** ELU with alpha 1 (node {@code EluBackward0}). */
    public Tensor elu() {
        return Activations.elu(this, 1);
    }

    /** PyTorch's {@code F.elu}. */
    public Tensor elu(double alpha) {
        return Activations.elu(this, alpha);
    }

    /** SELU (node {@code EluBackward0}, as PyTorch). */
    public Tensor selu() {
        return Activations.selu(this);
    }

    /** CELU with alpha 1 (node {@code CeluBackward0}). */
    public Tensor celu() {
        return Activations.celu(this, 1);
    }

    /** PyTorch's {@code F.celu}. */
    public Tensor celu(double alpha) {
        return Activations.celu(this, alpha);
    }

    /** Exact GELU, {@code x * Phi(x)} (node {@code GeluBackward0}). */
    public Tensor gelu() {
        return Activations.gelu(this, "none");
    }

    /** GELU, exact ("none") or with the tanh approximation ("tanh"). */
    public Tensor gelu(String approximate) {
        return Activations.gelu(this, Args.nonNull(approximate, "approximate"));
    }

    /** {@code x * sigmoid(x)} (node {@code SiluBackward0}). */
    public Tensor silu() {
        return Activations.silu(this);
    }

    /** {@code x * tanh(softplus(x))} (node {@code MishBackward0}). */
    public Tensor mish() {
        return Activations.mish(this);
    }

    /** {@code log(1 + exp(x))}, linear above 20 (node {@code SoftplusBackward0}). */
    public Tensor softplus() {
        return Activations.softplus(this, 1, 20);
    }

    /** PyTorch's {@code F.softplus} (node {@code SoftplusBackward0}). */
    public Tensor softplus(double beta, double threshold) {
        return Activations.softplus(this, beta, threshold);
    }

    /** {@code x / (1 + |x|)} (node {@code DivBackward0}). */
    public Tensor softsign() {
        return Activations.softsign(this);
    }

    /** {@code clamp(x, -1, 1)} (node {@code HardtanhBackward0}). */
    public Tensor hardtanh() {
        return Activations.hardtanh(this, -1, 1);
    }

    /** PyTorch's {@code F.hardtanh} (node {@code HardtanhBackward0}). */
    public Tensor hardtanh(double minVal, double maxVal) {
        return Activations.hardtanh(this, minVal, maxVal);
    }

    /** {@code clamp(x / 6 + 1/2, 0, 1)} (node {@code HardsigmoidBackward0}). */
    public Tensor hardsigmoid() {
        return Activations.hardsigmoid(this);
    }

    /** {@code x * clamp(x + 3, 0, 6) / 6} (node {@code HardswishBackward0}). */
    public Tensor hardswish() {
        return Activations.hardswish(this);
    }

    /** {@code log(sigmoid(x))}, stable for large |x| (node {@code LogSigmoidBackward0}). */
    public Tensor logsigmoid() {
        return Activations.logsigmoid(this);
    }

    // ---- ops/Softmax

    /** {@code x.softmax(dim)} (node {@code SoftmaxBackward0}); see {@link org.autograd4j.nn.F#softmax}. */
    public Tensor softmax(int dim) {
        return org.autograd4j.ops.Softmax.softmax(this, dim);
    }

    /** {@code x.log_softmax(dim)} (node {@code LogSoftmaxBackward0}). */
    public Tensor logSoftmax(int dim) {
        return org.autograd4j.ops.Softmax.logSoftmax(this, dim);
    }

    // ------------------------------------------------------------------ printing

    /** PyTorch's repr, e.g. {@code tensor([[3., 3.],\n        [3., 3.]], grad_fn=<AddBackward0>)}. */
    @Override
    public String toString() {
        Object data = Copying.contiguousArray(this, dtype());
        Node fn = gradFn();
        return TensorFormatter.repr(dtype(), data, shape, fn == null ? null : fn.name(),
                gradFn == null && requiresGrad);
    }

    /** Handle returned by {@link #registerHook}; {@link #remove()} unregisters the hook. */
    public static final class HookHandle {
        private final Runnable remover;

        HookHandle(Runnable remover) {
            this.remover = remover;
        }

        public void remove() {
            remover.run();
        }
    }

    /** Tensor's internals for the library's own packages, handed to {@link TensorAccess}. */
    private static final class Internals implements TensorAccess.Internals {
        @Override
        public Tensor create(Storage storage, int[] shape, int[] strides, int offset, VersionCounter version) {
            return new Tensor(storage, shape, strides, offset, version);
        }

        @Override
        public Tensor wrap(double value) {
            return Tensor.wrap(value);
        }

        @Override
        public Tensor wrap(long value) {
            return Tensor.wrap(value);
        }

        @Override
        public int[] rawShape(Tensor t) {
            return t.shape;
        }

        @Override
        public int[] rawStrides(Tensor t) {
            return t.strides;
        }

        @Override
        public boolean isWrappedNumber(Tensor t) {
            return t.wrappedNumber;
        }

        @Override
        public Storage storage(Tensor t) {
            return t.storage;
        }

        @Override
        public VersionCounter versionCounter(Tensor t) {
            return t.version;
        }

        @Override
        public void setGradFn(Tensor t, Node node, int outputNr) {
            t.gradFn = node;
            t.outputNr = outputNr;
            t.gradFnVersion = t.version.get();
            t.requiresGrad = true;
        }

        @Override
        public AccumulateGrad gradAccumulator(Tensor t) {
            return t.gradAccumulator();
        }

        @Override
        public void setBase(Tensor t, Tensor base) {
            t.base = base.base != null ? base.base : base;
            t.gradFnVersion = t.version.get(); // writes before the view was made are not news to it
            t.viewMadeUnderNoGrad = !GradMode.isEnabled();
        }

        @Override
        public Tensor tangent(Tensor t, ForwardLevel level) {
            return t.tangentLevel == level ? t.tangent : null;
        }

        @Override
        public void setTangent(Tensor t, ForwardLevel level, Tensor tangent) {
            t.tangentLevel = tangent == null ? null : level;
            t.tangent = tangent;
        }
    }
}
