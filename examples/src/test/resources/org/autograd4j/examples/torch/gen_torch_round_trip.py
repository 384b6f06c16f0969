"""The demo's model through PyTorch 1.13 and back: the fixtures of TorchRoundTripTest (outputs committed; the tests
never run Python).

mnist-mlp.pt is what the demo wrote: the README's MLP trained in Java, then exported in PyTorch's format,

    autograd4j train                     # 8 epochs, seed 0: test accuracy 97.10%
    autograd4j export --format pt --out examples/src/test/resources/org/autograd4j/examples/torch/mnist-mlp.pt

This script (/usr/bin/python3 gen_torch_round_trip.py) loads it with torch.load(weights_only=True) into the demo's
nn.Sequential, saves the logits of the first ten test digits and the accuracy on all 2,000 in
mnist-mlp-logits.npz, and saves the state dict again as PyTorch writes it, in mnist-mlp-torch.pt.
"""
import pathlib
import sys

import numpy as np
import torch

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[4] / "python"))
from mnist_in_pytorch import network, test_set  # noqa: E402 (the demo's networks and test digits)

SAMPLES = 10

net = network("mlp")
net.load_state_dict(torch.load(HERE / "mnist-mlp.pt", weights_only=True), strict=True)
net.eval()
inputs, labels = test_set()
with torch.no_grad():
    logits = net(inputs)
accuracy = (logits.argmax(1) == labels).double().mean()
np.savez(HERE / "mnist-mlp-logits.npz", logits=logits[:SAMPLES].numpy(), accuracy=accuracy.numpy())
torch.save(net.state_dict(), HERE / "mnist-mlp-torch.pt")
print(f"PyTorch {torch.__version__}: test accuracy {100 * accuracy.item():.2f}%; logits of {SAMPLES} digits saved")
