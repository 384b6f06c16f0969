package org.autograd4j.examples.mnist;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The files a digit model is saved in, told apart by their extension: the demo's own safetensors, with the
 * architecture in its metadata, or PyTorch's {@code .pt}, a plain state dict as
 * {@code torch.save(model.state_dict(), path)} writes it, whose architecture is recognised by its keys and shapes.
 */
public enum ModelFormat {
    SAFETENSORS("safetensors"),
    PT("pt");

    private final String extension;

    ModelFormat(String extension) {
        this.extension = extension;
    }

    /** The extension of this format's files, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format of {@code file}: PyTorch's for {@code .pt} and {@code .pth}, safetensors otherwise. */
    public static ModelFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pt") || name.endsWith(".pth") ? PT : SAFETENSORS;
    }

    /** The format called {@code id} ({@code pt} or {@code safetensors}, any case). */
    public static ModelFormat fromId(String id) {
        for (ModelFormat f : values()) {
            if (f.extension.equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected pt or safetensors)");
    }
}
