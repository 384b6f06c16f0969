package org.autograd4j.ops;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;

/**
 * One row of the op table that drives {@link OpSpecTest}: how to call the op, on which input
 * shapes, over which value range, and what PyTorch names its node. The same row yields the
 * gradcheck, gradgradcheck, float32-vs-float64, non-contiguous and node-name tests.
 */
final class OpSpec {
    final String name;
    final GradCheck.Fn fn;
    final List<int[][]> cases = new ArrayList<>();
    String nodeName;
    boolean gradgrad = true;
    double low = -2;
    double high = 2;
    /** Inputs at these positions are built by {@link #constant} instead of random differentiable floats. */
    final List<ConstantInput> constants = new ArrayList<>();
    double float32Tolerance = 1e-4;
    /** False for samplers whose float32 kernel draws another stream than float64's (uniform_, normal_, ...). */
    boolean float32Comparable = true;

    /** Builds a non-differentiable input (indices, masks, ...) for a given case. */
    @FunctionalInterface
    interface ConstantInput {
        Tensor make(int caseIndex, Generator gen);
    }

    private OpSpec(String name, GradCheck.Fn fn) {
        this.name = name;
        this.fn = fn;
    }

    static OpSpec op(String name, GradCheck.Fn fn) {
        return new OpSpec(name, fn);
    }

    /** One case: the shapes of the inputs, in order (broadcasting cases give different shapes). */
    OpSpec shapes(int[]... inputShapes) {
        cases.add(inputShapes);
        return this;
    }

    /** The grad_fn name PyTorch gives the output. */
    OpSpec node(String pytorchName) {
        this.nodeName = pytorchName;
        return this;
    }

    /** Inputs are drawn uniformly from [low, high) (e.g. positive for log). */
    OpSpec range(double lo, double hi) {
        this.low = lo;
        this.high = hi;
        return this;
    }

    /** The op is not twice differentiable (or its second derivative is not defined at generic points). */
    OpSpec noGradGrad() {
        this.gradgrad = false;
        return this;
    }

    /** A sampler whose float32 values come from their own draws, not from float64's rounded: no float32 check. */
    OpSpec float32DrawsItsOwnStream() {
        this.float32Comparable = false;
        return this;
    }

    OpSpec float32Tolerance(double tol) {
        this.float32Tolerance = tol;
        return this;
    }

    /** Input {@code position} is a constant (not differentiated); its shape entry in each case is ignored. */
    OpSpec constant(int position, ConstantInput maker) {
        while (constants.size() <= position) {
            constants.add(null);
        }
        constants.set(position, maker);
        return this;
    }

    boolean isConstant(int position) {
        return position < constants.size() && constants.get(position) != null;
    }

    /** Fresh inputs for case {@code c}: differentiable ones in {@code dtype}, uniform in [low, high). */
    Tensor[] inputs(int c, DType dtype, long seed) {
        Generator gen = new Generator(seed);
        int[][] shapes = cases.get(c);
        Tensor[] in = new Tensor[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            if (isConstant(i)) {
                in[i] = constants.get(i).make(c, gen);
            } else {
                in[i] = gen.rand(shapes[i], DType.FLOAT64).mul(high - low).add(low).to(dtype).requiresGrad(true);
            }
        }
        return in;
    }

    @Override
    public String toString() {
        return name;
    }
}
