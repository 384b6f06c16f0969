package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;

import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.StridedLoop;

/** The strided walk of an elementwise op: its output, and its inputs broadcast to the output's shape. */
final class Broadcast {
    private Broadcast() {
    }

    /** Operand 0 is {@code out}; operand k is {@code inputs[k-1]}, with stride 0 along broadcast dimensions. */
    static StridedLoop loop(Tensor out, Tensor... inputs) {
        int[] shape = rawShape(out);
        int[][] strides = new int[inputs.length + 1][];
        strides[0] = rawStrides(out);
        for (int k = 0; k < inputs.length; k++) {
            strides[k + 1] = Shapes.expandedStrides(rawShape(inputs[k]), rawStrides(inputs[k]), shape);
        }
        return new StridedLoop(shape, strides);
    }

    /** The storage offsets of {@code out} and {@code inputs}, in {@link #loop} operand order. */
    static int[] offsets(Tensor out, Tensor... inputs) {
        int[] offsets = new int[inputs.length + 1];
        offsets[0] = out.storageOffset();
        for (int k = 0; k < inputs.length; k++) {
            offsets[k + 1] = inputs[k].storageOffset();
        }
        return offsets;
    }
}
