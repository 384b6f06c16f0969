package org.autograd4j.bench;

import org.autograd4j.Tensor;
import org.autograd4j.nn.Conv2d;
import org.autograd4j.nn.F;
import org.autograd4j.nn.Flatten;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.MaxPool2d;
import org.autograd4j.nn.ReLU;
import org.autograd4j.nn.Sequential;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.SGD;

/**
 * One training step of issue 14's small CNN on 28x28 single-channel images, as
 * {@code torch_side.py cnn}: conv 1→32 3x3, ReLU, 2x2 max-pool, conv 32→64 3x3, ReLU, 2x2 max-pool,
 * linear 1600→128, ReLU, linear 128→10; zero grad, forward, cross-entropy on random labels,
 * backward, SGD (lr 0.01, momentum 0.9). Layers keep PyTorch's default initialisation.
 */
final class CnnWorkload {
    private final Sequential model;
    private final Optimizer optimizer;
    private final Tensor x;
    private final Tensor y;

    CnnWorkload(int batch) {
        Tensor.manualSeed(0);
        model = new Sequential(
                new Conv2d(1, 32, 3), new ReLU(), new MaxPool2d(2),
                new Conv2d(32, 64, 3), new ReLU(), new MaxPool2d(2),
                new Flatten(),
                new Linear(64 * 5 * 5, 128), new ReLU(),
                new Linear(128, 10));
        optimizer = new SGD(model.parameters(), 0.01, 0.9);
        x = Tensor.randn(batch, 1, 28, 28);
        y = Tensor.randint(0, 10, batch);
    }

    void step() {
        optimizer.zeroGrad();
        F.crossEntropy(model.forward(x), y).backward();
        optimizer.step();
    }
}
