package org.autograd4j.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;
import org.junit.jupiter.api.Test;

/**
 * Random graphs, each checked by float64 gradcheck: random shapes that broadcast (with size-0 and
 * size-1 dimensions), non-contiguous and expanded operands, nodes used several times, and in-place
 * ops on intermediates. Every graph is a seeded program, so a failure prints the seed that
 * replays it ({@code -Dautograd4j.fuzz.seed=N} runs that one graph).
 */
class RandomGraphFuzzTest {
    private static final int GRAPHS = Integer.getInteger("autograd4j.fuzz.graphs", 1000);

    /** One step of a program: reads values from the pool, returns a new one. */
    @FunctionalInterface
    interface Step {
        Tensor apply(List<Tensor> pool);
    }

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
        int[] full = randomShape(rnd);
        int leaves = 1 + rnd.nextInt(3);
        Tensor[] inputs = new Tensor[leaves];
        for (int i = 0; i < leaves; i++) {
            inputs[i] = Tensor.rand(broadcastableTo(full, rnd), DType.FLOAT64, new org.autograd4j.Generator(seed * 7 + i))
                    .mul(2).sub(1).requiresGrad(true);
        }
        List<Step> program = new ArrayList<>();
        List<String> listing = new ArrayList<>();
        int steps = 1 + rnd.nextInt(6);
        for (int s = 0; s < steps; s++) {
            addRandomStep(rnd, leaves + s, full, program, listing);
        }
        GradCheck.Fn fn = in -> run(program, in);
        try {
            GradCheck.gradcheck(fn, inputs);
        } catch (RuntimeException | AssertionError e) {
            fail("random graph seed " + seed + " (replay: -Dautograd4j.fuzz.seed=" + seed + "), shape "
                    + Shapes.str(full) + ", inputs " + shapesOf(inputs) + ", program " + listing + ": " + e, e);
        }
    }

    /** Runs the program; the output adds every value of the pool, so every node (and every reuse) matters. */
    private static Tensor run(List<Step> program, Tensor[] inputs) {
        List<Tensor> pool = new ArrayList<>(Arrays.asList(inputs));
        for (Step step : program) {
            pool.add(step.apply(pool));
        }
        Tensor out = pool.get(pool.size() - 1);
        for (int i = 0; i < pool.size() - 1; i++) {
            out = out.add(pool.get(i));
        }
        return out;
    }

    private static void addRandomStep(Random rnd, int poolSize, int[] full, List<Step> program, List<String> listing) {
        int a = rnd.nextInt(poolSize);
        int b = rnd.nextInt(poolSize);
        double c = 0.5 + rnd.nextDouble();
        int kind = rnd.nextInt(20);
        String one = "(" + a + ")";
        String two = "(" + a + ", " + b + ")";
        String name;
        Step step;
        switch (kind) {
            case 0: name = "add" + two; step = p -> p.get(a).add(p.get(b)); break;
            case 1: name = "sub" + two; step = p -> p.get(a).sub(p.get(b)); break;
            case 2: name = "mul" + two; step = p -> p.get(a).mul(p.get(b)); break;
            case 3: name = "div" + two; step = p -> p.get(a).div(p.get(b).square().add(1)); break;
            case 4: name = "tanh" + one; step = p -> p.get(a).tanh(); break;
            case 5: name = "sigmoid" + one; step = p -> p.get(a).sigmoid(); break;
            case 6: name = "sin" + one; step = p -> p.get(a).sin(); break;
            case 7: name = "exp(tanh)" + one; step = p -> p.get(a).tanh().exp(); break;
            case 8: name = "pow3" + one; step = p -> p.get(a).pow(3); break;
            case 9: name = "log1p(x^2)" + one; step = p -> p.get(a).square().log1p(); break;
            case 10: name = "scale" + one; step = p -> p.get(a).mul(c).add(-c); break;
            case 11: name = "sum keepdim" + one; step = p -> reduceKeepdim(p.get(a), c, false); break;
            case 12: name = "mean keepdim" + one; step = p -> reduceKeepdim(p.get(a), c, true); break;
            case 13: name = "expanded" + two; step = p -> p.get(a).expand(full).mul(p.get(b)); break;
            case 14: name = "transposed" + two; step = p -> transposed(p.get(a), p.get(b)); break;
            case 15: name = "strided" + one; step = p -> strided(p.get(a)).mul(c); break;
            case 16: name = "add_ in place" + two; step = p -> inPlace(p.get(a), p.get(b), true); break;
            case 17: name = "mul_ in place" + two; step = p -> inPlace(p.get(a), p.get(b), false); break;
            case 18: name = "softmax" + one; step = p -> p.get(a).dim() == 0 ? p.get(a) : p.get(a).softmax(-1); break;
            default: name = "sqrt(x^2+1)" + one; step = p -> p.get(a).square().add(1).sqrt(); break;
        }
        program.add(step);
        listing.add(name);
    }

    /** A sum or mean over one dimension with keepdim, so the value still broadcasts to the full shape. */
    private static Tensor reduceKeepdim(Tensor x, double c, boolean mean) {
        if (x.dim() == 0) {
            return x.mul(c);
        }
        int dim = (int) (c * 1000) % x.dim();
        return mean ? x.mean(dim, true) : x.sum(dim, true);
    }

    /** An elementwise op computed on a transposed (non-contiguous) view, transposed back. */
    private static Tensor transposed(Tensor x, Tensor y) {
        if (x.dim() < 2) {
            return x.cos();
        }
        Tensor t = x.transpose(0, x.dim() - 1);
        return t.mul(t.sin()).transpose(0, x.dim() - 1).add(y);
    }

    /** The same values read through a stride-2 view (every other element of a stacked pair). */
    private static Tensor strided(Tensor x) {
        return Tensor.stack(List.of(x, x.neg()), -1).select(-1, 0);
    }

    /** add_ or mul_ on a fresh intermediate, when the other operand broadcasts to its shape (in-place rules). */
    private static Tensor inPlace(Tensor x, Tensor y, boolean add) {
        Tensor target = x.mul(1.0);
        if (!Arrays.equals(Shapes.broadcast(x.shape(), y.shape()), x.shape())) {
            return target.neg_();
        }
        return add ? target.add_(y) : target.mul_(y.tanh());
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
