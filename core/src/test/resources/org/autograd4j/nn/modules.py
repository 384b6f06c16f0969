#!/usr/bin/python3
"""Known values for the nn module tests, from real PyTorch 1.13 (Debian's python3-torch).

Run from this folder: /usr/bin/python3 modules.py > modules.txt
Each line is one record:
  T <key> <dtype> <shape, comma separated, '-' for 0-d> <values, repr of each>
  S <key> <string, with backslash-n for newlines>
  H <key> <64-bit hash of a float32 tensor's bits: sum of bits[i] * (i + 1), wrapping>
For a parity case NAME: NAME/seed, NAME/training (the mode it runs in), NAME/init/<key> (the float32 state right after construction,
from torch.manual_seed(seed)), NAME/repr, NAME/in0, NAME/in1, ... (inputs, float64 or integer/bool),
NAME/out0, NAME/out1, ... and the gradients NAME/grad/<param>, NAME/grad/in<i> of the sum of the
outputs' weighted sums (see weighted_sum), and NAME/after/<buffer>, all after model.double().
"""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)


def emit_tensor(key, t):
    t = t.detach()
    shape = ",".join(str(s) for s in t.shape) or "-"
    if t.dtype in (torch.float32, torch.float64):
        vals = " ".join(repr(float(v)) for v in t.reshape(-1).tolist())
    else:
        vals = " ".join(str(int(v)) for v in t.reshape(-1).tolist())
    print("T", key, str(t.dtype).replace("torch.", ""), shape, vals)


def emit_string(key, s):
    print("S", key, s.replace("\\", "\\\\").replace("\n", "\\n"))


def emit_hash(key, t):
    bits = t.detach().contiguous().view(torch.int32).reshape(-1).tolist()
    h = 0
    for i, b in enumerate(bits):
        h = (h + b * (i + 1)) & 0xFFFFFFFFFFFFFFFF
    if h >= 1 << 63:
        h -= 1 << 64
    print("H", key, h)


def weighted_sum(out):
    """The loss every parity case differentiates: a 0-d output itself, else (out * linspace(0.5, 1.5)).sum()."""
    if out.dim() == 0:
        return out
    return (out * torch.linspace(0.5, 1.5, out.numel(), dtype=torch.float64).reshape(out.shape)).sum()


def parity(name, seed, build, inputs, run=lambda m, ins: [m(*ins)], train=True):
    """Builds from the seed and records the init and repr; then, in float64, `run(m, inputs)`'s outputs,
    the gradients of the sum of their weighted sums, and the buffers after the call."""
    emit_tensor(name + "/seed", torch.tensor(seed))
    torch.manual_seed(seed)
    m = build()
    for k, v in m.state_dict().items():
        emit_tensor(name + "/init/" + k, v)
    emit_string(name + "/repr", repr(m))
    m.double()
    m.train(train)
    emit_tensor(name + "/training", torch.tensor(train))
    ins = [x.clone().requires_grad_(True) if x.is_floating_point() else x for x in inputs]
    for i, x in enumerate(ins):
        emit_tensor(name + "/in" + str(i), x)
    outs = run(m, ins)
    for i, t in enumerate(outs):
        emit_tensor(name + "/out" + str(i), t)
    sum(weighted_sum(t) for t in outs).backward()
    for k, p in m.named_parameters():
        emit_tensor(name + "/grad/" + k, p.grad)
    for i, x in enumerate(ins):
        if x.requires_grad:
            emit_tensor(name + "/grad/in" + str(i), x.grad)
    for k, b in m.named_buffers():
        emit_tensor(name + "/after/" + k, b)


g = torch.Generator().manual_seed(1234)


def randn(*shape):
    return torch.randn(*shape, generator=g, dtype=torch.float64)


def randint(high, *shape):
    return torch.randint(0, high, shape, generator=g)


# ---------------------------------------------------------------- layers
parity("linear", 0, lambda: nn.Linear(5, 3), [randn(4, 5)])
parity("linear_nobias", 1, lambda: nn.Linear(5, 3, bias=False), [randn(2, 3, 5)])
parity("identity", 0, lambda: nn.Identity(), [randn(2, 3)])
parity("conv2d", 2, lambda: nn.Conv2d(2, 3, 3, stride=1, padding=1), [randn(2, 2, 5, 5)])
parity("conv2d_full", 3, lambda: nn.Conv2d(4, 6, (3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2), groups=2,
                                           bias=False), [randn(2, 4, 7, 6)])
parity("conv2d_same_reflect", 4, lambda: nn.Conv2d(2, 2, (3, 4), padding="same", padding_mode="reflect"),
       [randn(1, 2, 5, 6)])
parity("conv2d_circular", 5, lambda: nn.Conv2d(2, 2, 3, padding=1, padding_mode="circular"), [randn(1, 2, 4, 5)])
parity("conv2d_replicate_valid", 5, lambda: nn.Conv2d(2, 2, 3, padding="valid", padding_mode="replicate"),
       [randn(1, 2, 4, 5)])
parity("conv1d_same_circular", 6, lambda: nn.Conv1d(2, 3, 4, padding="same", dilation=2, padding_mode="circular"),
       [randn(2, 2, 9)])
parity("conv1d", 6, lambda: nn.Conv1d(2, 4, 3, stride=2, padding=1), [randn(3, 2, 9)])
parity("conv_transpose2d", 7, lambda: nn.ConvTranspose2d(2, 4, 3, stride=2, padding=1, output_padding=1, groups=2),
       [randn(2, 2, 3, 4)])
parity("maxpool2d", 0, lambda: nn.MaxPool2d(2), [randn(2, 3, 6, 6)])
parity("maxpool2d_full", 0, lambda: nn.MaxPool2d(3, stride=2, padding=1, dilation=1, ceil_mode=True),
       [randn(1, 2, 7, 7)])
parity("avgpool2d", 0, lambda: nn.AvgPool2d(3, 2, 1), [randn(1, 2, 7, 6)])
parity("adaptive_avgpool2d", 0, lambda: nn.AdaptiveAvgPool2d((2, 3)), [randn(2, 2, 5, 7)])
parity("flatten", 0, lambda: nn.Flatten(), [randn(2, 3, 2)])
parity("unflatten", 0, lambda: nn.Unflatten(1, (2, 3)), [randn(2, 6)])
parity("dropout_eval", 0, lambda: nn.Dropout(0.3), [randn(4, 5)], train=False)
parity("dropout_train", 9, lambda: nn.Dropout(0.3), [randn(4, 5)])
parity("relu", 0, lambda: nn.ReLU(), [randn(3, 4)])
parity("gelu", 0, lambda: nn.GELU(), [randn(3, 4)])
parity("gelu_tanh", 0, lambda: nn.GELU(approximate="tanh"), [randn(3, 4)])
parity("tanh", 0, lambda: nn.Tanh(), [randn(3, 4)])
parity("sigmoid", 0, lambda: nn.Sigmoid(), [randn(3, 4)])
parity("silu", 0, lambda: nn.SiLU(), [randn(3, 4)])
parity("leaky_relu", 0, lambda: nn.LeakyReLU(0.2), [randn(3, 4)])
parity("elu", 0, lambda: nn.ELU(0.5), [randn(3, 4)])
parity("softmax", 0, lambda: nn.Softmax(1), [randn(3, 4)])
parity("log_softmax", 0, lambda: nn.LogSoftmax(dim=0), [randn(3, 4)])
parity("batchnorm1d", 11, lambda: nn.BatchNorm1d(3), [randn(5, 3)])
parity("batchnorm1d_3d", 11, lambda: nn.BatchNorm1d(3, eps=1e-3, momentum=None), [randn(4, 3, 2)])
parity("batchnorm2d", 11, lambda: nn.BatchNorm2d(2, momentum=0.3), [randn(3, 2, 3, 4)])
parity("batchnorm2d_eval", 11, lambda: nn.BatchNorm2d(2), [randn(3, 2, 3, 4)], train=False)
parity("batchnorm2d_untracked", 11, lambda: nn.BatchNorm2d(2, affine=False, track_running_stats=False),
       [randn(3, 2, 3, 4)])
parity("batchnorm2d_running_stats", 11, lambda: nn.BatchNorm2d(2, momentum=0.2), [randn(3, 2, 3, 4)],
       lambda m, i: [m(i[0]), m(i[0] * 2 + 1), m.eval()(i[0])])
parity("layernorm", 12, lambda: nn.LayerNorm((3, 4)), [randn(2, 3, 4)])
parity("groupnorm", 13, lambda: nn.GroupNorm(2, 6, eps=1e-4), [randn(2, 6, 3)])
parity("groupnorm_4d_plain", 13, lambda: nn.GroupNorm(3, 6, affine=False), [randn(2, 6, 2, 3)])
parity("layernorm_plain", 12, lambda: nn.LayerNorm(4, elementwise_affine=False), [randn(3, 4)])
parity("embedding", 14, lambda: nn.Embedding(10, 3, padding_idx=1), [torch.tensor([[1, 2, 4], [4, 3, 9]])])
parity("embedding_large", 15, lambda: nn.Embedding(20, 7), [torch.tensor([0, 19, 5, 5])])
parity("bilinear", 16, lambda: nn.Bilinear(3, 4, 2), [randn(5, 3), randn(5, 4)])
parity("mlp", 10, lambda: nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 3)), [randn(5, 6)])

# ---------------------------------------------------------------- losses
logits = randn(4, 5)
classes = torch.tensor([1, 0, 4, 2])
parity("cross_entropy", 0, lambda: nn.CrossEntropyLoss(), [logits, classes])
parity("cross_entropy_full", 0, lambda: nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.5, 1.0]),
                                                            ignore_index=2, reduction="sum", label_smoothing=0.1),
       [logits, classes])
parity("nll", 0, lambda: nn.NLLLoss(), [torch.log_softmax(logits, 1), classes])
a, b = randn(3, 4), randn(3, 4)
parity("mse", 0, lambda: nn.MSELoss(), [a, b])
parity("mse_none", 0, lambda: nn.MSELoss(reduction="none"), [a, b])
parity("l1", 0, lambda: nn.L1Loss(reduction="sum"), [a, b])
parity("smooth_l1", 0, lambda: nn.SmoothL1Loss(beta=0.5), [a, b])
parity("huber", 0, lambda: nn.HuberLoss(delta=0.7), [a, b])
probs = torch.sigmoid(randn(3, 4))
bits = randint(2, 3, 4).double()
parity("bce", 0, lambda: nn.BCELoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.0])), [probs, bits])
parity("bce_logits", 0, lambda: nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 3.0, 0.5, 2.0])), [a, bits])
parity("cross_entropy_probs", 0, lambda: nn.CrossEntropyLoss(reduction="none", label_smoothing=0.2),
       [logits, torch.softmax(randn(4, 5), 1)])
parity("cross_entropy_4d", 0, lambda: nn.CrossEntropyLoss(), [randn(2, 3, 2, 2), randint(3, 2, 2, 2)])
parity("nll_weighted_sum", 0, lambda: nn.NLLLoss(weight=torch.tensor([0.5, 1.0, 2.0, 1.0, 1.5]), ignore_index=4,
                                                 reduction="sum"), [torch.log_softmax(logits, 1), classes])
parity("bce_logits_weighted", 0, lambda: nn.BCEWithLogitsLoss(weight=torch.tensor([0.5, 1.0, 2.0, 1.0]),
                                                              reduction="sum"), [a, bits])
parity("kl_div_log_target", 0, lambda: nn.KLDivLoss(reduction="sum", log_target=True),
       [torch.log_softmax(a, 1), torch.log_softmax(b, 1)])
parity("kl_div", 0, lambda: nn.KLDivLoss(reduction="batchmean"), [torch.log_softmax(a, 1), torch.softmax(b, 1)])

# ---------------------------------------------------------------- vision layers
img = randn(2, 3, 5, 6)
small = randn(1, 2, 3, 4)
parity("upsample_nearest", 0, lambda: nn.Upsample(scale_factor=2.0), [small])
parity("upsample_bilinear_size", 0, lambda: nn.Upsample(size=(5, 7), mode="bilinear", align_corners=True), [small])
parity("upsample_bicubic_scales", 0, lambda: nn.Upsample(scale_factor=(2.0, 1.5), mode="bicubic"), [small])
parity("upsample_linear_recompute", 0, lambda: nn.Upsample(scale_factor=1.7, mode="linear",
                                                           recompute_scale_factor=True), [randn(2, 2, 5)])
parity("upsampling_nearest2d", 0, lambda: nn.UpsamplingNearest2d(size=(5, 6)), [small])
parity("upsampling_bilinear2d", 0, lambda: nn.UpsamplingBilinear2d(scale_factor=2.0), [small])
parity("pixel_shuffle", 0, lambda: nn.PixelShuffle(2), [randn(2, 8, 2, 3)])
parity("pixel_unshuffle", 0, lambda: nn.PixelUnshuffle(2), [randn(1, 2, 4, 6)])
parity("fold", 0, lambda: nn.Fold((4, 5), (2, 3), dilation=1, padding=1, stride=(2, 1)), [randn(2, 12, 15)])
parity("unfold", 0, lambda: nn.Unfold((2, 3), dilation=(1, 2), padding=1, stride=(2, 1)), [img])
parity("adaptive_maxpool1d", 0, lambda: nn.AdaptiveMaxPool1d(3), [randn(2, 3, 7)])
parity("adaptive_maxpool2d", 0, lambda: nn.AdaptiveMaxPool2d((2, 3)), [img])
parity("adaptive_maxpool2d_indices", 0, lambda: nn.AdaptiveMaxPool2d(3, return_indices=True), [img],
       lambda m, i: list(m(i[0])))
pooled1, where1 = F.max_pool1d(randn(2, 3, 8), 2, return_indices=True)
parity("max_unpool1d", 0, lambda: nn.MaxUnpool1d(2), [pooled1, where1])
parity("max_unpool1d_output_size", 0, lambda: nn.MaxUnpool1d(2, stride=2), [pooled1, where1],
       lambda m, i: [m(i[0], i[1], output_size=[9])])
pooled2, where2 = F.max_pool2d(randn(2, 2, 5, 5), 3, stride=2, padding=1, return_indices=True)
parity("max_unpool2d", 0, lambda: nn.MaxUnpool2d(3, stride=2, padding=1), [pooled2, where2])
parity("max_unpool2d_output_size", 0, lambda: nn.MaxUnpool2d(3, 2, 1), [pooled2, where2],
       lambda m, i: [m(i[0], i[1], output_size=[2, 2, 6, 6])])
parity("lppool1d", 0, lambda: nn.LPPool1d(2.0, 3, stride=2), [randn(2, 3, 7)])
parity("lppool2d", 0, lambda: nn.LPPool2d(1.5, (2, 3), stride=1, ceil_mode=True), [img.abs()])
parity("local_response_norm", 0, lambda: nn.LocalResponseNorm(3, alpha=0.5, beta=0.6, k=2.0), [img])
bag_input = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
bag_offsets = torch.tensor([0, 2, 2, 5])
parity("embedding_bag", 40, lambda: nn.EmbeddingBag(10, 3), [bag_input, bag_offsets])
parity("embedding_bag_sum_2d_padding", 41, lambda: nn.EmbeddingBag(10, 3, mode="sum", padding_idx=-6),
       [bag_input.view(2, 4)])
parity("embedding_bag_max_last_offset", 42, lambda: nn.EmbeddingBag(10, 3, mode="max", include_last_offset=True),
       [bag_input, torch.tensor([0, 3, 3, 8])])
parity("embedding_bag_max_norm_weights", 43, lambda: nn.EmbeddingBag(10, 3, max_norm=1.0, norm_type=1.0, mode="sum"),
       [bag_input, bag_offsets, randn(8)], lambda m, i: [m(i[0], i[1], per_sample_weights=i[2])])
ctc_targets = torch.tensor([[1, 2, 2, 0], [3, 1, 0, 0], [4, 4, 4, 1]])
parity("ctc_loss", 0, lambda: nn.CTCLoss(), [randn(6, 3, 5).log_softmax(2), ctc_targets, torch.tensor([6, 5, 6]),
                                             torch.tensor([3, 2, 3])], lambda m, i: [m(*i)])
parity("ctc_loss_sum_blank_zero_infinity", 0, lambda: nn.CTCLoss(blank=4, reduction="sum", zero_infinity=True),
       [randn(6, 3, 5).log_softmax(2), torch.tensor([[1, 1, 1, 1], [2, 3, 0, 0], [1, 2, 1, 2]]),
        torch.tensor([6, 2, 6]), torch.tensor([4, 2, 4])], lambda m, i: [m(*i)])
parity("ctc_loss_unbatched", 0, lambda: nn.CTCLoss(reduction="none"),
       [randn(6, 5).log_softmax(1), torch.tensor([1, 2, 2]), torch.tensor(6), torch.tensor(3)], lambda m, i: [m(*i)])
parity("reflection_pad1d", 0, lambda: nn.ReflectionPad1d((1, 2)), [randn(2, 3, 4)])
parity("reflection_pad2d", 0, lambda: nn.ReflectionPad2d(2), [small])
parity("replication_pad1d", 0, lambda: nn.ReplicationPad1d(2), [randn(2, 3, 4)])
parity("replication_pad2d", 0, lambda: nn.ReplicationPad2d((1, 0, 2, 1)), [small])
parity("zero_pad2d", 0, lambda: nn.ZeroPad2d((1, 2, 0, 1)), [small])
parity("constant_pad1d", 0, lambda: nn.ConstantPad1d(2, 3.5), [randn(2, 3, 4)])
parity("constant_pad2d", 0, lambda: nn.ConstantPad2d((1, 0, -1, 2), -1.0), [small])
parity("constant_pad3d", 0, lambda: nn.ConstantPad3d(1, 0.5), [randn(1, 2, 2, 3, 2)])

# ---------------------------------------------------------------- recurrent layers
def recurrent(m, ins):
    """(output, h_n[, c_n]) from (input[, h_0[, c_0]])."""
    if len(ins) == 1:
        out, state = m(ins[0])
    else:
        out, state = m(ins[0], tuple(ins[1:]) if len(ins) == 3 else ins[1])
    return [out] + (list(state) if isinstance(state, tuple) else [state])


parity("rnn", 20, lambda: nn.RNN(3, 4), [randn(5, 2, 3)], recurrent)
parity("rnn_relu_deep", 21, lambda: nn.RNN(3, 4, 2, nonlinearity="relu", batch_first=True),
       [randn(2, 5, 3), randn(2, 2, 4)], recurrent)
parity("lstm", 22, lambda: nn.LSTM(3, 5), [randn(4, 2, 3)], recurrent)
parity("lstm_full", 23, lambda: nn.LSTM(3, 4, num_layers=2, batch_first=True, bidirectional=True),
       [randn(2, 5, 3), randn(4, 2, 4), randn(4, 2, 4)], recurrent)
parity("lstm_unbatched_nobias", 24, lambda: nn.LSTM(2, 3, bias=False), [randn(4, 2)], recurrent)
parity("gru", 25, lambda: nn.GRU(3, 4, 2, bidirectional=True), [randn(5, 2, 3), randn(4, 2, 4)], recurrent)

# ---------------------------------------------------------------- attention and transformer
x = randn(5, 3, 8)
parity("mha_self", 30, lambda: nn.MultiheadAttention(8, 2), [x], lambda m, i: list(m(i[0], i[0], i[0])))
parity("mha_cross_masked", 31, lambda: nn.MultiheadAttention(6, 3, batch_first=True),
               [randn(2, 4, 6), randn(2, 5, 6), randn(2, 5, 6),
                torch.tensor([[False, False, False, True, True], [False, False, False, False, False]]), randn(4, 5)],
               lambda m, i: list(m(i[0], i[1], i[2], key_padding_mask=i[3], attn_mask=i[4])))
causal = torch.triu(torch.ones(5, 5, dtype=torch.bool), diagonal=1)
parity("mha_causal_nobias", 32, lambda: nn.MultiheadAttention(8, 4, bias=False), [x, causal],
               lambda m, i: [m(i[0], i[0], i[0], attn_mask=i[1], need_weights=False)[0]])
parity("mha_kdim_vdim", 37, lambda: nn.MultiheadAttention(6, 2, kdim=4, vdim=5), [randn(3, 2, 6), randn(4, 2, 4),
       randn(4, 2, 5)], lambda m, i: list(m(i[0], i[1], i[2])))
parity("mha_unbatched", 33, lambda: nn.MultiheadAttention(4, 2), [randn(3, 4), randn(5, 4)],
               lambda m, i: list(m(i[0], i[1], i[1])))
parity("encoder_layer", 34, lambda: nn.TransformerEncoderLayer(8, 2, 16, 0.0), [x],
               lambda m, i: [m(i[0])])
parity("encoder_layer_norm_first", 35,
               lambda: nn.TransformerEncoderLayer(8, 2, 12, 0.0, "gelu", 1e-6, batch_first=True, norm_first=True),
               [randn(3, 5, 8), torch.tensor([[False] * 5, [False] * 3 + [True] * 2, [False] * 4 + [True]])],
               lambda m, i: [m(i[0], src_key_padding_mask=i[1])])
parity("encoder", 36, lambda: nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, 0.0), 2,
                                                             norm=nn.LayerNorm(8)), [x, causal],
               lambda m, i: [m(i[0], mask=i[1])])

# ---------------------------------------------------------------- initialisation, bit for bit
torch.manual_seed(0)
big = nn.Linear(784, 128)
emit_hash("init/linear784/weight", big.weight)
emit_hash("init/linear784/bias", big.bias)
emit_tensor("init/linear784/weight_head", big.weight.reshape(-1)[:8])
torch.manual_seed(0)
conv = nn.Conv2d(3, 16, 5)
emit_hash("init/conv2d/weight", conv.weight)
emit_hash("init/conv2d/bias", conv.bias)
torch.manual_seed(0)
for k, v in nn.LSTM(64, 128, 2).state_dict().items():
    emit_hash("init/lstm/" + k, v)
torch.manual_seed(0)
emb = nn.Embedding(1000, 64)
emit_hash("init/embedding/weight", emb.weight)
torch.manual_seed(0)
seq = nn.Sequential(nn.Conv2d(1, 8, 3), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 26 * 26, 32), nn.Linear(32, 10))
for k, v in seq.state_dict().items():
    emit_hash("init/sequential/" + k, v)

# ---------------------------------------------------------------- nn.init, from torch.manual_seed(5) on torch.empty
inits = {
    "uniform": ((3, 7), lambda t: nn.init.uniform_(t, -0.5, 2.0)),
    "normal": ((5, 7), lambda t: nn.init.normal_(t, 0.3, 2.0)),
    "normal_small": ((2, 3), lambda t: nn.init.normal_(t)),
    "constant": ((2, 3), lambda t: nn.init.constant_(t, 0.7)),
    "eye": ((3, 4), lambda t: nn.init.eye_(t)),
    "xavier_uniform": ((6, 4, 3), lambda t: nn.init.xavier_uniform_(t, gain=1.5)),
    "xavier_normal": ((6, 4, 3), lambda t: nn.init.xavier_normal_(t)),
    "kaiming_uniform": ((6, 5), lambda t: nn.init.kaiming_uniform_(t, a=0.1, mode="fan_out", nonlinearity="relu")),
    "kaiming_normal": ((6, 5, 2), lambda t: nn.init.kaiming_normal_(t, nonlinearity="tanh")),
    "trunc_normal": ((40,), lambda t: nn.init.trunc_normal_(t, 0.5, 1.5, -1.0, 2.0)),
    "orthogonal_tall": ((7, 4), lambda t: nn.init.orthogonal_(t, gain=2.0)),
    "orthogonal_wide": ((3, 2, 4), lambda t: nn.init.orthogonal_(t)),
}
for k, (shape, fn) in inits.items():
    torch.manual_seed(5)
    t = torch.empty(shape)
    fn(t)
    emit_tensor("nninit/" + k, t)
for k, args in {"linear": ("linear",), "conv2d": ("conv2d",), "sigmoid": ("sigmoid",), "tanh": ("tanh",),
                "relu": ("relu",), "leaky_relu": ("leaky_relu",), "leaky_relu_0.2": ("leaky_relu", 0.2),
                "selu": ("selu",)}.items():
    emit_tensor("gain/" + k, torch.tensor(nn.init.calculate_gain(*args), dtype=torch.float64))

# ---------------------------------------------------------------- nn.utils
grads = [randn(2, 3), randn(4)]
emit_tensor("clip/grad0", grads[0])
emit_tensor("clip/grad1", grads[1])
for label, max_norm, norm_type in [("l2", 0.5, 2.0), ("inf", 0.3, math.inf), ("l1", 1.0, 1.0), ("big", 100.0, 2.0)]:
    params = [torch.zeros_like(g, requires_grad=True) for g in grads]
    for p, g in zip(params, grads):
        p.grad = g.clone()
    total = nn.utils.clip_grad_norm_(params, max_norm, norm_type)
    emit_tensor("clip/" + label + "/total", total)
    emit_tensor("clip/" + label + "/grads", torch.cat([p.grad.reshape(-1) for p in params]))
params = [torch.zeros_like(g, requires_grad=True) for g in grads]
for p, g in zip(params, grads):
    p.grad = g.clone()
nn.utils.clip_grad_value_(params, 0.4)
emit_tensor("clip/value/grads", torch.cat([p.grad.reshape(-1) for p in params]))

# ---------------------------------------------------------------- reprs
def cnn():
    return nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Dropout(0.25),
                         nn.Linear(5408, 10))


reprs = {
    "mlp": nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)),
    "cnn": cnn(),
    "nested": nn.Sequential(nn.Sequential(nn.Linear(2, 2), nn.Tanh()), nn.ModuleList([nn.Sigmoid(), nn.SiLU()])),
    "module_dict": nn.ModuleDict({"act": nn.ReLU(inplace=True), "fc": nn.Linear(3, 1, bias=False)}),
    "conv1d": nn.Conv1d(2, 4, 3, stride=2, padding=1),
    "conv_same": nn.Conv2d(2, 2, 3, padding="same", padding_mode="reflect", bias=False),
    "conv_t": nn.ConvTranspose2d(2, 4, 3, stride=2, padding=1, output_padding=1, groups=2, dilation=2),
    "pools": nn.Sequential(nn.MaxPool2d((2, 3), stride=(1, 2)), nn.AvgPool2d(2), nn.AdaptiveAvgPool2d(1),
                           nn.AdaptiveAvgPool2d((5, 7))),
    "acts": nn.Sequential(nn.GELU(), nn.GELU("tanh"), nn.LeakyReLU(), nn.LeakyReLU(0.2, True), nn.ELU(),
                          nn.ELU(0.5, True), nn.Softmax(dim=1), nn.LogSoftmax(1), nn.SiLU(True), nn.Identity(),
                          nn.Unflatten(1, (2, 5)), nn.Flatten(0, 2)),
    "losses": nn.ModuleList([nn.CrossEntropyLoss(), nn.MSELoss(), nn.NLLLoss(), nn.L1Loss(), nn.SmoothL1Loss(),
                             nn.HuberLoss(), nn.BCELoss(), nn.BCEWithLogitsLoss(), nn.KLDivLoss()]),
    "dropout": nn.Dropout(0.1, inplace=True),
    "norms": nn.Sequential(nn.BatchNorm1d(3, momentum=None, affine=False), nn.BatchNorm2d(4, eps=0.001),
                           nn.LayerNorm(10, elementwise_affine=False), nn.GroupNorm(2, 4, affine=False)),
    "embeddings": nn.ModuleList([nn.Embedding(5, 2, padding_idx=-1, max_norm=1.5, norm_type=1.0,
                                              scale_grad_by_freq=True), nn.Bilinear(2, 3, 4, bias=False)]),
    "vision": nn.Sequential(nn.Upsample(scale_factor=2.0), nn.Upsample(size=(3, 4), mode="bilinear", align_corners=True),
                            nn.Upsample(size=3), nn.Upsample(scale_factor=(2.0, 1.5), mode="bicubic"),
                            nn.UpsamplingNearest2d(scale_factor=2.0), nn.UpsamplingBilinear2d(size=(2, 3)),
                            nn.PixelShuffle(2), nn.PixelUnshuffle(3), nn.ChannelShuffle(2), nn.Fold((4, 5), 2),
                            nn.Unfold((2, 3), dilation=2, padding=1, stride=(1, 2))),
    "vision_pools": nn.Sequential(nn.AdaptiveMaxPool1d(3), nn.AdaptiveMaxPool2d((2, 3)),
                                  nn.AdaptiveMaxPool2d(3, return_indices=True), nn.MaxUnpool1d(2),
                                  nn.MaxUnpool2d(2, stride=1, padding=1), nn.MaxUnpool2d((2, 3)), nn.LPPool1d(2.0, 3),
                                  nn.LPPool2d(1.5, (2, 3), stride=1, ceil_mode=True), nn.LocalResponseNorm(3),
                                  nn.LocalResponseNorm(2, 0.5, 0.6, 2.0)),
    "vision_pads": nn.Sequential(nn.ReflectionPad1d(2), nn.ReflectionPad2d((1, 2, 3, 4)), nn.ReplicationPad1d((1, 2)),
                                 nn.ReplicationPad2d(1), nn.ZeroPad2d(2), nn.ConstantPad1d(2, 3.5),
                                 nn.ConstantPad2d((1, 2, 3, 4), 0.0), nn.ConstantPad3d(1, -1.0)),
    "vision_bags": nn.ModuleList([nn.EmbeddingBag(10, 3), nn.EmbeddingBag(10, 3, max_norm=1.0, norm_type=1.0,
                                                                           scale_grad_by_freq=True, mode="sum",
                                                                           include_last_offset=True, padding_idx=2),
                                  nn.CTCLoss(), nn.CTCLoss(blank=2, reduction="sum", zero_infinity=True)]),
}
for k, m in reprs.items():
    emit_string("repr/" + k, repr(m))

# ---------------------------------------------------------------- state dict keys and load errors
mlp = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
emit_string("state/mlp/keys", " ".join(mlp.state_dict().keys()))
sd = dict(mlp.state_dict())
del sd["2.bias"]
sd["2.extra"] = torch.zeros(1)
sd["foo"] = torch.zeros(1)
sd["0.weight"] = torch.zeros(2, 4)
try:
    mlp.load_state_dict(sd)
except RuntimeError as e:
    emit_string("state/mlp/error", str(e))
r = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2)).load_state_dict(
    {k: v for k, v in dict(mlp.state_dict(), foo=torch.zeros(1)).items() if k != "2.bias"}, strict=False)
emit_string("state/mlp/nonstrict", " ".join(r.missing_keys) + "|" + " ".join(r.unexpected_keys))
