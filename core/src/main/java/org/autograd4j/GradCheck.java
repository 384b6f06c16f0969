package org.autograd4j;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.tensor.Shapes;

/**
 * Finite-difference checks of autograd gradients, as {@code torch.autograd.gradcheck} and
 * {@code gradgradcheck}: the Jacobian computed by backward is compared, element by element, with
 * central differences {@code (f(x + eps) - f(x - eps)) / 2eps}. Use float64 inputs.
 *
 * <pre>{@code
 * assertTrue(GradCheck.gradcheck(in -> in[0].mul(in[1]).sum(), x, y));
 * }</pre>
 *
 * A mismatch throws {@link GradcheckError} naming the output, the input and both Jacobians.
 */
public final class GradCheck {
    public static final double DEFAULT_EPS = 1e-6;
    public static final double DEFAULT_ATOL = 1e-5;
    public static final double DEFAULT_RTOL = 1e-3;

    private GradCheck() {
    }

    /** The function under test: tensors in, one tensor out. */
    @FunctionalInterface
    public interface Fn {
        Tensor apply(Tensor... inputs);
    }

    /** Thrown when analytical and numerical gradients disagree. */
    public static final class GradcheckError extends AssertionError {
        GradcheckError(String message) {
            super(message);
        }
    }

    /** Checks first derivatives with PyTorch's default tolerances; returns true or throws. */
    public static boolean gradcheck(Fn fn, Tensor... inputs) {
        return gradcheck(fn, DEFAULT_EPS, DEFAULT_ATOL, DEFAULT_RTOL, inputs);
    }

    public static boolean gradcheck(Fn fn, double eps, double atol, double rtol, Tensor... inputs) {
        List<Integer> diff = differentiable(inputs);
        if (diff.isEmpty()) {
            throw new IllegalArgumentException("gradcheck expects at least one input tensor to require gradient");
        }
        Tensor out;
        try (GradMode.Guard g = GradMode.set(true)) {
            out = fn.apply(inputs);
        }
        for (int idx : diff) {
            double[][] numerical = numericalJacobian(fn, inputs, idx, eps, out.numel());
            double[][] analytical = analyticalJacobian(out, inputs[idx]);
            compare(numerical, analytical, idx, atol, rtol);
        }
        return true;
    }

    /**
     * Checks second derivatives: gradcheck of {@code (inputs, v) -> vᵀ·∂fn/∂inputs} computed with
     * {@code createGraph}, where {@code v} is a fixed random gradient of the output.
     */
    public static boolean gradgradcheck(Fn fn, Tensor... inputs) {
        return gradgradcheck(fn, DEFAULT_EPS, DEFAULT_ATOL, DEFAULT_RTOL, inputs);
    }

    public static boolean gradgradcheck(Fn fn, double eps, double atol, double rtol, Tensor... inputs) {
        List<Integer> diff = differentiable(inputs);
        Tensor out;
        try (GradMode.Guard g = GradMode.set(true)) {
            out = fn.apply(inputs);
        }
        Generator gen = new Generator(20260213L);
        Tensor v = gen.randn(out.shape(), out.dtype()).requiresGrad(true);
        int n = inputs.length;
        Tensor[] all = Arrays.copyOf(inputs, n + 1);
        all[n] = v;
        Fn firstDerivative = args -> {
            Tensor y = fn.apply(Arrays.copyOf(args, n));
            List<Tensor> wrt = new ArrayList<>();
            for (int i : diff) {
                wrt.add(args[i]);
            }
            List<Tensor> grads = Autograd.grad(List.of(y), wrt, List.of(args[n]), true, true, true);
            Tensor flat = null;
            for (int k = 0; k < grads.size(); k++) {
                Tensor gk = grads.get(k) == null ? Tensor.zerosLike(wrt.get(k)) : grads.get(k);
                flat = flat == null ? gk.reshape(-1) : Tensor.cat(List.of(flat, gk.reshape(-1)), 0);
            }
            return flat;
        };
        return gradcheck(firstDerivative, eps, atol, rtol, all);
    }

    private static List<Integer> differentiable(Tensor[] inputs) {
        List<Integer> diff = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].requiresGrad()) {
                diff.add(i);
            }
        }
        return diff;
    }

    /** Column j: the central difference of every output element when input element j moves by ±eps. */
    private static double[][] numericalJacobian(Fn fn, Tensor[] inputs, int idx, double eps, int outSize) {
        Tensor x = inputs[idx];
        int n = x.numel();
        double[][] jac = new double[outSize][n];
        int[] positions = Shapes.storagePositions(rawShape(x), rawStrides(x), x.storageOffset());
        // Perturbs the storage directly (no version bump); grad mode stays on because the function
        // may itself differentiate (as in gradgradcheck).
        for (int j = 0; j < n; j++) {
            int p = positions[j];
            double orig = storage(x).getDouble(p);
            storage(x).setDouble(p, orig + eps);
            double[] plus = fn.apply(inputs).toDoubleArray();
            storage(x).setDouble(p, orig - eps);
            double[] minus = fn.apply(inputs).toDoubleArray();
            storage(x).setDouble(p, orig);
            for (int k = 0; k < outSize; k++) {
                jac[k][j] = (plus[k] - minus[k]) / (2 * eps);
            }
        }
        return jac;
    }

    /** Row k: the gradient of output element k, by backward with a one-hot output gradient. */
    private static double[][] analyticalJacobian(Tensor out, Tensor x) {
        int m = out.numel();
        double[][] jac = new double[m][];
        for (int k = 0; k < m; k++) {
            if (!out.requiresGrad()) {
                jac[k] = new double[x.numel()];
                continue;
            }
            double[] onehot = new double[m];
            onehot[k] = 1;
            Tensor v = Tensor.of(onehot, out.shape()).to(out.dtype());
            Tensor g = Autograd.grad(List.of(out), List.of(x), List.of(v), true, false, true).get(0);
            jac[k] = g == null ? new double[x.numel()] : g.toDoubleArray();
        }
        return jac;
    }

    private static void compare(double[][] numerical, double[][] analytical, int idx, double atol, double rtol) {
        for (int k = 0; k < numerical.length; k++) {
            for (int j = 0; j < numerical[k].length; j++) {
                double a = analytical[k][j];
                double n = numerical[k][j];
                if (!(Math.abs(a - n) <= atol + rtol * Math.abs(n))) {
                    throw new GradcheckError("Jacobian mismatch for output 0 with respect to input " + idx + ",\n"
                            + "numerical:" + Arrays.deepToString(numerical) + "\nanalytical:"
                            + Arrays.deepToString(analytical) + "\n(first difference at output element " + k
                            + ", input element " + j + ": numerical " + n + ", analytical " + a + ")");
                }
            }
        }
    }
}
