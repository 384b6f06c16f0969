"""PyTorch 1.13's names for the tensors each node saves (grad_fn._saved_<name>), for SavedNamesTest.
Run with PyTorch 1.13: python3 saved_names.py > saved_names.txt"""
import warnings

import torch

warnings.simplefilter("ignore")
torch.manual_seed(0)
D=torch.float64
def r(*s): return torch.randn(*s,dtype=D,requires_grad=True)
def sq(): 
    a=torch.randn(3,3,dtype=D); return (a@a.T+3*torch.eye(3,dtype=D)).requires_grad_()
cases = {
 'ThresholdBackwardBackward0': lambda: torch.ops.aten.threshold_backward(r(3), r(3), 0.0),
 'PreluBackward0': lambda: torch.prelu(r(2,3), r(3)),
 'GluBackward0': lambda: torch.nn.functional.glu(r(4)),
 'PowBackward2': lambda: torch.pow(2.0, r(3)),
 'MaximumBackward0': lambda: torch.maximum(r(3), r(3)),
 'RemainderBackward1': lambda: torch.remainder(r(3), r(3)),
 'FmodBackward1': lambda: torch.fmod(r(3), r(3)),
 'LerpBackward1': lambda: torch.lerp(r(3), r(3), r(3)),
 'AddcmulBackward0': lambda: torch.addcmul(r(3), r(3), r(3)),
 'AddcdivBackward0': lambda: torch.addcdiv(r(3), r(3), r(3)),
 'Atan2Backward0': lambda: torch.atan2(r(3), r(3)),
 'HypotBackward0': lambda: torch.hypot(r(3), r(3)),
 'LogaddexpBackward0': lambda: torch.logaddexp(r(3), r(3)),
 'Logaddexp2Backward0': lambda: torch.logaddexp2(r(3), r(3)),
 'XlogyBackward0': lambda: torch.xlogy(r(3), r(3)),
 'XlogyBackward2': lambda: torch.xlogy(r(3), 2.0),
 'CopysignBackward0': lambda: torch.copysign(r(3), r(3)),
 'CopysignBackward1': lambda: torch.copysign(r(3), 2.0),
 'ClampBackward0': lambda: torch.clamp(r(3), r(3), r(3)),
 'ClampMinBackward1': lambda: torch.clamp_min(r(3), r(3)),
 'ClampMaxBackward1': lambda: torch.clamp_max(r(3), r(3)),
 'ConvolutionBackward0': lambda: torch.nn.functional.conv2d(r(1,2,4,4), r(3,2,2,2), r(3)),
 'CtcLossBackward0': lambda: torch._ctc_loss(r(5,1,4).log_softmax(2), torch.tensor([[1,2]]), [5], [2])[0],
 'LinalgDetBackward0': lambda: torch.linalg.det(sq()),
 'LinalgSlogdetBackward0': lambda: torch.linalg.slogdet(sq())[1],
 'EmbeddingBagBackward0': lambda: torch.nn.functional.embedding_bag(torch.tensor([0,1,2]), r(4,3), torch.tensor([0,2]), mode='sum', per_sample_weights=r(3)),
 'AmaxBackward0': lambda: torch.amax(r(3,3), 0),
 'MaxBackward1': lambda: torch.max(r(3,3)),
 'MinBackward1': lambda: torch.min(r(3,3)),
 'LinalgCholeskyExBackward0': lambda: torch.linalg.cholesky(sq()),
 'LinalgLuFactorExBackward0': lambda: torch.linalg.lu_factor(sq())[0],
 'LinalgLuBackward0': lambda: torch.linalg.lu(sq())[1],
 'LinalgQrBackward0': lambda: torch.linalg.qr(sq())[0],
 'LinalgEighBackward0': lambda: torch.linalg.eigh(sq())[0],
 'LinalgSvdBackward0': lambda: torch.linalg.svd(sq())[1],
 'GridSampler2DBackward0': lambda: torch.nn.functional.grid_sample(r(1,1,3,3), r(1,2,2,2), align_corners=False),
 'LinalgPinvBackward0': lambda: torch.linalg.pinv(sq()),
 'LinalgLstsqBackward0': lambda: torch.linalg.lstsq(sq(), r(3,2)).solution,
 'LinalgSolveTriangularBackward0': lambda: torch.linalg.solve_triangular(sq(), r(3,2), upper=True),
 'CholeskySolveBackward0': lambda: torch.cholesky_solve(r(3,2), sq()),
 'LinalgLuSolveBackward0': lambda: torch.linalg.lu_solve(*torch.linalg.lu_factor(sq().detach()), r(3,2)),
 'LinalgSolveExBackward0': lambda: torch.linalg.solve(sq(), r(3,2)),
 'LinalgInvExBackward0': lambda: torch.linalg.inv(sq()),
 'NllLoss2DBackward0': lambda: torch.nn.functional.nll_loss(r(1,3,2,2), torch.zeros(1,2,2,dtype=torch.long)),
 'NllLossBackward0': lambda: torch.nn.functional.nll_loss(r(2,3), torch.zeros(2,dtype=torch.long)),
 'MseLossBackward0': lambda: torch.nn.functional.mse_loss(r(3), r(3)),
 'L1LossBackward0': lambda: torch.nn.functional.l1_loss(r(3), r(3)),
 'HuberLossBackward0': lambda: torch.nn.functional.huber_loss(r(3), r(3)),
 'SmoothL1LossBackward0': lambda: torch.nn.functional.smooth_l1_loss(r(3), r(3)),
 'BinaryCrossEntropyBackward0': lambda: torch.nn.functional.binary_cross_entropy(r(3).sigmoid(), r(3).sigmoid()),
 'BinaryCrossEntropyWithLogitsBackward0': lambda: torch.nn.functional.binary_cross_entropy_with_logits(r(3), r(3).sigmoid()),
 'KlDivBackward0': lambda: torch.nn.functional.kl_div(r(3), r(3)),
 'LinalgMatrixExpBackward0': lambda: torch.linalg.matrix_exp(r(3,3)),
 'AddmmBackward0': lambda: torch.addmm(r(2,2), r(2,3), r(3,2)),
 'BaddbmmBackward0': lambda: torch.baddbmm(r(1,2,2), r(1,2,3), r(1,3,2)),
 'NativeLayerNormBackward0': lambda: torch.nn.functional.layer_norm(r(2,3), (3,), r(3), r(3)),
 'NativeBatchNormBackward0': lambda: torch.nn.functional.batch_norm(r(2,3), None, None, r(3), r(3), training=True),
 'NativeGroupNormBackward0': lambda: torch.nn.functional.group_norm(r(2,4), 2, r(4), r(4)),
 'NormBackward1': lambda: torch.norm(r(3,3), 2, 0),
 'NormBackward0': lambda: torch.norm(r(3)),
 'LinalgVectorNormBackward0': lambda: torch.linalg.vector_norm(r(3)),
 'CdistBackward0': lambda: torch.cdist(r(1,2,3), r(1,2,3)),
 'ProdBackward0': lambda: torch.prod(r(3)),
 'ProdBackward1': lambda: torch.prod(r(3,3), 0),
 'LogcumsumexpBackward0': lambda: torch.logcumsumexp(r(3), 0),
 'CumprodBackward0': lambda: torch.cumprod(r(3), 0),
 'IndexReduceBackward0': lambda: torch.index_reduce(r(3), 0, torch.tensor([0,0]), r(2), 'prod'),
 'MinimumBackward0': lambda: torch.minimum(r(3), r(3)),
 'AminBackward0': lambda: torch.amin(r(3,3), 0),
 'ScatterReduceBackward0': lambda: torch.scatter_reduce(r(3), 0, torch.tensor([0,0]), r(2), 'prod'),
 'SoftmaxBackward0': lambda: torch.softmax(r(3), 0),
 'LogSoftmaxBackward0': lambda: torch.log_softmax(r(3), 0),
 'MedianBackward0': lambda: torch.median(r(3)),
 'NanmedianBackward0': lambda: torch.nanmedian(r(3)),
 'VarBackward0': lambda: torch.var(r(3)),
 'StdBackward0': lambda: torch.std(r(3)),
 'LogsumexpBackward0': lambda: torch.logsumexp(r(3), 0),
 'LinalgCrossBackward0': lambda: torch.linalg.cross(r(3), r(3)),
}
for name, fn in cases.items():
    out = fn()
    gf = out.grad_fn
    names = [a[len('_saved_'):] for a in dir(gf) if a.startswith('_saved_')]
    tensors = [n for n in names if isinstance(getattr(gf, '_saved_'+n), torch.Tensor)]
    if gf.name() == name:
        print(name, " ".join(tensors))
