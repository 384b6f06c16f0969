package org.autograd4j.optim.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.autograd4j.Tensor;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.SGD;
import org.junit.jupiter.api.Test;

/** Schedulers resume from their state dicts, and refuse bad settings with PyTorch's messages. */
class SchedulerStateTest {
    private static SGD sgd() {
        return new SGD(List.of(Tensor.ones(2).requiresGrad(true)), 0.1, 0.9);
    }

    /**
     * Runs 4 epochs, saves, continues 6 on a fresh optimizer and scheduler loaded from the dicts; as in
     * PyTorch, both are constructed before loading (constructing a scheduler takes its first step).
     */
    private static List<Double> resumed(Function<Optimizer, LRScheduler> make) {
        SGD first = sgd();
        LRScheduler before = make.apply(first);
        for (int i = 0; i < 4; i++) {
            before.step();
        }
        SGD second = sgd();
        LRScheduler after = make.apply(second);
        second.loadStateDict(first.stateDict());
        after.loadStateDict(before.stateDict());
        List<Double> lrs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            after.step();
            lrs.add(after.getLastLr().get(0));
        }
        return lrs;
    }

    private static List<Double> straight(Function<Optimizer, LRScheduler> make) {
        LRScheduler scheduler = make.apply(sgd());
        List<Double> lrs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scheduler.step();
            lrs.add(scheduler.getLastLr().get(0));
        }
        return lrs.subList(4, 10);
    }

    @Test
    void resumeFromStateDicts() {
        List<Function<Optimizer, LRScheduler>> makers = List.of(o -> new StepLR(o, 3, 0.5),
                o -> new CosineAnnealingLR(o, 4, 0.01), o -> new LinearLR(o, 0.2, 1.0, 6),
                o -> new OneCycleLR(o, 1.0, 12), o -> new ExponentialLR(o, 0.8));
        for (Function<Optimizer, LRScheduler> make : makers) {
            assertEquals(straight(make), resumed(make));
        }
        Map<String, Object> dict = new StepLR(sgd(), 3, 0.5).stateDict();
        assertEquals("{step_size=3, gamma=0.5, base_lrs=[0.1], last_epoch=0, _step_count=1, _last_lr=[0.1]}",
                dict.toString());
    }

    @Test
    void messages() {
        SGD sgd = sgd();
        OneCycleLR oneCycle = new OneCycleLR(sgd, 1.0, 2);
        oneCycle.step();
        oneCycle.step();
        assertEquals("Tried to step 4 times. The specified number of total steps is 2",
                assertThrows(IllegalStateException.class, oneCycle::step).getMessage());
        assertEquals("Starting multiplicative factor expected to be between 0 and 1.",
                assertThrows(IllegalArgumentException.class, () -> new LinearLR(sgd, 1.5, 1, 3)).getMessage());
        assertEquals("Sequential Schedulers expects number of schedulers provided to be one more than the number of "
                + "milestone points, but got number of schedulers 1 and the number of milestones to be equal to 1",
                assertThrows(IllegalArgumentException.class, () -> new SequentialLR(sgd,
                        List.of(new StepLR(sgd, 2)), List.of(3))).getMessage());
        assertEquals("Factor should be < 1.0.", assertThrows(IllegalArgumentException.class,
                () -> new ReduceLROnPlateau(sgd, ReduceLROnPlateau.options().factor(1.0))).getMessage());
        assertEquals("mode maximum is unknown!", assertThrows(IllegalArgumentException.class,
                () -> new ReduceLROnPlateau(sgd, ReduceLROnPlateau.options().mode("maximum"))).getMessage());
    }
}
