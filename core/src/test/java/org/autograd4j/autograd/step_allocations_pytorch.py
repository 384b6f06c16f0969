"""What PyTorch 1.13 allocates for tanh(x*w + b).sum().backward() (StepAllocationTest's bound).

Run with /usr/bin/python3; prints the arrays of n floats allocated in one step, each with the op
that allocated it, and whether b's gradient is the tanh gradient itself (it is not: AddBackward0
hands that tensor to b's AccumulateGrad and to MulBackward0, so AccumulateGrad sees two references
and copies it).
"""
import torch
from torch.profiler import ProfilerActivity, profile

n = 1 << 20
x = torch.randn(n)
w = torch.randn(n, requires_grad=True)
b = torch.randn(n, requires_grad=True)


def step():
    x.mul(w).add(b).tanh().sum().backward()


step()
w.grad = b.grad = None
with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
    step()
# Count each allocation once, at the innermost op that made it (the outer ones report it too).
arrays = [e.name for e in prof.events()
          if e.cpu_memory_usage == 4 * n and not any(c.cpu_memory_usage == 4 * n for c in e.cpu_children)]
print(len(arrays), "arrays of n floats:", ", ".join(arrays))

w.grad = b.grad = None
seen = []
y = x.mul(w).add(b)
y.register_hook(lambda g: seen.append(g.data_ptr()))
y.tanh().sum().backward()
print("b.grad is the tanh gradient itself:", b.grad.data_ptr() == seen[0])
