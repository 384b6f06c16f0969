package org.autograd4j;

import org.autograd4j.kernels.Kernels;

/** How this build runs on this machine, like {@code torch.__config__.show()}. */
public final class Config {
    private Config() {
    }

    /**
     * One line: the kernel provider and why it was chosen, the SIMD vector width, the GEMM
     * micro-kernel tiles and the thread count, e.g. {@code "autograd4j kernels: simd-256 (jdk.incubator.vector
     * present and C2 active); vector 256 bits; GEMM tiles float32 6x16, float64 6x8; threads 2"}.
     */
    public static String show() {
        return Kernels.describe();
    }
}
