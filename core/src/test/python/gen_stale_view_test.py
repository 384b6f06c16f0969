"""Writes ops/stale_views.txt for StaleViewTest: PyTorch 1.13's node and gradients for a view taken
before an in-place write into its base (x = ones(3, 2), t = full((2,), 5.), y = x * 2, v = view(y),
write(y, t), (v * 3).sum().backward()), one line per view and write:
"view write grad_fn_name x.grad... | t.grad...".

Also writes ops/stale_views_without_history.txt: the same views taken while the base had no history
(y = ones(3, 2) * 2, no tensor requiring grad), which the write then gives one, one line per view and
write: "view write grad_fn_name requires_grad | t.grad...".

Run with /usr/bin/python3 from any directory.
"""
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "resources", "org", "autograd4j", "ops")
OUT = os.path.join(RESOURCES, "stale_views.txt")
OUT_WITHOUT_HISTORY = os.path.join(RESOURCES, "stale_views_without_history.txt")

torch.set_default_dtype(torch.float64)

VIEWS = {
    "select": lambda y: y.select(0, 1),
    "narrow": lambda y: y.narrow(0, 1, 1),
    "transpose": lambda y: y.t(),
    "viewOfView": lambda y: y.t().select(1, 1),
}


def write_set(y, t):
    y[1] = t


def write_copy(y, t):
    y.select(0, 1).copy_(t)


def write_add(y, t):
    y.select(0, 1).add_(t)


def write_base(y, t):
    y.mul_(t.sum())


WRITES = {"set": write_set, "copy": write_copy, "add": write_add, "base": write_base}


def fmt(values):
    return " ".join(repr(v) for v in values)


lines = []
for view_name, view in VIEWS.items():
    for write_name, write in WRITES.items():
        x = torch.ones(3, 2, requires_grad=True)
        t = torch.full((2,), 5.0, requires_grad=True)
        y = x.mul(2)
        v1 = view(y)
        write(y, t)
        name = type(v1.grad_fn).__name__
        (v1 * 3).sum().backward()
        lines.append(f"{view_name} {write_name} {name} {fmt(x.grad.flatten().tolist())} | {fmt(t.grad.tolist())}\n")

with open(OUT, "w") as out:
    out.writelines(lines)

lines = []
for view_name, view in VIEWS.items():
    for write_name, write in WRITES.items():
        t = torch.full((2,), 5.0, requires_grad=True)
        y = torch.ones(3, 2) * 2
        v1 = view(y)
        write(y, t)
        name = type(v1.grad_fn).__name__
        requires_grad = v1.requires_grad
        (v1 * 3).sum().backward()
        lines.append(f"{view_name} {write_name} {name} {str(requires_grad).lower()} | {fmt(t.grad.tolist())}\n")

with open(OUT_WITHOUT_HISTORY, "w") as out:
    out.writelines(lines)
