package org.autograd4j.ops;

import org.autograd4j.kernels.UnaryOp;

/** The math of one element in double precision, for the generic loops. */
final class ScalarOps {
    private ScalarOps() {
    }

    static double unary(UnaryOp op, double x) {
        switch (op) {
            case NEG: return -x;
            case ABS: return Math.abs(x);
            case RELU: return x > 0 ? x : 0;
            default: throw new AssertionError(op + " has no integer form");
        }
    }
}
