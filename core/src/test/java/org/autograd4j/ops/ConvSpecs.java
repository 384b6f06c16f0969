package org.autograd4j.ops;

import java.util.List;

/** The op table rows for convolution, pooling and padding (see {@link OpSpec}). */
final class ConvSpecs {
    private ConvSpecs() {
    }

    static List<OpSpec> specs() {
        return List.of();
    }
}
