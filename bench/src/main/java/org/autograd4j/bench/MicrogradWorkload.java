package org.autograd4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;

/**
 * Karpathy's micrograd demo on 0-d tensors, as the anchor's {@code bench_overhead.py} part B: an MLP
 * 2-16-16-1 (tanh hidden, linear out) whose every weight is its own 0-d tensor requiring grad
 * (337 parameters), on P two-moons points; loss = mean(relu(1 - y·score)) + 1e-4·Σ p². One call is
 * forward (graph build) + backward; {@link #update()} is the SGD step.
 */
final class MicrogradWorkload {
    private final List<List<Tensor[]>> layers = new ArrayList<>();
    private final List<Tensor> params = new ArrayList<>();
    private final List<Tensor[]> points = new ArrayList<>();
    private final List<Double> labels = new ArrayList<>();

    MicrogradWorkload(int pointCount) {
        Random rnd = new Random(1337);
        int[] sizes = {2, 16, 16, 1};
        for (int l = 0; l + 1 < sizes.length; l++) {
            List<Tensor[]> neurons = new ArrayList<>();
            for (int o = 0; o < sizes[l + 1]; o++) {
                Tensor[] weightsAndBias = new Tensor[sizes[l] + 1];
                for (int i = 0; i < sizes[l]; i++) {
                    weightsAndBias[i] = parameter(rnd.nextDouble() * 2 - 1);
                }
                weightsAndBias[sizes[l]] = parameter(0);
                neurons.add(weightsAndBias);
            }
            layers.add(neurons);
        }
        for (int i = 0; i < pointCount; i++) {
            double t = Math.PI * rnd.nextDouble();
            boolean upper = i % 2 == 0;
            double x0 = upper ? Math.cos(t) : 1 - Math.cos(t);
            double x1 = upper ? Math.sin(t) : 0.5 - Math.sin(t);
            points.add(new Tensor[] {Tensor.scalar((float) (x0 + rnd.nextGaussian() * 0.1)),
                    Tensor.scalar((float) (x1 + rnd.nextGaussian() * 0.1))});
            labels.add(upper ? 1.0 : -1.0);
        }
    }

    private Tensor parameter(double value) {
        Tensor p = Tensor.scalar((float) value).requiresGrad(true);
        params.add(p);
        return p;
    }

    private Tensor score(Tensor[] input) {
        Tensor[] x = input;
        for (int l = 0; l < layers.size(); l++) {
            List<Tensor[]> neurons = layers.get(l);
            Tensor[] out = new Tensor[neurons.size()];
            for (int o = 0; o < out.length; o++) {
                Tensor[] wb = neurons.get(o);
                Tensor act = wb[wb.length - 1];
                for (int i = 0; i < x.length; i++) {
                    act = act.add(wb[i].mul(x[i]));
                }
                out[o] = l + 1 < layers.size() ? act.tanh() : act;
            }
            x = out;
        }
        return x[0];
    }

    Tensor loss() {
        Tensor dataLoss = null;
        for (int i = 0; i < points.size(); i++) {
            Tensor margin = score(points.get(i)).mul(-labels.get(i)).add(1).relu();
            dataLoss = dataLoss == null ? margin.add(0) : dataLoss.add(margin);
        }
        Tensor reg = null;
        for (Tensor p : params) {
            reg = reg == null ? p.mul(p).add(0) : reg.add(p.mul(p));
        }
        return dataLoss.mul(1.0 / points.size()).add(reg.mul(1e-4));
    }

    /** Forward and backward, then clears the gradients. */
    void forwardBackward() {
        loss().backward();
        for (Tensor p : params) {
            p.setGrad(null);
        }
    }

    /** Forward, backward and the SGD step p -= 0.01 * grad. */
    void update() {
        loss().backward();
        try (var g = Autograd.noGrad()) {
            for (Tensor p : params) {
                p.sub_(p.grad().mul(0.01));
                p.setGrad(null);
            }
        }
    }

    int parameterCount() {
        return params.size();
    }
}
