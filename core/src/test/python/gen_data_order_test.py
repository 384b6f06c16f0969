#!/usr/bin/env python3
"""Regenerates data/PyTorchOrderTest.java from real PyTorch 1.13's torch.utils.data.

    /usr/bin/python3 core/src/test/python/gen_data_order_test.py

Records the index order of DataLoader epochs (shuffled with a generator of their own, shuffled from the global
generator, in order), what the global generator draws after them, and random_split's subsets, so the Java test
checks that the same seeds give the same orders and leave the generators in the same state.
"""
import os
import struct

import torch
from torch.utils.data import DataLoader, random_split

assert torch.__version__.startswith("1.13"), torch.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "java", "org", "autograd4j", "data", "PyTorchOrderTest.java")


def epochs(loader, count):
    return [[[int(i) for i in batch] for batch in loader] for _ in range(count)]


def ints(values):
    return "{" + ", ".join(str(v) for v in values) + "}"


def nested(batches_per_epoch):
    return "{" + ", ".join("{" + ", ".join(ints(b) for b in epoch) + "}" for epoch in batches_per_epoch) + "}"


def float_bits(t):
    return "{" + ", ".join("0x%08x" % struct.unpack("<I", struct.pack("<f", float(v)))[0] for v in t) + "}"


def own_generator(n, batch_size, drop_last, seed, count):
    g = torch.Generator().manual_seed(seed)
    loader = DataLoader(list(range(n)), batch_size=batch_size, shuffle=True, drop_last=drop_last, generator=g)
    got = epochs(loader, count)
    after = torch.rand(3, generator=g)
    return (f"    @Test\n    void shuffledWithItsOwnGenerator_n{n}_batch{batch_size}{'_dropLast' if drop_last else ''}() {{\n"
            f"        // g = torch.Generator().manual_seed({seed}); DataLoader(range({n}), batch_size={batch_size}, "
            f"shuffle=True, drop_last={drop_last}, generator=g), {count} epochs, then torch.rand(3, generator=g)\n"
            f"        Generator g = new Generator({seed});\n"
            f"        var loader = loader({n}, {batch_size}, {'true' if drop_last else 'false'}).shuffle(true).generator(g).build();\n"
            f"        assertEpochs(new int[][][] {nested(got)}, loader);\n"
            f"        assertFloatBits(new int[] {float_bits(after)}, Tensor.rand(new int[] {{3}}, DType.FLOAT32, g));\n"
            f"    }}\n")


def global_generator(n, batch_size, shuffle, seed, count):
    torch.manual_seed(seed)
    loader = DataLoader(list(range(n)), batch_size=batch_size, shuffle=shuffle)
    got = epochs(loader, count)
    after = torch.rand(3)
    kind = "shuffled" if shuffle else "inOrder"
    return (f"    @Test\n    void {kind}FromTheGlobalGenerator_n{n}_batch{batch_size}() {{\n"
            f"        // torch.manual_seed({seed}); DataLoader(range({n}), batch_size={batch_size}, shuffle={shuffle}), "
            f"{count} epochs, then torch.rand(3)\n"
            f"        Tensor.manualSeed({seed});\n"
            f"        var loader = loader({n}, {batch_size}, false).shuffle({'true' if shuffle else 'false'}).build();\n"
            f"        assertEpochs(new int[][][] {nested(got)}, loader);\n"
            f"        assertFloatBits(new int[] {float_bits(after)}, Tensor.rand(3));\n"
            f"    }}\n")


def split(n, sizes, seed):
    """random_split by lengths (ints) or by fractions (floats)."""
    parts = random_split(range(n), sizes, generator=torch.Generator().manual_seed(seed))
    expected = "{" + ", ".join(ints(p.indices) for p in parts) + "}"
    kind, java_type = ("Fractions", "double") if isinstance(sizes[0], float) else ("Lengths", "int")
    return (f"    @Test\n    void randomSplitBy{kind}_n{n}_{'_'.join(str(v).replace('.', '') for v in sizes)}() {{\n"
            f"        // random_split(range({n}), {sizes}, generator=torch.Generator().manual_seed({seed}))\n"
            f"        var parts = RandomSplit.randomSplit(range({n}), new {java_type}[] {ints(sizes)}, new Generator({seed}));\n"
            f"        assertSplit(new int[][] {expected}, parts);\n"
            f"    }}\n")


def split_global(n, lengths, seed):
    torch.manual_seed(seed)
    parts = random_split(range(n), lengths)
    expected = "{" + ", ".join(ints(p.indices) for p in parts) + "}"
    return (f"    @Test\n    void randomSplitFromTheGlobalGenerator() {{\n"
            f"        // torch.manual_seed({seed}); random_split(range({n}), {lengths})\n"
            f"        Tensor.manualSeed({seed});\n"
            f"        var parts = RandomSplit.randomSplit(range({n}), {', '.join(map(str, lengths))});\n"
            f"        assertSplit(new int[][] {expected}, parts);\n"
            f"    }}\n")


CASES = [
    own_generator(10, 3, False, 7, 3),
    own_generator(10, 4, True, 7, 3),
    own_generator(100, 16, False, 0, 2),
    own_generator(1000, 64, False, 123, 2),
    global_generator(10, 4, True, 3, 2),
    global_generator(50, 8, True, 0, 2),
    global_generator(10, 4, False, 3, 1),
    split(10, [3, 7], 42),
    split(20, [5, 0, 15], 1),
    split(30, [0.3, 0.3, 0.4], 42),
    split(11, [0.5, 0.5], 42),
    split_global(10, [5, 5], 1),
]

HEADER = '''package org.autograd4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * GENERATED by core/src/test/python/gen_data_order_test.py from real PyTorch 1.13; do not edit by hand.
 * Each comment is the PyTorch code whose indices (and the random numbers drawn after it) follow.
 */
class PyTorchOrderTest {
    /** The data set range(n): sample i is the int64 tensor i. */
    private static Dataset<Tensor> range(int n) {
        return new TensorDataset(Tensor.arange(n)).map(sample -> sample.get(0));
    }

    private static DataLoader.Builder<Tensor, Batch> loader(int n, int batchSize, boolean dropLast) {
        return DataLoader.builder(range(n)).batchSize(batchSize).dropLast(dropLast);
    }

    private static void assertEpochs(int[][][] expected, DataLoader<Batch> loader) {
        for (int[][] epoch : expected) {
            assertEquals(epoch.length, loader.size());
            List<int[]> got = new ArrayList<>();
            for (Batch b : loader) {
                got.add(toInts(b.x()));
            }
            assertArrayEquals(epoch, got.toArray(new int[0][]));
        }
    }

    private static void assertSplit(int[][] expected, List<Subset<Tensor>> parts) {
        assertEquals(expected.length, parts.size());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], parts.get(i).indices());
        }
    }

    private static int[] toInts(Tensor t) {
        long[] values = t.toLongArray();
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    private static void assertFloatBits(int[] expected, Tensor actual) {
        float[] values = actual.toFloatArray();
        int[] bits = new int[values.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = Float.floatToIntBits(values[i]);
        }
        assertArrayEquals(expected, bits);
    }
'''

with open(OUT, "w") as f:
    f.write(HEADER)
    for case in CASES:
        f.write("\n" + case)
    f.write("}\n")
print("wrote", OUT)
