package org.autograd4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Parameters after a few steps on loss = sum(p²) + p0·p1, from p = [1, -2, 3] (float64), as
 * PyTorch 1.13 computes them:
 * <pre>
 * p = torch.tensor([1.0, -2.0, 3.0], dtype=torch.float64, requires_grad=True); opt = ...([p])
 * for s in range(steps): opt.zero_grad(); ((p ** 2).sum() + p[0] * p[1]).backward(); opt.step()
 * </pre>
 */
class OptimizerTest {

    private static double[] run(Function<List<Tensor>, Optimizer> make, int steps) {
        Tensor p = Tensor.of(1.0, -2.0, 3.0).requiresGrad(true);
        Optimizer opt = make.apply(List.of(p));
        for (int s = 0; s < steps; s++) {
            opt.zeroGrad();
            p.pow(2).sum().add(p.select(0, 0).mul(p.select(0, 1))).backward();
            opt.step();
        }
        return p.toDoubleArray();
    }

    @Test
    void sgdMatchesPyTorch() {
        assertArrayEquals(new double[] {0.9219999999999999, -1.265, 1.536}, run(ps -> new SGD(ps, 0.1), 3), 1e-12);
        assertArrayEquals(new double[] {0.868, -0.5899999999999999, 0.1859999999999999},
                run(ps -> new SGD(ps, 0.1, 0.9), 3), 1e-12);
        assertArrayEquals(new double[] {0.87757712919, -0.6374099293799997, 0.28499562956999963},
                run(ps -> new SGD(ps, SGD.options().lr(0.1).momentum(0.9).dampening(0.1).weightDecay(0.01)), 3), 1e-12);
        assertArrayEquals(new double[] {0.657650211141, -0.307928809182, -0.33495328277700037},
                run(ps -> new SGD(ps, SGD.options().lr(0.1).momentum(0.9).weightDecay(0.01).nesterov(true)), 3), 1e-12);
    }

    @Test
    void adamMatchesPyTorch() {
        assertArrayEquals(new double[] {0.8453307417051426, -1.7007487188677683, 2.7003815234507473},
                run(ps -> new Adam(ps, 0.1), 3), 1e-12);
        assertArrayEquals(new double[] {0.8240969474477003, -1.7008732590134013, 2.700718834035688},
                run(ps -> new Adam(ps, Adam.options().lr(0.1).betas(0.8, 0.99).eps(1e-6).weightDecay(0.1)), 3), 1e-12);
        assertArrayEquals(new double[] {0.785061811181885, -1.6016073333922007, 2.6009135310557854},
                run(ps -> new Adam(ps, Adam.options().lr(0.1).amsgrad(true)), 4), 1e-12);
        assertArrayEquals(new double[] {0.8166341203744915, -1.6445029084417289, 2.6144056172811183},
                run(ps -> new AdamW(ps, Adam.options().lr(0.1).weightDecay(0.1)), 3), 1e-12);
    }

    @Test
    void float32ParametersTrainToo() {
        Tensor p = Tensor.of(1f, -2f, 3f).requiresGrad(true);
        SGD opt = new SGD(List.of(p), 0.1, 0.9);
        for (int s = 0; s < 3; s++) {
            opt.zeroGrad();
            p.pow(2).sum().add(p.select(0, 0).mul(p.select(0, 1))).backward();
            opt.step();
        }
        assertEquals(DType.FLOAT32, p.dtype());
        assertArrayEquals(new float[] {0.868f, -0.59f, 0.186f}, p.toFloatArray(), 1e-6f);
    }

    @Test
    void zeroGradAndValidation() {
        Tensor p = Tensor.ones(2).requiresGrad(true);
        SGD opt = new SGD(List.of(p), 0.1);
        p.sum().backward();
        opt.zeroGrad(false);
        assertArrayEquals(new float[] {0, 0}, p.grad().toFloatArray());
        opt.zeroGrad();
        assertNull(p.grad());
        assertEquals("Invalid learning rate: -1.0",
                assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(p), -1)).getMessage());
        assertEquals("can't optimize a non-leaf Tensor",
                assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(p.mul(2)), 0.1)).getMessage());
    }
}
