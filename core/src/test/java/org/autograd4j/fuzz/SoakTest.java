package org.autograd4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.autograd4j.optim.SGD;
import org.junit.jupiter.api.Test;

/**
 * A training loop must not leak: the heap in use after a GC stays flat over thousands of steps.
 * CI runs 3,000 steps; {@code -Dautograd4j.soak.steps=20000} (with {@code -Xmx256m}) is the long run.
 */
class SoakTest {
    private static final int STEPS = Integer.getInteger("autograd4j.soak.steps", 3_000);
    /** Slack for the collector's own variation; a leak of one small graph per step would pass it after a few hundred steps. */
    private static final long SLACK_BYTES = 8L << 20;

    @Test
    void usedHeapStaysFlatOverATrainingLoop() {
        Generator gen = new Generator(1);
        Tensor w1 = Tensor.randn(new int[] {32, 16}, DType.FLOAT32, gen).mul(0.1).requiresGrad(true);
        Tensor b1 = Tensor.zeros(32).requiresGrad(true);
        Tensor w2 = Tensor.randn(new int[] {4, 32}, DType.FLOAT32, gen).mul(0.1).requiresGrad(true);
        SGD opt = new SGD(List.of(w1, b1, w2), 0.05, 0.9);
        Tensor x = Tensor.randn(new int[] {64, 16}, DType.FLOAT32, gen);
        Tensor y = Tensor.randint(0, 4, new int[] {64}, gen);
        long baseline = 0;
        long peak = 0;
        for (int step = 1; step <= STEPS; step++) {
            opt.zeroGrad();
            Tensor h = F.relu(F.linear(x, w1, b1));
            F.crossEntropy(F.linear(h, w2), y).backward();
            opt.step();
            if (step == STEPS / 10) {
                baseline = usedAfterGc();
            } else if (step > STEPS / 10 && step % (STEPS / 10) == 0) {
                peak = Math.max(peak, usedAfterGc());
            }
        }
        System.out.printf("soak: %d steps, used heap after GC %.1f MB at 10%%, at most %.1f MB after%n", STEPS,
                baseline / 1e6, peak / 1e6);
        assertTrue(peak <= baseline + SLACK_BYTES, "used heap grew from " + baseline + " to " + peak + " bytes");
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
