package org.autograd4j.kernels;

/** Elementwise binary operations that have dedicated loops in every {@link ElementwiseKernels} provider. */
public enum BinaryOp {
    ADD, SUB, MUL, DIV, MAX, MIN, POW
}
