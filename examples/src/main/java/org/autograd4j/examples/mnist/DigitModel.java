package org.autograd4j.examples.mnist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.io.FileFormatException;
import org.autograd4j.io.SafeTensors;
import org.autograd4j.nn.Sequential;

/**
 * A digit classifier: an {@link Architecture}'s network and the input normalisation it was trained with. Every
 * caller (training, evaluation, prediction) goes through {@link #logits}, so pixels are normalised in one place.
 */
public final class DigitModel {
    /** MNIST's pixel mean and standard deviation, as torchvision's {@code Normalize((0.1307,), (0.3081,))}. */
    private static final double PIXEL_MEAN = 0.1307;
    private static final double PIXEL_STD = 0.3081;
    /** The checkpoint metadata key naming the architecture, so {@code predict} can rebuild the network. */
    private static final String ARCHITECTURE_KEY = "architecture";

    private final Architecture architecture;
    private final Sequential network;

    /** A new, freshly initialised model. */
    public DigitModel(Architecture architecture) {
        this.architecture = architecture;
        this.network = architecture.build();
    }

    public Architecture architecture() {
        return architecture;
    }

    public Sequential network() {
        return network;
    }

    /** The class scores for {@code images}, {@code [N, 1, 28, 28]} pixels in [0, 1], white digits on black. */
    public Tensor logits(Tensor images) {
        return network.call(normalise(images));
    }

    /** Pixels in [0, 1] as the network takes them: MNIST's mean subtracted, divided by its standard deviation. */
    public static Tensor normalise(Tensor images) {
        return images.sub(PIXEL_MEAN).div(PIXEL_STD);
    }

    /** The probability of each digit for one {@code [1, 28, 28]} image, in evaluation mode and without a graph. */
    public Tensor probabilities(Tensor image) {
        network.eval();
        try (var noGrad = Autograd.noGrad()) {
            return logits(image.unsqueeze(0)).softmax(1).select(0, 0);
        }
    }

    /** Writes the weights as safetensors, with the architecture's name in the metadata. */
    public void save(Path file) throws IOException {
        SafeTensors.save(file, network.stateDict(), Map.of(ARCHITECTURE_KEY, architecture.id()));
    }

    /** A model saved by {@link #save}. */
    public static DigitModel load(Path file) throws IOException {
        SafeTensors.Contents contents = SafeTensors.read(file);
        String id = contents.metadata().get(ARCHITECTURE_KEY);
        if (id == null) {
            throw new FileFormatException(file + ": no \"" + ARCHITECTURE_KEY
                    + "\" in its metadata; was it saved by 'autograd4j train'?");
        }
        DigitModel model = new DigitModel(Architecture.fromId(id));
        model.network.loadStateDict(contents.tensors());
        return model;
    }
}
