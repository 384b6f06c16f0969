package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every row of the op table through the same battery of checks. */
class OpSpecTest {

    static List<OpSpec> allSpecs() {
        List<OpSpec> all = new ArrayList<>();
        all.addAll(CoreSpecs.specs());
        all.addAll(ElementwiseSpecs.specs());
        all.addAll(ReductionSpecs.specs());
        all.addAll(SortingSpecs.specs());
        all.addAll(LinalgSpecs.specs());
        all.addAll(SamplingSpecs.specs());
        all.addAll(BuildingSpecs.specs());
        all.addAll(ShapeSpecs.specs());
        all.addAll(IndexingSpecs.specs());
        all.addAll(NnSpecs.specs());
        all.addAll(ConvSpecs.specs());
        all.addAll(VisionSpecs.specs());
        return all;
    }

    @TestFactory
    Stream<DynamicNode> opTable() {
        return allSpecs().stream().map(spec -> DynamicContainer.dynamicContainer(spec.name, checks(spec)));
    }

    private static Stream<DynamicNode> checks(OpSpec spec) {
        List<DynamicNode> tests = new ArrayList<>();
        for (int c = 0; c < spec.cases.size(); c++) {
            int caseIndex = c;
            String label = " case " + c;
            tests.add(DynamicTest.dynamicTest("gradcheck" + label, () -> gradcheck(spec, caseIndex)));
            if (spec.gradgrad) {
                tests.add(DynamicTest.dynamicTest("gradgradcheck" + label, () -> gradgradcheck(spec, caseIndex)));
            }
            if (spec.float32Comparable) {
                tests.add(DynamicTest.dynamicTest("float32 matches float64" + label, () -> float32Agrees(spec, caseIndex)));
            }
            tests.add(DynamicTest.dynamicTest("non-contiguous inputs" + label, () -> nonContiguous(spec, caseIndex)));
        }
        if (spec.nodeName != null) {
            tests.add(DynamicTest.dynamicTest("node name " + spec.nodeName, () -> nodeName(spec)));
        }
        return tests.stream().map(t -> (DynamicNode) t);
    }

    private static void gradcheck(OpSpec spec, int c) {
        assertTrue(GradCheck.gradcheck(spec.fn, spec.inputs(c, DType.FLOAT64, 1000 + c)));
    }

    private static void gradgradcheck(OpSpec spec, int c) {
        assertTrue(GradCheck.gradgradcheck(spec.fn, spec.inputs(c, DType.FLOAT64, 2000 + c)));
    }

    private static void float32Agrees(OpSpec spec, int c) {
        Tensor[] in64 = spec.inputs(c, DType.FLOAT64, 3000 + c);
        Tensor[] in32 = spec.inputs(c, DType.FLOAT32, 3000 + c);
        Tensor out64 = spec.fn.apply(in64);
        Tensor out32 = spec.fn.apply(in32);
        assertArrayEquals(out64.shape(), out32.shape());
        double[] a = out64.toDoubleArray();
        double[] b = out32.toDoubleArray();
        for (int i = 0; i < a.length; i++) {
            double tol = spec.float32Tolerance * Math.max(1, Math.abs(a[i]));
            assertEquals(a[i], b[i], tol, spec.name + " element " + i);
        }
    }

    /** The same values laid out with a stride of 2 give the same outputs and pass gradcheck. */
    private static void nonContiguous(OpSpec spec, int c) {
        Tensor[] contiguous = spec.inputs(c, DType.FLOAT64, 4000 + c);
        Tensor[] strided = new Tensor[contiguous.length];
        for (int i = 0; i < contiguous.length; i++) {
            strided[i] = spec.isConstant(i) || contiguous[i].dim() == 0 ? contiguous[i] : spread(contiguous[i]);
        }
        Tensor expected = spec.fn.apply(contiguous);
        Tensor actual = spec.fn.apply(strided);
        assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), 1e-12);
        assertTrue(GradCheck.gradcheck(spec.fn, strided));
    }

    /** A copy of t whose last dimension has stride 2 (every other element of a wider buffer). */
    static Tensor spread(Tensor t) {
        int[] wide = t.shape();
        wide[wide.length - 1] *= 2;
        Tensor buffer = Tensor.zeros(wide, t.dtype());
        Tensor view = buffer.slice(-1, 0, wide[wide.length - 1], 2);
        view.copy_(t.detach());
        return view.requiresGrad(t.requiresGrad());
    }

    private static void nodeName(OpSpec spec) {
        Tensor out = spec.fn.apply(spec.inputs(0, DType.FLOAT64, 5000));
        assertNotNull(out.gradFn(), spec.name + " recorded no node");
        assertEquals(spec.nodeName, out.gradFn().name());
    }
}
