"""Loads a model saved by `autograd4j train` into PyTorch and prints its test accuracy, which must equal the
accuracy the Java run printed: the checkpoint has PyTorch's keys and layouts, and the two compute the same.

    /usr/bin/python3 examples/src/test/python/mnist_in_pytorch.py runs/mnist-mlp.safetensors

Debian has no safetensors package, so the file is read here from the format's spec with NumPy: an 8-byte
little-endian header length, a JSON header, then the raw little-endian data.
"""
import gzip
import json
import pathlib
import struct
import sys

import numpy as np
import torch
from torch import nn

DATA = pathlib.Path(__file__).resolve().parents[4] / "datasets/src/main/resources/org/autograd4j/datasets"
DTYPES = {"F32": np.float32, "F64": np.float64, "I64": np.int64}
TRAIN_SIZE = 8000


def read_safetensors(path):
    raw = pathlib.Path(path).read_bytes()
    (header_len,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + header_len])
    metadata = header.pop("__metadata__", {})
    data = raw[8 + header_len:]
    tensors = {}
    for name, entry in header.items():
        start, end = entry["data_offsets"]
        array = np.frombuffer(data[start:end], dtype=np.dtype(DTYPES[entry["dtype"]]).newbyteorder("<"))
        tensors[name] = torch.from_numpy(array.reshape(entry["shape"]).copy())
    return tensors, metadata


def network(architecture):
    if architecture == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(),
                             nn.Linear(128, 10))
    return nn.Sequential(nn.Conv2d(1, 16, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(16, 32, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(32 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10))


def idx(name):
    raw = gzip.decompress((DATA / name).read_bytes())
    dims = struct.unpack(">" + "i" * raw[3], raw[4:4 + 4 * raw[3]])
    return np.frombuffer(raw[4 + 4 * raw[3]:], dtype=np.uint8).reshape(dims)


def test_set():
    """The test digits 8000-9999 as the demo feeds them to its network (normalised, [N, 1, 28, 28]), and labels."""
    images = torch.tensor(idx("mnist10k-images-idx3-ubyte.gz")[TRAIN_SIZE:], dtype=torch.float32) / 255
    labels = torch.tensor(idx("mnist10k-labels-idx1-ubyte.gz")[TRAIN_SIZE:], dtype=torch.int64)
    return ((images - 0.1307) / 0.3081).unsqueeze(1), labels


def main(path):
    tensors, metadata = read_safetensors(path)
    net = network(metadata["architecture"])
    net.load_state_dict(tensors, strict=True)
    net.eval()
    inputs, labels = test_set()
    with torch.no_grad():
        logits = net(inputs)
    accuracy = (logits.argmax(1) == labels).double().mean().item()
    print(f"{metadata['architecture']} in PyTorch {torch.__version__}: test accuracy: {100 * accuracy:.2f}%")


if __name__ == "__main__":
    main(sys.argv[1])
