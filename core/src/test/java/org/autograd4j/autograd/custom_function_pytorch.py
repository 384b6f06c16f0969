"""What PyTorch 1.13 does with custom autograd.Function's jvp, save_for_forward, mark_dirty,
mark_non_differentiable, set_materialize_grads and once_differentiable, and with forward mode
through in-place writes to views: the values and messages CustomFunctionTest and
ForwardADViewWriteTest check. Run with /usr/bin/python3 (torch 1.13); it prints them."""
import torch
import torch.autograd.forward_ad as fwAD
from torch.autograd import Function
from torch.autograd.function import once_differentiable

d = torch.float64
x = torch.tensor([1., 2.], dtype=d)
t = torch.tensor([1., 0.5], dtype=d)


class NoJvp(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2


class WithJvp(Function):
    @staticmethod
    def forward(ctx, x, y):
        ctx.save_for_forward(x, y)
        return x * y, x + 1

    @staticmethod
    def jvp(ctx, tx, ty):
        x, y = ctx.saved_tensors
        print("jvp got", tx, ty)
        return tx * y + x * ty, tx

    @staticmethod
    def backward(ctx, g1, g2):
        return None, None


with fwAD.dual_level():
    try:
        NoJvp.apply(fwAD.make_dual(x, t))
    except NotImplementedError as e:
        print("no jvp:", e)
    a, b = WithJvp.apply(fwAD.make_dual(x, t), torch.tensor([3., 4.], dtype=d))
    print("tangents", fwAD.unpack_dual(a).tangent, fwAD.unpack_dual(b).tangent)


class WrongCount(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3

    @staticmethod
    def jvp(ctx, tx):
        return tx * 2

    @staticmethod
    def backward(ctx, g, h):
        return g


class WrongSize(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def jvp(ctx, tx):
        return tx[:1]

    @staticmethod
    def backward(ctx, g):
        return g


for f in (WrongCount, WrongSize):
    with fwAD.dual_level():
        try:
            f.apply(fwAD.make_dual(x, t))
        except RuntimeError as e:
            print(f.__name__, e)


class Unmaterialized(Function):
    @staticmethod
    def forward(ctx, x, y):
        ctx.set_materialize_grads(False)
        return x * 2, x * 3

    @staticmethod
    def jvp(ctx, tx, ty):
        print("unmaterialized jvp got", tx, ty)
        return tx * 2, tx * 3

    @staticmethod
    def backward(ctx, g1, g2):
        print("unmaterialized backward got", g1, g2)
        return g1 * 2, None


with fwAD.dual_level():
    Unmaterialized.apply(fwAD.make_dual(x, t), x)
xr = x.clone().requires_grad_()
Unmaterialized.apply(xr, x)[0].sum().backward()


class NonDifferentiable(Function):
    @staticmethod
    def forward(ctx, x):
        v = x * 3
        ctx.mark_non_differentiable(v)
        return x * 2, v

    @staticmethod
    def backward(ctx, g1, g2):
        print("non-differentiable backward got", g1, g2)
        return g1 * 2


a, v = NonDifferentiable.apply(xr)
print("non-differentiable", a.requires_grad, v.requires_grad, v.grad_fn)
a.sum().backward()


class Dirty(Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2


xr = x.clone().requires_grad_()
y = xr.mul(1)
z = Dirty.apply(y)
print("dirty", z is y, type(z.grad_fn).__name__, z)
z.sum().backward()
print("dirty grad", xr.grad)
try:
    Dirty.apply(xr)
except RuntimeError as e:
    print("dirty leaf:", e)


class DirtyNotReturned(Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x * 1

    @staticmethod
    def backward(ctx, g):
        return g * 2


try:
    DirtyNotReturned.apply(xr.mul(1))
except RuntimeError as e:
    print("dirty not returned:", e)


class DirtyJvp(Dirty):
    """jvp of an in-place doubling: new tangents are refused, the tangent doubled in place is taken."""
    in_place = False

    @staticmethod
    def jvp(ctx, tx):
        return tx.mul_(2) if DirtyJvp.in_place else tx * 2


with fwAD.dual_level():
    try:
        DirtyJvp.apply(fwAD.make_dual(x.clone(), t.clone()))
    except RuntimeError as e:
        print("dirty jvp not in place:", e)
    DirtyJvp.in_place = True
    given = t.clone()
    out = DirtyJvp.apply(fwAD.make_dual(x.clone(), given))
    print("dirty jvp in place:", fwAD.unpack_dual(out).tangent, given)


class Identity(Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g


w = xr.mul(1)
r = Identity.apply(w)
print("returned input:", r is w, r._base is w, type(w.grad_fn).__name__)


class Once(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2

    @staticmethod
    @once_differentiable
    def backward(ctx, g):
        x, = ctx.saved_tensors
        print("once: grad enabled", torch.is_grad_enabled())
        return 2 * x * g


xq = x.clone().requires_grad_()
go = torch.ones(2, dtype=d, requires_grad=True)
gq, = torch.autograd.grad(Once.apply(xq * 1), xq, go, create_graph=True)
print("once grad", gq, gq.requires_grad)
try:
    gq.sum().backward()
except RuntimeError as e:
    print("once twice:", e)

with fwAD.dual_level():
    base = torch.tensor([1., 2., 3., 4.], dtype=d)
    view = base.narrow(0, 1, 2)
    view.mul_(fwAD.make_dual(torch.tensor([5., 6.], dtype=d), torch.tensor([1., 10.], dtype=d)))
    print("view write", fwAD.unpack_dual(base).tangent, fwAD.unpack_dual(view).tangent)
    b = fwAD.make_dual(torch.tensor([1., 2., 3., 4.], dtype=d), torch.ones(4, dtype=d))
    b[1:3].mul_(3)
    print("dual base", fwAD.unpack_dual(b).tangent)
    c = fwAD.make_dual(torch.tensor([[1., 2.], [3., 4.]], dtype=d), torch.ones(2, 2, dtype=d))
    c.t()[0].zero_()
    print("zero_ column", fwAD.unpack_dual(c).tangent)
    c = fwAD.make_dual(torch.tensor([[1., 2.], [3., 4.]], dtype=d), torch.ones(2, 2, dtype=d))
    c[:, 1].copy_(torch.tensor([7., 8.], dtype=d))
    print("copy_ column", fwAD.unpack_dual(c).tangent)

xr = torch.tensor([1., 2., 3.], dtype=d, requires_grad=True)
base = xr.mul(1)
view = base[0:2]
out = Dirty.apply(view)
print("dirty view", type(out.grad_fn).__name__, type(base.grad_fn).__name__, base)
(base * torch.tensor([1., 10., 100.], dtype=d)).sum().backward()
print("dirty view grad", xr.grad)
