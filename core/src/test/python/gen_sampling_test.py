#!/usr/bin/env python3
"""Regenerates SamplingValuesTest.java from real PyTorch 1.13 random streams.

Run on an x86-64 machine with a Python that has torch 1.13 (CPU, a build without MKL, such as Debian's:
with MKL, bernoulli_(float p) and exponential_ on Intel CPUs take MKL's own streams):
    python3 core/src/test/python/gen_sampling_test.py
Each case seeds torch's default generator, runs a sequence of sampler calls and records every value; the
Java test seeds autograd4j's default generator the same way, runs the matching Java calls in the same order
and checks the values bit for bit. Float64 results of samplers that call the C library's log/tan/exp/sin/cos
(exponential, geometric, log-normal, Cauchy, normal, Poisson's acceptance test) may differ from Java's in
the last bit for a small share of elements ("f64~": each within 1e-13 relative, at most 1 + 1% of them).
"""
import torch

import torch_values as tv

assert torch.__version__.startswith("1.13"), torch.__version__

F32 = ("torch.float32", "DType.FLOAT32")
F64 = ("torch.float64", "DType.FLOAT64")
I64 = ("torch.int64", "DType.INT64")
BOOL = ("torch.bool", "DType.BOOL")


def empty(shape, dt, transposed=False):
    """An empty tensor of that shape, or a transposed view of one (memory order differs from logical order)."""
    dims = ", ".join(str(s) for s in shape)
    if transposed:
        flipped = ", ".join(str(s) for s in reversed(shape))
        return f"torch.empty({flipped}, dtype={dt[0]}).t()", f"Tensor.empty(new int[] {{{flipped}}}, {dt[1]}).t()"
    return f"torch.empty({dims}, dtype={dt[0]})", f"Tensor.empty(new int[] {{{dims}}}, {dt[1]})"


def fill(shape, dt, py_call, java_call, kind, transposed=False):
    py, java = empty(shape, dt, transposed)
    return (f"{py}.{py_call}", f"{java}.{java_call}", kind)


def seq(lo, n, step, dt):
    """A tensor of n values lo, lo + step, ... (rates and probabilities)."""
    vals = [round(lo + i * step, 6) for i in range(n)]
    return (f"torch.tensor({vals}, dtype={dt[0]})",
            f"Tensor.of(new double[] {{{', '.join(repr(v) for v in vals)}}}).to({dt[1]})")


def t(py, java, kind):
    return (py, java, kind)


P34 = ("torch.tensor([[0.1, 0.9, 0.5, 0.0], [1.0, 0.25, 0.75, 0.3], [0.6, 0.05, 0.95, 0.5]], dtype=torch.float32)",
       "Tensor.of(new double[][] {{0.1, 0.9, 0.5, 0.0}, {1.0, 0.25, 0.75, 0.3}, {0.6, 0.05, 0.95, 0.5}})"
       ".to(DType.FLOAT32)")
W = ("torch.tensor([[1.0, 2.0, 0.0, 4.0, 0.5, 3.0], [0.2, 0.2, 5.0, 0.1, 1.0, 0.0], [3.0, 1.0, 1.0, 1.0, 2.0, 2.0]]",
     "Tensor.of(new double[][] {{1.0, 2.0, 0.0, 4.0, 0.5, 3.0}, {0.2, 0.2, 5.0, 0.1, 1.0, 0.0}, "
     "{3.0, 1.0, 1.0, 1.0, 2.0, 2.0}})")


def weights(dt):
    return f"{W[0]}, dtype={dt[0]})", f"{W[1]}.to({dt[1]})"


RATES = [0.0, 0.5, 3.0, 9.99, 10.0, 25.0, 100.0, 1000.0, 4.5, 60.0]
RATES_PY = f"torch.tensor({RATES}, dtype={{}})"
RATES_JAVA = f"Tensor.of({', '.join(repr(r) for r in RATES)}).to({{}})"

CASES = [
    ("uniform", [(0, [fill([50], F32, "uniform_(-1.5, 2.0)", "uniform_(-1.5, 2.0)", "f32"),
                      fill([4, 5], F32, "uniform_(0, 1)", "uniform_(0, 1)", "f32", transposed=True),
                      fill([20], F64, "uniform_(0.25, 0.5)", "uniform_(0.25, 0.5)", "f64"),
                      fill([20], F64, "uniform_()", "uniform_()", "f64")])]),
    # contiguous float32 of 16+ elements: the block fill; transposed or small: the scalar draw per element
    ("normal", [(1, [fill([40], F32, "normal_(1.0, 2.0)", "normal_(1.0, 2.0)", "f32"),
                     fill([5, 4], F32, "normal_(0, 1)", "normal_(0, 1)", "f32", transposed=True),
                     fill([7], F32, "normal_(-1, 0.5)", "normal_(-1, 0.5)", "f32"),
                     fill([17], F32, "normal_()", "normal_()", "f32"),
                     fill([5, 4], F64, "normal_(0, 3)", "normal_(0, 3)", "f64~", transposed=True)])]),
    ("exponential", [(2, [fill([60], F32, "exponential_(1.5)", "exponential_(1.5)", "f32"),
                          fill([3, 5], F32, "exponential_(1)", "exponential_(1)", "f32", transposed=True),
                          fill([40], F64, "exponential_(0.25)", "exponential_(0.25)", "f64~")])]),
    ("geometric", [(3, [fill([60], F32, "geometric_(0.3)", "geometric_(0.3)", "f32"),
                        fill([30], I64, "geometric_(0.05)", "geometric_(0.05)", "i64"),
                        fill([20], F64, "geometric_(0.9)", "geometric_(0.9)", "f64")])]),
    ("log_normal", [(4, [fill([31], F32, "log_normal_(1.0, 0.5)", "logNormal_(1.0, 0.5)", "f32"),
                         fill([31], F64, "log_normal_(-0.5, 2.0)", "logNormal_(-0.5, 2.0)", "f64~")])]),
    ("cauchy", [(5, [fill([40], F32, "cauchy_(2.0, 0.5)", "cauchy_(2.0, 0.5)", "f32"),
                     fill([40], F64, "cauchy_()", "cauchy_()", "f64~")])]),
    ("random", [(6, [fill([20], F32, "random_()", "random_()", "f32"),
                     fill([20], F64, "random_()", "random_()", "f64"),
                     fill([20], I64, "random_()", "random_()", "i64"),
                     fill([20], BOOL, "random_()", "random_()", "bool"),
                     fill([20], F32, "random_(10)", "random_(10)", "f32"),
                     fill([20], I64, "random_(-5, 2**40)", "random_(-5, 1L << 40)", "i64"),
                     fill([3, 4], F64, "random_(3, 9)", "random_(3, 9)", "f64", transposed=True),
                     fill([20], BOOL, "random_(0, 2)", "random_(0, 2)", "bool")])]),
    ("bernoulli", [(7, [fill([40], F32, "bernoulli_(0.3)", "bernoulli_(0.3)", "f32"),
                        fill([20], I64, "bernoulli_(0.7)", "bernoulli_(0.7)", "i64"),
                        fill([3, 4], F64, f"bernoulli_({P34[0]})", f"bernoulli_({P34[1]})", "f64"),
                        fill([3, 4], F32, f"bernoulli_({P34[0]}.double()[0])",
                             f"bernoulli_({P34[1]}.toDouble().select(0, 0))", "f32"),
                        t(f"torch.bernoulli({P34[0]})", f"{P34[1]}.bernoulli()", "f32"),
                        t(f"torch.bernoulli({P34[0]}.double().t())", f"{P34[1]}.toDouble().t().bernoulli()", "f64"),
                        t(f"torch.bernoulli(torch.zeros(4, 5), 0.4)", "Tensor.zeros(4, 5).bernoulli(0.4, null)",
                          "f32")])]),
    ("normal_functions", [(8, [
        t("torch.normal(torch.tensor([[1.0], [-2.0]]), torch.tensor([0.5, 1.0, 2.0]))",
          "Tensor.normal(Tensor.of(new float[][] {{1}, {-2}}), Tensor.of(0.5f, 1f, 2f), null)", "f32"),
        t("torch.normal(torch.arange(20.0), 2.0)", "Tensor.normal(Tensor.arange(0.0, 20.0, 1.0), 2.0, null)", "f32"),
        t("torch.normal(1.5, torch.arange(1.0, 21.0, dtype=torch.float64))",
          "Tensor.normal(1.5, Tensor.arange(1.0, 21.0, 1.0, DType.FLOAT64), null)", "f64~"),
        t("torch.normal(0.5, 2.0, (20,))", "Tensor.normal(0.5, 2.0, new int[] {20}, DType.FLOAT32, null)", "f32")])]),
    ("poisson", [(9, [t(f"torch.poisson({RATES_PY.format('torch.float32')})",
                        f"Tensor.poisson({RATES_JAVA.format('DType.FLOAT32')}, null)", "f32"),
                      t(f"torch.poisson({RATES_PY.format('torch.float64')}.repeat(5))",
                        f"Tensor.poisson({RATES_JAVA.format('DType.FLOAT64')}.repeat(5), null)", "f64")])]),
    ("multinomial", [(10, [t(f"torch.multinomial({weights(F32)[0]}, 10, True)",
                             f"{weights(F32)[1]}.multinomial(10, true, null)", "i64"),
                           t(f"torch.multinomial({weights(F64)[0]}[1], 25, True)",
                             f"{weights(F64)[1]}.select(0, 1).multinomial(25, true, null)", "i64"),
                           t(f"torch.multinomial({weights(F32)[0]}, 4)", f"{weights(F32)[1]}.multinomial(4)", "i64"),
                           t(f"torch.multinomial({weights(F64)[0]}, 1, True)",
                             f"{weights(F64)[1]}.multinomial(1, true, null)", "i64"),
                           t(f"torch.multinomial({weights(F64)[0]}, 1)", f"{weights(F64)[1]}.multinomial(1)", "i64"),
                           t(f"torch.multinomial({weights(F64)[0]}[2], 6)",
                             f"{weights(F64)[1]}.select(0, 2).multinomial(6)", "i64")])]),
    ("randint_like", [(11, [t("torch.randint_like(torch.zeros(10), 10)", "Tensor.randintLike(Tensor.zeros(10), 10)",
                              "f32"),
                            t("torch.randint_like(torch.zeros(10, dtype=torch.float64), -3, 3)",
                              "Tensor.randintLike(Tensor.zeros(new int[] {10}, DType.FLOAT64), -3, 3)", "f64"),
                            t("torch.randint_like(torch.zeros(3, 4, dtype=torch.int64).t(), 2**40)",
                              "Tensor.randintLike(Tensor.zeros(new int[] {3, 4}, DType.INT64).t(), 1L << 40)", "i64"),
                            t("torch.randn_like(torch.zeros(5, 4).t())", "Tensor.randnLike(Tensor.zeros(5, 4).t())", "f32"),
                            t("torch.randn_like(torch.zeros(20, dtype=torch.float64))",
                              "Tensor.randnLike(Tensor.zeros(new int[] {20}, DType.FLOAT64))", "f64~"),
                            t("torch.rand_like(torch.zeros(3, 4).t())", "Tensor.randLike(Tensor.zeros(3, 4).t())", "f32")])]),
    # every sampler draws from the one stream, in call order
    ("mixed_sequence", [(12, [t("torch.rand(3)", "Tensor.rand(3)", "f32"),
                              fill([5], F32, "exponential_()", "exponential_()", "f32"),
                              fill([3], F64, "log_normal_()", "logNormal_()", "f64~"),
                              t("torch.randn(1, dtype=torch.float64)",
                                "Tensor.randn(new int[] {1}, DType.FLOAT64, null)", "f64~"),
                              fill([4], F32, "geometric_(0.5)", "geometric_(0.5)", "f32")])]),
]


JAVADOC = """
GENERATED by core/src/test/python/gen_sampling_test.py from real PyTorch 1.13 (CPU, no MKL); do not edit by
hand. Each comment is the torch call that the check below it repeats in Java, with its shape and exact values.
"""


def main():
    tv.write_test("SamplingValuesTest", JAVADOC, tv.seeded_methods(CASES), imports=["org.autograd4j.DType"])


if __name__ == "__main__":
    main()
