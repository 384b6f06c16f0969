"""Reference values for SchedulerReferenceTest, made with PyTorch 1.13 (Debian's python3-torch):

    /usr/bin/python3 lr_reference.py > lr_reference.txt

The model of optim_reference.py (float64) is trained for 20 steps; after each optimizer step the
scheduler steps (ReduceLROnPlateau with the step's loss). Lines: <case> float64 <what> <values...>
with <what> lr0/lr1 (each group's learning rate after every scheduler step, starting with the
value set on construction) and p0, p1, p2 (the parameters at the end).
"""
import math
import torch
from torch.optim import lr_scheduler as S

exec(open(__file__.replace("lr_reference.py", "optim_reference.py")).read().split("\nO = torch.optim")[0])

STEPS = 20
O = torch.optim


def sgd(p):
    return O.SGD(p, lr=0.1, momentum=0.9)


def sequential(opt):
    return S.SequentialLR(opt, [S.LinearLR(opt, 0.1, 1.0, 4), S.CosineAnnealingLR(opt, T_max=10)], milestones=[5])


# name -> (make optimizer, make scheduler)
CASES = {
    "step": (sgd, lambda o: S.StepLR(o, step_size=3, gamma=0.5)),
    "multistep": (sgd, lambda o: S.MultiStepLR(o, milestones=[2, 5, 5, 9], gamma=0.5)),
    "exponential": (sgd, lambda o: S.ExponentialLR(o, gamma=0.9)),
    "cosine": (sgd, lambda o: S.CosineAnnealingLR(o, T_max=7, eta_min=0.01)),
    "linear": (sgd, lambda o: S.LinearLR(o, start_factor=0.25, end_factor=0.9, total_iters=8)),
    "lambda": (sgd, lambda o: S.LambdaLR(o, lambda e: 1.0 / (1 + e))),
    "onecycle": (sgd, lambda o: S.OneCycleLR(o, max_lr=0.5, total_steps=20)),
    "onecycle_adam_three_phase": (lambda p: O.Adam(p, lr=0.01),
                                  lambda o: S.OneCycleLR(o, max_lr=0.05, total_steps=25, pct_start=0.25,
                                                         anneal_strategy="linear", three_phase=True)),
    "plateau": (sgd, lambda o: S.ReduceLROnPlateau(o, factor=0.5, patience=1, threshold=0.1)),
    "sequential": (sgd, sequential),
    "step_groups": (lambda p: O.SGD([{"params": [p[0]], "lr": 0.05}, {"params": [p[1], p[2]]}], lr=0.1,
                                    momentum=0.9),
                    lambda o: S.StepLR(o, step_size=4, gamma=0.3)),
}


def main():
    dtype = torch.float64
    for case, (make_opt, make_sched) in CASES.items():
        x, y, params = model(dtype)
        opt = make_opt(params)
        sched = make_sched(opt)
        lrs = [[g["lr"] for g in opt.param_groups]]
        for _ in range(STEPS):
            opt.zero_grad()
            loss = loss_of(x, y, params)
            loss.backward()
            opt.step()
            if isinstance(sched, S.ReduceLROnPlateau):
                sched.step(loss.item())
            else:
                sched.step()
            lrs.append([g["lr"] for g in opt.param_groups])
        for g in range(len(opt.param_groups)):
            print(case, "float64", "lr%d" % g, " ".join(repr(float(step[g])) for step in lrs))
        for i, p in enumerate(params):
            print(case, "float64", "p%d" % i, " ".join(repr(v) for v in p.detach().reshape(-1).tolist()))


main()
