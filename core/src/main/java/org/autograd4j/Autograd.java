package org.autograd4j;

import static org.autograd4j.internal.TensorAccess.rawShape;

import java.util.List;
import org.autograd4j.autograd.AnomalyMode;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.InferenceMode;
import org.autograd4j.autograd.engine.Engine;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.internal.Args;

/**
 * Entry points of {@code torch.autograd}: grad modes, {@link #grad}, and the functional helpers
 * built on it ({@link #vjp}, {@link #jvp}, {@link #jacobian}, {@link #hessian}, {@link #hvp}).
 *
 * <p>Grad mode is per thread. Use it with try-with-resources:
 * <pre>{@code
 * try (var g = Autograd.noGrad()) {
 *     w.sub_(w.grad().mul(lr));   // not recorded
 * }
 * }</pre>
 */
public final class Autograd {
    private Autograd() {
    }

    /** Disables recording on this thread until the returned guard is closed. */
    public static GradMode.Guard noGrad() {
        return GradMode.set(false);
    }

    /** Enables recording on this thread until the returned guard is closed (inside a noGrad block, say). */
    public static GradMode.Guard enableGrad() {
        return GradMode.set(true);
    }

    /** Sets grad mode on this thread, like {@code torch.set_grad_enabled(enabled)}. */
    public static void setGradEnabled(boolean enabled) {
        GradMode.setEnabled(enabled);
    }

    /** PyTorch's {@code torch.is_grad_enabled}. */
    public static boolean isGradEnabled() {
        return GradMode.isEnabled();
    }

    /**
     * PyTorch's {@code torch.inference_mode()}: grad mode off, and tensors made inside are inference tensors,
     * which outside it may not be saved for backward, modified in place or made to require grad.
     */
    public static InferenceMode.Scope inferenceMode() {
        return InferenceMode.enter(true);
    }

    /** {@code torch.inference_mode(mode)}: with false, leaves inference mode (grad mode on) until closed. */
    public static InferenceMode.Scope inferenceMode(boolean mode) {
        return InferenceMode.enter(mode);
    }

    /** PyTorch's {@code torch.is_inference_mode_enabled}. */
    public static boolean isInferenceModeEnabled() {
        return InferenceMode.isEnabled();
    }

    /**
     * One backward pass from several roots, accumulating into the leaves' {@code grad} fields
     * ({@code torch.autograd.backward(tensors, grad_tensors, retain_graph, create_graph, inputs)}): each
     * node runs once with the sum of what every root sends it.
     *
     * @param gradTensors d(loss)/d(root) for each root; null (or a null entry) for one-element roots
     * @param inputs the leaves to accumulate into, or null for every leaf
     */
    public static void backward(List<Tensor> tensors, List<Tensor> gradTensors, boolean retainGraph,
                                boolean createGraph, List<Tensor> inputs) {
        Tensor[] roots = Args.nonNullElements(tensors, "tensors").toArray(new Tensor[0]);
        Tensor[] grads = gradTensors == null ? new Tensor[roots.length] : gradTensors.toArray(new Tensor[0]);
        if (grads.length != roots.length) {
            throw new IllegalArgumentException("got " + roots.length + " tensors and " + grads.length + " gradients");
        }
        Engine.run(roots, grads, retainGraph || createGraph, createGraph,
                inputs == null ? null : Args.nonNullElements(inputs, "inputs").toArray(new Tensor[0]), true);
    }

    /** {@link #backward(List, List, boolean, boolean, List)} freeing the graph, into every leaf. */
    public static void backward(List<Tensor> tensors, List<Tensor> gradTensors) {
        backward(tensors, gradTensors, false, false, null);
    }

    /**
     * The gradients of {@code outputs} with respect to {@code inputs}, without touching any
     * {@code grad} field ({@code torch.autograd.grad}).
     *
     * @param gradOutputs d(loss)/d(output) for each output; null (or a null entry) for one-element outputs
     * @param allowUnused if false, an input that the outputs do not depend on is an error; if true its gradient is null
     */
    public static List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, List<Tensor> gradOutputs,
                                    boolean retainGraph, boolean createGraph, boolean allowUnused) {
        Args.nonNullElements(inputs, "inputs");
        Tensor[] outs = Args.nonNullElements(outputs, "outputs").toArray(new Tensor[0]);
        Tensor[] gouts = gradOutputs == null ? new Tensor[outs.length] : gradOutputs.toArray(new Tensor[0]);
        if (gouts.length != outs.length) {
            throw new IllegalArgumentException("grad requires one grad_output per output: got " + gouts.length
                    + " grad_outputs and " + outs.length + " outputs");
        }
        Tensor[] result = Engine.run(outs, gouts, retainGraph || createGraph, createGraph,
                inputs.toArray(new Tensor[0]), false);
        for (Tensor g : result) {
            if (g == null && !allowUnused) {
                throw new IllegalStateException("One of the differentiated Tensors appears to not have been used in the "
                        + "graph. Set allow_unused=True if this is the desired behavior.");
            }
        }
        return java.util.Arrays.asList(result);
    }

    /**
     * {@link #grad(List, List, List, boolean, boolean, boolean)} with {@code is_grads_batched}: dim 0 of every
     * grad output is a batch of vectors, and each gradient gets that batch as its dim 0 (rows of a Jacobian when
     * the batch is an identity). PyTorch runs the backward pass under vmap; here it runs once per batch element,
     * retaining the graph until the last.
     */
    public static List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, List<Tensor> gradOutputs,
                                    boolean retainGraph, boolean createGraph, boolean allowUnused,
                                    boolean isGradsBatched) {
        if (!isGradsBatched) {
            return grad(outputs, inputs, gradOutputs, retainGraph, createGraph, allowUnused);
        }
        List<Tensor> batched = Args.nonNullElements(gradOutputs, "gradOutputs");
        int batch = batchSize(batched);
        List<List<Tensor>> rows = new java.util.ArrayList<>();
        for (int b = 0; b < batch; b++) {
            int row = b;
            List<Tensor> gradRow = batched.stream().map(g -> g.select(0, row)).toList();
            rows.add(grad(outputs, inputs, gradRow, retainGraph || b < batch - 1, createGraph, allowUnused));
        }
        Tensor[] result = new Tensor[inputs.size()];
        for (int i = 0; i < result.length; i++) {
            int input = i;
            List<Tensor> perRow = rows.stream().map(r -> r.get(input)).toList();
            result[i] = perRow.isEmpty() ? Tensor.zeros(batchedShape(0, inputs.get(i)), inputs.get(i).dtype())
                    : perRow.get(0) == null ? null : Tensor.stack(perRow, 0);
        }
        return java.util.Arrays.asList(result);
    }

    /** The common size of the grad outputs' dim 0, refused as PyTorch's vmap refuses different ones. */
    private static int batchSize(List<Tensor> batched) {
        int[] sizes = batched.stream().mapToInt(g -> g.dim() == 0 ? -1 : g.size(0)).toArray();
        if (java.util.Arrays.stream(sizes).distinct().count() != 1 || sizes[0] < 0) {
            throw new IllegalArgumentException("vmap: Expected all tensors to have the same size in the mapped "
                    + "dimension, got sizes " + java.util.Arrays.toString(sizes)
                    + " for the mapped dimension");
        }
        return sizes[0];
    }

    private static int[] batchedShape(int batch, Tensor t) {
        int[] shape = new int[t.dim() + 1];
        shape[0] = batch;
        System.arraycopy(t.shape(), 0, shape, 1, t.dim());
        return shape;
    }

    /** {@code grad(List.of(output), List.of(inputs))} for a one-element output, freeing the graph. */
    public static List<Tensor> grad(Tensor output, Tensor... inputs) {
        return grad(List.of(Args.nonNull(output, "output")), List.of(Args.nonNullElements(inputs, "inputs")),
                null, false, false, false);
    }

    /** Like {@link #grad(Tensor, Tensor...)} but records the backward pass, for higher derivatives. */
    public static List<Tensor> gradWithGraph(Tensor output, Tensor... inputs) {
        return grad(List.of(Args.nonNull(output, "output")), List.of(Args.nonNullElements(inputs, "inputs")),
                null, true, true, false);
    }

    /** A function of one tensor, for the functional helpers. */
    @FunctionalInterface
    public interface TensorFunction {
        Tensor apply(Tensor x);
    }

    /** The vector-Jacobian product {@code vᵀ·J} of {@code f} at {@code x}. Returns {f(x), vᵀJ}. */
    public static Tensor[] vjp(TensorFunction f, Tensor x, Tensor v) {
        Args.nonNull(f, "f");
        Tensor in = Args.nonNull(x, "x").detach().requiresGrad(true);
        Tensor out;
        try (GradMode.Guard g = GradMode.set(true)) {
            out = f.apply(in);
        }
        Tensor g = out.requiresGrad()
                ? grad(List.of(out), List.of(in), java.util.Collections.singletonList(v), false, false, true).get(0)
                : null;
        return new Tensor[] {out.detach(), g == null ? Tensor.zerosLike(in) : g};
    }

    /**
     * The Jacobian-vector product {@code J·v} of {@code f} at {@code x}, in forward mode: one
     * evaluation of f on the dual tensor {@code x + εv} (see {@link ForwardAD}), no backward pass.
     * Returns {f(x), Jv}. It opens a dual level, so it cannot run inside one.
     */
    public static Tensor[] jvp(TensorFunction f, Tensor x, Tensor v) {
        Args.nonNull(f, "f");
        Args.nonNull(x, "x");
        Args.nonNull(v, "v");
        try (ForwardLevel level = ForwardLevel.enterWithUndifferentiableTangents()) {
            Tensor out = f.apply(ForwardAD.makeDual(x.detach(), v));
            Tensor tangent = ForwardAD.unpackDual(out).tangent();
            return new Tensor[] {out.detach(), tangent == null ? Tensor.zerosLike(out) : tangent.detach()};
        }
    }

    /** A function of several tensors, for the functional helpers over several inputs. */
    @FunctionalInterface
    public interface TensorListFunction {
        Tensor apply(List<Tensor> xs);
    }

    /** The Jacobian of {@code f} at {@code x}: shape {@code out.shape + x.shape}. */
    public static Tensor jacobian(TensorFunction f, Tensor x) {
        Args.nonNull(f, "f");
        Args.nonNull(x, "x");
        return jacobian(xs -> f.apply(xs.get(0)), List.of(x)).get(0);
    }

    /**
     * The Jacobians of {@code f} with respect to each of {@code inputs}, as PyTorch's
     * {@code jacobian(func, inputs)} with a tuple of inputs: entry i has shape
     * {@code out.shape + inputs[i].shape}.
     */
    public static List<Tensor> jacobian(TensorListFunction f, List<Tensor> inputs) {
        Args.nonNull(f, "f");
        Args.nonNull(inputs, "inputs");
        List<Tensor> in = new java.util.ArrayList<>();
        for (Tensor x : inputs) {
            in.add(x.detach().requiresGrad(true));
        }
        Tensor out;
        try (GradMode.Guard guard = GradMode.set(true)) {
            out = f.apply(java.util.Collections.unmodifiableList(in));
        }
        int m = out.numel();
        Tensor[] jac = new Tensor[in.size()];
        for (int j = 0; j < jac.length; j++) {
            jac[j] = Tensor.zeros(new int[] {m, in.get(j).numel()}, out.dtype());
        }
        Tensor flat = out.reshape(-1);
        for (int i = 0; i < m && out.requiresGrad(); i++) {
            List<Tensor> rows = grad(List.of(flat.select(0, i)), in, null, true, false, true);
            for (int j = 0; j < jac.length; j++) {
                if (rows.get(j) != null) {
                    jac[j].select(0, i).copy_(rows.get(j).reshape(-1));
                }
            }
        }
        List<Tensor> result = new java.util.ArrayList<>();
        for (int j = 0; j < jac.length; j++) {
            int[] shape = new int[out.dim() + in.get(j).dim()];
            System.arraycopy(rawShape(out), 0, shape, 0, out.dim());
            System.arraycopy(rawShape(in.get(j)), 0, shape, out.dim(), in.get(j).dim());
            result.add(jac[j].view(shape));
        }
        return result;
    }

    /** The Hessian of a scalar-valued {@code f} at {@code x}: shape {@code x.shape + x.shape}. */
    public static Tensor hessian(TensorFunction f, Tensor x) {
        Args.nonNull(f, "f");
        Args.nonNull(x, "x");
        return hessian(xs -> f.apply(xs.get(0)), List.of(x)).get(0).get(0);
    }

    /**
     * The Hessian blocks of a scalar-valued {@code f} over several inputs, as PyTorch's
     * {@code hessian(func, inputs)}: entry [i][j] is d²f/(dx_i dx_j), of shape
     * {@code inputs[i].shape + inputs[j].shape}.
     */
    public static List<List<Tensor>> hessian(TensorListFunction f, List<Tensor> inputs) {
        Args.nonNull(f, "f");
        Args.nonNull(inputs, "inputs");
        List<List<Tensor>> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            int row = i;
            blocks.add(jacobian(xs -> {
                Tensor y = f.apply(xs);
                Tensor g = grad(List.of(y), xs, null, true, true, true).get(row);
                return g == null ? Tensor.zerosLike(xs.get(row)) : g;
            }, inputs));
        }
        return blocks;
    }

    /**
     * The Hessian-vector product {@code H·v} of a scalar-valued {@code f} at {@code x}, forward over
     * reverse: the gradient of f is computed by one backward pass on the dual tensor
     * {@code x + εv}, and its tangent is {@code H·v}. No graph of the backward pass is recorded (as
     * reverse over reverse must), and a gradient that reaches the result only through its tangent (a
     * weight's {@code gᵀ·x}) gets no value computed. Returns {f(x), Hv}. It opens a dual level, so it
     * cannot run inside one.
     */
    public static Tensor[] hvp(TensorFunction f, Tensor x, Tensor v) {
        Args.nonNull(f, "f");
        Args.nonNull(v, "v");
        Tensor in = Args.nonNull(x, "x").detach().requiresGrad(true);
        try (ForwardLevel level = ForwardLevel.enterWithUndifferentiableTangents(); GradMode.Guard guard = GradMode.set(true)) {
            Tensor y = f.apply(ForwardAD.makeDual(in, v));
            Tensor g = Engine.gradientTangents(new Tensor[] {y}, new Tensor[] {in})[0];
            Tensor hv = g == null ? null : ForwardAD.unpackDual(g).tangent();
            return new Tensor[] {y.detach(), hv == null ? Tensor.zerosLike(in) : hv.detach()};
        }
    }

    /**
     * The vector-Hessian product {@code vᵀ·H} of a scalar-valued {@code f} at {@code x}
     * ({@code torch.autograd.functional.vhp}), reverse over reverse: the gradient is computed with its
     * graph recorded, then backpropagated with {@code v}. Returns {f(x), vᵀH}. For the symmetric
     * Hessian of a twice continuously differentiable f it equals {@link #hvp}, which is cheaper.
     */
    public static Tensor[] vhp(TensorFunction f, Tensor x, Tensor v) {
        Args.nonNull(f, "f");
        Tensor in = Args.nonNull(x, "x").detach().requiresGrad(true);
        if (!java.util.Arrays.equals(rawShape(Args.nonNull(v, "v")), rawShape(in))) {
            throw new IllegalArgumentException("v has invalid size: should be " + in.torchSize()
                    + " but got " + v.torchSize() + ".");
        }
        try (GradMode.Guard guard = GradMode.set(true)) {
            Tensor y = f.apply(in);
            if (y.numel() != 1) {
                throw new IllegalArgumentException("The Tensor returned by the function given to vhp should contain a "
                        + "single element");
            }
            Tensor g = y.requiresGrad() ? grad(List.of(y), List.of(in), null, true, true, true).get(0) : null;
            Tensor vh = g != null && g.requiresGrad()
                    ? grad(List.of(g), List.of(in), List.of(v), false, false, true).get(0) : null;
            return new Tensor[] {y.detach(), vh == null ? Tensor.zerosLike(in) : vh};
        }
    }

    // ------------------------------------------------------------------ anomaly detection (issue 11)

    /**
     * Anomaly detection until the returned scope is closed ({@code with torch.autograd.detect_anomaly():}):
     * nodes keep the stack trace of their forward call, and a backward formula that returns NaN or
     * throws fails with that trace attached (see {@link AnomalyMode}).
     */
    public static AnomalyMode.Scope detectAnomaly() {
        return AnomalyMode.enable(true);
    }

    /** {@code detect_anomaly(check_nan=...)}: with {@code checkNan} false, NaN gradients pass unchecked. */
    public static AnomalyMode.Scope detectAnomaly(boolean checkNan) {
        return AnomalyMode.enable(checkNan);
    }

    /** {@code torch.autograd.set_detect_anomaly(mode)}: the global switch. */
    public static void setDetectAnomaly(boolean mode) {
        AnomalyMode.set(mode, true);
    }

    /** {@code torch.autograd.set_detect_anomaly(mode, check_nan)}. */
    public static void setDetectAnomaly(boolean mode, boolean checkNan) {
        AnomalyMode.set(mode, checkNan);
    }

    /** {@code torch.is_anomaly_enabled()}. */
    public static boolean isAnomalyEnabled() {
        return AnomalyMode.isEnabled();
    }
}
