package org.autograd4j.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.autograd4j.Tensor;

/**
 * One {@link LBFGS#step(Supplier)}: the iterations of PyTorch's {@code LBFGS.step}, reading and
 * writing the history kept in the optimizer's state ({@code d}, {@code t}, {@code old_dirs},
 * {@code old_stps}, {@code ro}, {@code H_diag}, {@code prev_flat_grad}, {@code prev_loss},
 * {@code al}, {@code func_evals}, {@code n_iter}). Scalars are doubles.
 */
final class LBFGSRun {
    private final List<Tensor> params;
    private final Map<String, Object> state;
    private final Supplier<Tensor> closure;
    private final double lr;
    private final int maxIter;
    private final int maxEval;
    private final double toleranceGrad;
    private final double toleranceChange;
    private final int historySize;
    private final boolean lineSearch;
    private double loss;
    private Tensor flatGrad;

    LBFGSRun(ParamGroup group, Map<String, Object> state, Supplier<Tensor> closure, Tensor firstLoss) {
        this.params = group.params();
        this.state = state;
        this.closure = closure;
        this.lr = group.lr();
        this.maxIter = (int) group.getDouble("max_iter");
        this.maxEval = (int) group.getDouble("max_eval");
        this.toleranceGrad = group.getDouble("tolerance_grad");
        this.toleranceChange = group.getDouble("tolerance_change");
        this.historySize = (int) group.getDouble("history_size");
        this.lineSearch = group.get("line_search_fn") != null;
        this.loss = firstLoss.item();
        this.flatGrad = LBFGS.flatGrad(params);
        state.putIfAbsent("func_evals", 0);
        state.putIfAbsent("n_iter", 0);
        count("func_evals", 1);
    }

    private int count(String key, int more) {
        int value = ((Number) state.get(key)).intValue() + more;
        state.put(key, value);
        return value;
    }

    private boolean optimal() {
        return flatGrad.abs().max().item() <= toleranceGrad;
    }

    @SuppressWarnings("unchecked")
    void iterate() {
        if (optimal()) {
            return;
        }
        Tensor d = (Tensor) state.get("d");
        double t = state.containsKey("t") ? ((Number) state.get("t")).doubleValue() : 0;
        List<Tensor> oldDirs = (List<Tensor>) state.get("old_dirs");
        List<Tensor> oldStps = (List<Tensor>) state.get("old_stps");
        List<Double> ro = (List<Double>) state.get("ro");
        double hDiag = state.containsKey("H_diag") ? ((Number) state.get("H_diag")).doubleValue() : 1;
        Tensor prevFlatGrad = (Tensor) state.get("prev_flat_grad");
        double prevLoss = 0;
        int currentEvals = 1;
        for (int nIter = 1; nIter <= maxIter; nIter++) {
            if (count("n_iter", 1) == 1) {
                d = flatGrad.neg();
                oldDirs = new ArrayList<>();
                oldStps = new ArrayList<>();
                ro = new ArrayList<>();
                hDiag = 1;
            } else {
                Tensor y = flatGrad.sub(prevFlatGrad);
                Tensor s = d.mul(t);
                double ys = y.dot(s).item();
                if (ys > 1e-10) {
                    if (oldDirs.size() == historySize) {
                        oldDirs.remove(0);
                        oldStps.remove(0);
                        ro.remove(0);
                    }
                    oldDirs.add(y);
                    oldStps.add(s);
                    ro.add(1. / ys);
                    hDiag = ys / y.dot(y).item();
                }
                d = twoLoopDirection(oldDirs, oldStps, ro, hDiag);
            }
            prevFlatGrad = flatGrad.clone();
            prevLoss = loss;
            t = ((Number) state.get("n_iter")).intValue() == 1
                    ? Math.min(1., 1. / flatGrad.abs().sum().item()) * lr : lr;
            double gtd = flatGrad.dot(d).item();
            if (gtd > -toleranceChange) {
                break;
            }
            int evaluations = 0;
            if (lineSearch) {
                StrongWolfe.Result result = searchLine(t, d, gtd);
                loss = result.point().loss();
                flatGrad = result.point().grad();
                t = result.t();
                evaluations = result.evaluations();
                LBFGS.addGrad(params, t, d);
            } else {
                LBFGS.addGrad(params, t, d);
                if (nIter != maxIter) {
                    loss = LBFGS.evaluate(closure).item();
                    flatGrad = LBFGS.flatGrad(params);
                    evaluations = 1;
                }
            }
            currentEvals += evaluations;
            count("func_evals", evaluations);
            if (nIter == maxIter || currentEvals >= maxEval || optimal()
                    || d.mul(t).abs().max().item() <= toleranceChange || Math.abs(loss - prevLoss) < toleranceChange) {
                break;
            }
        }
        state.put("d", d);
        state.put("t", t);
        state.put("old_dirs", oldDirs);
        state.put("old_stps", oldStps);
        state.put("ro", ro);
        state.put("H_diag", hDiag);
        state.put("prev_flat_grad", prevFlatGrad);
        state.put("prev_loss", prevLoss);
    }

    /** The L-BFGS two-loop recursion: the inverse-Hessian estimate applied to the negative gradient. */
    @SuppressWarnings("unchecked")
    private Tensor twoLoopDirection(List<Tensor> oldDirs, List<Tensor> oldStps, List<Double> ro, double hDiag) {
        List<Double> al = (List<Double>) state.computeIfAbsent("al",
                key -> new ArrayList<>(Collections.nCopies(historySize, 0.0)));
        Tensor q = flatGrad.neg();
        for (int i = oldDirs.size() - 1; i >= 0; i--) {
            al.set(i, oldStps.get(i).dot(q).item() * ro.get(i));
            q.add_(oldDirs.get(i), -al.get(i));
        }
        Tensor r = q.mul(hDiag);
        for (int i = 0; i < oldDirs.size(); i++) {
            double be = oldDirs.get(i).dot(r).item() * ro.get(i);
            r.add_(oldStps.get(i), al.get(i) - be);
        }
        return r;
    }

    /** Strong-Wolfe search from the current parameters along {@code d}; leaves the parameters unchanged. */
    private StrongWolfe.Result searchLine(double t, Tensor d, double gtd) {
        List<Tensor> start = LBFGS.cloneParams(params);
        return StrongWolfe.search(step -> {
            LBFGS.addGrad(params, step, d);
            double value = LBFGS.evaluate(closure).item();
            Tensor grad = LBFGS.flatGrad(params);
            LBFGS.setParams(params, start);
            return new StrongWolfe.Point(value, grad, grad.dot(d).item());
        }, t, d, new StrongWolfe.Point(loss, flatGrad, gtd));
    }
}
