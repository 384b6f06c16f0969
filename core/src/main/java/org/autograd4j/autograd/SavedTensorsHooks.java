package org.autograd4j.autograd;

import java.util.Objects;
import java.util.function.Function;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.PackHooks;

/**
 * PyTorch's {@code torch.autograd.graph.saved_tensors_hooks}: while a scope is open on a thread,
 * every tensor an op saves for backward there is handed to {@code pack}, and only what pack returns
 * is kept; backward gets the tensor back from {@code unpack}. For example, keeping activations in
 * half precision, or on disk:
 *
 * <pre>{@code
 * try (var hooks = SavedTensorsHooks.push(t -> t.to(DType.FLOAT32), t -> t.to(DType.FLOAT64))) {
 *     loss = model.forward(x);      // every saved tensor is packed here
 * }
 * loss.backward();                  // and unpacked here
 * }</pre>
 *
 * The unpacked tensor takes the saved one's place in the graph (its grad_fn, or its leaf's
 * accumulator), so higher derivatives still flow through it; it is checked against in-place
 * changes of the original, as a saved tensor always is. Scopes nest: the innermost one packs.
 * Constants (wrapped Java numbers) are not packed, as PyTorch does not save them as tensors.
 */
public final class SavedTensorsHooks {
    private SavedTensorsHooks() {
    }

    /** Opens a scope in which this thread's saved tensors go through {@code pack} and come back through {@code unpack}. */
    @SuppressWarnings("unchecked")
    public static <P> Scope push(Function<? super Tensor, ? extends P> pack, Function<? super P, ? extends Tensor> unpack) {
        Objects.requireNonNull(pack, "pack_hook");
        Objects.requireNonNull(unpack, "unpack_hook");
        PackHooks hooks = new PackHooks(pack::apply, packed -> unpack.apply((P) packed));
        hooks.push();
        return new Scope(hooks);
    }

    /** Closes its hooks' scope; scopes must close innermost first, as Python's {@code with} blocks do. */
    public static final class Scope implements AutoCloseable {
        private final PackHooks hooks;
        private boolean closed;

        private Scope(PackHooks hooks) {
            this.hooks = hooks;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            hooks.pop();
            closed = true;
        }
    }
}
