#!/usr/bin/env python3
"""Regenerates TensorFormatterTest.java from real PyTorch 1.13 output.

Run from anywhere with a Python that has torch 1.13 and numpy:
    python3 core/src/test/python/gen_tensor_formatter_test.py
Each case is a Python expression evaluated with torch; its repr() becomes the expected string and
its data, shape, dtype, grad_fn and requires_grad become the Java inputs. Large tensors are built on
both sides by the same deterministic formulas (see the helpers below and in the Java test).
"""
import math
import os

import numpy as np
import torch

assert torch.__version__.startswith("1.13"), torch.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "java", "org", "autograd4j", "tensor", "TensorFormatterTest.java")


# --- generators mirrored by the Java helpers of the same name ---------------------------------
def modvals(n, m, k, div, off):
    return [(((i * k) % m) - off) / div for i in range(n)]


def modF32(n, m, k, div, off):
    return torch.tensor(modvals(n, m, k, div, off), dtype=torch.float32)


def modF64(n, m, k, div, off):
    return torch.tensor(modvals(n, m, k, div, off), dtype=torch.float64)


def modI64(n, m, k, off):
    return torch.tensor([((i * k) % m) - off for i in range(n)], dtype=torch.int64)


def modBool(n, m, k):
    return torch.tensor([(i * k) % m == 0 for i in range(n)], dtype=torch.bool)


def seqF32(n, a, b):
    return torch.tensor([a + i * b for i in range(n)], dtype=torch.float32)


def seqF64(n, a, b):
    return torch.tensor([a + i * b for i in range(n)], dtype=torch.float64)


def rg(t):
    """A leaf copy of t that requires grad."""
    return t.detach().clone().requires_grad_(True)


NAN = float("nan")
INF = float("inf")

# (name, python expression, java data expression or None for a literal array)
CASES = [
    # --- section 14 of the seed tutorial ---
    ("seedScalar3", "torch.tensor(3.)", None),
    ("seedScalar36", "torch.tensor(36.)", None),
    ("seedScalar2_5", "torch.tensor(2.5)", None),
    ("seedInt123", "torch.tensor([1, 2, 3])", None),
    ("seedMixedSigns", "torch.tensor([1.5, 2.0, -3.25])", None),
    ("seedSciRange", "torch.tensor([1e-8, 1.0, 1e8])", None),
    ("seedFixedRounding", "torch.tensor([0.1, 0.123456789])", None),
    ("seedZeros2x3", "torch.zeros(2, 3)", None),
    ("seedEmpty", "torch.zeros(0)", None),
    ("seedZeros2x2x2", "torch.zeros(2, 2, 2)", None),
    ("seedArange2000", "torch.arange(2000.)", "seqF32(2000, 0.0, 1.0)"),
    ("seedFloat64", "torch.tensor([1.0, 2.0], dtype=torch.float64)", None),
    ("seedFloat64RequiresGrad", "torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)", None),
    ("seedNan", "torch.tensor(float('nan'))", None),
    ("seedInfs", "torch.tensor([float('inf'), -float('inf'), 1.0])", None),
    ("seedBool", "torch.tensor([True, False])", None),
    ("seedMeanBackward", "torch.ones(2, requires_grad=True).mean()", None),
    ("seedMulBackward", "torch.ones(2, requires_grad=True) * torch.ones(2)", None),
    ("seedTanhBackward", "torch.tanh(torch.ones(2, requires_grad=True))", None),
    ("seedTBackward", "torch.ones(2, 3, requires_grad=True).t()", None),
    ("seedSelectBackward", "torch.ones(2, 3, requires_grad=True)[0]", None),
    ("seedExpBackward", "torch.ones(2, requires_grad=True).exp()", None),
    ("seedMmBackward", "torch.ones(2, 2, requires_grad=True) @ torch.ones(2, 2)", None),
    ("seedNegBackward", "-torch.ones(2, requires_grad=True)", None),
    ("seedDivBackward", "torch.ones(2, requires_grad=True) / 2", None),
    # --- 0-d ---
    ("scalarNegative", "torch.tensor(-2.5)", None),
    ("scalarZero", "torch.tensor(0.)", None),
    ("scalarNegativeZero", "torch.tensor(-0.)", None),
    ("scalarTiny", "torch.tensor(1e-8)", None),
    ("scalarBigFraction", "torch.tensor(123456.7)", None),
    ("scalarHuge", "torch.tensor(1e10)", None),
    ("scalar1e8", "torch.tensor(1e8)", None),
    ("scalarInt", "torch.tensor(-7)", None),
    ("scalarBool", "torch.tensor(True)", None),
    ("scalarInf", "torch.tensor(-float('inf'))", None),
    ("scalarFloat64", "torch.tensor(3.25, dtype=torch.float64)", None),
    ("scalarFloat64Pi", "torch.tensor(math.pi, dtype=torch.float64)", None),
    ("scalarRequiresGrad", "torch.tensor(0.5, requires_grad=True)", None),
    ("scalarSumBackward", "torch.ones(3, requires_grad=True).sum()", None),
    # --- 1-d float: modes, widths, rounding ---
    ("negatives", "torch.tensor([-1.0, -22.5, 3.0, 0.0])", None),
    ("negativeIntegral", "torch.tensor([-1., -20., 300.])", None),
    ("smallFiveE5", "torch.tensor([0.00005, 1.0])", None),
    ("smallOneE4Float32", "torch.tensor([0.0001, 0.5])", None),
    ("smallOneE4Float64", "torch.tensor([0.0001, 0.5], dtype=torch.float64)", None),
    ("ratioExactly1000", "torch.tensor([100., 0.1])", None),
    ("ratioAbove1000", "torch.tensor([1000., 0.5])", None),
    ("bigFraction", "torch.tensor([123456.7, 1.5])", None),
    ("intRatioAbove1000", "torch.tensor([1e8, 1.])", None),
    ("intExactly1e8", "torch.tensor([1e8, 1e6])", None),
    ("intAbove1e8", "torch.tensor([1.5e8, 2e8])", None),
    ("intAbove1e8Float64", "torch.tensor([100000001., 100000002.], dtype=torch.float64)", None),
    ("fractionAbove1e8", "torch.tensor([1e8 + 0.5, 1e8], dtype=torch.float64)", None),
    ("halfEvenFixed", "torch.tensor([1.03125, 2.40625, -0.15625])", None),
    ("halfEvenSci", "torch.tensor([1.03125, 0.0009765625])", None),
    ("sciRoundsUpExponent", "torch.tensor([9.99995, 0.001], dtype=torch.float64)", None),
    ("sciNegativeExponents", "torch.tensor([-1.5e-12, 3.25e-7, 4e-30])", None),
    ("sciBigExponent", "torch.tensor([1e300, -2.5e-300], dtype=torch.float64)", None),
    ("negativeZeroMixed", "torch.tensor([-0.0, 1.5])", None),
    ("negativeZeroInt", "torch.tensor([0., -0.])", None),
    ("float64Precise", "torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)", None),
    ("float32Precise", "torch.tensor([0.1, 0.2, 0.3]) * 3", None),
    # --- nan / inf ---
    ("nanFixed", "torch.tensor([float('nan'), 1.5, -float('inf')])", None),
    ("nanOnly", "torch.tensor([float('nan'), float('nan')])", None),
    ("nanInt", "torch.tensor([float('nan'), 2., -3.])", None),
    ("zeroNan", "torch.tensor([0., float('nan')])", None),
    ("infSci", "torch.tensor([float('inf'), 1e-5, -2.])", None),
    ("nanSciFloat64", "torch.tensor([float('nan'), 1e-5, 1e5], dtype=torch.float64)", None),
    ("allInf", "torch.tensor([float('inf'), -float('inf')])", None),
    ("negNan", "-torch.tensor([float('nan'), 1.5])", None),
    # --- int64 / bool ---
    ("intNegative", "torch.tensor([-5, 10, 300])", None),
    ("intExtremes", "torch.tensor([-9223372036854775808, 0, 9223372036854775807])", None),
    ("int2d", "torch.tensor([[1, -20], [300, 4]])", None),
    ("intWrap", "torch.arange(40) * 1000 - 7", None),
    ("intSummarized", "modI64(5000, 10007, 7919, 5000)", "modI64(5000, 10007, 7919, 5000)"),
    ("boolAllTrue", "torch.tensor([True, True])", None),
    ("bool2d", "torch.tensor([[True, False, True], [False, False, True]])", None),
    ("boolWrap", "modBool(30, 3, 1)", None),
    ("boolSummarized", "modBool(2000, 7, 3)", "modBool(2000, 7, 3)"),
    # --- multi-dim ---
    ("mixed2d", "torch.tensor([[1.5, -2.25], [100.125, 0.]])", None),
    ("arange3d", "torch.arange(24.).reshape(2, 3, 4)", None),
    ("fraction3d", "(torch.arange(24.).reshape(2, 3, 4) - 11.5) / 8", None),
    ("int4d", "torch.arange(16).reshape(2, 2, 2, 2)", None),
    ("float4d", "torch.arange(24.).reshape(2, 1, 3, 4) / 3", None),
    ("fiveD", "torch.arange(32.).reshape(2, 2, 2, 2, 2) * 1000", None),
    ("singleton2d", "torch.tensor([[7.5]])", None),
    ("column2d", "torch.tensor([[1.], [2.], [3.]])", None),
    ("wrap2d", "seqF32(60, -3.0, 0.125).reshape(3, 20)", None),
    ("wrap3dSci", "modF32(60, 97, 13, 0.001, 40).reshape(2, 3, 10)", None),
    ("wrap1dFixed", "seqF32(25, 0.0, 1.1)", None),
    ("wrap1dFloat64", "seqF64(20, -1.0, 0.3)", None),
    # --- summarisation ---
    ("summarize1dFixed", "modF32(2000, 1009, 37, 13.0, 500)", "modF32(2000, 1009, 37, 13.0, 500)"),
    ("summarize1001", "seqF32(1001, 0.5, 1.0)", "seqF32(1001, 0.5, 1.0)"),
    ("notSummarized1000", "torch.ones(1000) * 2", "seqF32(1000, 2.0, 0.0)"),
    ("summarize2d", "modF32(10000, 997, 31, 7.0, 300).reshape(100, 100)", "modF32(10000, 997, 31, 7.0, 300)"),
    ("summarize2dRowsOnly", "modF32(2000, 101, 7, 4.0, 50).reshape(1000, 2)", "modF32(2000, 101, 7, 4.0, 50)"),
    ("summarize2dColsOnly", "modF32(2000, 101, 7, 4.0, 50).reshape(2, 1000)", "modF32(2000, 101, 7, 4.0, 50)"),
    ("summarize3d", "modF32(8000, 1013, 17, 3.0, 400).reshape(20, 20, 20)", "modF32(8000, 1013, 17, 3.0, 400)"),
    ("summarize3dSmallMiddle", "seqF32(1200, 0.0, 1.0).reshape(20, 3, 20)", "seqF32(1200, 0.0, 1.0)"),
    ("summarize4d", "modI64(4096, 1000, 7, 500).reshape(8, 8, 8, 8)", "modI64(4096, 1000, 7, 500)"),
    ("summarizeHidesOutliers", "torch.cat([torch.ones(3), torch.full((1000,), 1e-9), torch.ones(3) * 2])",
     "concat(seqF32(3, 1.0, 0.0), seqF32(1000, 1e-9, 0.0), seqF32(3, 2.0, 0.0))"),
    ("summarizeFloat64Grad", "rg(modF64(10000, 997, 31, 7.0, 300).reshape(100, 100)) * 2",
     "modF64x2(10000, 997, 31, 7.0, 300)"),
    # --- empty ---
    ("empty2d", "torch.zeros(0, 3)", None),
    ("emptyInt", "torch.zeros(0, dtype=torch.long)", None),
    ("emptyBool", "torch.zeros(0, dtype=torch.bool)", None),
    ("emptyFloat64", "torch.zeros(0, dtype=torch.float64)", None),
    ("empty3dInt", "torch.zeros(2, 0, 3, dtype=torch.long)", None),
    ("emptyRequiresGrad", "torch.zeros(0, 3, dtype=torch.float64, requires_grad=True)", None),
    ("emptyGradFn", "torch.zeros(0, requires_grad=True) * 2", None),
    # --- suffixes and wrapping ---
    ("suffixWrapsGradFn", "rg(seqF32(9, 0.0, 1.25)) * 1", None),
    ("suffixFitsGradFn", "rg(seqF32(8, 0.0, 1.25)) * 1", None),
    ("suffixWrapsRequiresGrad", "rg(seqF32(9, 0.0, 1.25))", None),
    ("suffixWrapsDtype", "seqF64(10, 0.0, 1.25)", None),
    ("suffixWrapsDtypeAndGrad", "rg(seqF64(9, 0.0, 1.25)) + 1", None),
    ("suffixDtypeFitsGradWraps", "rg(seqF64(6, 0.0, 1.25)) + 1", None),
    ("suffixMultilineGrad", "rg(seqF32(24, 0.0, 1.25)) * 1", None),
    ("suffixMultilineLongLast", "rg(seqF32(19, 0.0, 1.25)) * 1", None),
    ("suffix2dGrad", "rg(seqF64(12, 0.0, 1.25).reshape(2, 6)) * 1", None),
    ("suffixLongGradName", "torch.nn.functional.log_softmax(rg(seqF32(8, 0.0, 1.25)), 0)", None),
    ("wrapGradFnAfterOneLine", "rg(seqF32(6, 0.0, 1.25)) * 1", None),
    ("wrapRequiresGradAfterOneLine", "rg(seqF32(7, 0.0, 1.25))", None),
    ("wrapRequiresGradIntMode", "rg(seqF32(11, 0.0, 1.0))", None),
    ("wrapRequiresGradMultiline", "rg(seqF32(11, 0.0, 1000.5))", None),
    ("wrapLogSoftmaxShort", "torch.nn.functional.log_softmax(rg(seqF32(4, 0.0, 1000.5)), 0)", None),
    ("wrapLogSoftmaxMultiline", "torch.nn.functional.log_softmax(rg(seqF32(10, 0.0, 1000.5)), 0)", None),
    ("wrapFloat64DtypeFitsLeafWraps", "rg(seqF64(3, 0.0, 1000.5))", None),
    ("wrapFloat64DtypeFitsGradWraps", "rg(seqF64(3, 0.0, 1000.5)) * 1", None),
    ("wrapFloat64DtypeWraps", "seqF64(5, 0.0, 1000.5)", None),
    ("wrapFloat64DtypeWrapsThenLeaf", "rg(seqF64(5, 0.0, 1000.5))", None),
    ("wrapFloat64DtypeWrapsThenGrad", "rg(seqF64(11, 0.0, 1000.5)) * 1", None),
    ("wrapFloat64MultilineDtypeFitsGradWraps", "rg(seqF64(15, 0.0, 1000.5)) * 1", None),
    ("wrap2dGradFn", "rg(seqF32(12, 0.0, 1.25).reshape(2, 6)) * 1", None),
    ("suffixSummarizedGrad", "rg(seqF32(2000, 0.0, 1.0)) * 1", "seqF32(2000, 0.0, 1.0)"),
]


def java_string(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        else:
            assert 32 <= ord(ch) < 127, repr(ch)
            out.append(ch)
    return '"' + "".join(out) + '"'


def f32_literal(v):
    if math.isnan(v):
        return "Float.NaN"
    if math.isinf(v):
        return "Float.POSITIVE_INFINITY" if v > 0 else "Float.NEGATIVE_INFINITY"
    s = repr(np.float32(v))  # shortest round-trip float32 spelling
    if s.startswith("np.float32("):
        s = s[len("np.float32("):-1]
    return s + "f"


def f64_literal(v):
    if math.isnan(v):
        return "Double.NaN"
    if math.isinf(v):
        return "Double.POSITIVE_INFINITY" if v > 0 else "Double.NEGATIVE_INFINITY"
    return repr(v)


def literal(t):
    vals = t.detach().reshape(-1).tolist()
    if t.dtype == torch.float32:
        return "f32(" + ", ".join(f32_literal(v) for v in vals) + ")"
    if t.dtype == torch.float64:
        return "f64(" + ", ".join(f64_literal(v) for v in vals) + ")"
    if t.dtype == torch.int64:
        return "i64(" + ", ".join(str(v) + "L" for v in vals) + ")"
    if t.dtype == torch.bool:
        return "b(" + ", ".join("true" if v else "false" for v in vals) + ")"
    raise ValueError(t.dtype)


DTYPES = {torch.float32: "FLOAT32", torch.float64: "FLOAT64", torch.int64: "INT64", torch.bool: "BOOL"}


def gen_case(name, expr, java_data):
    t = eval(expr)
    expected = repr(t)
    data = java_data if java_data is not None else literal(t)
    if java_data is not None:
        # check the Java formula reproduces the tensor's data exactly
        mirror = eval(java_data.replace("modF64x2", "modF64x2_py").replace("concat", "concat_py"))
        assert mirror.dtype == t.dtype and torch.equal(
            mirror.reshape(-1), t.detach().reshape(-1)), name
    shape = "shape(" + ", ".join(str(d) for d in t.shape) + ")"
    grad_fn = t.grad_fn
    grad = java_string(type(grad_fn).__name__) if grad_fn is not None else "null"
    leaf = "true" if (grad_fn is None and t.requires_grad) else "false"
    lines = [
        "    @Test",
        "    void %s() {" % name,
        "        // repr(%s)" % expr,
        "        check(%s,\n                DType.%s, %s, %s, %s, %s);"
        % (java_string(expected), DTYPES[t.dtype], data, shape, grad, leaf),
        "    }",
    ]
    return "\n".join(lines)


def modF64x2_py(n, m, k, div, off):
    return modF64(n, m, k, div, off) * 2


def concat_py(*ts):
    return torch.cat(ts)


SIZES = [
    "torch.ones(2, 2).shape",
    "torch.tensor(1.).shape",
    "torch.zeros(0, 3).shape",
    "torch.zeros(5).shape",
    "torch.zeros(2, 3, 4, 5).shape",
]


def gen_size_case(i, expr):
    s = eval(expr)
    dims = ", ".join(str(d) for d in s)
    return "\n".join([
        "    @Test",
        "    void size%d() {" % i,
        "        // str(%s)" % expr,
        "        assertEquals(%s, TensorFormatter.size(shape(%s)));" % (java_string(str(s)), dims),
        "    }",
    ])


HEADER = '''package org.autograd4j.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.autograd4j.DType;
import org.junit.jupiter.api.Test;

/**
 * Expected strings are real PyTorch 1.13 output, generated by
 * core/src/test/python/gen_tensor_formatter_test.py (do not edit by hand; rerun the script).
 * Each test names the Python expression whose repr() it reproduces. Helpers such as
 * modF32/seqF32 build the same data on both sides from the same formula.
 */
class TensorFormatterTest {

    private static void check(String expected, DType dtype, Object data, int[] shape,
            String gradFn, boolean requiresGradLeaf) {
        assertEquals(expected, TensorFormatter.repr(dtype, data, shape, gradFn, requiresGradLeaf));
    }

    private static int[] shape(int... dims) {
        return dims;
    }

    private static float[] f32(float... v) {
        return v;
    }

    private static double[] f64(double... v) {
        return v;
    }

    private static long[] i64(long... v) {
        return v;
    }

    private static boolean[] b(boolean... v) {
        return v;
    }

    /** Python: [((i * k) % m - off) / div for i in range(n)] as float32. */
    private static float[] modF32(int n, int m, int k, double div, int off) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) ((((long) i * k) % m - off) / div);
        }
        return out;
    }

    /** Python: [((i * k) % m - off) / div for i in range(n)] as float64. */
    private static double[] modF64(int n, int m, int k, double div, int off) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (((long) i * k) % m - off) / div;
        }
        return out;
    }

    /** modF64(...) * 2. */
    private static double[] modF64x2(int n, int m, int k, double div, int off) {
        double[] out = modF64(n, m, k, div, off);
        for (int i = 0; i < n; i++) {
            out[i] *= 2;
        }
        return out;
    }

    /** Python: [(i * k) % m - off for i in range(n)] as int64. */
    private static long[] modI64(int n, int m, int k, int off) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = ((long) i * k) % m - off;
        }
        return out;
    }

    /** Python: [(i * k) % m == 0 for i in range(n)] as bool. */
    private static boolean[] modBool(int n, int m, int k) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = ((long) i * k) % m == 0;
        }
        return out;
    }

    /** Python: [a + i * b for i in range(n)] as float32. */
    private static float[] seqF32(int n, double a, double b) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (a + i * b);
        }
        return out;
    }

    private static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int o = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
'''


def main():
    names = set()
    parts = [HEADER]
    for name, expr, java_data in CASES:
        assert name not in names, name
        names.add(name)
        parts.append(gen_case(name, expr, java_data))
        parts.append("")
    for i, expr in enumerate(SIZES):
        parts.append(gen_size_case(i, expr))
        parts.append("")
    text = "\n".join(parts).rstrip() + "\n}\n"
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote %d repr cases and %d size cases to %s" % (len(CASES), len(SIZES), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
