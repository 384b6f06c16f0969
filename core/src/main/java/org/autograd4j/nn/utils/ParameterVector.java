package org.autograd4j.nn.utils;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * {@code torch.nn.utils.parameters_to_vector} and {@code vector_to_parameters}: all parameters as one
 * flat vector and back, in the given order (e.g. {@code module.parameters()}); plus the same for
 * gradients, which data-parallel training sums across workers.
 */
public final class ParameterVector {
    private ParameterVector() {
    }

    /** The parameters flattened and concatenated (differentiable, as PyTorch's). */
    public static Tensor parametersToVector(List<Tensor> parameters) {
        Args.nonNullElements(parameters, "parameters");
        List<Tensor> flat = new ArrayList<>();
        for (Tensor p : parameters) {
            flat.add(p.reshape(-1));
        }
        return Tensor.cat(flat, 0);
    }

    /** Copies consecutive slices of {@code vector} into the parameters, outside the graph. */
    public static void vectorToParameters(Tensor vector, List<Tensor> parameters) {
        Args.nonNull(vector, "vector");
        Args.nonNullElements(parameters, "parameters");
        checkLength(vector, parameters);
        int offset = 0;
        try (var guard = Autograd.noGrad()) {
            for (Tensor p : parameters) {
                p.copy_(vector.slice(0, offset, offset + p.numel()).reshape(p.shape()));
                offset += p.numel();
            }
        }
    }

    /** The gradients flattened and concatenated, zeros for a parameter without one (not part of any graph). */
    public static Tensor gradientsToVector(List<Tensor> parameters) {
        Args.nonNullElements(parameters, "parameters");
        List<Tensor> flat = new ArrayList<>();
        for (Tensor p : parameters) {
            Tensor g = p.grad();
            flat.add(g == null ? Tensor.zeros(new int[] {p.numel()}, p.dtype()) : g.detach().reshape(-1));
        }
        return Tensor.cat(flat, 0);
    }

    /** Sets each parameter's gradient to its slice of {@code vector} (a fresh tensor each). */
    public static void vectorToGradients(Tensor vector, List<Tensor> parameters) {
        Args.nonNull(vector, "vector");
        Args.nonNullElements(parameters, "parameters");
        checkLength(vector, parameters);
        int offset = 0;
        for (Tensor p : parameters) {
            Tensor slice = vector.detach().slice(0, offset, offset + p.numel());
            p.setGrad(slice.reshape(p.shape()).to(p.dtype()).clone());
            offset += p.numel();
        }
    }

    private static void checkLength(Tensor vector, List<Tensor> parameters) {
        long needed = parameters.stream().mapToLong(Tensor::numel).sum();
        if (vector.dim() != 1 || vector.numel() != needed) {
            throw new IllegalArgumentException("expected a 1-D vector of " + needed + " elements for the parameters, "
                    + "got shape " + org.autograd4j.tensor.Shapes.str(vector.shape()));
        }
    }
}
