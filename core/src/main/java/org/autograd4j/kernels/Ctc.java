package org.autograd4j.kernels;

/**
 * The connectionist temporal classification loss of one sequence and its gradient by the log
 * probabilities, by the forward (alpha) and backward (beta) recursions in log space over the
 * target with blanks between and around its labels, as PyTorch's CPU kernel.
 */
public final class Ctc {
    private Ctc() {
    }

    /**
     * The negative log likelihood of {@code target} given {@code logProbs} ([time, classes] row-major,
     * the first {@code length} steps used); with {@code grad} non-null, also its gradient times
     * {@code gradOut}, written into {@code grad} (same layout; the steps past {@code length} stay 0).
     */
    public static double loss(double[] logProbs, int classes, int length, long[] target, int blank, double[] grad,
                              double gradOut) {
        int ext = 2 * target.length + 1;
        double[][] alpha = new double[length][ext];
        for (int t = 0; t < length; t++) {
            for (int s = 0; s < ext; s++) {
                double v = t == 0 ? (s < 2 ? 0 : Double.NEGATIVE_INFINITY)
                        : logSumExp(alpha[t - 1][s], s > 0 ? alpha[t - 1][s - 1] : Double.NEGATIVE_INFINITY,
                                skips(target, blank, s, s - 2) ? alpha[t - 1][s - 2] : Double.NEGATIVE_INFINITY);
                alpha[t][s] = v + logProbs[t * classes + label(target, blank, s)];
            }
        }
        double nll = length == 0 ? (target.length == 0 ? 0 : Double.POSITIVE_INFINITY)
                : -logSumExp(alpha[length - 1][ext - 1], ext > 1 ? alpha[length - 1][ext - 2] : Double.NEGATIVE_INFINITY,
                        Double.NEGATIVE_INFINITY);
        if (grad != null && length > 0) {
            gradient(logProbs, classes, length, target, blank, alpha, nll, grad, gradOut);
        }
        return nll;
    }

    private static void gradient(double[] logProbs, int classes, int length, long[] target, int blank,
                                 double[][] alpha, double nll, double[] grad, double gradOut) {
        int ext = 2 * target.length + 1;
        double[][] beta = new double[length][ext];
        for (int t = length - 1; t >= 0; t--) {
            for (int s = ext - 1; s >= 0; s--) {
                double v = t == length - 1 ? (s >= ext - 2 ? 0 : Double.NEGATIVE_INFINITY)
                        : logSumExp(beta[t + 1][s], s < ext - 1 ? beta[t + 1][s + 1] : Double.NEGATIVE_INFINITY,
                                skips(target, blank, s + 2, s) ? beta[t + 1][s + 2] : Double.NEGATIVE_INFINITY);
                beta[t][s] = v + logProbs[t * classes + label(target, blank, s)];
            }
        }
        for (int t = 0; t < length; t++) {
            double[] byClass = new double[classes];
            java.util.Arrays.fill(byClass, Double.NEGATIVE_INFINITY);
            for (int s = 0; s < ext; s++) {
                int c = label(target, blank, s);
                byClass[c] = logSumExp(byClass[c], alpha[t][s] + beta[t][s], Double.NEGATIVE_INFINITY);
            }
            for (int c = 0; c < classes; c++) {
                double lp = logProbs[t * classes + c];
                grad[t * classes + c] = (Math.exp(lp) - Math.exp(byClass[c] + nll - lp)) * gradOut;
            }
        }
    }

    /** The class at position s of the extended target: blank at even positions, the labels between. */
    private static int label(long[] target, int blank, int s) {
        return s % 2 == 0 ? blank : (int) target[s / 2];
    }

    /** Whether the path may jump from extended position {@code from} to {@code to} = from + 2 (skipping a blank). */
    private static boolean skips(long[] target, int blank, int to, int from) {
        return from >= 0 && to < 2 * target.length + 1 && to % 2 == 1 && label(target, blank, to) != blank
                && label(target, blank, to) != label(target, blank, from);
    }

    private static double logSumExp(double a, double b, double c) {
        double m = Math.max(a, Math.max(b, c));
        if (m == Double.NEGATIVE_INFINITY) {
            return m;
        }
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m));
    }
}
