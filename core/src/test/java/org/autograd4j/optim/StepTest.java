package org.autograd4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/** What a step does beyond the formulas: strided parameters, gradients of any layout, closures, versions. */
class StepTest {
    private static final List<Function<List<Tensor>, Optimizer>> OPTIMIZERS = List.of(p -> new SGD(p, 0.1, 0.9),
            p -> new SGD(p, SGD.options().lr(0.1).momentum(0.9).nesterov(true).weightDecay(0.1)),
            p -> new Adam(p, Adam.options().lr(0.1).amsgrad(true)), p -> new AdamW(p, 0.1),
            p -> new RMSprop(p, RMSprop.options()), p -> new Adagrad(p, Adagrad.options()),
            p -> new Adadelta(p, Adadelta.options()));

    /** loss = sum(p * c) + sum(p²) on a 3x4 float32 parameter given as a tensor (contiguous or not). */
    private static float[] train(Function<List<Tensor>, Optimizer> make, Tensor p) {
        Optimizer optimizer = make.apply(List.of(p));
        Tensor c = Tensor.arange(12).reshape(3, 4).toFloat().sub(5.5);
        for (int s = 0; s < 4; s++) {
            optimizer.zeroGrad();
            p.mul(c).sum().add(p.pow(2).sum()).backward();
            optimizer.step();
        }
        return p.contiguous().toFloatArray();
    }

    private static Tensor start() {
        return Tensor.arange(12).reshape(3, 4).toFloat().div(7);
    }

    /** Issue 9: a strided parameter used to throw after earlier parameters were updated; now it trains. */
    @Test
    void stridedParametersTrainLikeContiguousOnes() {
        for (Function<List<Tensor>, Optimizer> make : OPTIMIZERS) {
            float[] contiguous = train(make, start().requiresGrad(true));
            Tensor transposed = start().t().contiguous().t().requiresGrad(true);
            assertEquals(false, transposed.isContiguous());
            assertArrayEquals(contiguous, train(make, transposed), 1e-6f);
        }
    }

    /**
     * Every option combination of SGD and Adam(W): the fused float32 loop (dense parameter) and
     * PyTorch's tensor-op sequence (the same values in a strided parameter) agree, over an awkward
     * length of 37 (vector loops plus a tail).
     */
    @Test
    void fusedLoopsAgreeWithTensorOps() {
        for (int options = 0; options < 16; options++) {
            boolean a = (options & 1) != 0;
            boolean b = (options & 2) != 0;
            boolean c = (options & 4) != 0;
            double decay = (options & 8) != 0 ? 0.05 : 0;
            List<Function<List<Tensor>, Optimizer>> makers = List.of(
                    p -> new SGD(p, SGD.options().lr(0.1).momentum(a || c ? 0.9 : 0).nesterov(c)
                            .dampening(b && !c ? 0.2 : 0).weightDecay(decay).maximize(b)),
                    p -> new Adam(p, Adam.options().lr(0.05).amsgrad(a).maximize(b).weightDecay(decay)),
                    p -> new AdamW(p, Adam.options().lr(0.05).amsgrad(a).maximize(c).weightDecay(decay)));
            for (Function<List<Tensor>, Optimizer> make : makers) {
                Tensor dense = Tensor.linspace(-2, 3, 37).requiresGrad(true);
                Tensor strided = Tensor.linspace(-2, 3, 37).unsqueeze(1).expand(37, 2).contiguous().select(1, 1)
                        .requiresGrad(true);
                assertEquals(false, strided.isContiguous());
                for (Tensor p : List.of(dense, strided)) {
                    Optimizer optimizer = make.apply(List.of(p));
                    for (int s = 0; s < 5; s++) {
                        optimizer.zeroGrad();
                        p.pow(3).sum().add(p.sin().sum()).backward();
                        optimizer.step();
                    }
                }
                assertArrayEquals(dense.toFloatArray(), strided.contiguous().toFloatArray(), 1e-6f, "options " + options);
            }
        }
    }

    @Test
    void everyParameterOfAStepIsUpdated() {
        Tensor dense = Tensor.ones(3).requiresGrad(true);
        Tensor strided = Tensor.ones(4, 2).select(1, 0).requiresGrad(true);
        Tensor expandedGrad = Tensor.ones(3).requiresGrad(true);
        SGD sgd = new SGD(List.of(dense, strided, expandedGrad), 0.5);
        dense.sum().add(strided.sum()).backward();
        expandedGrad.setGrad(Tensor.scalar(2f).expand(3));
        sgd.step();
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, dense.toFloatArray());
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, strided.toFloatArray());
        assertArrayEquals(new float[] {0f, 0f, 0f}, expandedGrad.toFloatArray());
    }

    @Test
    void closureIsEvaluatedWithGradAndItsLossReturned() {
        Tensor p = Tensor.of(1.0, 2.0).requiresGrad(true);
        SGD sgd = new SGD(List.of(p), 0.25);
        Tensor[] made = new Tensor[1];
        Tensor loss = sgd.step(() -> {
            sgd.zeroGrad();
            made[0] = p.pow(2).sum();
            made[0].backward();
            return made[0];
        });
        assertSame(made[0], loss);
        assertArrayEquals(new double[] {0.5, 1.0}, p.toDoubleArray(), 1e-15);
        assertEquals("LBFGS needs a closure that reevaluates the model and returns the loss: call step(closure)",
                assertThrows(IllegalStateException.class, () -> new LBFGS(List.of(p)).step()).getMessage());
    }

    /** A graph that saved a parameter refuses to backpropagate after the step changed it, fused path or not. */
    @Test
    void aStepChangesTheParametersVersion() {
        for (Tensor p : List.of(Tensor.ones(4).requiresGrad(true), Tensor.ones(4).toDouble().requiresGrad(true))) {
            Adam adam = new Adam(List.of(p), 0.1);
            Tensor saved = p.mul(p).sum();
            p.sum().backward();
            adam.step();
            assertThrows(IllegalStateException.class, saved::backward);
        }
    }
}
