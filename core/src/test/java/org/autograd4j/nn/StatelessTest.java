package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.autograd4j.DType;
import org.autograd4j.Func;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/** {@code Stateless.functionalCall}: a module run as a function of given weights, left as it was. */
class StatelessTest {
    private static Sequential model() {
        Sequential model = new Sequential(new Linear(4, 5), new Tanh(), new Linear(5, 3));
        model.to(DType.FLOAT64);
        return model;
    }

    private static Tensor randn(Generator gen, int... shape) {
        return Tensor.randn(shape, DType.FLOAT64, gen);
    }

    private static Tensor forward(Sequential model, Tensor w2, Tensor x) {
        Map<String, Tensor> p = model.namedParameters();
        Tensor hidden = F.linear(x, p.get("0.weight"), p.get("0.bias")).tanh();
        return F.linear(hidden, w2, p.get("2.bias"));
    }

    @Test
    void theGivenTensorsReplaceTheModulesOwnForTheCallOnly() {
        Sequential model = model();
        Generator gen = new Generator(1);
        Tensor w = randn(gen, 3, 5);
        Tensor x = randn(gen, 2, 4);
        Tensor own = model.namedParameters().get("2.weight");
        Tensor out = Stateless.functionalCall(model, Map.of("2.weight", w), x);
        assertArrayEquals(forward(model, w, x).toDoubleArray(), out.toDoubleArray(), 1e-15);
        assertSame(own, model.namedParameters().get("2.weight"));
    }

    @Test
    void anUnknownNameIsRefusedAndTheModuleIsLeftAsItWas() {
        Sequential model = model();
        Map<String, Tensor> replacements = new LinkedHashMap<>();   // 0.weight is swapped in before 0.foo fails
        replacements.put("0.weight", Tensor.zeros(5, 4));
        replacements.put("0.foo", Tensor.zeros(1));
        Tensor own = model.namedParameters().get("0.weight");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stateless.functionalCall(model, replacements, Tensor.zeros(1, 4)));
        assertEquals("'Linear' object has no attribute 'foo'", e.getMessage());
        assertSame(own, model.namedParameters().get("0.weight"));
    }

    @Test
    void perExampleGradientsOfAModulesWeightEqualALoopOfBackwardPasses() {
        Sequential model = model();
        Generator gen = new Generator(2);
        Tensor xs = randn(gen, 6, 4);
        Tensor ys = randn(gen, 6, 3);
        Tensor w = model.namedParameters().get("2.weight");
        Func.TensorFn loss = a -> F.mseLoss(Stateless.functionalCall(model, Map.of("2.weight", a[0]),
                a[1].unsqueeze(0)), a[2].unsqueeze(0));
        Tensor perExample = Func.vmap(Func.grad(loss), null, 0, 0).apply(w.detach(), xs, ys);
        assertArrayEquals(new int[] {6, 3, 5}, perExample.shape());
        for (int i = 0; i < 6; i++) {
            model.zeroGrad();
            F.mseLoss(model.call(xs.select(0, i).unsqueeze(0)), ys.select(0, i).unsqueeze(0)).backward();
            assertArrayEquals(w.grad().toDoubleArray(), perExample.select(0, i).toDoubleArray(), 1e-12, "example " + i);
        }
    }
}
