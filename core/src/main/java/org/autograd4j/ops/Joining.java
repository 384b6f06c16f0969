package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;

import java.util.Arrays;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.tensor.Shapes;

/** Joining tensors along a dimension: {@code cat} and {@code stack}. */
public final class Joining {
    private Joining() {
    }

    /** Concatenates along {@code dim} (node {@code CatBackward0}); dtypes promote as in PyTorch. */
    public static Tensor cat(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("torch.cat(): expected a non-empty list of Tensors");
        }
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        Tensor ref = firstNonLegacyEmpty(inputs);
        int d = Shapes.wrapDim(dim, ref.dim());
        if (ref.dim() == 0) {
            throw new IllegalArgumentException("zero-dimensional tensor (at position 0) cannot be concatenated");
        }
        DType type = inputs[0].dtype();
        int total = 0;
        for (int i = 0; i < inputs.length; i++) {
            Tensor t = inputs[i];
            type = DType.promote(type, t.dtype());
            if (isLegacyEmpty(t) && t != ref) {
                continue;
            }
            if (t.dim() != ref.dim()) {
                throw new IllegalArgumentException("Tensors must have same number of dimensions: got " + ref.dim()
                        + " and " + t.dim());
            }
            for (int k = 0; k < ref.dim(); k++) {
                if (k != d && rawShape(t)[k] != rawShape(ref)[k]) {
                    throw new IllegalArgumentException("Sizes of tensors must match except in dimension " + d
                            + ". Expected size " + rawShape(ref)[k] + " but got size " + rawShape(t)[k]
                            + " for tensor number " + i + " in the list.");
                }
            }
            total += rawShape(t)[d];
        }
        int[] shape = ref.shape();
        shape[d] = total;
        Tensor out = Creation.empty(shape, type);
        int[] starts = new int[inputs.length + 1];
        try (GradMode.Guard g = GradMode.set(false)) {
            for (int i = 0; i < inputs.length; i++) {
                int len = isLegacyEmpty(inputs[i]) && inputs[i] != ref ? 0 : rawShape(inputs[i])[d];
                starts[i + 1] = starts[i] + len;
                if (len > 0) {
                    Copying.copyInto(inputs[i], out.slice(d, starts[i], starts[i + 1], 1));
                }
            }
        }
        return Graph.record("CatBackward0", out, inputs, ctx -> {
            ctx.forward(t -> cat(Tangents.orZeros(t, inputs), d));
            return g -> {
                Tensor[] grads = new Tensor[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    if (ctx.needsGrad(i)) {
                        grads[i] = starts[i + 1] > starts[i] ? g.slice(d, starts[i], starts[i + 1], 1)
                                : Tensor.zeros(new int[] {0}, g.dtype());
                    }
                }
                return grads;
            };
        });
    }

    /** PyTorch still accepts 1-D empty tensors of any rank mismatch in cat, and skips them. */
    private static boolean isLegacyEmpty(Tensor t) {
        return t.dim() == 1 && t.numel() == 0;
    }

    private static Tensor firstNonLegacyEmpty(Tensor[] inputs) {
        for (Tensor t : inputs) {
            if (!isLegacyEmpty(t)) {
                return t;
            }
        }
        return inputs[0];
    }

    /** Stacks equally shaped tensors along a new dimension {@code dim} (node {@code StackBackward0}). */
    public static Tensor stack(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("stack expects a non-empty TensorList");
        }
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        for (int i = 1; i < inputs.length; i++) {
            if (!Arrays.equals(rawShape(inputs[i]), rawShape(inputs[0]))) {
                throw new IllegalArgumentException("stack expects each tensor to be equal size, but got "
                        + Shapes.str(rawShape(inputs[0])) + " at entry 0 and " + Shapes.str(rawShape(inputs[i]))
                        + " at entry " + i);
            }
        }
        int d = Shapes.wrapDim(dim, inputs[0].dim() + 1);
        Tensor out = Prims.noGrad(() -> cat(Arrays.stream(inputs).map(t -> t.unsqueeze(d)).toList(), d));
        return Graph.record("StackBackward0", out, inputs, ctx -> {
            ctx.forward(t -> stack(Tangents.orZeros(t, inputs), d));
            return g -> {
                Tensor[] grads = new Tensor[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    grads[i] = ctx.needsGrad(i) ? g.select(d, i) : null;
                }
                return grads;
            };
        });
    }
}
