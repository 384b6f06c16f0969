package org.autograd4j.bench;

import org.autograd4j.DType;
import org.autograd4j.Tensor;

/**
 * One out-of-place elementwise op or reduction on float32 (or float64) tensors, as the anchor's
 * {@code bench_elementwise.py}: add a+b, mul a*b, exp, tanh, sum, and softmax of a (4096, size/4096)
 * matrix along the last dim. Bandwidth counts the bytes the op must read and write.
 */
final class ElementwiseWorkload {
    private final String op;
    private final int size;
    private final Tensor a;
    private final Tensor b;

    ElementwiseWorkload(String op, int size, DType dtype) {
        Tensor.manualSeed(0);
        this.op = op;
        this.size = size;
        this.a = (op.equals("softmax") ? Tensor.randn(4096, size / 4096) : Tensor.randn(size)).to(dtype);
        this.b = Tensor.randn(size).to(dtype);
    }

    void run() {
        switch (op) {
            case "add": a.add(b); break;
            case "mul": a.mul(b); break;
            case "exp": a.exp(); break;
            case "tanh": a.tanh(); break;
            case "sum": a.sum(); break;
            case "softmax": a.softmax(-1); break;
            default: throw new IllegalArgumentException("unknown op " + op + "; use add, mul, exp, tanh, sum or softmax");
        }
    }

    /** Bytes moved per call: inputs read plus output written. */
    long bytes() {
        int arrays;
        switch (op) {
            case "add":
            case "mul":
                arrays = 3;
                break;
            case "sum":
                arrays = 1;
                break;
            default:
                arrays = 2;
        }
        return (long) a.dtype().byteSize() * size * arrays;
    }
}
