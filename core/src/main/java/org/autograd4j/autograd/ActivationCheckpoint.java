package org.autograd4j.autograd;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Engine;

/**
 * Activation checkpointing, PyTorch's {@code torch.utils.checkpoint.checkpoint} (the reentrant
 * variant): runs a block without keeping what its ops save for backward, keeping only the block's
 * inputs, and runs the block again during backward to compute its gradients. Memory falls from
 * every activation of the block to its inputs, for one extra forward of the block.
 *
 * <pre>{@code
 * Tensor h = x;
 * for (Module block : blocks) {
 *     h = ActivationCheckpoint.checkpoint(in -> block.forward(in[0]), h);
 * }
 * h.sum().backward();   // each block's forward runs again here, one block at a time
 * }</pre>
 *
 * The gradients are those of the plain run, parameters used inside the block included. The
 * default generator's state is restored for the rerun ({@code preserve_rng_state=True}), so dropout
 * draws the same mask twice. As PyTorch's reentrant checkpoint, it records one node,
 * {@code CheckpointFunctionBackward}, and does not support {@code Autograd.grad} with inputs
 * inside the block, nor double backward.
 */
public final class ActivationCheckpoint {
    private ActivationCheckpoint() {
    }

    /** The block to checkpoint: outputs from inputs, written with differentiable ops. */
    @FunctionalInterface
    public interface Block {
        Tensor[] apply(Tensor... inputs);
    }

    /** A block with one output. */
    @FunctionalInterface
    public interface SingleBlock {
        Tensor apply(Tensor... inputs);
    }

    /** {@code checkpoint(fn, *inputs)} for a block with one output, restoring the random state for the rerun. */
    public static Tensor checkpoint(SingleBlock block, Tensor... inputs) {
        Objects.requireNonNull(block, "function");
        return checkpoint(in -> new Tensor[] {block.apply(in)}, true, inputs)[0];
    }

    /** {@code checkpoint(fn, *inputs, preserve_rng_state=...)} for a block with any number of outputs. */
    public static Tensor[] checkpoint(Block block, boolean preserveRngState, Tensor... inputs) {
        Objects.requireNonNull(block, "function");
        return new CheckpointFunction(block, preserveRngState).apply(inputs);
    }

    /**
     * {@code checkpoint(fn, *inputs, use_reentrant=..., preserve_rng_state=...)}. The non-reentrant
     * variant ({@code useReentrant} false) keeps the plain run's graph but not what its ops save: each
     * saved tensor is packed as a ticket ({@link SavedTensorsHooks}), and the first one backward asks for
     * runs the block again to fill them all. So {@code Autograd.grad} with inputs inside the block, and
     * double backward, work; no node of its own is recorded.
     */
    public static Tensor[] checkpoint(Block block, boolean useReentrant, boolean preserveRngState, Tensor... inputs) {
        Objects.requireNonNull(block, "function");
        return useReentrant ? checkpoint(block, preserveRngState, inputs)
                : NonReentrantCheckpoint.run(block, preserveRngState, inputs);
    }

    /**
     * {@code torch.utils.checkpoint.checkpoint_sequential(functions, segments, input, use_reentrant)}:
     * the functions run in order, cut into {@code segments} runs of {@code size / segments} functions;
     * every run but the last is checkpointed, and the last one (with the remainder) runs plainly, as
     * PyTorch's. Pass modules as {@code block::call}.
     */
    public static Tensor checkpointSequential(List<? extends UnaryOperator<Tensor>> functions, int segments,
                                              Tensor input, boolean useReentrant) {
        Objects.requireNonNull(functions, "functions");
        if (segments < 1 || segments > functions.size()) {
            throw new IllegalArgumentException("checkpoint_sequential needs 1 <= segments <= " + functions.size()
                    + " (the number of functions), got segments=" + segments);
        }
        int size = functions.size() / segments;
        Tensor h = input;
        for (int start = 0; start < size * (segments - 1); start += size) {
            List<? extends UnaryOperator<Tensor>> run = functions.subList(start, start + size);
            h = checkpoint(in -> new Tensor[] {inSequence(run, in[0])}, useReentrant, true, h)[0];
        }
        return inSequence(functions.subList(size * (segments - 1), functions.size()), h);
    }

    private static Tensor inSequence(List<? extends UnaryOperator<Tensor>> functions, Tensor input) {
        Tensor h = input;
        for (UnaryOperator<Tensor> f : functions) {
            h = f.apply(h);
        }
        return h;
    }

    /**
     * The block again, recorded, from the random state {@code rngState} the first run started with
     * (null: from the current state); the current state is put back afterwards.
     */
    static Tensor[] rerun(Block block, Tensor[] inputs, Generator.State rngState) {
        Generator rng = Generator.defaultGenerator();
        Generator.State now = rngState != null ? rng.getState() : null;
        try (GradMode.Guard g = GradMode.set(true)) {
            if (rngState != null) {
                rng.setState(rngState);
            }
            return block.apply(inputs);
        } finally {
            if (rngState != null) {
                rng.setState(now);
            }
        }
    }

    /** The node: named after this class, as PyTorch's {@code CheckpointFunctionBackward}. */
    private static final class CheckpointFunction extends Function {
        private final Block block;
        private final boolean preserveRngState;
        private Generator.State rngState;

        CheckpointFunction(Block block, boolean preserveRngState) {
            this.block = block;
            this.preserveRngState = preserveRngState;
        }

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... inputs) {
            if (preserveRngState) {
                rngState = Generator.defaultGenerator().getState();
            }
            ctx.saveForBackward(inputs);
            return block.apply(inputs);
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... gradOutputs) {
            Tensor[] saved = ctx.savedTensors().toArray(new Tensor[0]);
            Tensor[] inputs = new Tensor[saved.length];
            for (int i = 0; i < saved.length; i++) {
                inputs[i] = saved[i].detach().requiresGrad(saved[i].requiresGrad());
            }
            Tensor[] outputs = rerun(block, inputs, rngState);   // rngState is null unless preserved
            backwardFrom(outputs, gradOutputs);
            Tensor[] grads = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                grads[i] = inputs[i].grad();
            }
            return grads;
        }

        /** Backward through the rerun from the outputs that need it: leaves inside the block accumulate, as in the plain run. */
        private static void backwardFrom(Tensor[] outputs, Tensor[] grads) {
            int n = 0;
            for (Tensor out : outputs) {
                n += out.requiresGrad() ? 1 : 0;
            }
            if (n == 0) {
                throw new IllegalStateException("none of output has requires_grad=True, this checkpoint() is not "
                        + "necessary");
            }
            Tensor[] roots = new Tensor[n];
            Tensor[] rootGrads = new Tensor[n];
            for (int i = 0, k = 0; i < outputs.length; i++) {
                if (outputs[i].requiresGrad()) {
                    roots[k] = outputs[i];
                    rootGrads[k++] = grads[i];
                }
            }
            Engine.run(roots, rootGrads, false, false, null, true);
        }
    }
}
