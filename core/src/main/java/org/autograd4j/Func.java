package org.autograd4j;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.autograd4j.autograd.AccumulateGrad;
import org.autograd4j.autograd.DualLevel;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.Node;

/**
 * Function transforms, as PyTorch's {@code torch.func}: {@link #grad} turns a scalar function into
 * its gradient function, and composes ({@code grad(grad(f))}); {@link #vmap} maps a function over a
 * batch dimension. Together they give per-example gradients:
 *
 * <pre>{@code
 * Func.TensorFn loss = args -> F.crossEntropy(mlp(args[0], args[1], args[2].unsqueeze(0)), args[3].unsqueeze(0));
 * Tensor perExample = Func.vmap(Func.grad(loss, 0), null, null, 0, 0).apply(w, b, xs, ys);  // (batch, w's shape)
 * }</pre>
 *
 * {@code vmap} has no batching rules yet: it runs the function once per batch element and stacks the
 * results, which is correct for every op but as slow as the loop it replaces (it says so once, in
 * the log). {@code grad} differentiates with the ordinary engine, recording the backward pass so an
 * enclosing {@code grad} can differentiate the result again; each level differentiates a fresh alias
 * of its own input, so nested levels do not confuse their perturbations.
 */
public final class Func {
    private static final System.Logger LOG = System.getLogger(Func.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private Func() {
    }

    /** A function of tensors to one tensor. */
    @FunctionalInterface
    public interface TensorFn {
        Tensor apply(Tensor... args);
    }

    /** {@code torch.func.grad(f)}: the gradient of the one-element output of {@code f} with respect to its first argument. */
    public static TensorFn grad(TensorFn f) {
        return grad(f, 0);
    }

    /** {@code torch.func.grad(f, argnums=argnum)}. */
    public static TensorFn grad(TensorFn f, int argnum) {
        GradAndValueFn both = gradAndValue(f, argnum);
        return args -> both.apply(args).grad();
    }

    /** What {@link #gradAndValue} computes: the gradient and the value of f. */
    public record GradAndValue(Tensor grad, Tensor value) {
    }

    /** A function returning a gradient and a value. */
    @FunctionalInterface
    public interface GradAndValueFn {
        GradAndValue apply(Tensor... args);
    }

    /** {@code torch.func.grad_and_value(f)}: the gradient with respect to the first argument, and f's value. */
    public static GradAndValueFn gradAndValue(TensorFn f) {
        return gradAndValue(f, 0);
    }

    /** {@code torch.func.grad_and_value(f, argnums=argnum)}: one forward pass gives both. */
    public static GradAndValueFn gradAndValue(TensorFn f, int argnum) {
        Objects.requireNonNull(f, "func");
        return args -> atFreshAlias(f, args, argnum, (out, alias) -> {
            if (out.numel() != 1) {
                throw new IllegalArgumentException("grad_and_value(f)(*args): Expected f(*args) to return a scalar "
                        + "Tensor, got tensor with " + out.dim() + " dims. Maybe you wanted to use the vjp or "
                        + "jacrev APIs instead?");
            }
            return new GradAndValue(recordedGrad(out, alias), out);
        });
    }

    /** How a transform differentiates f's output with respect to the alias it was given. */
    @FunctionalInterface
    private interface Differentiation<R> {
        R apply(Tensor out, Tensor alias);
    }

    /** Runs f in grad mode with {@code args[argnum]} replaced by a fresh alias, then differentiates. */
    private static <R> R atFreshAlias(TensorFn f, Tensor[] args, int argnum, Differentiation<R> then) {
        Tensor[] in = withFreshAlias(args, argnum);
        try (GradMode.Guard g = GradMode.set(true)) {
            return then.apply(f.apply(in), in[argnum]);
        }
    }

    /**
     * d(out)/d(alias) for a one-element out. Its backward pass is recorded only when something outside
     * this level can differentiate the result ({@link #seenFromOutside}); otherwise it costs a plain
     * backward pass. The graph is kept, for the next row of a Jacobian.
     */
    private static Tensor recordedGrad(Tensor out, Tensor alias) {
        Tensor grad = out.requiresGrad() ? Autograd.grad(List.of(out), List.of(alias), null, true,
                seenFromOutside(out, alias), true).get(0) : null;
        return grad != null ? grad : Tensor.zerosLike(alias);
    }

    /**
     * Whether the gradient of {@code out} must be differentiable: the alias is a view of a tensor an
     * enclosing {@code grad} differentiates, or the graph reaches another leaf that requires grad (a
     * captured weight that plain autograd will differentiate). Tangents flow without a recorded graph.
     */
    private static boolean seenFromOutside(Tensor out, Tensor alias) {
        if (!alias.isLeaf()) {
            return true;
        }
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>(List.of(out.gradFn()));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof AccumulateGrad leaf && leaf.variable() != alias) {
                return true;
            }
            if (seen.add(node)) {
                node.nextFunctions().stream().map(Edge::node).filter(Objects::nonNull).forEach(todo::push);
            }
        }
        return false;
    }

    /**
     * The arguments with {@code args[argnum]} replaced by a fresh alias that requires grad: this
     * level's perturbation, distinct from any enclosing level's use of the same tensor. The alias
     * keeps the argument's tangent, so an enclosing {@link #jacfwd} sees through it.
     */
    private static Tensor[] withFreshAlias(Tensor[] args, int argnum) {
        checkArgnum(args, argnum);
        Tensor x = args[argnum];
        Tensor[] in = args.clone();
        if (x.requiresGrad()) {
            in[argnum] = x.view(x.shape());
        } else {
            Tensor leaf = x.detach().requiresGrad(true);
            Tensor tangent = ForwardAD.unpackDual(x).tangent();
            in[argnum] = tangent == null ? leaf : ForwardAD.makeDual(leaf, tangent);
        }
        return in;
    }

    private static void checkArgnum(Tensor[] args, int argnum) {
        if (argnum < 0 || argnum >= args.length) {
            throw new IllegalArgumentException("Got argnums=" + argnum + ", but only " + args.length
                    + " positional inputs");
        }
    }

    /** {@code torch.func.jacrev(f)}: the Jacobian with respect to the first argument, in reverse mode. */
    public static TensorFn jacrev(TensorFn f) {
        return jacrev(f, 0);
    }

    /**
     * {@code torch.func.jacrev(f, argnums=argnum)}: the Jacobian of f's output with respect to
     * {@code args[argnum]}, of shape {@code out.shape + arg.shape}, one backward pass per output
     * element. The backward passes are recorded, so it composes ({@code jacrev(jacrev(f))},
     * {@code jacfwd(jacrev(f))}).
     */
    public static TensorFn jacrev(TensorFn f, int argnum) {
        Objects.requireNonNull(f, "func");
        return args -> atFreshAlias(f, args, argnum, (out, alias) -> {
            Tensor flat = out.reshape(-1);
            List<Tensor> rows = new ArrayList<>();
            for (int i = 0; i < flat.numel(); i++) {
                rows.add(recordedGrad(flat.select(0, i), alias));
            }
            return jacobianOfShape(rows, 0, out, alias);
        });
    }

    /** {@code torch.func.jacfwd(f)}: the Jacobian with respect to the first argument, in forward mode. */
    public static TensorFn jacfwd(TensorFn f) {
        return jacfwd(f, 0);
    }

    /**
     * {@code torch.func.jacfwd(f, argnums=argnum)}: the Jacobian of shape {@code out.shape + arg.shape},
     * one forward-mode evaluation of f per element of {@code args[argnum]} (a column each). It opens
     * a dual level per column, so it does not nest inside itself (forward mode has one level).
     */
    public static TensorFn jacfwd(TensorFn f, int argnum) {
        Objects.requireNonNull(f, "func");
        return args -> {
            checkArgnum(args, argnum);
            Tensor[] in = args.clone();
            Tensor x = args[argnum];
            Tensor basis = Tensor.eye(x.numel(), x.numel(), x.dtype());
            List<Tensor> columns = new ArrayList<>();
            Tensor out = null;
            for (int j = 0; j < x.numel(); j++) {
                try (DualLevel level = ForwardAD.dualLevel()) {
                    in[argnum] = ForwardAD.makeDual(x, basis.select(0, j).reshape(x.shape()));
                    out = f.apply(in);
                    Tensor tangent = ForwardAD.unpackDual(out).tangent();
                    columns.add(tangent != null ? tangent : Tensor.zerosLike(out));
                }
            }
            return jacobianOfShape(columns, -1, out, x);
        };
    }

    /** Stacks a Jacobian's rows (dim 0) or columns (dim -1) into shape {@code out.shape + x.shape}. */
    private static Tensor jacobianOfShape(List<Tensor> parts, int dim, Tensor out, Tensor x) {
        int[] shape = new int[out.dim() + x.dim()];
        System.arraycopy(out.shape(), 0, shape, 0, out.dim());
        System.arraycopy(x.shape(), 0, shape, out.dim(), x.dim());
        if (parts.isEmpty()) {
            return Tensor.zeros(shape, x.dtype());
        }
        List<Tensor> flat = new ArrayList<>();
        for (Tensor p : parts) {
            flat.add(p.reshape(-1));
        }
        return Tensor.stack(flat, dim).reshape(shape);
    }

    /** {@code torch.func.hessian(f)}: with respect to the first argument. */
    public static TensorFn hessian(TensorFn f) {
        return hessian(f, 0);
    }

    /**
     * {@code torch.func.hessian(f, argnums=argnum)}: {@code jacfwd(jacrev(f))} as PyTorch computes it
     * (forward over reverse), of shape {@code arg.shape + arg.shape} for a one-element output.
     */
    public static TensorFn hessian(TensorFn f, int argnum) {
        return jacfwd(jacrev(f, argnum), argnum);
    }

    /**
     * {@code torch.func.vmap(f, in_dims)}: {@code f} applied to each slice of the batched arguments
     * along their {@code inDims} (null for an argument passed whole to every call), the results stacked
     * along a new first dim. With no {@code inDims}, every argument is batched along dim 0.
     */
    public static TensorFn vmap(TensorFn f, Integer... inDims) {
        return vmapOutDims(f, 0, inDims);
    }

    /**
     * {@code torch.func.vmap(f, in_dims, out_dims=outDim)}: as {@link #vmap(TensorFn, Integer...)},
     * the results stacked along {@code outDim} of the output (negative counts from the end). Not an
     * overload of {@code vmap}: {@code vmap(f, null, 0)} must keep meaning in_dims (None, 0).
     */
    public static TensorFn vmapOutDims(TensorFn f, int outDim, Integer... inDims) {
        Objects.requireNonNull(f, "func");
        Objects.requireNonNull(inDims, "in_dims");
        return args -> {
            Integer[] dims = inDims.length == 0 ? zeros(args.length) : inDims;
            if (dims.length != args.length) {
                throw new IllegalArgumentException("vmap(f, in_dims=" + Arrays.toString(dims) + ", ...)(<inputs>): "
                        + "in_dims is not compatible with the structure of `inputs`. in_dims has " + dims.length
                        + " entries but inputs has " + args.length);
            }
            int batch = batchSize(args, dims);
            if (WARNED.compareAndSet(false, true)) {
                LOG.log(Level.INFO, "vmap runs the function once per batch element: there are no batching rules yet, "
                        + "so it is as slow as a loop");
            }
            Tensor[] outs = new Tensor[batch];
            for (int b = 0; b < batch; b++) {
                Tensor[] slice = new Tensor[args.length];
                for (int i = 0; i < args.length; i++) {
                    slice[i] = dims[i] == null ? args[i] : args[i].select(dims[i], b);
                }
                outs[b] = f.apply(slice);
            }
            return Tensor.stack(Arrays.asList(outs), outDim);
        };
    }

    private static Integer[] zeros(int n) {
        Integer[] dims = new Integer[n];
        Arrays.fill(dims, 0);
        return dims;
    }

    /** The size shared by every batched argument's mapped dim, with PyTorch's errors. */
    private static int batchSize(Tensor[] args, Integer[] dims) {
        List<Integer> sizes = new java.util.ArrayList<>();
        int batch = -1;
        boolean mismatch = false;
        for (int i = 0; i < args.length; i++) {
            if (dims[i] == null) {
                continue;
            }
            int d = dims[i] < 0 ? dims[i] + args[i].dim() : dims[i];
            if (d < 0 || d >= args[i].dim()) {
                throw new IllegalArgumentException("vmap(f, in_dims=" + Arrays.toString(dims) + ", ...)(<inputs>): Got "
                        + "in_dim=" + dims[i] + " for an input but the input is of type Tensor with " + args[i].dim()
                        + " dims; expected in_dim to satisfy -" + args[i].dim() + " <= in_dim < " + args[i].dim() + ".");
            }
            int size = args[i].size(d);
            sizes.add(size);
            mismatch |= batch >= 0 && size != batch;
            batch = batch < 0 ? size : batch;
        }
        if (batch < 0) {
            throw new IllegalArgumentException("vmap(f, in_dims=" + Arrays.toString(dims) + ", ...)(<inputs>): at least "
                    + "one input must be batched (have a non-null in_dim)");
        }
        if (mismatch) {
            throw new IllegalArgumentException("vmap: Expected all tensors to have the same size in the mapped dimension, "
                    + "got sizes " + sizes + " for the mapped dimension");
        }
        return batch;
    }
}
