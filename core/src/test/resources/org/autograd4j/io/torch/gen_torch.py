"""Fixtures of TorchCheckpointTest, written by PyTorch 1.13 (run: /usr/bin/python3 gen_torch.py; outputs committed).

Each .pt has a .npz beside it, written by NumPy, holding the values its tensors must load as; each *_legacy.pt holds
the values of the .pt of its name in the legacy format (_use_new_zipfile_serialization=False, the default before
PyTorch 1.6). The script also checks java-written.pt (made by TorchCheckpointTest) with
torch.load(weights_only=True) when it is present.
"""
import os
import numpy as np
import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
torch.save(model.state_dict(), 'mlp_state.pt')
torch.save(model.state_dict(), 'mlp_state_legacy.pt', _use_new_zipfile_serialization=False)
np.savez('mlp_state.npz', **{k: v.numpy() for k, v in model.state_dict().items()})

opt = torch.optim.Adam(model.parameters(), lr=0.001)
model(torch.ones(5, 3)).pow(2).sum().backward()
opt.step()
ckpt = {'model': model.state_dict(), 'optimizer': opt.state_dict(), 'epoch': 3}
torch.save(ckpt, 'ckpt.pt')
torch.save(ckpt, 'ckpt_legacy.pt', _use_new_zipfile_serialization=False)
np.savez('ckpt.npz', **{'model.' + k: v.numpy() for k, v in model.state_dict().items()},
         **{'exp_avg.%d' % i: s['exp_avg'].numpy() for i, s in opt.state_dict()['state'].items()})

base = torch.arange(12.).reshape(3, 4)
views = {'base': base, 't': base.t(), 'row': base[1], 'col': base[:, 2], 'tail': base.view(-1)[5:],
         'long': torch.arange(6).reshape(2, 3) - 2, 'bool': torch.tensor([True, False, True]),
         'double': torch.tensor([0.1, -1e300], dtype=torch.float64), 'half': torch.tensor([0.5, -2.25], dtype=torch.float16),
         'int': torch.tensor([-7, 70000], dtype=torch.int32), 'byte': torch.tensor([0, 255], dtype=torch.uint8),
         'scalar': torch.tensor(4.5), 'empty': torch.zeros(0, 3)}
torch.save(views, 'views.pt')
torch.save(views, 'views_legacy.pt', _use_new_zipfile_serialization=False)
np.savez('views.npz', **{k: v.numpy() for k, v in views.items()})

if os.path.exists('java-written.pt'):
    got = torch.load('java-written.pt', weights_only=True)
    want = np.load('java-written.npz')
    assert list(got.keys()) == list(want.keys()), (list(got.keys()), list(want.keys()))
    for k in want:
        assert got[k].numpy().dtype == want[k].dtype and np.array_equal(got[k].numpy(), want[k]), k
    assert got['t'].data_ptr() == got['base'].data_ptr(), 'views share their storage'
    print('java-written.pt: torch.load(weights_only=True) reads', len(got), 'equal tensors')
