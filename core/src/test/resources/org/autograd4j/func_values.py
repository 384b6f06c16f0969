"""Reference values for FuncTransformsTest, from PyTorch 1.13's functorch (torch.func in 2.x) and
torch.autograd.functional. Run with PyTorch 1.13: python3 func_values.py > func_values.txt"""
import functorch
import torch
from torch.autograd.functional import vhp

torch.set_printoptions(precision=17)
x = torch.tensor([0.5, -1.2, 2.0], dtype=torch.float64)
w = torch.tensor([[0.3, -0.7, 1.1], [0.9, 0.2, -0.4]], dtype=torch.float64)
v = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)


def g(x):
    return x.tanh() * x.sum()


def f(x):
    return (x.sin() * x * x.sum()).sum()


def h(x, w):
    return w.mv(x).tanh()


def line(name, t):
    print(name, " ".join(repr(float(e)) for e in t.reshape(-1)))


line("jacrev_g", functorch.jacrev(g)(x))
line("jacfwd_g", functorch.jacfwd(g)(x))
line("jacrev_h_w", functorch.jacrev(h, argnums=1)(x, w))
line("jacfwd_h_w", functorch.jacfwd(h, argnums=1)(x, w))
line("hessian_f", functorch.hessian(f)(x))
grad, value = functorch.grad_and_value(f)(x)
line("grad_f", grad)
line("value_f", value)
line("vhp_f", vhp(f, x, v)[1])
