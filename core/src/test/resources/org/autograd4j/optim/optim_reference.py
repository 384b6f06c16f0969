"""Reference values for OptimizerReferenceTest, made with PyTorch 1.13 (Debian's python3-torch):

    /usr/bin/python3 optim_reference.py > optim_reference.txt

A small model, loss = mean((tanh(x @ W.T + b) @ V - y)^2), is trained for 20 steps by each optimizer
configuration below (L-BFGS: a few steps of many iterations each), in float64 and float32. V is a non-contiguous leaf (a transposed tensor), so
the optimizers' strided path is checked too. Every line is
    <case> <dtype> <what> <values...>
with <what> one of: x, y, W, b, V (the inputs and initial parameters; in the 'init' case),
p0, p1, p2 (the parameters after the steps), lr (the learning rate of each group after each step).
Numbers are Python reprs, which Java's Double.parseDouble reads exactly.
"""
import math
import torch

STEPS = 20


def values(t):
    return " ".join(repr(v) for v in t.detach().reshape(-1).double().tolist())


def init(dtype):
    x = torch.tensor([[math.cos(0.7 * (4 * i + j)) for j in range(4)] for i in range(5)], dtype=dtype)
    y = torch.tensor([[math.sin(0.3 * (2 * i + j) + 1) for j in range(2)] for i in range(5)], dtype=dtype)
    w = torch.tensor([[0.5 * math.sin(1 + 4 * i + j) for j in range(4)] for i in range(3)], dtype=dtype)
    b = torch.tensor([0.1 * math.cos(i) for i in range(3)], dtype=dtype)
    v_base = torch.tensor([[0.3 * math.sin(0.5 * (3 * i + j) + 2) for j in range(3)] for i in range(2)], dtype=dtype)
    return x, y, w, b, v_base


def model(dtype, contiguous=False):
    x, y, w, b, v_base = init(dtype)
    v = v_base.t().contiguous() if contiguous else v_base.t()
    params = [w.requires_grad_(), b.requires_grad_(), v.requires_grad_()]
    return x, y, params


def loss_of(x, y, params):
    w, b, v = params
    return ((torch.tanh(x @ w.t() + b) @ v - y) ** 2).mean()


O = torch.optim
# name -> (make optimizer from the three params, make scheduler or None)
OPTIMIZERS = {
    "sgd": lambda p: O.SGD(p, lr=0.1),
    "sgd_momentum": lambda p: O.SGD(p, lr=0.1, momentum=0.9),
    "sgd_dampening_decay": lambda p: O.SGD(p, lr=0.1, momentum=0.9, dampening=0.1, weight_decay=0.01),
    "sgd_nesterov": lambda p: O.SGD(p, lr=0.1, momentum=0.9, weight_decay=0.01, nesterov=True),
    "sgd_maximize": lambda p: O.SGD(p, lr=0.01, momentum=0.5, maximize=True),
    "sgd_groups": lambda p: O.SGD([{"params": [p[0]], "lr": 0.05}, {"params": [p[1], p[2]]}], lr=0.1,
                                  momentum=0.9),
    "adam": lambda p: O.Adam(p, lr=0.01),
    "adam_options": lambda p: O.Adam(p, lr=0.01, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1),
    "adam_amsgrad": lambda p: O.Adam(p, lr=0.01, amsgrad=True),
    "adam_maximize": lambda p: O.Adam(p, lr=0.01, weight_decay=0.1, maximize=True),
    "adamw": lambda p: O.AdamW(p, lr=0.01),
    "adamw_amsgrad": lambda p: O.AdamW(p, lr=0.01, betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True),
    "rmsprop": lambda p: O.RMSprop(p, lr=0.01),
    "rmsprop_centered_momentum": lambda p: O.RMSprop(p, lr=0.01, alpha=0.9, eps=1e-6, weight_decay=0.01,
                                                     momentum=0.5, centered=True),
    "rmsprop_maximize": lambda p: O.RMSprop(p, lr=0.001, momentum=0.2, maximize=True),
    "adagrad": lambda p: O.Adagrad(p, lr=0.1),
    "adagrad_options": lambda p: O.Adagrad(p, lr=0.1, lr_decay=0.01, weight_decay=0.01,
                                           initial_accumulator_value=0.1, eps=1e-8),
    "adadelta": lambda p: O.Adadelta(p),
    "adadelta_options": lambda p: O.Adadelta(p, lr=0.5, rho=0.8, eps=1e-5, weight_decay=0.01, maximize=False),
}

# L-BFGS re-evaluates the model through a closure; name -> (make optimizer, steps). With lr=1 and
# many iterations, L-BFGS on this model is chaotic (gradients perturbed by one rounding move the
# float64 result by 1e-4), so the cases are configurations where it is not (below 1e-14 in float64).
LBFGS_CASES = {
    "lbfgs_history": (lambda p: O.LBFGS(p, lr=0.5, max_iter=4, history_size=3), 5),
    "lbfgs_strong_wolfe": (lambda p: O.LBFGS(p, max_iter=5, line_search_fn="strong_wolfe"), 2),
    "lbfgs_strong_wolfe_history": (lambda p: O.LBFGS(p, max_iter=4, history_size=3,
                                                     line_search_fn="strong_wolfe"), 3),
}


def emit(case, dtype, what, tensor_or_list):
    name = "float64" if dtype == torch.float64 else "float32"
    text = values(tensor_or_list) if torch.is_tensor(tensor_or_list) else " ".join(repr(v) for v in tensor_or_list)
    print(case, name, what, text)


def train(make_opt, dtype):
    x, y, params = model(dtype)
    opt = make_opt(params)
    for _ in range(STEPS):
        opt.zero_grad()
        loss_of(x, y, params).backward()
        opt.step()
    return params


def train_with_closure(make_opt, steps, dtype):
    x, y, params = model(dtype, contiguous=True)  # PyTorch's L-BFGS views gradients flat: no strided V
    opt = make_opt(params)

    def closure():
        opt.zero_grad()
        loss = loss_of(x, y, params)
        loss.backward()
        return loss

    for _ in range(steps):
        opt.step(closure)
    return params


def main():
    for dtype in (torch.float64, torch.float32):
        for what, t in zip(("x", "y", "W", "b", "V"), init(dtype)):
            emit("init", dtype, what, t)
        for case, make in OPTIMIZERS.items():
            for i, p in enumerate(train(make, dtype)):
                emit(case, dtype, "p%d" % i, p)
        for case, (make, steps) in LBFGS_CASES.items():
            for i, p in enumerate(train_with_closure(make, steps, dtype)):
                emit(case, dtype, "p%d" % i, p)


main()
