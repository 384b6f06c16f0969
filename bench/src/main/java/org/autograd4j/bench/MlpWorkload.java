package org.autograd4j.bench;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.autograd4j.optim.Adam;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.SGD;

/**
 * One training step of a ReLU MLP, as the anchor's {@code torch_one.py mlp}: zero grad, forward
 * (linear layers with ReLU between), cross-entropy on random labels, backward, optimizer step
 * (SGD lr 0.01 momentum 0.9, or Adam lr 1e-3). Layers are initialised like {@code nn.Linear}:
 * weight and bias uniform in ±1/sqrt(fan_in).
 */
final class MlpWorkload {
    private final List<Tensor> weights = new ArrayList<>();
    private final List<Tensor> biases = new ArrayList<>();
    private final Optimizer optimizer;
    private final Tensor x;
    private final Tensor y;

    /** {@code model} like "784-512-256-10"; {@code opt} "sgd" or "adam". */
    MlpWorkload(String model, int batch, String opt) {
        Tensor.manualSeed(0);
        String[] parts = model.split("-");
        List<Tensor> params = new ArrayList<>();
        for (int l = 0; l + 1 < parts.length; l++) {
            int in = Integer.parseInt(parts[l]);
            int out = Integer.parseInt(parts[l + 1]);
            double bound = 1 / Math.sqrt(in);
            Tensor w = Tensor.rand(out, in).mul(2 * bound).sub(bound).requiresGrad(true);
            Tensor b = Tensor.rand(out).mul(2 * bound).sub(bound).requiresGrad(true);
            weights.add(w);
            biases.add(b);
            params.add(w);
            params.add(b);
        }
        switch (opt) {
            case "sgd": optimizer = new SGD(params, 0.01, 0.9); break;
            case "adam": optimizer = new Adam(params, 1e-3); break;
            default: throw new IllegalArgumentException("unknown optimizer " + opt + "; use sgd or adam");
        }
        x = Tensor.randn(batch, Integer.parseInt(parts[0]));
        y = Tensor.randint(0, Integer.parseInt(parts[parts.length - 1]), batch);
    }

    void step() {
        optimizer.zeroGrad();
        Tensor h = x;
        for (int l = 0; l < weights.size(); l++) {
            h = F.linear(h, weights.get(l), biases.get(l));
            if (l + 1 < weights.size()) {
                h = h.relu();
            }
        }
        F.crossEntropy(h, y).backward();
        optimizer.step();
    }
}
