package org.autograd4j.examples.cli;

import org.autograd4j.examples.mnist.ModelFormat;

/** Reads {@code --format pt} or {@code --format safetensors}, in any case. */
final class FormatConverter extends IdConverter<ModelFormat> {
    @Override
    protected ModelFormat fromId(String id) {
        return ModelFormat.fromId(id);
    }
}
