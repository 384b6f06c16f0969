package org.autograd4j.autograd;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.ForwardLevel;
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
 * higher derivatives too (unless it is {@link OnceDifferentiable}). Override {@link #jvp} for
 * forward mode. The context also takes PyTorch's {@code mark_dirty}, {@code mark_non_differentiable}
 * and {@code set_materialize_grads}.
 */
public abstract class Function {
    /** Whether each Function class's backward is {@link OnceDifferentiable}, read once per class. */
    private static final ClassValue<Boolean> ONCE_DIFFERENTIABLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != Function.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals("backward") && m.isAnnotationPresent(OnceDifferentiable.class)) {
                        return true;
                    }
                }
            }
            return false;
        }
    };

    /** Computes the outputs from the inputs; save what backward needs with {@code ctx.saveForBackward}. */
    protected abstract Tensor[] forward(FunctionContext ctx, Tensor... inputs);

    /** Returns one gradient per forward input (null where none) from one gradient per output. */
    protected abstract Tensor[] backward(FunctionContext ctx, Tensor... gradOutputs);

    /**
     * The forward-mode formula (PyTorch's {@code jvp(ctx, *grad_inputs)}): one tangent per output (null for
     * a zero one, or for an output that is not differentiable) from one tangent per input, zeros where an input has
     * none (null instead if {@code ctx.setMaterializeGrads(false)}). It reads the tensors given to
     * {@code ctx.saveForForward} as {@code ctx.savedTensors()}. Without it, a dual input is refused with PyTorch's
     * message.
     */
    protected Tensor[] jvp(FunctionContext ctx, Tensor... gradInputs) {
        throw new UnsupportedOperationException("You must implement the jvp function for custom autograd.Function to "
                + "use it with forward mode AD.");
    }

    /** The node name, PyTorch style: the class's simple name followed by "Backward". */
    public String nodeName() {
        return getClass().getSimpleName() + "Backward";
    }

    /**
     * Runs forward and, if any input requires grad in grad mode, records a node running {@link #backward}; if an
     * input carries a tangent, gives the outputs theirs with {@link #jvp}.
     */
    public Tensor[] apply(Tensor... inputs) {
        boolean[] needs = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            needs[i] = inputs[i] != null && inputs[i].requiresGrad() && GradMode.isEnabled();
        }
        FunctionContext fctx = new FunctionContext(needs);
        Tensor[] outs;
        try (GradMode.Guard g = GradMode.set(false); ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            outs = forward(fctx, inputs);
        }
        FunctionOutputs.checkDirty(fctx, inputs, outs);
        FunctionOutputs.viewReturnedInputs(fctx, inputs, outs);
        Tensor[] dirtyViews = FunctionOutputs.aliasDirtyViews(fctx, inputs, outs);
        boolean once = ONCE_DIFFERENTIABLE.get(getClass());
        Graph.recordMulti(nodeName(), outs, inputs, ctx -> {
            ctx.forwardMulti(tangents -> outputTangents(fctx, inputs, outs, dirtyViews, tangents));
            ctx.materializeGrads(fctx.materializesGrads());
            fctx.bindSaved(ctx);
            return grads -> {
                // User code sees these and may keep them: no leaf may keep them without a copy.
                HandOver.disownAll(grads);
                Tensor[] result = once ? FunctionOutputs.backwardOnce(this, fctx, grads) : backward(fctx, grads);
                int count = result == null ? 0 : result.length;
                if (count != inputs.length) {
                    throw new IllegalStateException("function " + nodeName() + " returned an incorrect number of "
                            + "gradients (expected " + inputs.length + ", got " + count + ")");
                }
                HandOver.disownAll(result);
                return result;
            };
        });
        FunctionOutputs.rebaseDirtyViews(dirtyViews, outs);
        FunctionOutputs.detachNonDifferentiable(fctx, outs);
        return outs;
    }

    /** Runs the user's backward (for {@link FunctionOutputs#backwardOnce}). */
    Tensor[] runBackward(FunctionContext ctx, Tensor[] grads) {
        return backward(ctx, grads);
    }

    /** The outputs' tangents from the user's {@link #jvp}, checked as PyTorch checks them. */
    private Tensor[] outputTangents(FunctionContext fctx, Tensor[] inputs, Tensor[] outs, Tensor[] dirtyViews,
                                    Tensor[] tangents) {
        Tensor[] given = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            boolean materialize = tangents[i] == null && fctx.materializesGrads() && inputs[i] != null
                    && inputs[i].dtype().isFloatingPoint();
            given[i] = materialize ? Tensor.zerosLike(inputs[i]) : tangents[i];
        }
        Tensor[] result = fctx.duringJvp(() -> jvp(fctx, given));
        int count = result == null ? 0 : result.length;
        if (count != outs.length) {
            throw new IllegalStateException("Function's jvp returned an invalid number of forward gradients (expected "
                    + outs.length + " but got " + count + ")");
        }
        for (int i = 0; i < count; i++) {
            if (result[i] != null) {
                ForwardLevel.checkSize(outs[i], result[i]);
            }
        }
        FunctionOutputs.checkDirtyTangents(fctx, inputs, dirtyViews, outs, tangents, result);
        return result;
    }

    /** {@link #apply} for a function with one output. */
    public Tensor apply1(Tensor... inputs) {
        return apply(inputs)[0];
    }
}
