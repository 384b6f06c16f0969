package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/**
 * Everyday expressions print exactly what PyTorch 1.13 prints for the same expression: values,
 * layout, dtype and grad_fn. Expected strings are PyTorch's output for
 * <pre>
 * x = torch.arange(6.).reshape(2, 3).requires_grad_()
 * w = torch.tensor([[0.5, -1.0, 2.0]], requires_grad=True)
 * t = torch.tensor([2, 0])
 * print(EXPRESSION)   # the first argument of each check
 * </pre>
 */
class PyTorchParityTest {
    private final Tensor x = Tensor.arange(0.0, 6.0, 1.0).reshape(2, 3).requiresGrad(true);
    private final Tensor w = Tensor.of(new float[][] {{0.5f, -1.0f, 2.0f}}).requiresGrad(true);
    private final Tensor t = Tensor.of(2L, 0L);

    private static void check(String pytorchExpression, Supplier<Object> java, String expected) {
        assertEquals(expected, String.valueOf(java.get()), pytorchExpression);
    }

    @Test
    void printsLikePyTorch() {
        check("x.softmax(1)", () -> x.softmax(1),
                "tensor([[0.0900, 0.2447, 0.6652],\n"
                        + "        [0.0900, 0.2447, 0.6652]], grad_fn=<SoftmaxBackward0>)");
        check("F.log_softmax(x, 1)", () -> F.logSoftmax(x, 1),
                "tensor([[-2.4076, -1.4076, -0.4076],\n"
                        + "        [-2.4076, -1.4076, -0.4076]], grad_fn=<LogSoftmaxBackward0>)");
        check("F.cross_entropy(x, t)", () -> F.crossEntropy(x, t),
                "tensor(1.4076, grad_fn=<NllLossBackward0>)");
        check("x.max(1).values", () -> x.max(1).values(),
                "tensor([2., 5.], grad_fn=<MaxBackward0>)");
        check("x.max(1).indices", () -> x.max(1).indices(),
                "tensor([2, 2])");
        check("x[0, 1:]", () -> x.get(Index.at(0), Index.from(1)),
                "tensor([1., 2.], grad_fn=<SliceBackward0>)");
        check("x.t() @ x", () -> x.t().matmul(x),
                "tensor([[ 9., 12., 15.],\n"
                        + "        [12., 17., 22.],\n"
                        + "        [15., 22., 29.]], grad_fn=<MmBackward0>)");
        check("x.sum(0)", () -> x.sum(0),
                "tensor([3., 5., 7.], grad_fn=<SumBackward1>)");
        check("x.mean()", () -> x.mean(),
                "tensor(2.5000, grad_fn=<MeanBackward0>)");
        check("x.var(1)", () -> x.var(1),
                "tensor([1., 1.], grad_fn=<VarBackward0>)");
        check("x.std()", () -> x.std(),
                "tensor(1.8708, grad_fn=<StdBackward0>)");
        check("x.norm()", () -> x.norm(),
                "tensor(7.4162, grad_fn=<NormBackward1>)");
        check("x.exp().log()", () -> x.exp().log(),
                "tensor([[0.0000, 1.0000, 2.0000],\n"
                        + "        [3.0000, 4.0000, 5.0000]], grad_fn=<LogBackward0>)");
        check("x.sigmoid()", () -> x.sigmoid(),
                "tensor([[0.5000, 0.7311, 0.8808],\n"
                        + "        [0.9526, 0.9820, 0.9933]], grad_fn=<SigmoidBackward0>)");
        check("F.gelu(x)", () -> F.gelu(x),
                "tensor([[0.0000, 0.8413, 1.9545],\n"
                        + "        [2.9960, 3.9999, 5.0000]], grad_fn=<GeluBackward0>)");
        check("x.clamp(1, 4)", () -> x.clamp(1.0, 4.0),
                "tensor([[1., 1., 2.],\n"
                        + "        [3., 4., 4.]], grad_fn=<ClampBackward1>)");
        check("x * w", () -> x.mul(w),
                "tensor([[ 0.0000, -1.0000,  4.0000],\n"
                        + "        [ 1.5000, -4.0000, 10.0000]], grad_fn=<MulBackward0>)");
        check("torch.where(x > 2, x, w)", () -> Tensor.where(x.gt(2), x, w),
                "tensor([[ 0.5000, -1.0000,  2.0000],\n"
                        + "        [ 3.0000,  4.0000,  5.0000]], grad_fn=<WhereBackward0>)");
        check("x.cumsum(1)", () -> x.cumsum(1),
                "tensor([[ 0.,  1.,  3.],\n"
                        + "        [ 3.,  7., 12.]], grad_fn=<CumsumBackward0>)");
        check("x.flip(1)", () -> x.flip(1),
                "tensor([[2., 1., 0.],\n"
                        + "        [5., 4., 3.]], grad_fn=<FlipBackward0>)");
        check("x.gather(1, torch.tensor([[0],[2]]))", () -> x.gather(1, Tensor.of(new long[][]{{0},{2}})),
                "tensor([[0.],\n"
                        + "        [5.]], grad_fn=<GatherBackward0>)");
        check("x.unsqueeze(0).expand(2, 2, 3).sum()", () -> x.unsqueeze(0).expand(2, 2, 3).sum(),
                "tensor(30., grad_fn=<SumBackward0>)");
        check("F.mse_loss(x, torch.ones(2,3))", () -> F.mseLoss(x, Tensor.ones(2, 3)),
                "tensor(5.1667, grad_fn=<MseLossBackward0>)");
        check("F.linear(x, w)", () -> F.linear(x, w, null),
                "tensor([[3.0000],\n"
                        + "        [7.5000]], grad_fn=<MmBackward0>)");
        check("x.reshape(-1)", () -> x.reshape(-1),
                "tensor([0., 1., 2., 3., 4., 5.], grad_fn=<ReshapeAliasBackward0>)");
        check("x.prod()", () -> x.prod(),
                "tensor(0., grad_fn=<ProdBackward0>)");
        check("torch.cat([x, x], 0)", () -> Tensor.cat(List.of(x, x), 0),
                "tensor([[0., 1., 2.],\n"
                        + "        [3., 4., 5.],\n"
                        + "        [0., 1., 2.],\n"
                        + "        [3., 4., 5.]], grad_fn=<CatBackward0>)");
        check("torch.stack([x[0], x[1]])", () -> Tensor.stack(List.of(x.get(0), x.get(1)), 0),
                "tensor([[0., 1., 2.],\n"
                        + "        [3., 4., 5.]], grad_fn=<StackBackward0>)");
        check("x.abs().sqrt()", () -> x.abs().sqrt(),
                "tensor([[0.0000, 1.0000, 1.4142],\n"
                        + "        [1.7321, 2.0000, 2.2361]], grad_fn=<SqrtBackward0>)");
        check("F.relu(x - 2)", () -> F.relu(x.sub(2)),
                "tensor([[0., 0., 0.],\n"
                        + "        [1., 2., 3.]], grad_fn=<ReluBackward0>)");
        check("x.amax(1)", () -> x.amax(1),
                "tensor([2., 5.], grad_fn=<AmaxBackward0>)");
        check("x.logsumexp(1)", () -> x.logsumexp(1),
                "tensor([2.4076, 5.4076], grad_fn=<LogsumexpBackward0>)");
        check("x[:, None, 1]", () -> x.get(Index.ALL, Index.NEW_AXIS, Index.at(1)),
                "tensor([[1.],\n"
                        + "        [4.]], grad_fn=<SelectBackward0>)");
        check("F.layer_norm(x, (3,))", () -> F.layerNorm(x, new int[]{3}),
                "tensor([[-1.2247,  0.0000,  1.2247],\n"
                        + "        [-1.2247,  0.0000,  1.2247]], grad_fn=<NativeLayerNormBackward0>)");
        check("x.argmax()", () -> x.argmax(),
                "tensor(5)");
        check("x.eq(2)", () -> x.eq(2),
                "tensor([[False, False,  True],\n"
                        + "        [False, False, False]])");
        check("x.masked_fill(x > 3, 0.)", () -> x.maskedFill(x.gt(3), 0.0),
                "tensor([[0., 1., 2.],\n"
                        + "        [3., 0., 0.]], grad_fn=<MaskedFillBackward0>)");
        check("x.pow(2).sum(1).sqrt()", () -> x.pow(2).sum(1).sqrt(),
                "tensor([2.2361, 7.0711], grad_fn=<SqrtBackward0>)");
    }

    /** A scalar loss of x (2x3, values arange(6)/4), w (2x3) and b (2), all requiring grad. */
    @FunctionalInterface
    private interface Loss {
        Tensor of(Tensor x, Tensor w, Tensor b);
    }

    /** The gradients backward leaves in x, w and b print as PyTorch's ("null" where PyTorch has None). */
    private static void gradients(String pytorchExpression, Loss loss, String xGrad, String wGrad, String bGrad) {
        Tensor x = Tensor.arange(0.0, 6.0, 1.0).reshape(2, 3).div(4).requiresGrad(true);
        Tensor w = Tensor.of(new float[][] {{0.5f, -1.0f, 2.0f}, {0.1f, 0.2f, -0.3f}}).requiresGrad(true);
        Tensor b = Tensor.of(0.1f, -0.2f).requiresGrad(true);
        loss.of(x, w, b).backward();
        assertEquals(xGrad, String.valueOf(x.grad()), pytorchExpression + ": x.grad");
        assertEquals(wGrad, String.valueOf(w.grad()), pytorchExpression + ": W.grad");
        assertEquals(bGrad, String.valueOf(b.grad()), pytorchExpression + ": b.grad");
    }

    /**
     * Gradients of composite losses, as PyTorch computes them for
     * x = arange(6.).reshape(2,3).div(4); W = [[0.5,-1,2],[0.1,0.2,-0.3]]; b = [0.1,-0.2] (all requiring grad).
     */
    @Test
    void gradientsLikePyTorch() {
        gradients("F.cross_entropy(F.linear(x, W, b).tanh(), torch.tensor([1, 0]))", (x, w, b) -> F.crossEntropy(F.linear(x, w, b).tanh(), Tensor.of(1L, 0L)),
                "tensor([[ 0.0617, -0.2566,  0.4800],\n"
                        + "        [ 0.0060,  0.0286, -0.0470]])",
                "tensor([[-0.0062,  0.0393,  0.0847],\n"
                        + "        [ 0.0762,  0.0184, -0.0394]])",
                "tensor([ 0.1818, -0.2313])");
        gradients("(x.softmax(1) * x).sum() + x.norm()", (x, w, b) -> x.softmax(1).mul(x).sum().add(x.norm()),
                "tensor([[0.1802, 0.4479, 0.7764],\n"
                        + "        [0.5847, 0.8524, 1.1809]])",
                "null",
                "null");
        gradients("F.mse_loss(x @ W.t(), torch.ones(2, 2)) * b.sum()", (x, w, b) -> F.mseLoss(x.matmul(w.t()), Tensor.ones(2, 2)).mul(b.sum()),
                "tensor([[ 0.0118, -0.0015,  0.0085],\n"
                        + "        [-0.0164,  0.0547, -0.1040]])",
                "tensor([[-0.0328, -0.0406, -0.0484],\n"
                        + "        [ 0.0413,  0.0688,  0.0963]])",
                "tensor([0.8120, 0.8120])");
        gradients("F.layer_norm(x, (3,)).pow(3).mean() + x.var()", (x, w, b) -> F.layerNorm(x, new int[] {3}).pow(3).mean().add(x.var()),
                "tensor([[ 0.9743, -2.5986,  1.1743],\n"
                        + "        [ 1.2743, -2.2986,  1.4743]])",
                "null",
                "null");
        gradients("torch.where(x > 0.5, x.exp(), x.sigmoid()).prod() + x.amax(1).sum()", (x, w, b) -> Tensor.where(x.gt(0.5), x.exp(), x.sigmoid()).prod().add(x.amax(1).sum()),
                "tensor([[1.7571, 1.5386, 2.3268],\n"
                        + "        [3.5143, 3.5143, 4.5143]])",
                "null",
                "null");
    }
}
