package org.autograd4j.kernels.linalg;

/**
 * The precision of a blocked factorization's trailing updates. The panels are always reduced in
 * float64; the updates, almost all of the arithmetic, run in float64, or for float32 inputs in
 * float32 through the float GEMM, which is several times faster (about 40 against 5 GFLOP/s with
 * no JVM flags, where the float64 GEMM runs a scalar micro-kernel) and as accurate as PyTorch,
 * whose float32 factorizations are float32 throughout.
 */
public enum Precision {
    FLOAT64,
    FLOAT32
}
