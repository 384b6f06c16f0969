"""The PyTorch side of bench/compare.sh: each workload of autograd4j's bench runner, computed the
same way with PyTorch, printed as one JSON line of the same shape.

Run with Debian's interpreter, which has torch 1.13 and OpenBLAS:
  /usr/bin/python3 bench/torch_side.py WORKLOAD [--key value ...]
Workloads: matmul, overhead, micrograd, mlp, cnn, elementwise, fused, linalg (see bench/README.md).
With TORCH_SIDE_PROFILE=1 each workload also prints PyTorch's profiler table to stderr.
"""
import argparse
import ctypes
import json
import math
import os
import random
import statistics
import sys
import time

import torch

import machine_readings


def set_threads(n):
    """torch.set_num_threads does not reach Debian's OpenBLAS (libblas.so.3): set both."""
    torch.set_num_threads(n)
    for name in ("libopenblas.so.0", "libblas.so.3"):
        try:
            ctypes.CDLL(name, mode=ctypes.RTLD_GLOBAL).openblas_set_num_threads(ctypes.c_int(n))
            return
        except (OSError, AttributeError):
            continue


def timed(fn, reps=7, min_s=0.3):
    """Warm up, grow an inner loop to at least min_s/3 seconds, then the median of reps repetitions (ms/call):
    median, min and max wall time, and the median CPU time of the process per call (all its threads, so
    OpenBLAS's workers spinning while they wait for work count too), comparable with the runner's cpu_ms
    on a machine too busy for wall times; last, what the machine did meanwhile (machine_readings.py)."""
    for _ in range(3):
        fn()
    n = 1
    while True:
        t = time.perf_counter()
        for _ in range(n):
            fn()
        if time.perf_counter() - t >= min_s / 3:
            break
        n *= 2
    times, cpu = [], []
    readings = machine_readings.start()
    for _ in range(reps):
        t, c = time.perf_counter(), time.process_time()
        for _ in range(n):
            fn()
        times.append((time.perf_counter() - t) * 1000 / n)
        cpu.append((time.process_time() - c) * 1000 / n)
    machine = machine_readings.finish(readings)
    if os.environ.get("TORCH_SIDE_PROFILE"):
        profile(fn, n)
    return statistics.median(times), min(times), max(times), statistics.median(cpu), machine


def profile(fn, calls):
    """With TORCH_SIDE_PROFILE set: PyTorch's own profiler over one more repetition (at least 20 calls), self
    CPU time per op to stderr (cProfile would only see the Python calls into the library)."""
    with torch.profiler.profile(activities=[torch.profiler.ProfilerActivity.CPU]) as prof:
        for _ in range(max(calls, 20)):
            fn()
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=15), file=sys.stderr)


def emit(workload, params, t, metrics):
    line = {"workload": workload}
    line.update(params)
    line.update({"median_ms": t[0], "min_ms": t[1], "max_ms": t[2], "cpu_ms": t[3]})
    line.update(metrics)
    line.update(t[4])
    line.update({"torch": torch.__version__})
    print(json.dumps(line))


def matmul(a):
    set_threads(a.threads)
    dtype = torch.float32 if a.dtype == "float32" else torch.float64
    x, y = torch.randn(a.n, a.n, dtype=dtype), torch.randn(a.n, a.n, dtype=dtype)
    out = torch.empty(a.n, a.n, dtype=dtype)
    t = timed(lambda: torch.mm(x, y, out=out))
    emit("matmul", {"n": a.n, "threads": a.threads, "dtype": a.dtype}, t, {"gflops": 2 * a.n ** 3 / (t[0] / 1000) / 1e9})


def overhead(a):
    set_threads(1)
    shape = [int(s) for s in a.shape.split(",") if s]
    x = torch.randn(shape, requires_grad=True)

    def chain():
        y = x
        for i in range(a.ops):
            y = y * 1.0001 if i % 2 == 0 else y + 0.5
        return y.sum()

    def both():
        chain().backward()
        x.grad = None

    def no_grad():
        with torch.no_grad():
            chain()

    t = timed(both)
    per_op = 1000.0 / (a.ops + 1)
    emit("overhead", {"shape": str(shape), "ops": a.ops, "threads": 1}, t,
         {"us_per_op": t[0] * per_op, "us_per_op_forward": timed(chain)[0] * per_op,
          "us_per_op_no_grad": timed(no_grad)[0] * per_op})


def micrograd(a):
    set_threads(1)
    rnd = random.Random(1337)
    sizes = [2, 16, 16, 1]
    params, layers = [], []
    for l in range(3):
        neurons = []
        for _ in range(sizes[l + 1]):
            wb = [torch.tensor(rnd.uniform(-1, 1), requires_grad=True) for _ in range(sizes[l])]
            wb.append(torch.tensor(0.0, requires_grad=True))
            params += wb
            neurons.append(wb)
        layers.append(neurons)
    points, labels = [], []
    for i in range(a.points):
        t = math.pi * rnd.random()
        up = i % 2 == 0
        x0, x1 = (math.cos(t), math.sin(t)) if up else (1 - math.cos(t), 0.5 - math.sin(t))
        points.append([torch.tensor(x0 + rnd.gauss(0, 0.1)), torch.tensor(x1 + rnd.gauss(0, 0.1))])
        labels.append(1.0 if up else -1.0)

    def score(x):
        for l, neurons in enumerate(layers):
            out = []
            for wb in neurons:
                act = wb[-1]
                for wi, xi in zip(wb[:-1], x):
                    act = act + wi * xi
                out.append(torch.tanh(act) if l + 1 < len(layers) else act)
            x = out
        return x[0]

    def step():
        data = None
        for x, y in zip(points, labels):
            m = (score(x) * -y + 1).relu()
            data = m + 0 if data is None else data + m
        reg = None
        for p in params:
            reg = p * p + 0 if reg is None else reg + p * p
        (data * (1.0 / len(points)) + reg * 1e-4).backward()
        for p in params:
            p.grad = None

    t = timed(step)
    emit("micrograd", {"points": a.points, "params": len(params), "threads": 1}, t, {"ms": t[0]})


def mlp(a):
    set_threads(a.threads)
    torch.manual_seed(0)
    sizes = [int(s) for s in a.model.split("-")]
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i + 2 < len(sizes):
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    if a.opt == "sgd":
        opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    else:
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x, y = torch.randn(a.batch, sizes[0]), torch.randint(0, sizes[-1], (a.batch,))

    def step():
        opt.zero_grad(set_to_none=True)
        torch.nn.functional.cross_entropy(model(x), y).backward()
        opt.step()

    t = timed(step)
    emit("mlp", {"model": a.model, "batch": a.batch, "opt": a.opt, "threads": a.threads}, t, {"ms_per_step": t[0]})


def cnn(a):
    set_threads(a.threads)
    torch.manual_seed(0)
    nn = torch.nn
    model = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(64 * 5 * 5, 128), nn.ReLU(), nn.Linear(128, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    x, y = torch.randn(a.batch, 1, 28, 28), torch.randint(0, 10, (a.batch,))

    def step():
        opt.zero_grad(set_to_none=True)
        torch.nn.functional.cross_entropy(model(x), y).backward()
        opt.step()

    t = timed(step)
    emit("cnn", {"batch": a.batch, "threads": a.threads}, t, {"ms_per_step": t[0]})


def elementwise(a):
    set_threads(a.threads)
    dtype = getattr(torch, a.dtype)
    x = torch.randn(4096, a.size // 4096, dtype=dtype) if a.op == "softmax" else torch.randn(a.size, dtype=dtype)
    y = torch.randn(a.size, dtype=dtype)
    ops = {"add": (lambda: x + y, 3), "mul": (lambda: x * y, 3), "exp": (lambda: torch.exp(x), 2),
           "tanh": (lambda: torch.tanh(x), 2), "sum": (lambda: x.sum(), 1),
           "softmax": (lambda: torch.softmax(x, dim=-1), 2)}
    fn, arrays = ops[a.op]
    t = timed(fn)
    emit("elementwise", {"op": a.op, "size": a.size, "threads": a.threads, "dtype": a.dtype}, t,
         {"gbps": x.element_size() * a.size * arrays / (t[0] / 1000) / 1e9})


def fused(a):
    set_threads(a.threads)
    x = torch.randn(a.size)
    w = torch.randn(a.size, requires_grad=True)
    b = torch.randn(a.size, requires_grad=True)

    def step():
        torch.tanh(x * w + b).sum().backward()
        w.grad = None
        b.grad = None

    t = timed(step)
    emit("fused", {"size": a.size, "threads": a.threads}, t, {"ms": t[0]})


def linalg(a):
    # the kernels of autograd4j's linalg ops run on one thread, so PyTorch is timed on one too
    set_threads(1)
    dtype = getattr(torch, a.dtype)
    shape = (a.n, a.n) if a.matrices == 0 else (a.matrices, a.n, a.n)
    x = torch.randn(shape, dtype=dtype)
    eye = a.n * torch.eye(a.n, dtype=dtype)
    m = x + eye
    spd = x @ x.mT + eye
    b = torch.randn(shape, dtype=dtype)
    ops = {"det": lambda: torch.linalg.det(m), "inv": lambda: torch.linalg.inv(m),
           "solve": lambda: torch.linalg.solve(m, b), "cholesky": lambda: torch.linalg.cholesky(spd),
           "svd": lambda: torch.linalg.svd(m, full_matrices=False), "eigh": lambda: torch.linalg.eigh(spd)}
    t = timed(ops[a.op])
    emit("linalg", {"op": a.op, "n": a.n, "matrices": a.matrices, "dtype": a.dtype, "threads": 1}, t, {"ms": t[0]})


def main():
    p = argparse.ArgumentParser()
    p.add_argument("workload")
    p.add_argument("--n", type=int, default=1024)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--dtype", default="float32")
    p.add_argument("--shape", default="4")
    p.add_argument("--ops", type=int, default=100)
    p.add_argument("--points", type=int, default=16)
    p.add_argument("--model", default="784-512-256-10")
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--opt", default="sgd")
    p.add_argument("--op", default="add")
    p.add_argument("--size", type=int, default=1 << 24)
    p.add_argument("--matrices", type=int, default=0)
    a = p.parse_args()
    {"matmul": matmul, "overhead": overhead, "micrograd": micrograd, "mlp": mlp, "cnn": cnn,
     "elementwise": elementwise, "fused": fused, "linalg": linalg}[a.workload](a)


if __name__ == "__main__":
    main()
