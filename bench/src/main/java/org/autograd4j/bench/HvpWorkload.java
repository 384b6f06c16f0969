package org.autograd4j.bench;

import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/**
 * Hessian- and Jacobian-vector products of a small tanh MLP's loss, as a function of its flattened
 * weights: {@link Autograd#hvp} (forward over reverse) against reverse over reverse (the gradient
 * recorded with createGraph, then differentiated again with v), and {@link Autograd#jvp} (forward
 * mode) against the double-vjp trick, both written here with {@link Autograd#grad}.
 */
final class HvpWorkload {
    private final Tensor input;
    private final Tensor target;
    private final Tensor weights;
    private final Tensor v;
    private final int[] sizes;

    HvpWorkload(int[] sizes, int batch) {
        this.sizes = sizes;
        Generator gen = new Generator(0);
        int count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            count += sizes[l] * sizes[l + 1];
        }
        input = gen.randn(new int[] {batch, sizes[0]}, DType.FLOAT64);
        target = gen.randn(new int[] {batch, sizes[sizes.length - 1]}, DType.FLOAT64);
        weights = gen.randn(new int[] {count}, DType.FLOAT64).mul(0.1);
        v = gen.randn(new int[] {count}, DType.FLOAT64);
    }

    int parameterCount() {
        return weights.numel();
    }

    /** Mean squared error of the network's output. */
    private Tensor loss(Tensor flat) {
        return F.mseLoss(output(flat), target);
    }

    /** The output of the MLP whose weight matrices are consecutive pieces of {@code flat}. */
    private Tensor output(Tensor flat) {
        Tensor h = input;
        int offset = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int n = sizes[l] * sizes[l + 1];
            h = F.linear(h, flat.narrow(0, offset, n).view(sizes[l + 1], sizes[l]));
            h = l + 2 < sizes.length ? h.tanh() : h;
            offset += n;
        }
        return h;
    }

    Tensor hvpForwardOverReverse() {
        return Autograd.hvp(this::loss, weights, v)[1];
    }

    Tensor hvpReverseOverReverse() {
        Tensor w = weights.detach().requiresGrad(true);
        Tensor g = Autograd.grad(List.of(loss(w)), List.of(w), null, true, true, false).get(0);
        return Autograd.grad(List.of(g), List.of(w), List.of(v), false, false, false).get(0);
    }

    Tensor jvpForward() {
        return Autograd.jvp(this::output, weights, v)[1];
    }

    Tensor jvpDoubleVjp() {
        Tensor w = weights.detach().requiresGrad(true);
        Tensor out = output(w);
        Tensor u = Tensor.zerosLike(out).requiresGrad(true);
        Tensor uJ = Autograd.grad(List.of(out), List.of(w), List.of(u), true, true, false).get(0);
        return Autograd.grad(List.of(uJ), List.of(u), List.of(v), false, false, false).get(0);
    }
}
