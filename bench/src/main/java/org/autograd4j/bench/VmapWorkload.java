package org.autograd4j.bench;

import org.autograd4j.DType;
import org.autograd4j.Func;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/**
 * Per-example gradients of a tanh MLP's cross-entropy, with respect to its first weight matrix:
 * {@code Func.vmap(Func.grad(loss))} against the loop of single-example backward passes it
 * replaces. Without batching rules vmap is that loop too; this is the baseline a batching rule
 * must beat.
 */
final class VmapWorkload {
    private final Tensor w1;
    private final Tensor b1;
    private final Tensor w2;
    private final Tensor xs;
    private final Tensor ys;
    private final Func.TensorFn perExample;

    VmapWorkload(int in, int hidden, int classes, int batch) {
        Generator gen = new Generator(0);
        w1 = gen.randn(new int[] {hidden, in}, DType.FLOAT32).mul(0.1);
        b1 = gen.randn(new int[] {hidden}, DType.FLOAT32).mul(0.1);
        w2 = gen.randn(new int[] {classes, hidden}, DType.FLOAT32).mul(0.1);
        xs = gen.randn(new int[] {batch, in}, DType.FLOAT32);
        ys = Tensor.zeros(new int[] {batch}, DType.INT64);
        perExample = Func.vmap(Func.grad(VmapWorkload::loss), null, null, null, 0, 0);
    }

    /** The loss of one example: a[3] is its input, a[4] its class. */
    private static Tensor loss(Tensor... a) {
        Tensor logits = F.linear(F.linear(a[3].unsqueeze(0), a[0], a[1]).tanh(), a[2], null);
        return F.crossEntropy(logits, a[4].unsqueeze(0));
    }

    Tensor vmap() {
        return perExample.apply(w1, b1, w2, xs, ys);
    }

    Tensor loop() {
        Tensor[] grads = new Tensor[xs.size(0)];
        for (int i = 0; i < grads.length; i++) {
            Tensor w = w1.detach().requiresGrad(true);
            loss(w, b1, w2, xs.select(0, i), ys.select(0, i)).backward();
            grads[i] = w.grad();
        }
        return Tensor.stack(java.util.Arrays.asList(grads), 0);
    }
}
