package org.autograd4j.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * PyTorch's {@code torch.nn.utils.stateless.functional_call} ({@code torch.func.functional_call}):
 * runs a module with some of its parameters and buffers replaced by given tensors, so a model can
 * be treated as a function of its weights, for {@code Func.grad}, {@code Func.vmap} or
 * {@code Func.jacrev}:
 *
 * <pre>{@code
 * Func.TensorFn loss = a -> F.mseLoss(Stateless.functionalCall(model, Map.of("weight", a[0]), a[1]), a[2]);
 * Tensor perExample = Func.vmap(Func.grad(loss, 0), null, 0, 0).apply(model.parameter("weight"), xs, ys);
 * }</pre>
 */
public final class Stateless {
    private Stateless() {
    }

    /**
     * {@code functional_call(module, parameters_and_buffers, inputs)}: {@code module.call} on one or
     * two inputs, with the members named (dotted, as {@code namedParameters()} names them) by the
     * map in place of the module's own for the call's duration. The module is left as it was, even
     * when the call throws. An unknown name is refused ({@code 'Linear' object has no attribute 'foo'}).
     */
    public static Tensor functionalCall(Module module, Map<String, Tensor> parametersAndBuffers, Tensor... inputs) {
        Args.nonNull(module, "module");
        Args.nonNull(parametersAndBuffers, "parameters_and_buffers");
        Args.nonNullElements(inputs, "inputs");
        if (inputs.length != 1 && inputs.length != 2) {
            throw new IllegalArgumentException("functional_call takes one or two inputs, got " + inputs.length);
        }
        Map<String, Tensor> previous = new LinkedHashMap<>();
        try {
            parametersAndBuffers.forEach((name, t) -> previous.put(name, module.swapMember(name, t)));
            return inputs.length == 1 ? module.call(inputs[0]) : module.call(inputs[0], inputs[1]);
        } finally {
            previous.forEach(module::swapMember);
        }
    }
}
