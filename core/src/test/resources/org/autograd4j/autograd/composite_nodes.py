#!/usr/bin/python3
"""The backward graphs PyTorch 1.13 records for composite ops (Debian's python3-torch).

Run from this folder: /usr/bin/python3 composite_nodes.py > composite_nodes.txt
Each line is "<case> <graph>", the graph written as Name(next0,next1,...) from grad_fn down,
with 'leaf' for an AccumulateGrad and '_' for an input that needs no gradient. CompositeNodesTest
builds the same case in Java (same shapes; values do not matter) and compares.
"""
import torch
import torch.nn.functional as F


def graph(t):
    def rec(fn):
        if fn is None:
            return "_"
        name = type(fn).__name__
        if name == "AccumulateGrad":
            return "leaf"
        return name + "(" + ",".join(rec(f) for f, _ in fn.next_functions) + ")"
    return rec(t.grad_fn)


def r(*shape):
    return torch.randn(shape, dtype=torch.float64, requires_grad=True)


def c(*shape):
    return torch.randn(shape, dtype=torch.float64)


def emit(case, t):
    print(case, graph(t))


MATMUL = {
    "1x1": ((3,), (3,)),
    "2x1": ((2, 3), (3,)),
    "1x2": ((3,), (3, 4)),
    "2x2": ((2, 3), (3, 4)),
    "3x1": ((2, 5, 3), (3,)),
    "3x2": ((2, 5, 3), (3, 4)),
    "4x1": ((2, 2, 5, 3), (3,)),
    "4x2": ((2, 2, 5, 3), (3, 4)),
    "1x3": ((3,), (2, 3, 4)),
    "2x3": ((5, 3), (2, 3, 4)),
    "1x4": ((3,), (2, 2, 3, 4)),
    "2x4": ((5, 3), (2, 2, 3, 4)),
    "3x3": ((2, 5, 3), (2, 3, 4)),
    "4x4": ((2, 2, 5, 3), (2, 2, 3, 4)),
    "4x3": ((2, 2, 5, 3), (2, 3, 4)),
    "3x4": ((2, 5, 3), (2, 2, 3, 4)),
    "4x4broadcast": ((1, 2, 5, 3), (2, 1, 3, 4)),
}
for case, (sa, sb) in MATMUL.items():
    emit("matmul/" + case, r(*sa).matmul(r(*sb)))
    emit("matmul/" + case + "/a", r(*sa).matmul(c(*sb)))
    emit("matmul/" + case + "/b", c(*sa).matmul(r(*sb)))
# A batch whose last two dims are transposed is not folded into mm (should_fold's stride test).
emit("matmul/3x2permuted", r(2, 3, 5).permute(0, 2, 1).matmul(r(3, 4)))
emit("matmul/2x3permuted", r(5, 3).matmul(r(2, 4, 3).permute(0, 2, 1)))
emit("linear/1d", F.linear(r(3), r(4, 3)))
emit("linear/1d/bias", F.linear(r(3), r(4, 3), r(4)))
emit("linear/3d", F.linear(r(2, 5, 3), r(4, 3)))
emit("linear/3d/bias", F.linear(r(2, 5, 3), r(4, 3), r(4)))
emit("linear/3d/bias/noncontiguous", F.linear(r(2, 3, 5).transpose(1, 2), r(4, 3), r(4)))
emit("linear/4d", F.linear(r(2, 2, 5, 3), r(4, 3)))
emit("linear/4d/bias", F.linear(r(2, 2, 5, 3), r(4, 3), r(4)))

x = r(2, 1, 3)
emit("squeeze/all", x.squeeze())
emit("squeeze/dim", x.squeeze(1))
emit("squeeze/negative", x.squeeze(-2))
emit("squeeze/notone", x.squeeze(0))

for dims, shape in (("1d", (3,)), ("2d", (2, 3)), ("3d", (2, 3, 4)), ("4d", (2, 3, 4, 5))):
    inp = r(*shape)
    target = torch.randint(0, 3, shape[:1] + shape[2:]) if len(shape) > 1 else torch.tensor(1)
    for reduction in ("mean", "sum", "none"):
        emit("nll_loss/" + dims + "/" + reduction, F.nll_loss(inp, target, reduction=reduction))
        emit("cross_entropy/" + dims + "/" + reduction, F.cross_entropy(inp, target, reduction=reduction))

inp = r(2, 3, 4, 5)
loss = F.nll_loss(inp, torch.randint(0, 3, (2, 4, 5)))
emit("nll_loss/4d/double", torch.autograd.grad(loss, inp, r(), create_graph=True)[0])
inp = r(2, 3, 4)
loss = F.nll_loss(inp, torch.randint(0, 3, (2, 4)))
emit("nll_loss/3d/double", torch.autograd.grad(loss, inp, r(), create_graph=True)[0])

emit("fill_", (x * 1).fill_(2.0))
emit("zero_", (x * 1).zero_())
emit("dropout/p0", F.dropout(x, 0.0, True))
emit("dropout/p0eval", F.dropout(x, 0.0, False))

emit("einsum/ijk->kj", torch.einsum("ijk->kj", r(2, 3, 4)))
emit("einsum/ijk->k", torch.einsum("ijk->k", r(2, 3, 4)))
emit("einsum/ijk->", torch.einsum("ijk->", r(2, 3, 4)))
emit("einsum/ijk->ikj", torch.einsum("ijk->ikj", r(2, 3, 4)))

emit("moveaxis/list", torch.moveaxis(r(2, 3, 4, 5), [3, 0], [0, 3]))
emit("moveaxis/int", torch.moveaxis(r(2, 3, 4, 5), 1, 2))
