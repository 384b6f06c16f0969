#!/usr/bin/env python3
"""safetensors cross-check, both ways, against an implementation written here from the format's spec.

Debian has no safetensors package, so this file implements the format with NumPy only
(https://github.com/huggingface/safetensors#format): an unsigned little-endian 64-bit header length N, N bytes
of UTF-8 JSON {name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}} (padding
spaces allowed), then the little-endian data, whose byte ranges (relative to the end of the header) must tile
it exactly.

    # 1. the Java side writes java-*.safetensors (from the repository root, after mvn -pl core test-compile):
    java --add-modules jdk.incubator.vector -cp core/target/classes:core/target/test-classes:<junit-jupiter-api jar> \\
        org.autograd4j.io.SafeTensorsCrossCheckTest
    # 2. this script writes python-*.safetensors and torch-*.safetensors, and checks the java-* files:
    /usr/bin/python3 core/src/test/python/gen_safetensors_fixtures.py

SafeTensorsCrossCheckTest then loads the python-*/torch-* files and checks that the writer still makes the
java-* files byte for byte.
"""
import json
import os
import struct

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "org", "autograd4j", "io")

# The spec's dtype names and their little-endian NumPy types (BF16 travels as its raw uint16 bits).
DTYPES = {"BOOL": "|b1", "U8": "|u1", "I8": "|i1", "I16": "<i2", "U16": "<u2", "I32": "<i4", "U32": "<u4",
          "I64": "<i8", "U64": "<u8", "F16": "<f2", "BF16": "<u2", "F32": "<f4", "F64": "<f8"}


def write(path, tensors, metadata=None, header_order=None):
    """tensors: list of (name, dtype name, ndarray), data laid out in list order; header keys in header_order."""
    header, chunks, offset = {}, [], 0
    for name, dtype, array in tensors:
        raw = np.ascontiguousarray(array, dtype=DTYPES[dtype]).tobytes()
        header[name] = {"dtype": dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    ordered = {}
    if metadata:
        ordered["__metadata__"] = metadata
    for name in header_order or header:
        ordered[name] = header[name]
    text = json.dumps(ordered, ensure_ascii=False).encode("utf-8")
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(chunks))


def read(path):
    """Returns ({name: (dtype name, ndarray)}, metadata), checking the spec's rules."""
    with open(path, "rb") as f:
        blob = f.read()
    (n,) = struct.unpack("<Q", blob[:8])
    assert 8 + n <= len(blob), "header runs past the file"
    header = json.loads(blob[8:8 + n].decode("utf-8"))
    metadata = header.pop("__metadata__", {})
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items())
    data = blob[8 + n:]
    end_of_previous = 0
    tensors = {}
    for name, info in sorted(header.items(), key=lambda kv: tuple(kv[1]["data_offsets"])):
        assert set(info) == {"dtype", "shape", "data_offsets"}, info
        begin, end = info["data_offsets"]
        assert begin == end_of_previous, f"{name} does not start where the previous tensor ended"
        dtype = np.dtype(DTYPES[info["dtype"]])
        count = int(np.prod(info["shape"], dtype=np.int64))
        assert end - begin == count * dtype.itemsize, f"{name} has the wrong byte count"
        tensors[name] = (info["dtype"], np.frombuffer(data[begin:end], dtype=dtype).reshape(info["shape"]))
        end_of_previous = end
    assert end_of_previous == len(data), "the tensors do not cover the data"
    return tensors, metadata


def bf16_bits(values):
    """The bfloat16 bit patterns of float32 values that bfloat16 holds exactly."""
    bits = np.array(values, dtype="<f4").view("<u4")
    assert np.all(bits & 0xFFFF == 0), "not exact in bfloat16"
    return (bits >> 16).astype("<u2")


def write_python_fixture():
    tensors = [
        ("i8", "I8", np.array([-128, 127])),
        ("f16", "F16", np.array([1.0, -2.5, 65504, 2.0 ** -14, 2.0 ** -24, np.inf, -0.0, np.nan])),
        ("u8", "U8", np.array([0, 255, 7])),
        ("bf16", "BF16", bf16_bits([1.0, -3.140625, 3.3895313892515355e38, 2.0 ** -133])),
        ("f64", "F64", np.array([0.1, -1e300, 5e-324])),
        ("i16", "I16", np.array([-32768, 32767])),
        ("bool", "BOOL", np.array([True, False, True])),
        ("u16", "U16", np.array([65535])),
        ("scalar", "F32", np.array(42.0)),
        ("i32", "I32", np.array([-2 ** 31, 2 ** 31 - 1])),
        ("empty", "F32", np.zeros((0, 3))),
        ("u32", "U32", np.array([2 ** 32 - 1])),
        ("i64", "I64", np.array([-2 ** 63, -1, 0, 2 ** 63 - 1])),
        ("f32", "F32", np.array([[1.5, -2.0, 0.25], [3e-8, -0.0, np.inf]])),
    ]
    # Header keys in alphabetical order, data in the list's order: a reader must go by the offsets.
    write(os.path.join(OUT, "python-written.safetensors"), tensors,
          {"format": "pt", "source": "numpy spec writer"}, header_order=sorted(name for name, _, _ in tensors))


def check_java_fixture():
    tensors, metadata = read(os.path.join(OUT, "java-written.safetensors"))
    assert metadata == {"format": "pt", "written by": "autograd4j"}, metadata
    expected = {
        "f32": ("F32", np.array([[1.5, -2.0, 0.25], [3e-8, -0.0, np.inf]], dtype=np.float32)),
        "f64": ("F64", np.array([0.1, -1e300, 5e-324])),
        "i64": ("I64", np.array([-2 ** 63, -1, 0, 2 ** 63 - 1], dtype=np.int64)),
        "bool": ("BOOL", np.array([True, False, True])),
        "scalar": ("F32", np.array(42.0, dtype=np.float32)),
        "empty": ("F32", np.zeros((0, 3), dtype=np.float32)),
        "ünï \"name\"": ("F32", np.array([1.0], dtype=np.float32)),
    }
    assert list(tensors) == list(expected), list(tensors)
    for name, (dtype, array) in expected.items():
        got_dtype, got = tensors[name]
        assert got_dtype == dtype and got.shape == array.shape, name
        assert got.tobytes() == array.astype(got.dtype).tobytes(), name  # bit for bit, -0.0 included


def mlp():
    return torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))


def check_java_mlp():
    """The Java-saved weights load into PyTorch's own architecture, strictly, and give the Java outputs."""
    tensors, _ = read(os.path.join(OUT, "java-mlp.safetensors"))
    model = mlp()
    model.load_state_dict({k: torch.from_numpy(v.copy()) for k, (_, v) in tensors.items()}, strict=True)
    io, _ = read(os.path.join(OUT, "java-mlp-io.safetensors"))
    with torch.no_grad():
        out = model(torch.from_numpy(io["input"][1].copy()))
    assert torch.allclose(out, torch.from_numpy(io["output"][1].copy()), rtol=1e-6, atol=1e-6), out


def write_torch_mlp():
    torch.manual_seed(0)
    model = mlp()
    state = model.state_dict()
    write(os.path.join(OUT, "torch-mlp.safetensors"), [(k, "F32", v.numpy()) for k, v in state.items()])
    x = torch.randn(5, 4)
    with torch.no_grad():
        y = model(x)
    write(os.path.join(OUT, "torch-mlp-io.safetensors"), [("input", "F32", x.numpy()), ("output", "F32", y.numpy())])
    # The spec reader reads back what the spec writer wrote.
    back, _ = read(os.path.join(OUT, "torch-mlp.safetensors"))
    assert all(np.array_equal(back[k][1], v.numpy()) for k, v in state.items())


def module():
    return torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.BatchNorm1d(8), torch.nn.ReLU(), torch.nn.Linear(8, 3))


def check_java_module():
    """A module's state dict saved here: PyTorch's keys, PyTorch's exact initial weights for seed 0, and
    loaded strictly into the same architecture, the outputs computed here."""
    tensors, _ = read(os.path.join(OUT, "java-module.safetensors"))
    torch.manual_seed(0)
    reference = module().eval()
    state = reference.state_dict()
    assert list(tensors) == list(state), (list(tensors), list(state))
    for key, value in state.items():
        assert tensors[key][1].tobytes() == value.numpy().tobytes(), key
    model = module().eval()
    model.load_state_dict({k: torch.from_numpy(v.copy()) for k, (_, v) in tensors.items()}, strict=True)
    io, _ = read(os.path.join(OUT, "java-module-io.safetensors"))
    with torch.no_grad():
        out = model(torch.from_numpy(io["input"][1].copy()))
    assert torch.allclose(out, torch.from_numpy(io["output"][1].copy()), rtol=1e-5, atol=1e-5), out


def write_torch_module():
    """A model trained 5 SGD steps (so BatchNorm's running statistics and counter moved), in eval mode."""
    torch.manual_seed(0)
    model = module()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(5):
        x, y = torch.randn(16, 4), torch.randint(0, 3, (16,))
        opt.zero_grad()
        torch.nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    model.eval()
    state = model.state_dict()
    dtypes = {torch.float32: "F32", torch.int64: "I64"}
    write(os.path.join(OUT, "torch-module.safetensors"), [(k, dtypes[v.dtype], v.numpy()) for k, v in state.items()])
    x = torch.randn(5, 4)
    with torch.no_grad():
        y = model(x)
    write(os.path.join(OUT, "torch-module-io.safetensors"),
          [("input", "F32", x.numpy()), ("output", "F32", y.numpy())])


if __name__ == "__main__":
    write_python_fixture()
    write_torch_mlp()
    check_java_fixture()
    check_java_mlp()
    write_torch_module()
    check_java_module()
    print("java-written, java-mlp* and java-module* check out; python-* and torch-* written to", OUT)
