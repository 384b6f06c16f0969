package org.autograd4j.kernels;

/** Elementwise unary operations that have dedicated loops in every {@link ElementwiseKernels} provider. */
public enum UnaryOp {
    NEG, ABS, EXP, LOG, SQRT, TANH, SIGMOID, RELU
}
