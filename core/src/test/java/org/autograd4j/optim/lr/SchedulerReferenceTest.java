package org.autograd4j.optim.lr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.optim.Adam;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;
import org.autograd4j.optim.SGD;
import org.autograd4j.optim.TestModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scheduler drives 20 training steps of the reference model; each group's learning rate after
 * every step and the final parameters equal PyTorch 1.13's (lr_reference.py beside the resource)
 * within 1e-12.
 */
class SchedulerReferenceTest {
    /** What a case builds: the optimizer, then its scheduler's step (given the step's loss). */
    private record Case(Function<List<Tensor>, Optimizer> optimizer, Function<Optimizer, StepWithLoss> scheduler) {
    }

    @FunctionalInterface
    private interface StepWithLoss {
        void step(double loss);
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private static Function<Optimizer, StepWithLoss> epochs(Function<Optimizer, LRScheduler> make) {
        return opt -> {
            LRScheduler scheduler = make.apply(opt);
            return loss -> scheduler.step();
        };
    }

    static {
        Function<List<Tensor>, Optimizer> sgd = p -> new SGD(p, 0.1, 0.9);
        CASES.put("step", new Case(sgd, epochs(o -> new StepLR(o, 3, 0.5))));
        CASES.put("multistep", new Case(sgd, epochs(o -> new MultiStepLR(o, List.of(2, 5, 5, 9), 0.5))));
        CASES.put("exponential", new Case(sgd, epochs(o -> new ExponentialLR(o, 0.9))));
        CASES.put("cosine", new Case(sgd, epochs(o -> new CosineAnnealingLR(o, 7, 0.01))));
        CASES.put("linear", new Case(sgd, epochs(o -> new LinearLR(o, 0.25, 0.9, 8))));
        CASES.put("lambda", new Case(sgd, epochs(o -> new LambdaLR(o, e -> 1.0 / (1 + e)))));
        CASES.put("onecycle", new Case(sgd, epochs(o -> new OneCycleLR(o, 0.5, 20))));
        CASES.put("onecycle_adam_three_phase", new Case(p -> new Adam(p, 0.01), epochs(o -> new OneCycleLR(o,
                OneCycleLR.options(0.05, 25).pctStart(0.25).annealStrategy("linear").threePhase(true)))));
        CASES.put("plateau", new Case(sgd, o -> new ReduceLROnPlateau(o, ReduceLROnPlateau.options().factor(0.5)
                .patience(1).threshold(0.1))::step));
        CASES.put("sequential", new Case(sgd, o -> {
            SequentialLR scheduler = new SequentialLR(o, List.of(new LinearLR(o, 0.1, 1.0, 4),
                    new CosineAnnealingLR(o, 10)), List.of(5));
            return loss -> scheduler.step();
        }));
        CASES.put("step_groups", new Case(p -> new SGD(SGD.options().lr(0.1).momentum(0.9), List.of(
                ParamGroup.of(List.of(p.get(0)), SGD.options().lr(0.05)), ParamGroup.of(p.subList(1, 3)))),
                epochs(o -> new StepLR(o, 4, 0.3))));
    }

    static List<String> cases() {
        return new ArrayList<>(CASES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void learningRatesAndParametersEqualPyTorch(String name) {
        TestModel model = TestModel.load("lr_reference.txt", DType.FLOAT64);
        List<Tensor> params = model.freshParams();
        Optimizer optimizer = CASES.get(name).optimizer().apply(params);
        StepWithLoss scheduler = CASES.get(name).scheduler().apply(optimizer);
        int groups = optimizer.paramGroups().size();
        List<List<Double>> lrs = new ArrayList<>();
        Supplier<List<Double>> current = () -> optimizer.paramGroups().stream().map(ParamGroup::lr).toList();
        lrs.add(current.get());
        for (int step = 0; step < 20; step++) {
            optimizer.zeroGrad();
            Tensor loss = model.loss(params);
            loss.backward();
            optimizer.step();
            scheduler.step(loss.item());
            lrs.add(current.get());
        }
        for (int g = 0; g < groups; g++) {
            int group = g;
            assertArrayEquals(model.get(name, "lr" + g), lrs.stream().mapToDouble(l -> l.get(group)).toArray(), 1e-12,
                    name + " lr" + g);
        }
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(model.get(name, "p" + i), params.get(i).toDoubleArray(), 1e-12, name + " p" + i);
        }
    }
}
