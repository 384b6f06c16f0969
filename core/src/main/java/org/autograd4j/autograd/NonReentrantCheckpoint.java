package org.autograd4j.autograd;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;

/**
 * PyTorch 1.13's {@code checkpoint(..., use_reentrant=False)}, built on saved-tensor hooks: the block
 * runs once, recorded as usual, but every tensor its ops save is packed as a bare ticket. The first
 * ticket backward unpacks runs the block again (with the first run's random state), saving each
 * recomputed tensor under the ticket of the same position; unpacking returns it. The recomputed
 * tensors stand in the first run's graph (as any unpacked saved tensor does), so that graph, not a second one,
 * is differentiated: {@code Autograd.grad} with inputs inside the block and double backward work.
 */
final class NonReentrantCheckpoint {
    /** What a saved tensor is packed as; its recomputed tensor lives as long as it does (PyTorch's {@code Holder}). */
    private static final class Ticket {
    }

    private final ActivationCheckpoint.Block block;
    private final Tensor[] inputs;
    private final Generator.State rngState;
    /** The tickets in the order the block saved them; weak, so a released node's ticket can go. */
    private final List<WeakReference<Ticket>> tickets = new ArrayList<>();
    private final Map<Ticket, Tensor> recomputed = new WeakHashMap<>();

    private NonReentrantCheckpoint(ActivationCheckpoint.Block block, Tensor[] inputs, boolean preserveRngState) {
        this.block = block;
        this.inputs = inputs.clone();
        this.rngState = preserveRngState ? Generator.defaultGenerator().getState() : null;
    }

    static Tensor[] run(ActivationCheckpoint.Block block, boolean preserveRngState, Tensor[] inputs) {
        NonReentrantCheckpoint checkpoint = new NonReentrantCheckpoint(block, inputs, preserveRngState);
        try (SavedTensorsHooks.Scope hooks = SavedTensorsHooks.push(checkpoint::pack, checkpoint::unpack)) {
            return block.apply(inputs);
        }
    }

    private Ticket pack(Tensor saved) {
        Ticket ticket = new Ticket();
        tickets.add(new WeakReference<>(ticket));
        return ticket;
    }

    private Tensor unpack(Ticket ticket) {
        if (recomputed.isEmpty()) {
            recompute();
        }
        Tensor t = recomputed.get(ticket);
        if (t == null) {
            throw new IllegalStateException("Attempt to retrieve a tensor saved by autograd multiple times without "
                    + "checkpoint recomputation being triggered in between, this is not currently supported. Please "
                    + "make sure each autograd graph that involves checkpointing is called backward only once and "
                    + "that the checkpointed function is deterministic.");
        }
        return t;
    }

    /** Runs the block again; its n-th saved tensor, detached, fills the n-th ticket still alive. */
    private void recompute() {
        int[] position = {0};
        try (SavedTensorsHooks.Scope inner = SavedTensorsHooks.push((Tensor t) -> {
            // A block that saves more this time (it is not deterministic) has no ticket for the extra tensors.
            Ticket ticket = position[0] < tickets.size() ? tickets.get(position[0]++).get() : null;
            if (ticket != null) {
                recomputed.put(ticket, t.detach());
            }
            return null;
        }, packed -> {
            throw new IllegalStateException("You are calling backwards on a tensor that is never exposed. Please open "
                    + "an issue.");
        })) {
            ActivationCheckpoint.rerun(block, inputs, rngState);
        }
    }
}
