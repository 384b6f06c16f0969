package org.autograd4j.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * L-BFGS with and without the strong-Wolfe line search against PyTorch 1.13's parameters after a
 * few closure-driven steps (optim_reference.py beside the resource).
 */
class LBFGSReferenceTest {
    private static final Map<String, Function<List<Tensor>, LBFGS>> CASES = Map.of(
            "lbfgs_history", p -> new LBFGS(p, LBFGS.options().lr(0.5).maxIter(4).historySize(3)),
            "lbfgs_strong_wolfe", p -> new LBFGS(p, LBFGS.options().maxIter(5).lineSearchFn("strong_wolfe")),
            "lbfgs_strong_wolfe_history", p -> new LBFGS(p, LBFGS.options().maxIter(4).historySize(3)
                    .lineSearchFn("strong_wolfe")));

    /**
     * Float32 tolerances are PyTorch's own sensitivity: gradients perturbed by one float rounding move
     * its results by 1.4e-6 (history), 6e-7 (strong Wolfe) and 1.4e-6 (both) after these steps, and
     * gradients from another GEMM differ by that much; so 5e-6 here, 1e-12 in float64.
     */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({"lbfgs_history, 5, FLOAT64, 1e-12", "lbfgs_strong_wolfe, 2, FLOAT64, 1e-12",
        "lbfgs_strong_wolfe_history, 3, FLOAT64, 1e-12", "lbfgs_history, 5, FLOAT32, 5e-6",
        "lbfgs_strong_wolfe, 2, FLOAT32, 5e-6", "lbfgs_strong_wolfe_history, 3, FLOAT32, 5e-6"})
    void stepsEqualPyTorch(String name, int steps, DType dtype, double tolerance) {
        TestModel model = TestModel.load("optim_reference.txt", dtype);
        List<Tensor> params = model.freshParams(true);
        LBFGS optimizer = CASES.get(name).apply(params);
        model.train(optimizer, params, steps);
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(model.get(name, "p" + i), params.get(i).toDoubleArray(), tolerance, name + " p" + i);
        }
    }
}
