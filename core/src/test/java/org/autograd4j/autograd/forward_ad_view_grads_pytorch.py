"""Writes forward_ad_view_grads.txt for ForwardADViewGradTest: reverse mode over the tangents of views
after a dual value is written into a view of their base, in PyTorch 1.13 (/usr/bin/python3, from any
directory). A view's tangent is a view of its base's tangent, which the write updates in place with its
history recorded, so the gradients of a view's tangent reach the write's source and its tangent.

Each case opens a level, makes the base x (3 x 4), takes u = x[1] and uu = x[1][0:2], writes a dual
make_dual(s, sT) into a view of x (a plain tensor, or a dual whose tangent t0 is plain, a leaf
that requires grad, or computed from such a leaf), takes w = x[:, 1:3], and for each of x, u, uu, w prints one line:
"base write read | tangent's grad_fn | tangent... | d/ds... | d/dsT... | d/dt0..." of the tangent
weighted by weights(read) and summed ("-" for an input that does not require grad, "none" for one the
tangent does not depend on).
"""
import os

import torch
import torch.autograd.forward_ad as fwAD

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "resources", "org", "autograd4j", "autograd",
                   "forward_ad_view_grads.txt")

torch.set_default_dtype(torch.float64)

P = torch.arange(12.).reshape(3, 4) / 10 - 0.3
T0 = torch.arange(12.).reshape(3, 4) / 20 + 0.1
S = [0.5, -1.0, 2.0, 1.5]
ST = [1.0, 2.0, -0.5, 3.0]


def weights(shape):
    """Distinct weights for a read of this shape, so the gradient shows which element went where."""
    n = 1
    for d in shape:
        n *= d
    return (torch.arange(float(n)) * 0.5 - 1.0).reshape(shape)


def plain():
    return P.clone(), None


def dual():
    return fwAD.make_dual(P.clone(), T0.clone()), None


def dual_leaf():
    t0 = T0.clone().requires_grad_()
    return fwAD.make_dual(P.clone(), t0), t0


def dual_of_graph():
    t0 = T0.clone().requires_grad_()
    return fwAD.make_dual(P.clone(), t0 * 1), t0


BASES = {"plain": plain, "dual": dual, "dualLeaf": dual_leaf, "dualOfGraph": dual_of_graph}

# name: (target of the write, op, whether s requires grad)
WRITES = {
    "copy": (lambda x: x[1], "copy", True),
    "add": (lambda x: x[1], "add", True),
    "mul": (lambda x: x[1], "mul", True),
    "copyT": (lambda x: x[1], "copy", False),
    "mulT": (lambda x: x[1], "mul", False),
    "viewOfViewCopy": (lambda x: x[1][1:3], "copy", True),
    "viewOfViewMul": (lambda x: x[1][1:3], "mul", True),
}


def fmt(t):
    if t._is_zerotensor():  # a gradient through a zero tangent: PyTorch's lazy zeros
        t = torch.zeros(t.shape)
    return " ".join(repr(v) for v in t.reshape(-1).tolist())


def grads(out, inputs):
    wanted = [i for i in inputs if i is not None and i.requires_grad]
    if not out.requires_grad or not wanted:
        found = {}
    else:
        found = dict(zip(map(id, wanted), torch.autograd.grad(out, wanted, retain_graph=True, allow_unused=True)))
    parts = []
    for i in inputs:
        if i is None or not i.requires_grad:
            parts.append("-")
        else:
            g = found.get(id(i))
            parts.append("none" if g is None else fmt(g))
    return parts


def case(base_name, write_name):
    target, op, source_requires_grad = WRITES[write_name]
    with fwAD.dual_level():
        x, t0 = BASES[base_name]()
        u = x[1]
        uu = x[1][0:2]
        view = target(x)
        n = view.numel()
        s = torch.tensor(S[:n]).requires_grad_(source_requires_grad)
        st = torch.tensor(ST[:n]).requires_grad_()
        try:
            getattr(view, op + "_")(fwAD.make_dual(s, st))
        except RuntimeError as e:
            return [f"{base_name} {write_name} error | {str(e).splitlines()[0]}"]
        w = x[:, 1:3]
        lines = []
        for read_name, read in (("x", x), ("u", u), ("uu", uu), ("w", w)):
            tangent = fwAD.unpack_dual(read).tangent
            name = tangent.grad_fn.name() if tangent.grad_fn is not None else "None"
            out = (tangent * weights(tangent.shape)).sum()
            parts = [f"{base_name} {write_name} {read_name}", name, fmt(tangent)] + grads(out, [s, st, t0])
            lines.append(" | ".join(parts))
        return lines


lines = []
for base_name in BASES:
    for write_name in WRITES:
        lines.extend(case(base_name, write_name))
with open(OUT, "w") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
