package org.autograd4j.autograd;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.HandOver;

/**
 * A user-defined differentiable operation, like {@code torch.autograd.Function}: subclass it,
 * implement {@link #forward} and {@link #backward}, and call {@link #apply}. The recorded node is
 * named after the class, as PyTorch names it ({@code class MyExp} gives {@code MyExpBackward}).
 *
 * <pre>{@code
 * class MyExp extends Function {
 *     protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
 *         Tensor y = in[0].exp();
 *         ctx.saveForBackward(y);
 *         return new Tensor[] {y};
 *     }
 *     protected Tensor[] backward(FunctionContext ctx, Tensor... grads) {
 *         return new Tensor[] {grads[0].mul(ctx.savedTensors().get(0))};
 *     }
 * }
 * Tensor y = new MyExp().apply1(x);
 * }</pre>
 *
 * Forward runs with grad mode off; backward runs with grad mode on only when a graph of the
 * backward pass is being built ({@code createGraph}), so a backward written with tensor ops gives
 * higher derivatives too.
 */
public abstract class Function {

    /** Computes the outputs from the inputs; save what backward needs with {@code ctx.saveForBackward}. */
    protected abstract Tensor[] forward(FunctionContext ctx, Tensor... inputs);

    /** Returns one gradient per forward input (null where none) from one gradient per output. */
    protected abstract Tensor[] backward(FunctionContext ctx, Tensor... gradOutputs);

    /** The node name, PyTorch style: the class's simple name followed by "Backward". */
    public String nodeName() {
        return getClass().getSimpleName() + "Backward";
    }

    /** Runs forward and, if any input requires grad in grad mode, records a node running {@link #backward}. */
    public Tensor[] apply(Tensor... inputs) {
        boolean[] needs = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            needs[i] = inputs[i] != null && inputs[i].requiresGrad() && GradMode.isEnabled();
        }
        FunctionContext fctx = new FunctionContext(needs);
        Tensor[] outs;
        try (GradMode.Guard g = GradMode.set(false); DualLevel.Suspension s = DualLevel.suspend()) {
            outs = forward(fctx, inputs);
        }
        return Graph.recordMulti(nodeName(), outs, inputs, ctx -> {
            ctx.forwardMulti(tangents -> {
                throw new UnsupportedOperationException("You must implement the jvp function for custom "
                        + "autograd.Function to use it with forward mode AD.");
            });
            fctx.bindSaved(ctx);
            return grads -> {
                // User code sees these and may keep them: no leaf may keep them without a copy.
                HandOver.disownAll(grads);
                Tensor[] result = backward(fctx, grads);
                int count = result == null ? 0 : result.length;
                if (count != inputs.length) {
                    throw new IllegalStateException("function " + nodeName() + " returned an incorrect number of "
                            + "gradients (expected " + inputs.length + ", got " + count + ")");
                }
                HandOver.disownAll(result);
                return result;
            };
        });
    }

    /** {@link #apply} for a function with one output. */
    public Tensor apply1(Tensor... inputs) {
        return apply(inputs)[0];
    }
}
