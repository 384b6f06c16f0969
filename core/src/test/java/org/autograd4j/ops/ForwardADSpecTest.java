package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.ForwardAD;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.DualLevel;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the op table in forward mode: the tangent of the output of dual inputs is checked
 * against central finite differences in float64 and against reverse mode
 * ({@code <u, J·v> == <uᵀJ, v>}), on the rows' shapes (broadcasting cases included) and on
 * non-contiguous inputs and tangents. Rows whose op has no forward formula must refuse.
 */
class ForwardADSpecTest {
    /**
     * Rows whose op PyTorch 1.13 gives no forward formula, with the op as its message names it; each must refuse a
     * dual input with PyTorch's message.
     */
    static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("logcumsumexp", "logcumsumexp"),
            Map.entry("logcumsumexp 0-d", "logcumsumexp"),
            Map.entry("cdist", "_cdist_forward"),
            Map.entry("cdist p 1", "_cdist_forward"),
            Map.entry("cdist p 3", "_cdist_forward"),
            Map.entry("indexReduce amin", "index_reduce"),
            Map.entry("affineGrid", "affine_grid_generator"),
            Map.entry("affineGrid 3d align corners", "affine_grid_generator"),
            Map.entry("gridSample bilinear", "grid_sampler_2d"),
            Map.entry("gridSample bilinear border align corners", "grid_sampler_2d"),
            Map.entry("gridSample bicubic reflection", "grid_sampler_2d"),
            Map.entry("gridSample bicubic zeros align corners", "grid_sampler_2d"),
            Map.entry("gridSample nearest reflection", "grid_sampler_2d"),
            Map.entry("gridSample 3d trilinear zeros", "grid_sampler_3d"),
            Map.entry("gridSample 3d trilinear reflection align corners", "grid_sampler_3d"),
            Map.entry("embeddingBag sum", "_embedding_bag"),
            Map.entry("embeddingBag mean padding", "_embedding_bag"),
            Map.entry("embeddingBag max", "_embedding_bag"),
            Map.entry("embeddingBag per-sample weights", "_embedding_bag"),
            Map.entry("ctcLoss", "_ctc_loss"),
            Map.entry("ctcLoss none blank", "_ctc_loss"),
            Map.entry("ctcLoss unbatched", "_ctc_loss"));

    /**
     * NOT YET: rows whose op PyTorch 1.13 differentiates in forward mode but autograd4j does not yet (the LU, QR,
     * eigenvalue and singular value decompositions and what is built on them, det, slogdet, pinv, lstsq, and
     * scatter_reduce's prod, amax and amin); until it does, each must refuse a dual input with the same message, naming the op. Listed in
     * docs/AUTOGRAD.md under "Not yet".
     */
    static final Map<String, String> NOT_YET = Map.ofEntries(
            Map.entry("linalg.lu_factor", "linalg_lu_factor_ex"),
            Map.entry("linalg.lu_factor wide", "linalg_lu_factor_ex"),
            Map.entry("linalg.lu_factor tall", "linalg_lu_factor_ex"),
            Map.entry("linalg.lu_solve", "linalg_lu_factor_ex"),
            Map.entry("linalg.lu_solve adjoint", "linalg_lu_factor_ex"),
            Map.entry("linalg.lu L", "linalg_lu"),
            Map.entry("linalg.lu U", "linalg_lu"),
            Map.entry("linalg.det", "linalg_det"),
            Map.entry("linalg.slogdet logabsdet", "linalg_slogdet"),
            Map.entry("linalg.qr Q", "linalg_qr"),
            Map.entry("linalg.qr R", "linalg_qr"),
            Map.entry("linalg.qr complete wide", "linalg_qr"),
            Map.entry("linalg.eigvalsh", "linalg_eigh"),
            Map.entry("linalg.eigh eigenvalues", "linalg_eigh"),
            Map.entry("linalg.eigh eigenvectors squared", "linalg_eigh"),
            Map.entry("linalg.svdvals", "linalg_svd"),
            Map.entry("linalg.svd S", "linalg_svd"),
            Map.entry("linalg.svd U squared", "linalg_svd"),
            Map.entry("linalg.svd Vh squared", "linalg_svd"),
            Map.entry("linalg.svd full U·Vh", "linalg_svd"),
            Map.entry("linalg.matrix_norm nuc", "linalg_svd"),
            Map.entry("linalg.matrix_norm 2", "linalg_svd"),
            Map.entry("linalg.matrix_norm -2", "linalg_svd"),
            Map.entry("linalg.cond", "linalg_svd"),
            Map.entry("linalg.pinv", "linalg_pinv"),
            Map.entry("linalg.lstsq", "linalg_lstsq"),
            Map.entry("scatterReduce prod", "scatter_reduce"),
            Map.entry("scatterReduce amax", "scatter_reduce"));

    private static final double EPS = 1e-6;
    private static final double ATOL = 1e-5;
    private static final double RTOL = 1e-3;

    @TestFactory
    Stream<DynamicNode> forwardModeTable() {
        return OpSpecTest.allSpecs().stream().map(spec -> DynamicContainer.dynamicContainer(spec.name, checks(spec)));
    }

    private static Stream<DynamicNode> checks(OpSpec spec) {
        List<DynamicNode> tests = new ArrayList<>();
        String refusedOp = REFUSED.getOrDefault(spec.name, NOT_YET.get(spec.name));
        if (refusedOp != null) {
            tests.add(DynamicTest.dynamicTest("refuses a dual input", () -> refuses(spec, refusedOp)));
            return tests.stream();
        }
        for (int c = 0; c < spec.cases.size(); c++) {
            int caseIndex = c;
            tests.add(DynamicTest.dynamicTest("jvp matches finite differences and reverse mode case " + c,
                    () -> check(spec, caseIndex, false)));
            tests.add(DynamicTest.dynamicTest("non-contiguous inputs and tangents case " + c,
                    () -> check(spec, caseIndex, true)));
        }
        return tests.stream();
    }

    private static void check(OpSpec spec, int c, boolean strided) {
        Tensor[] x = spec.inputs(c, DType.FLOAT64, 6000 + c);
        Tensor[] v = tangents(spec, x, new Generator(7000 + c));
        for (int i = 0; i < x.length; i++) {
            if (!spec.isConstant(i)) {
                x[i] = x[i].detach();
                if (strided && x[i].dim() > 0) {
                    x[i] = OpSpecTest.spread(x[i]);
                    v[i] = OpSpecTest.spread(v[i]);
                }
            }
        }
        Tensor jvp = forwardMode(spec, x, v);
        Tensor out = spec.fn.apply(x);
        double[] numerical = finiteDifference(spec, x, v);
        double[] analytical = jvp == null ? new double[out.numel()] : jvp.toDoubleArray();
        assertEquals(numerical.length, analytical.length, "tangent size");
        for (int k = 0; k < numerical.length; k++) {
            double tol = ATOL + RTOL * Math.abs(numerical[k]);
            assertEquals(numerical[k], analytical[k], tol, spec.name + ": tangent element " + k);
        }
        Tensor u = new Generator(8000 + c).randn(out.shape(), DType.FLOAT64);
        double uJv = jvp == null ? 0 : u.mul(jvp).sum().item();
        assertEquals(reverseMode(spec, x, v, u), uJv, ATOL + RTOL * Math.abs(uJv), spec.name + ": <u, Jv> vs <uJ, v>");
    }

    /** Random tangents for the differentiable inputs (null for the constant ones). */
    private static Tensor[] tangents(OpSpec spec, Tensor[] x, Generator gen) {
        Tensor[] v = new Tensor[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = spec.isConstant(i) ? null : gen.randn(x[i].shape(), DType.FLOAT64);
        }
        return v;
    }

    private static Tensor forwardMode(OpSpec spec, Tensor[] x, Tensor[] v) {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor[] dual = new Tensor[x.length];
            for (int i = 0; i < x.length; i++) {
                dual[i] = v[i] == null ? x[i] : ForwardAD.makeDual(x[i], v[i]);
            }
            Tensor out = spec.fn.apply(dual);
            Tensor t = ForwardAD.unpackDual(out).tangent();
            if (t != null) {
                assertTrue(java.util.Arrays.equals(out.shape(), t.shape()), spec.name + ": tangent shape");
                assertEquals(out.dtype(), t.dtype(), spec.name + ": tangent dtype");
            }
            return t == null ? null : t.detach().clone();
        }
    }

    /** {@code (f(x + eps v) - f(x - eps v)) / 2 eps}. */
    private static double[] finiteDifference(OpSpec spec, Tensor[] x, Tensor[] v) {
        Tensor[] plus = x.clone();
        Tensor[] minus = x.clone();
        for (int i = 0; i < x.length; i++) {
            if (v[i] != null) {
                plus[i] = x[i].add(v[i].mul(EPS));
                minus[i] = x[i].sub(v[i].mul(EPS));
            }
        }
        return spec.fn.apply(plus).sub(spec.fn.apply(minus)).div(2 * EPS).toDoubleArray();
    }

    /** {@code Σ_i <uᵀ ∂f/∂x_i, v_i>} by a backward pass. */
    private static double reverseMode(OpSpec spec, Tensor[] x, Tensor[] v, Tensor u) {
        Tensor[] in = x.clone();
        List<Tensor> diff = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (v[i] != null) {
                in[i] = x[i].detach().requiresGrad(true);
                diff.add(in[i]);
            }
        }
        Tensor out = spec.fn.apply(in);
        List<Tensor> grads = Autograd.grad(List.of(out), diff, List.of(u), false, false, true);
        double sum = 0;
        for (int i = 0, k = 0; i < x.length; i++) {
            if (v[i] != null) {
                Tensor g = grads.get(k++);
                sum += g == null ? 0 : g.mul(v[i]).sum().item();
            }
        }
        return sum;
    }

    private static void refuses(OpSpec spec, String op) {
        Tensor[] x = spec.inputs(0, DType.FLOAT64, 6000);
        Tensor[] v = tangents(spec, x, new Generator(7000));
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor[] dual = new Tensor[x.length];
            for (int i = 0; i < x.length; i++) {
                dual[i] = v[i] == null ? x[i] : ForwardAD.makeDual(x[i].detach(), v[i]);
            }
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> spec.fn.apply(dual));
            assertEquals("Trying to use forward AD with " + op + " that does not support it because it has not been "
                    + "implemented yet.", e.getMessage());
        }
    }
}
