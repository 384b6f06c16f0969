package org.autograd4j.nn.init;

import org.autograd4j.Tensor;

/** A weight's fan-in and fan-out: dims 1 and 0 times the receptive field (the product of the dims after). */
record Fans(int in, int out) {
    static Fans of(Tensor tensor) {
        if (tensor.dim() < 2) {
            throw new IllegalArgumentException(
                    "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        }
        int receptiveField = 1;
        for (int d = 2; d < tensor.dim(); d++) {
            receptiveField *= tensor.size(d);
        }
        return new Fans(tensor.size(1) * receptiveField, tensor.size(0) * receptiveField);
    }

    int select(String mode) {
        switch (mode) {
            case "fan_in":
                return in;
            case "fan_out":
                return out;
            default:
                throw new IllegalArgumentException("Mode " + mode + " not supported, please use one of fan_in, fan_out");
        }
    }
}
