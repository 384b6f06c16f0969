package org.autograd4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/** State dicts have PyTorch's structure, resume training exactly, and a bad one changes nothing. */
class StateDictTest {
    private final TestModel model = TestModel.load("optim_reference.txt", DType.FLOAT32);

    private static List<Tensor> copies(List<Tensor> params) {
        return params.stream().map(p -> p.detach().clone().requiresGrad(true)).toList();
    }

    @Test
    void structureIsPyTorchs() {
        List<Tensor> params = model.freshParams();
        Adam adam = new Adam(Adam.options().lr(0.01), List.of(ParamGroup.of(params.subList(0, 2)),
                ParamGroup.of(params.subList(2, 3), Adam.options().lr(0.1).amsgrad(true))));
        model.train(adam, params, 2);
        Map<String, Object> dict = adam.stateDict();
        List<?> groups = (List<?>) dict.get("param_groups");
        assertEquals("{lr=0.01, betas=[0.9, 0.999], eps=1.0E-8, weight_decay=0.0, amsgrad=false, maximize=false, "
                + "params=[0, 1]}", groups.get(0).toString());
        assertEquals(List.of(2), ((Map<?, ?>) groups.get(1)).get("params"));
        Map<?, ?> state = (Map<?, ?>) dict.get("state");
        assertEquals(List.of(0, 1, 2), List.copyOf(state.keySet()));
        assertEquals(List.of("step", "exp_avg", "exp_avg_sq"), List.copyOf(((Map<?, ?>) state.get(0)).keySet()));
        assertEquals(List.of("step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
                List.copyOf(((Map<?, ?>) state.get(2)).keySet()));
        assertEquals("tensor(2.)", ((Map<?, ?>) state.get(0)).get("step").toString());
    }

    /** Training 3 steps, saving, and 3 more from the loaded state equals 6 steps straight. */
    @Test
    void resumesExactly() {
        List<Function<List<Tensor>, Optimizer>> makers = List.of(p -> new SGD(p, SGD.options().lr(0.1).momentum(0.9)),
                p -> new Adam(p, Adam.options().lr(0.01).amsgrad(true)), p -> new RMSprop(p,
                        RMSprop.options().momentum(0.5).centered(true)), p -> new Adagrad(p, Adagrad.options()),
                p -> new Adadelta(p, Adadelta.options()), p -> new LBFGS(p, LBFGS.options().maxIter(3)));
        for (Function<List<Tensor>, Optimizer> make : makers) {
            List<Tensor> straight = model.freshParams(true);
            Optimizer first = make.apply(straight);
            model.train(first, straight, 6);
            List<Tensor> resumed = model.freshParams(true);
            Optimizer before = make.apply(resumed);
            model.train(before, resumed, 3);
            List<Tensor> continued = copies(resumed);
            Optimizer after = make.apply(continued);
            after.loadStateDict(before.stateDict());
            model.train(after, continued, 3);
            for (int i = 0; i < straight.size(); i++) {
                assertArrayEquals(straight.get(i).toFloatArray(), continued.get(i).toFloatArray(),
                        first.getClass().getSimpleName());
            }
        }
    }

    @Test
    void loadsPyTorchsTypesAndExtraEntries() {
        List<Tensor> params = model.freshParams();
        SGD sgd = new SGD(params, 0.1, 0.9);
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("lr", 1);
        group.put("momentum", 0.5);
        group.put("nesterov", true);
        group.put("foreach", null);
        group.put("initial_lr", 0.1);
        group.put("params", List.of(0L, 1L, 2L));
        Map<String, Object> state = Map.of("1", Map.of("momentum_buffer", Tensor.of(1.0, 2.0, 3.0)));
        sgd.loadStateDict(Map.of("state", state, "param_groups", List.of(group)));
        ParamGroup loaded = sgd.paramGroups().get(0);
        assertEquals(1.0, loaded.lr());
        assertEquals(true, loaded.get("nesterov"));
        assertEquals(0.1, loaded.get("initial_lr"));
        Tensor buffer = (Tensor) ((Map<?, ?>) ((Map<?, ?>) sgd.stateDict().get("state")).get(1)).get("momentum_buffer");
        assertEquals(DType.FLOAT32, buffer.dtype());
    }

    @Test
    void badStateDictsChangeNothing() {
        List<Tensor> params = model.freshParams();
        Adam adam = new Adam(params, 0.01);
        model.train(adam, params, 1);
        Map<String, Object> good = adam.stateDict();
        String before = good.toString();
        Map<String, Object> wrongShape = new LinkedHashMap<>(good);
        Map<Object, Object> state = new LinkedHashMap<>((Map<?, ?>) good.get("state"));
        Map<String, Object> entry = new LinkedHashMap<>((Map<String, Object>) state.get(1));
        entry.put("exp_avg", Tensor.zeros(4));
        state.put(1, entry);
        wrongShape.put("state", state);
        assertEquals("loaded state 'exp_avg' has shape [4] but its parameter has shape [3]",
                assertThrows(IllegalArgumentException.class, () -> adam.loadStateDict(wrongShape)).getMessage());
        Map<String, Object> badOption = new LinkedHashMap<>(good);
        Map<String, Object> group = new LinkedHashMap<>((Map<String, Object>) ((List<?>) good.get("param_groups")).get(0));
        group.put("lr", 0.5);
        group.put("eps", -1.0);
        badOption.put("param_groups", List.of(group));
        assertEquals("Invalid epsilon value: -1.0",
                assertThrows(IllegalArgumentException.class, () -> adam.loadStateDict(badOption)).getMessage());
        assertEquals("loaded state dict has a different number of parameter groups",
                assertThrows(IllegalArgumentException.class, () -> adam.loadStateDict(
                        Map.of("state", Map.of(), "param_groups", List.of()))).getMessage());
        group.put("params", List.of(0, 1));
        assertEquals("loaded state dict contains a parameter group that doesn't match the size of optimizer's group",
                assertThrows(IllegalArgumentException.class, () -> adam.loadStateDict(badOption)).getMessage());
        assertEquals("optimizer state dict: param_groups[0] must be a Map, got String", assertThrows(
                IllegalArgumentException.class, () -> adam.loadStateDict(Map.of("state", Map.of(),
                        "param_groups", List.of("lr=0.1")))).getMessage());
        assertEquals("a parameter number in an optimizer state dict must be an integer, got x", assertThrows(
                IllegalArgumentException.class, () -> adam.loadStateDict(Map.of("state", Map.of("x", Map.of()),
                        "param_groups", good.get("param_groups")))).getMessage());
        assertEquals(before, adam.stateDict().toString());
        assertEquals(0.01, adam.paramGroups().get(0).lr());
    }
}
