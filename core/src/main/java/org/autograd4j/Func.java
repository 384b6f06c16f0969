package org.autograd4j;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.autograd4j.autograd.GradMode;

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
        Objects.requireNonNull(f, "func");
        return args -> {
            if (argnum < 0 || argnum >= args.length) {
                throw new IllegalArgumentException("Got argnums=" + argnum + ", but only " + args.length
                        + " positional inputs");
            }
            Tensor x = args[argnum];
            // A fresh alias: this level's perturbation, distinct from any enclosing level's use of x.
            Tensor alias = x.requiresGrad() ? x.view(x.shape()) : x.detach().requiresGrad(true);
            Tensor[] in = args.clone();
            in[argnum] = alias;
            try (GradMode.Guard g = GradMode.set(true)) {
                Tensor out = f.apply(in);
                if (out.numel() != 1) {
                    throw new IllegalArgumentException("grad_and_value(f)(*args): Expected f(*args) to return a scalar "
                            + "Tensor, got tensor with " + out.dim() + " dims. Maybe you wanted to use the vjp or "
                            + "jacrev APIs instead?");
                }
                Tensor result = out.requiresGrad()
                        ? Autograd.grad(List.of(out), List.of(alias), null, true, true, true).get(0) : null;
                return result != null ? result : Tensor.zerosLike(x);
            }
        };
    }

    /**
     * {@code torch.func.vmap(f, in_dims)}: {@code f} applied to each slice of the batched arguments
     * along their {@code inDims} (null for an argument passed whole to every call), the results stacked
     * along a new first dim. With no {@code inDims}, every argument is batched along dim 0.
     */
    public static TensorFn vmap(TensorFn f, Integer... inDims) {
        Objects.requireNonNull(f, "func");
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
            return Tensor.stack(Arrays.asList(outs), 0);
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
