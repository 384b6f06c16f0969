"""Writes the .npy/.npz fixtures of NpyTest with NumPy (run once: /usr/bin/python3 gen_npy.py; outputs committed).

Values are formulas of np.arange so the Java test can rebuild them: a = arange(n).reshape(shape), then
float types hold a / 4 - 1 (exact in float16), integer types a - 3 (u1: a), bool a % 3 == 0.
The script also checks with numpy.load the archives NpyTest wrote, java-written-{stored,deflated}.npz, when present.
"""
import os

import numpy as np

def values(shape, dtype):
    a = np.arange(int(np.prod(shape))).reshape(shape)
    kind = np.dtype(dtype).kind
    if kind == 'f':
        return (a / 4 - 1).astype(dtype)
    if kind == 'b':
        return a % 3 == 0
    if kind == 'u':
        return a.astype(dtype)
    return (a - 3).astype(dtype)

CASES = {
    'f4_2x3': ((2, 3), '<f4'), 'f8_4': ((4,), '<f8'), 'i8_3x2': ((3, 2), '<i8'), 'b1_2x2x2': ((2, 2, 2), '|b1'),
    'f4_scalar': ((), '<f4'), 'f8_0x3': ((0, 3), '<f8'),
    'f2_2x3': ((2, 3), '<f2'), 'i4_5': ((5,), '<i4'), 'u1_6': ((6,), '|u1'),
    'big_f8_2x3': ((2, 3), '>f8'), 'big_i4_4': ((4,), '>i4'), 'big_f4_3': ((3,), '>f4'),
}
for name, (shape, dtype) in CASES.items():
    np.save(name + '.npy', values(shape, dtype))
np.save('fortran_f4_2x3x4.npy', np.asfortranarray(values((2, 3, 4), '<f4')))
np.save('fortran_i8_3x2.npy', np.asfortranarray(values((3, 2), '<i8')))
np.save('object.npy', np.array([1, 'a', None], dtype=object), allow_pickle=True)
np.save('complex.npy', np.zeros(2, dtype=np.complex64))
np.savez('stored.npz', x=values((2, 3), '<f4'), y=values((4,), '<i8'), flags=values((3,), '|b1'))
np.savez_compressed('deflated.npz', x=values((2, 3), '<f4'), big=values((100, 10), '<f8'))
with open('v2_f4_2x3.npy', 'wb') as f:
    np.lib.format.write_array(f, values((2, 3), '<f4'), version=(2, 0))

JAVA_WRITTEN = {'x': ((2, 3), '<f4'), 'mask': ((5,), '|b1'), 'ids': ((0,), '<i8'), 'big': ((100, 10), '<f8')}
for name in ('java-written-stored.npz', 'java-written-deflated.npz'):
    if os.path.exists(name):
        got = np.load(name)
        assert list(got.keys()) == list(JAVA_WRITTEN), (name, list(got.keys()))
        for key, (shape, dtype) in JAVA_WRITTEN.items():
            want = values(shape, dtype)
            assert got[key].dtype == want.dtype and np.array_equal(got[key], want), (name, key)
        print(name + ': numpy.load reads', len(JAVA_WRITTEN), 'equal arrays')
