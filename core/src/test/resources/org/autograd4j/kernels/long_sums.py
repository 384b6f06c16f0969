#!/usr/bin/env python3
"""Regenerates long_sums.txt, PyTorch 1.13's float32 sums of long generated runs, for LaneSumsTest.

Run with a Python that has torch 1.13 and numpy:
    python3 core/src/test/resources/org/autograd4j/kernels/long_sums.py
Each case's elements come from an integer hash of the index, mapped to floats by exact operations
(power-of-two scales, small integer offsets), so LaneSumsTest rebuilds the same bits in Java. Each
line: case name, length, PyTorch's float32 sum (on one thread, so that the thread count does not
change its order; its vector width does, so say where it ran: an AVX2 Zen 3 for the committed file)
and the exact sum (math.fsum, correctly rounded to float64), both as float.hex.
"""
import math
import pathlib

import numpy as np
import torch

assert torch.__version__.startswith("1.13"), torch.__version__


def hashes(n):
    """The same uint32 hash of 0..n-1 as LaneSumsTest.hash."""
    h = np.arange(n, dtype=np.uint32) * np.uint32(0x9E3779B1)
    h ^= h >> np.uint32(15)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    return h


def uniform(h, i):
    """(-1, 1) in steps of 2^-23."""
    return ((h >> 8).astype(np.float64) - 2.0 ** 23) * 2.0 ** -23


def one_plus_tiny(h, i):
    """1 + k 2^-23, k in 0..7: every partial sum of a long run is inexact in float."""
    return 1.0 + (h & 7).astype(np.float64) * 2.0 ** -23


def alternating(h, i):
    """Large (1024 to 1280) and tiny (below 2^-10) in turn."""
    large = 1024.0 + (h >> 11).astype(np.float64) * 2.0 ** -13
    tiny = (h >> 8).astype(np.float64) * 2.0 ** -34
    return np.where(i % 2 == 0, large, tiny)


def cancelling(h, i):
    """a, -a, small in turn (a in 4096 to 8192, small in [0, 1)): the sum is the small terms'."""
    big = 4096.0 + (h >> 12).astype(np.float64) * 2.0 ** -8
    previous = np.roll(big, 1)
    small = (h >> 8).astype(np.float64) * 2.0 ** -24
    return np.where(i % 3 == 0, big, np.where(i % 3 == 1, -previous, small))


CASES = [
    ("uniform", 1 << 24, uniform),
    ("one_plus_tiny", 1 << 24, one_plus_tiny),
    ("alternating", (1 << 24) - 5, alternating),
    ("cancelling", 3_000_001, cancelling),
]

torch.set_num_threads(1)
lines = []
for name, n, values in CASES:
    x64 = values(hashes(n), np.arange(n))
    x = x64.astype(np.float32)
    assert np.array_equal(x.astype(np.float64), x64), name + ": a value is not exact in float32"
    torch_sum = float(torch.from_numpy(x).sum())
    exact = math.fsum(x.astype(np.float64).tolist())
    lines.append(f"{name} {n} {torch_sum.hex()} {exact.hex()}")
pathlib.Path(__file__).with_name("long_sums.txt").write_text("\n".join(lines) + "\n")
print("\n".join(lines))
