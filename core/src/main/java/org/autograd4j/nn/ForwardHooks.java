package org.autograd4j.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.autograd4j.Tensor;

/** A module's forward pre-hooks and hooks, run in registration order around its forward. */
public final class ForwardHooks {
    /** Sees the inputs before forward; returns replacement inputs, or null to keep them. */
    @FunctionalInterface
    public interface PreHook {
        Tensor[] apply(Module module, Tensor[] inputs);
    }

    /** Sees the inputs and output after forward; returns a replacement output, or null to keep it. */
    @FunctionalInterface
    public interface PostHook {
        Object apply(Module module, Tensor[] inputs, Object output);
    }

    private final Map<Integer, PreHook> preHooks = new LinkedHashMap<>();
    private final Map<Integer, PostHook> postHooks = new LinkedHashMap<>();
    private int nextId;

    HookHandle addPreHook(PreHook hook) {
        int id = nextId++;
        preHooks.put(id, hook);
        return new HookHandle(() -> preHooks.remove(id));
    }

    HookHandle addPostHook(PostHook hook) {
        int id = nextId++;
        postHooks.put(id, hook);
        return new HookHandle(() -> postHooks.remove(id));
    }

    @SuppressWarnings("unchecked")
    <R> R run(Module module, Tensor[] inputs, Function<Tensor[], R> forward) {
        if (preHooks.isEmpty() && postHooks.isEmpty()) {
            return forward.apply(inputs);
        }
        Tensor[] in = inputs;
        for (PreHook hook : List.copyOf(preHooks.values())) {
            Tensor[] replaced = hook.apply(module, in);
            in = replaced == null ? in : replaced;
        }
        Object out = forward.apply(in);
        for (PostHook hook : List.copyOf(postHooks.values())) {
            Object replaced = hook.apply(module, in, out);
            out = replaced == null ? out : replaced;
        }
        return (R) out;
    }
}
