package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;
import org.junit.jupiter.api.Test;

/**
 * Random graphs built from the op table, each checked by float64 gradcheck. A step applies a random
 * row of {@link OpSpecTest#allSpecs()} (every differentiable op, so an op is fuzzed as soon as it has
 * a row) to values made earlier in the graph, so nodes are reused. Each operand is an earlier value
 * fitted to the row's shape (broadcast when it can be, else cut or tiled), mapped into the row's
 * value range, and laid out at random: contiguous, transposed, with stride 2, or written in place
 * (through a view, into a fresh tensor). Leaves have random shapes of rank 0-3 with size-0 and size-1
 * dimensions. Every graph is a seeded program, so a failure prints the seed that replays it
 * ({@code -Dautograd4j.fuzz.seed=N} runs that one graph).
 */
class RandomGraphFuzzTest {
    private static final int GRAPHS = Integer.getInteger("autograd4j.fuzz.graphs", 1000);
    /**
     * Samplers are left out: their gradient is zero, so they test nothing here, and values such as
     * random_'s (up to 2^53) leave the finite differences of later steps no significant digits.
     */
    private static final List<OpSpec> SPECS = withoutSamplers(OpSpecTest.allSpecs());
    /** Outputs after the random projection: each is a full check of the gradient in a random direction. */
    private static final int PROJECTIONS = 4;

    private enum Layout { CONTIGUOUS, TRANSPOSED, STRIDED, IN_PLACE }

    @Test
    void randomGraphsPassGradcheck() {
        Long only = Long.getLong("autograd4j.fuzz.seed");
        long first = only != null ? only : 20261206L;
        int count = only != null ? 1 : GRAPHS;
        for (long seed = first; seed < first + count; seed++) {
            checkGraph(seed);
        }
    }

    private static void checkGraph(long seed) {
        Random rnd = new Random(seed);
        Generator gen = new Generator(seed);
        int[] full = randomShape(rnd);
        Tensor[] leaves = new Tensor[1 + rnd.nextInt(3)];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = gen.rand(broadcastableTo(full, rnd), DType.FLOAT64).mul(2).sub(1).requiresGrad(true);
        }
        List<Step> program = new ArrayList<>();
        try {
            List<Tensor> pool = new ArrayList<>(Arrays.asList(leaves));
            for (int s = 1 + rnd.nextInt(4); s > 0; s--) {
                Step step = new Step(rnd, gen, pool.size());
                program.add(step);
                pool.add(step.applyOrContiguous(pool));
            }
            // A random projection of every value: a wrong gradient of any element still shows, and
            // the analytical Jacobian costs PROJECTIONS backward passes instead of one per element.
            Tensor mix = gen.rand(new int[] {PROJECTIONS, run(program, leaves).numel()}, DType.FLOAT64).sub(0.5);
            GradCheck.gradcheck(in -> mix.matmul(run(program, in)), leaves);
        } catch (RuntimeException | AssertionError e) {
            fail("random graph seed " + seed + " (replay: -Dautograd4j.fuzz.seed=" + seed + "), leaves "
                    + shapesOf(leaves) + ", program " + program + ": " + e, e);
        }
    }

    /** Runs the program; the result holds every value of the pool, so every node (and every reuse) matters. */
    private static Tensor run(List<Step> program, Tensor[] leaves) {
        List<Tensor> pool = new ArrayList<>(Arrays.asList(leaves));
        for (Step step : program) {
            pool.add(step.apply(pool));
        }
        List<Tensor> flat = new ArrayList<>();
        for (Tensor value : pool) {
            flat.add(value.reshape(-1));
        }
        return Tensor.cat(flat, 0);
    }

    /** One row of the op table, one of its cases, applied to values of the pool. */
    private static final class Step {
        private final OpSpec spec;
        private final int caseIndex;
        private final int[] sources;
        private final Layout[] layouts;
        /** The row's constant inputs, and for the others a base in [0.25, 0.75) that keeps values distinct. */
        private final Tensor[] fixed;

        Step(Random rnd, Generator gen, int poolSize) {
            spec = SPECS.get(rnd.nextInt(SPECS.size()));
            caseIndex = rnd.nextInt(spec.cases.size());
            fixed = spec.inputs(caseIndex, DType.FLOAT64, rnd.nextLong());
            sources = new int[fixed.length];
            layouts = new Layout[fixed.length];
            for (int i = 0; i < fixed.length; i++) {
                if (!spec.isConstant(i)) {
                    sources[i] = rnd.nextInt(poolSize);
                    layouts[i] = Layout.values()[rnd.nextInt(Layout.values().length)];
                    fixed[i] = gen.rand(fixed[i].shape(), DType.FLOAT64).mul(0.5).add(0.25);
                }
            }
        }

        /**
         * The step's value on a first run; an op may refuse a non-contiguous operand (a {@code view}
         * across dimensions), and then the step keeps its values and ops but lays them out contiguously.
         */
        Tensor applyOrContiguous(List<Tensor> pool) {
            try {
                return apply(pool);
            } catch (IllegalArgumentException refused) {
                if (!Arrays.asList(layouts).contains(Layout.TRANSPOSED) && !Arrays.asList(layouts).contains(Layout.STRIDED)) {
                    throw refused;
                }
                Collections.replaceAll(Arrays.asList(layouts), Layout.TRANSPOSED, Layout.CONTIGUOUS);
                Collections.replaceAll(Arrays.asList(layouts), Layout.STRIDED, Layout.CONTIGUOUS);
                return apply(pool);
            }
        }

        Tensor apply(List<Tensor> pool) {
            Tensor[] in = new Tensor[fixed.length];
            for (int i = 0; i < in.length; i++) {
                in[i] = spec.isConstant(i) ? fixed[i] : operand(pool.get(sources[i]), fixed[i], layouts[i]);
            }
            return spec.fn.apply(in);
        }

        /** {@code value} fitted to the base's shape, mapped into the row's range: low + (high - low) * (base + u), |u| < 0.2. */
        private Tensor operand(Tensor value, Tensor base, Layout layout) {
            Tensor u = fitted(value, base.shape()).tanh().mul(0.2);
            Tensor unit;
            if (layout == Layout.IN_PLACE) {
                if (u.dim() > 0 && u.size(0) > 0) {
                    u.narrow(0, 0, 1).mul_(-0.5); // in place through a view of an intermediate
                }
                unit = base.clone().add_(u); // a tensor that did not require grad takes the history
            } else {
                unit = base.add(u);
            }
            Tensor x = unit.mul(spec.high - spec.low).add(spec.low);
            if (layout == Layout.TRANSPOSED && x.dim() >= 2) {
                return x.transpose(0, x.dim() - 1).contiguous().transpose(0, x.dim() - 1);
            }
            if (layout == Layout.STRIDED) {
                return Tensor.stack(List.of(x, x.neg()), -1).select(-1, 0);
            }
            return x;
        }

        @Override
        public String toString() {
            return spec.name + " case " + caseIndex + " of values " + Arrays.toString(sources) + " "
                    + Arrays.toString(layouts);
        }
    }

    /** {@code value} itself if it broadcasts to {@code shape}; else its elements cut or tiled to that shape (0 if it has none). */
    private static Tensor fitted(Tensor value, int[] shape) {
        if (broadcastsTo(value.shape(), shape)) {
            return value;
        }
        if (value.numel() == 0) {
            return value.sum();
        }
        int n = Shapes.numel(shape);
        Tensor flat = value.reshape(-1);
        int copies = (n + flat.numel() - 1) / flat.numel();
        return flat.repeat(copies).narrow(0, 0, n).view(shape);
    }

    private static boolean broadcastsTo(int[] from, int[] to) {
        if (from.length > to.length) {
            return false;
        }
        for (int d = 1; d <= from.length; d++) {
            int f = from[from.length - d];
            if (f != 1 && f != to[to.length - d]) {
                return false;
            }
        }
        return true;
    }

    private static List<OpSpec> withoutSamplers(List<OpSpec> specs) {
        java.util.Set<String> samplers = new java.util.HashSet<>();
        for (OpSpec sampler : SamplingSpecs.specs()) {
            samplers.add(sampler.name);
        }
        List<OpSpec> kept = new java.util.ArrayList<>();
        for (OpSpec spec : specs) {
            if (!samplers.contains(spec.name)) {
                kept.add(spec);
            }
        }
        return kept;
    }

    private static int[] randomShape(Random rnd) {
        int rank = rnd.nextInt(4);
        int[] shape = new int[rank];
        for (int d = 0; d < rank; d++) {
            int r = rnd.nextInt(20);
            shape[d] = r == 0 ? 0 : r < 6 ? 1 : 2 + rnd.nextInt(2);
        }
        return shape;
    }

    /** A shape that broadcasts to {@code full}: some leading dims dropped, some dims set to 1. */
    private static int[] broadcastableTo(int[] full, Random rnd) {
        int drop = full.length == 0 ? 0 : rnd.nextInt(full.length + 1);
        int[] shape = Arrays.copyOfRange(full, drop, full.length);
        for (int d = 0; d < shape.length; d++) {
            if (rnd.nextInt(3) == 0) {
                shape[d] = 1;
            }
        }
        return shape;
    }

    private static String shapesOf(Tensor[] tensors) {
        StringBuilder sb = new StringBuilder();
        for (Tensor t : tensors) {
            sb.append(Shapes.str(t.shape()));
        }
        return sb.toString();
    }
}
