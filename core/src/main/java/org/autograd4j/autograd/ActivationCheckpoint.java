package org.autograd4j.autograd;

import java.util.Objects;
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
            Tensor[] outputs = rerun(inputs);
            backwardFrom(outputs, gradOutputs);
            Tensor[] grads = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                grads[i] = inputs[i].grad();
            }
            return grads;
        }

        /** The block again, recorded this time, from the random state the first run started with. */
        private Tensor[] rerun(Tensor[] inputs) {
            Generator rng = Generator.defaultGenerator();
            Generator.State now = preserveRngState ? rng.getState() : null;
            try (GradMode.Guard g = GradMode.set(true)) {
                if (preserveRngState) {
                    rng.setState(rngState);
                }
                return block.apply(inputs);
            } finally {
                if (preserveRngState) {
                    rng.setState(now);
                }
            }
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
