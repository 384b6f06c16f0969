package org.autograd4j.examples.mnist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.io.FileFormatException;
import org.autograd4j.io.SafeTensors;
import org.autograd4j.io.TorchCheckpoint;
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

    /**
     * Writes the weights in the format of {@code file}'s extension ({@link ModelFormat#of}): safetensors with the
     * architecture's name in the metadata, or for {@code .pt} the state dict alone, as PyTorch saves it.
     */
    public void save(Path file) throws IOException {
        if (ModelFormat.of(file) == ModelFormat.PT) {
            TorchCheckpoint.save(file, network.stateDict());
        } else {
            SafeTensors.save(file, network.stateDict(), Map.of(ARCHITECTURE_KEY, architecture.id()));
        }
    }

    /** A model saved by {@link #save}, or by PyTorch as the state dict of the same {@code nn.Sequential}. */
    public static DigitModel load(Path file) throws IOException {
        if (ModelFormat.of(file) == ModelFormat.PT) {
            return recognise(TorchCheckpoint.loadStateDict(file), file);
        }
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

    /** The model of the architecture whose state dict has exactly these names and shapes, holding {@code weights}. */
    private static DigitModel recognise(Map<String, Tensor> weights, Path file) throws FileFormatException {
        for (Architecture architecture : Architecture.values()) {
            DigitModel model = new DigitModel(architecture);
            if (shapes(model.network.stateDict()).equals(shapes(weights))) {
                model.network.loadStateDict(weights);
                return model;
            }
        }
        throw new FileFormatException(file + ": its state dict " + shapes(weights) + " is not that of the demo's "
                + "mlp or cnn (the nn.Sequential of examples/src/test/python/mnist_in_pytorch.py)");
    }

    /** Each tensor's shape by name, in order. */
    private static Map<String, List<Integer>> shapes(Map<String, Tensor> stateDict) {
        Map<String, List<Integer>> shapes = new LinkedHashMap<>();
        stateDict.forEach((name, t) -> shapes.put(name, Arrays.stream(t.shape()).boxed().toList()));
        return shapes;
    }
}
