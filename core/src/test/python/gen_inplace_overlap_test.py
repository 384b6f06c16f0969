#!/usr/bin/env python3
"""Records what PyTorch 1.13 does with in-place writes into views whose elements share memory.

Run with a Python that has torch 1.13:
    python3 core/src/test/python/gen_inplace_overlap_test.py
Writes two resources for the tests beside them:
- ops/inplace_overlap.txt, for InPlaceOverlapTest: each in-place op applied to
  arange(3.).reshape(1, 3).expand(4, 3) (and a few to its regions), one line per case:
  "name refused" (assert_no_internal_overlap's error), "name deprecated" (PyTorch warns that
  the op on an expanded tensor is deprecated and writes anyway; autograd4j refuses with that
  warning as its message) or "name ok v0 v1 v2" (no warning; the base's three values after).
  The Java test keeps a lambda per name mirroring the Python one.
- tensor/memory_overlap.txt, for MemoryOverlapTest: "shape strides answer" per layout, the
  answer being torch._debug_has_internal_overlap (0 NO, 1 YES, 2 TOO_HARD); a 0-d
  layout is "- -".
"""
import os
import warnings

import torch
import torch.nn.functional as F

assert torch.__version__.startswith("1.13"), torch.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "resources", "org", "autograd4j")

IDX = torch.tensor([[0, 1, 2], [1, 2, 0]])
ROWS = torch.full((4, 3), 0.5)
MASK = torch.tensor([True, False, True])
ONES = torch.ones(3)

CASES = {
    "abs_": lambda x: x.abs_(),
    "add_": lambda x: x.add_(1),
    "add_tensor": lambda x: x.add_(ONES),
    "addcdiv_": lambda x: x.addcdiv_(ONES, ONES),
    "addcmul_": lambda x: x.addcmul_(ONES, ONES),
    "bernoulli_": lambda x: x.bernoulli_(0.5),
    "bernoulli_tensor": lambda x: x.bernoulli_(ROWS),
    "cauchy_": lambda x: x.cauchy_(),
    "ceil_": lambda x: x.ceil_(),
    "clamp_": lambda x: x.clamp_(0, 1),
    "clamp_min_": lambda x: x.clamp_min_(0),
    "clamp_max_": lambda x: x.clamp_max_(0),
    "copy_": lambda x: x.copy_(torch.zeros(4, 3)),
    "copy_0d": lambda x: x.copy_(torch.tensor(2.)),
    "div_": lambda x: x.div_(2),
    "div_floor": lambda x: x.div_(2, rounding_mode="floor"),
    "exp_": lambda x: x.exp_(),
    "exponential_": lambda x: x.exponential_(),
    "fill_": lambda x: x.fill_(2),
    "floor_": lambda x: x.floor_(),
    "geometric_": lambda x: x.geometric_(0.5),
    "index_add_": lambda x: x.index_add_(0, torch.tensor([0]), torch.ones(1, 3)),
    "index_put_": lambda x: x.index_put_((torch.tensor([0]),), torch.tensor(5.)),
    "index_put_accumulate": lambda x: x.index_put_((torch.tensor([0]),), torch.tensor(5.), accumulate=True),
    "index_reduce_": lambda x: x.index_reduce_(0, torch.tensor([0]), torch.ones(1, 3), "prod"),
    "lerp_": lambda x: x.lerp_(torch.zeros(3), 0.5),
    "log_normal_": lambda x: x.log_normal_(),
    "log_": lambda x: x.log_(),
    "masked_fill_": lambda x: x.masked_fill_(MASK, 2.),
    "masked_fill_tensor": lambda x: x.masked_fill_(MASK, torch.tensor(2.)),
    "mul_": lambda x: x.mul_(2),
    "nan_to_num_": lambda x: x.nan_to_num_(),
    "neg_": lambda x: x.neg_(),
    "normal_": lambda x: x.normal_(),
    "pow_": lambda x: x.pow_(2),
    "random_": lambda x: x.random_(),
    "random_to": lambda x: x.random_(5),
    "random_from_to": lambda x: x.random_(1, 5),
    "reciprocal_": lambda x: x.reciprocal_(),
    "relu_": lambda x: x.relu_(),
    "round_": lambda x: x.round_(),
    "scatter_add_": lambda x: x.scatter_add_(1, IDX, torch.ones(2, 3)),
    "scatter_reduce_": lambda x: x.scatter_reduce_(1, IDX, torch.ones(2, 3), "sum"),
    "scatter_": lambda x: x.scatter_(1, IDX, torch.ones(2, 3)),
    "scatter_value": lambda x: x.scatter_(1, IDX, 2.),
    "sigmoid_": lambda x: x.sigmoid_(),
    "sqrt_": lambda x: x.sqrt_(),
    "sub_": lambda x: x.sub_(1),
    "tanh_": lambda x: x.tanh_(),
    "trunc_": lambda x: x.trunc_(),
    "uniform_": lambda x: x.uniform_(),
    "zero_": lambda x: x.zero_(),
    # x[indices] = value: a number or 0-d value is fill_ of the region, any other value copy_ into it
    "set_element": lambda x: x.__setitem__((0, 1), 5.),
    "set_column_number": lambda x: x.__setitem__((slice(None), 0), 5.),
    "set_row_number": lambda x: x.__setitem__(0, 5.),
    "set_all_number": lambda x: x.__setitem__(Ellipsis, 5.),
    "set_all_0d": lambda x: x.__setitem__(Ellipsis, torch.tensor(5.)),
    "set_all_tensor": lambda x: x.__setitem__(Ellipsis, torch.ones(3)),
    "set_column_tensor": lambda x: x.__setitem__((slice(None), 0), torch.ones(4)),
    "set_row_tensor": lambda x: x.__setitem__(0, torch.ones(3)),
    "set_index_tensor": lambda x: x.__setitem__(torch.tensor([0, 1]), 5.),
    "F.relu": lambda x: F.relu(x, inplace=True),
    "F.relu6": lambda x: F.relu6(x, inplace=True),
    "F.leaky_relu": lambda x: F.leaky_relu(x, inplace=True),
    "F.elu": lambda x: F.elu(x, inplace=True),
    "F.selu": lambda x: F.selu(x, inplace=True),
    "F.celu": lambda x: F.celu(x, inplace=True),
    "F.silu": lambda x: F.silu(x, inplace=True),
    "F.mish": lambda x: F.mish(x, inplace=True),
    "F.hardtanh": lambda x: F.hardtanh(x, inplace=True),
    "F.hardsigmoid": lambda x: F.hardsigmoid(x, inplace=True),
    "F.hardswish": lambda x: F.hardswish(x, inplace=True),
    "F.threshold": lambda x: F.threshold(x, 0.5, -1., inplace=True),
    "F.dropout": lambda x: F.dropout(x, 0.5, True, inplace=True),
    "F.dropout_eval": lambda x: F.dropout(x, 0.5, False, inplace=True),
}

OVERLAP_MESSAGE = "unsupported operation: more than one element of the written-to tensor refers to a single memory location"


def outcome(f):
    base = torch.arange(3.).reshape(1, 3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            f(base.expand(4, 3))
        except RuntimeError as e:
            assert str(e).startswith(OVERLAP_MESSAGE), e
            return "refused"
    if any("on expanded tensors is deprecated" in str(w.message) for w in caught):
        return "deprecated"
    return "ok " + " ".join(repr(v) for v in base.flatten().tolist())


LAYOUTS = [
    ((4, 3), (0, 1)), ((4, 3), (3, 1)), ((3, 4), (1, 3)), ((3, 2), (1, 1)), ((4, 2), (1, 1)),
    ((2, 3, 4), (0, 4, 1)), ((2, 3, 4), (1, 8, 2)), ((2, 1, 3), (3, 0, 1)), ((1, 1), (0, 0)),
    ((0, 3), (1, 0)), ((3, 0), (0, 1)), ((), ()), ((5,), (0,)), ((5,), (2,)), ((1,), (0,)),
    ((2, 2), (2, 2)), ((2, 3), (1, 2)), ((3, 3), (2, 1)), ((2, 2, 2), (4, 1, 2)),
]


def csv(ints):
    """A shape or strides as "4,3", a 0-d one as "-"."""
    return ",".join(map(str, ints)) or "-"


def main():
    with open(os.path.join(RESOURCES, "ops", "inplace_overlap.txt"), "w") as out:
        for name, f in CASES.items():
            out.write(name + " " + outcome(f) + "\n")
    with open(os.path.join(RESOURCES, "tensor", "memory_overlap.txt"), "w") as out:
        for shape, strides in LAYOUTS:
            t = torch.zeros(64).as_strided(shape, strides)
            answer = torch._debug_has_internal_overlap(t)
            out.write(csv(shape) + " " + csv(strides) + " " + str(answer) + "\n")


if __name__ == "__main__":
    main()
