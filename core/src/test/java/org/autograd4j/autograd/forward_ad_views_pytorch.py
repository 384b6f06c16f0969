"""What PyTorch 1.13 gives as the tangents of views taken before a dual value is written into
another view of their base (a view's tangent is a view of its base's, made when asked for):
the values ForwardADViewWriteTest checks. Run with /usr/bin/python3 (torch 1.13); it prints them."""
import torch
import torch.autograd.forward_ad as fwAD

torch.set_default_dtype(torch.float64)


def tangent(t):
    return fwAD.unpack_dual(t).tangent.tolist()


def dual(values, tangents):
    return fwAD.make_dual(torch.tensor(values), torch.tensor(tangents))


with fwAD.dual_level():
    x = torch.zeros(4)
    older = x[1:3]
    x[2:4].copy_(dual([5., 6.], [1., 2.]))
    print("view before write:", tangent(older), tangent(x))

    x = torch.zeros(3, 4)
    row = x[1]
    part = row[1:3]
    x[1, 2:4].copy_(dual([5., 6.], [1., 2.]))
    print("view of a view:", tangent(row), tangent(part))

    x = torch.zeros(4)
    a = x[0:3]
    b = x[1:4]
    b.copy_(dual([1., 1., 1.], [1., 2., 3.]))
    print("older overlapping view:", tangent(a))
    a.mul_(dual([2., 2., 2.], [10., 20., 30.]))
    print("write through it:", x.tolist(), tangent(x), tangent(b))

    x = torch.zeros(2, 3)
    r0 = x[0]
    c1 = x[:, 1]
    r0.copy_(dual([1., 2., 3.], [1., 1., 1.]))
    c1.mul_(dual([3., 3.], [2., 2.]))
    print("chain of writes:", x.tolist(), tangent(x), tangent(r0), tangent(c1))

    x = torch.zeros(2, 3)
    xt = x.t()
    x[1].copy_(dual([1., 1., 1.], [1., 2., 3.]))
    print("transposed view:", tangent(xt))

    y = torch.zeros(3)
    tail = y[1:]
    y.add_(dual(1., 2.))
    print("broadcast write into the base:", tangent(tail))

    leaf = torch.zeros(4, requires_grad=True)
    base = leaf * 1
    old = base[0:2]
    base[1:3].copy_(dual([1., 1.], [3., 4.]))
    base.mul_(dual([2., 2., 2., 2.], [1., 1., 1., 1.]))
    print("recorded:", tangent(old), tangent(base))

    x = torch.zeros(4)
    x.mul_(dual([1., 1., 1., 1.], [1., 1., 1., 1.]))
    print("primal of a dual base:", fwAD.unpack_dual(fwAD.unpack_dual(x).primal[0:2]).tangent)
    for target in (x, x[1:3]):
        try:
            fwAD.make_dual(target, torch.ones(target.shape))
        except RuntimeError as e:
            print("make_dual refuses:", e)

    p = torch.zeros(4)
    t = torch.ones(4)
    b = fwAD.make_dual(p, t)
    inner = b[1:3]
    b.mul_(3)
    print("write into a dual:", t.tolist(), tangent(inner), fwAD.unpack_dual(p).tangent)

    x = torch.zeros(3, 4)
    row0 = x[0]
    x[1].copy_(dual([1., 2., 3., 4.], [1., 1., 1., 1.]))
    first = fwAD.unpack_dual(x).tangent
    first_row = fwAD.unpack_dual(row0).tangent
    x[2].copy_(dual([5., 6., 7., 8.], [2., 2., 2., 2.]))
    print("a tangent read before a later write:", first.tolist(), first_row.tolist())
    x.add_(dual(1., 3.))
    print("then a write into the base:", first.tolist(), first_row.tolist())

    s, s_t = torch.tensor([1., 2., 3.]), torch.tensor([1., 1., 1.])
    y = torch.zeros(3)
    y.copy_(fwAD.make_dual(s, s_t))
    before = fwAD.unpack_dual(y).tangent
    y.mul_(dual([2., 2., 2.], [1., 2., 3.]))
    print("a write into a tensor a write gave a tangent:", s_t.tolist(), before.tolist())
