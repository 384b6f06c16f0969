package org.autograd4j.optim;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.OptimizerKernels;

/**
 * The bridge to the fused float32 updates of {@link OptimizerKernels}, and the one place where
 * optimizers touch storage. Float64 parameters (the gradient-checking dtype) and parameters that
 * are not dense in memory take the optimizers' tensor-op path instead, which mirrors PyTorch's
 * own step op for op.
 */
final class Fused {
    static final OptimizerKernels KERNELS = OptimizerKernels.chosen();

    private Fused() {
    }

    /** A float32 dense parameter whose state tensors (null: not created yet) are dense from their start. */
    static boolean applies(Tensor param, Tensor... state) {
        if (param.dtype() != DType.FLOAT32 || !param.isContiguous()) {
            return false;
        }
        for (Tensor s : state) {
            if (s != null && (!s.isContiguous() || s.storageOffset() != 0)) {
                return false;
            }
        }
        return true;
    }

    static float[] floats(Tensor t) {
        return t == null ? null : TensorAccess.storage(t).floats();
    }

    /** The parameter changed in place: saved copies of it in a graph must now refuse to be used. */
    static void changed(Tensor param) {
        TensorAccess.versionCounter(param).bump();
    }
}
