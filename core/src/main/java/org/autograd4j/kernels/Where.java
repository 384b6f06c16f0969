package org.autograd4j.kernels;

/**
 * {@code torch.where}'s loop: each element taken from one of two operands as a bool condition says,
 * on storage arrays of one element type. The run is cut where the condition changes, and each piece
 * copied by {@link RunCopy}, so one path serves every type and a broadcast condition is one copy.
 */
public final class Where {
    private Where() {
    }

    /**
     * {@code out[o0 + i*os] = c[c0 + i*cs] ? a[a0 + i*as] : b[b0 + i*bs]} for i in [0, n); {@code a},
     * {@code b} and {@code out} are arrays of the same type.
     */
    public static void choose(int n, boolean[] c, int c0, int cs, Object a, int a0, int as, Object b, int b0, int bs,
                              Object out, int o0, int os) {
        int i = 0;
        while (i < n) {
            boolean pick = c[c0 + i * cs];
            int end = i + 1;
            while (end < n && c[c0 + end * cs] == pick) {
                end++;
            }
            if (pick) {
                RunCopy.copy(a, a0 + i * as, as, out, o0 + i * os, os, end - i);
            } else {
                RunCopy.copy(b, b0 + i * bs, bs, out, o0 + i * os, os, end - i);
            }
            i = end;
        }
    }
}
