package org.autograd4j.autograd.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.autograd4j.Tensor;

/**
 * A pack hook and its unpack hook, and the per-thread stack of them behind the public
 * {@code SavedTensorsHooks} scopes: {@link SavedTensor} asks for the innermost pair when a tensor is
 * saved.
 */
public record PackHooks(Function<Tensor, Object> pack, Function<Object, Tensor> unpack) {
    private static final ThreadLocal<Deque<PackHooks>> STACK = ThreadLocal.withInitial(ArrayDeque::new);
    /** Open scopes on all threads: while zero, saving a tensor does not even look at the thread's stack. */
    private static final AtomicInteger OPEN = new AtomicInteger();

    /** Makes these hooks the innermost ones of this thread. */
    public void push() {
        STACK.get().push(this);
        OPEN.incrementAndGet();
    }

    /** Removes these hooks, which must be this thread's innermost ones. */
    public void pop() {
        Deque<PackHooks> stack = STACK.get();
        if (stack.peek() != this) {
            throw new IllegalStateException("saved tensors hooks scopes must be closed innermost first, on the "
                    + "thread that opened them");
        }
        stack.pop();
        OPEN.decrementAndGet();
    }

    /** The hooks that pack what this thread saves now, or null. */
    public static PackHooks current() {
        return OPEN.get() == 0 ? null : STACK.get().peek();
    }
}
