package org.autograd4j.optim;

import org.autograd4j.Tensor;

/**
 * The strong-Wolfe line search of PyTorch's L-BFGS ({@code _strong_wolfe} in {@code lbfgs.py},
 * after minFunc), ported step for step: bracket a step length that decreases the loss enough
 * (c1) and flattens the slope enough (c2), then zoom in with cubic interpolation.
 */
final class StrongWolfe {
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final double TOLERANCE_CHANGE = 1e-9;
    private static final int MAX_LS = 25;

    /** The loss and flat gradient at {@code x + t * d} (the parameters are put back afterwards). */
    @FunctionalInterface
    interface Objective {
        Point at(double t);
    }

    /** A loss with its flat gradient, and the slope along the search direction. */
    record Point(double loss, Tensor grad, double slope) {
    }

    /** The accepted step length, the loss and gradient there, and how many evaluations the search cost. */
    record Result(double t, Point point, int evaluations) {
    }

    private StrongWolfe() {
    }

    static Result search(Objective objective, double t, Tensor d, Point start) {
        double dNorm = d.abs().max().item();
        Point next = objective.at(t);
        int evaluations = 1;
        double tPrev = 0;
        Point prev = new Point(start.loss(), start.grad().clone(), start.slope());
        int iteration = 0;
        Bracket bracket = null;
        while (iteration < MAX_LS) {
            boolean tooHigh = next.loss() > start.loss() + C1 * t * start.slope()
                    || (iteration > 1 && next.loss() >= prev.loss());
            if (!tooHigh && Math.abs(next.slope()) <= -C2 * start.slope()) {
                return new Result(t, next, evaluations);
            }
            if (tooHigh || next.slope() >= 0) {
                bracket = new Bracket(tPrev, prev, t, copy(next));
                break;
            }
            double tNext = cubicInterpolate(tPrev, prev.loss(), prev.slope(), t, next.loss(), next.slope(),
                    t + 0.01 * (t - tPrev), t * 10);
            tPrev = t;
            prev = copy(next);
            t = tNext;
            next = objective.at(t);
            evaluations++;
            iteration++;
        }
        if (iteration == MAX_LS) {
            bracket = new Bracket(0, start, t, next);
        }
        return zoom(objective, bracket, start, dNorm, iteration, evaluations);
    }

    private static Point copy(Point p) {
        return new Point(p.loss(), p.grad().clone(), p.slope());
    }

    /** Two step lengths with their points; {@code low} indexes the one with the lower loss. */
    private static final class Bracket {
        final double[] t;
        final Point[] points;
        int low;

        Bracket(double t0, Point p0, double t1, Point p1) {
            t = new double[] {t0, t1};
            points = new Point[] {p0, p1};
            reorder();
        }

        void reorder() {
            low = points[0].loss() <= points[1].loss() ? 0 : 1;
        }

        int high() {
            return 1 - low;
        }

        double max() {
            return Math.max(t[0], t[1]);
        }

        double min() {
            return Math.min(t[0], t[1]);
        }
    }

    private static Result zoom(Objective objective, Bracket b, Point start, double dNorm, int iteration,
                               int evaluations) {
        boolean insufficientProgress = false;
        boolean done = false;
        while (!done && iteration < MAX_LS) {
            if (Math.abs(b.t[1] - b.t[0]) * dNorm < TOLERANCE_CHANGE) {
                break;
            }
            double t = cubicInterpolate(b.t[0], b.points[0].loss(), b.points[0].slope(), b.t[1],
                    b.points[1].loss(), b.points[1].slope(), Math.min(b.t[0], b.t[1]), Math.max(b.t[0], b.t[1]));
            double eps = 0.1 * (b.max() - b.min());
            if (Math.min(b.max() - t, t - b.min()) < eps) {
                if (insufficientProgress || t >= b.max() || t <= b.min()) {
                    t = Math.abs(t - b.max()) < Math.abs(t - b.min()) ? b.max() - eps : b.min() + eps;
                    insufficientProgress = false;
                } else {
                    insufficientProgress = true;
                }
            } else {
                insufficientProgress = false;
            }
            Point next = objective.at(t);
            evaluations++;
            iteration++;
            if (next.loss() > start.loss() + C1 * t * start.slope() || next.loss() >= b.points[b.low].loss()) {
                b.t[b.high()] = t;
                b.points[b.high()] = copy(next);
                b.reorder();
            } else {
                if (Math.abs(next.slope()) <= -C2 * start.slope()) {
                    done = true;
                } else if (next.slope() * (b.t[b.high()] - b.t[b.low]) >= 0) {
                    b.t[b.high()] = b.t[b.low];
                    b.points[b.high()] = b.points[b.low];
                }
                b.t[b.low] = t;
                b.points[b.low] = copy(next);
            }
        }
        return new Result(b.t[b.low], b.points[b.low], evaluations);
    }

    /** The minimum of the cubic through two points with their slopes, kept within the bounds. */
    static double cubicInterpolate(double x1, double f1, double g1, double x2, double f2, double g2, double lower,
                                   double upper) {
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2Square = d1 * d1 - g1 * g2;
        if (d2Square < 0) {
            return (lower + upper) / 2.;
        }
        double d2 = Math.sqrt(d2Square);
        double minPos = x1 <= x2
                ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
        return Math.min(Math.max(minPos, lower), upper);
    }
}
