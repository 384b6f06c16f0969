package org.autograd4j.examples.mnist;

import java.util.Locale;
import org.autograd4j.nn.Conv2d;
import org.autograd4j.nn.Flatten;
import org.autograd4j.nn.Linear;
import org.autograd4j.nn.MaxPool2d;
import org.autograd4j.nn.ReLU;
import org.autograd4j.nn.Sequential;

/**
 * The networks the demo can train on 28x28 digits. Each is a plain {@link Sequential}, so its state dict has
 * PyTorch's keys ({@code 1.weight}, ...) and loads into the same {@code nn.Sequential} in PyTorch.
 */
public enum Architecture {
    /** A multi-layer perceptron, 784-256-128-10: 235,146 parameters. */
    MLP(1) {
        @Override
        public Sequential build() {
            return new Sequential(new Flatten(),
                    new Linear(28 * 28, 256), new ReLU(),
                    new Linear(256, 128), new ReLU(),
                    new Linear(128, 10));
        }
    },
    /** Two 3x3 convolutions (16 and 32 channels), each followed by 2x2 max pooling, then 1568-128-10. */
    CNN(2) {
        @Override
        public Sequential build() {
            return new Sequential(
                    new Conv2d(1, 16, 3, 1, 1), new ReLU(), new MaxPool2d(2),
                    new Conv2d(16, 32, 3, 1, 1), new ReLU(), new MaxPool2d(2),
                    new Flatten(),
                    new Linear(32 * 7 * 7, 128), new ReLU(),
                    new Linear(128, 10));
        }
    };

    private final int defaultShift;

    Architecture(int defaultShift) {
        this.defaultShift = defaultShift;
    }

    /**
     * How far training images are shifted at random by default, in pixels: what served each network best on the
     * demo's data (an MLP has no translation invariance of its own, but a larger shift slows its learning).
     */
    public int defaultShift() {
        return defaultShift;
    }

    /** A new network with PyTorch's default initialisation, drawn from the global generator. */
    public abstract Sequential build();

    /** The lower-case name used on the command line, in file names and in checkpoints. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The architecture called {@code id} ({@code mlp} or {@code cnn}, any case). */
    public static Architecture fromId(String id) {
        for (Architecture a : values()) {
            if (a.id().equalsIgnoreCase(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "' (expected mlp or cnn)");
    }
}
