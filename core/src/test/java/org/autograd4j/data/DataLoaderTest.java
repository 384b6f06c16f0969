package org.autograd4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

class DataLoaderTest {
    private static final Tensor X = Tensor.arange(0, 20, 1, DType.FLOAT32).view(10, 2);
    private static final Tensor Y = Tensor.arange(10);
    private static final TensorDataset DATA = new TensorDataset(X, Y);

    @Test
    void batchesStackEachFieldInOrder() {
        var loader = DataLoader.builder(DATA).batchSize(4).build();
        assertEquals(3, loader.size());
        List<Batch> batches = list(loader);
        assertEquals(3, batches.size());
        assertEquals("tensor([[0., 1.],\n        [2., 3.],\n        [4., 5.],\n        [6., 7.]])",
                batches.get(0).x().toString());
        assertEquals("tensor([0, 1, 2, 3])", batches.get(0).y().toString());
        assertEquals("tensor([8, 9])", batches.get(2).y().toString());
        assertEquals(2, batches.get(2).batchSize());
    }

    @Test
    void dropLastDropsTheShortBatch() {
        var loader = DataLoader.builder(DATA).batchSize(4).dropLast(true).build();
        assertEquals(2, loader.size());
        assertEquals(2, list(loader).size());
        assertEquals(1, DataLoader.builder(DATA).batchSize(10).dropLast(true).build().size());
        assertEquals(0, DataLoader.builder(DATA).batchSize(11).dropLast(true).build().size());
    }

    @Test
    void prefetchingGivesTheSameBatchesAsLoadingInline() {
        for (int prefetch : new int[] {0, 1, 2, 8}) {
            var loader = DataLoader.builder(DATA).batchSize(3).shuffle(true).generator(new Generator(5))
                    .prefetch(prefetch).build();
            List<String> epochs = new ArrayList<>();
            for (int epoch = 0; epoch < 3; epoch++) {
                for (Batch b : loader) {
                    epochs.add(b.y().toString());
                }
            }
            // PyTorch: g = torch.Generator().manual_seed(5); DataLoader(range(10), batch_size=3, shuffle=True, generator=g)
            assertEquals(List.of("tensor([7, 4, 8])", "tensor([1, 2, 3])", "tensor([6, 5, 9])", "tensor([0])",
                    "tensor([2, 1, 6])", "tensor([3, 5, 9])", "tensor([4, 7, 8])", "tensor([0])",
                    "tensor([4, 3, 2])", "tensor([7, 9, 1])", "tensor([6, 8, 5])", "tensor([0])"), epochs,
                    "prefetch " + prefetch);
        }
    }

    @Test
    void loadingRunsOnAnotherThreadAheadOfTheConsumer() throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(3);
        List<String> threads = new ArrayList<>();
        Dataset<Tensor> watched = DATA.map(sample -> {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
            }
            loaded.countDown();
            return sample.get(1);
        });
        Iterator<Batch> it = DataLoader.builder(watched).batchSize(1).prefetch(2).build().iterator();
        // Nothing asked for yet: the worker prepares batches on its own.
        assertTrue(loaded.await(10, TimeUnit.SECONDS));
        assertEquals("tensor([0])", it.next().x().toString());
        synchronized (threads) {
            assertTrue(threads.get(0).startsWith("autograd4j-data-loader-"), threads.get(0));
        }
    }

    @Test
    void aLoadingFailureIsThrownByTheNextThatWouldReturnThatBatch() {
        Dataset<Tensor> failing = DATA.map(sample -> {
            if (sample.get(1).itemLong() == 5) {
                throw new IllegalStateException("sample 5 is unreadable");
            }
            return sample.get(1);
        });
        for (int prefetch : new int[] {0, 2}) {
            Iterator<Batch> it = DataLoader.builder(failing).batchSize(4).prefetch(prefetch).build().iterator();
            assertEquals("tensor([0, 1, 2, 3])", it.next().x().toString());
            var e = assertThrows(IllegalStateException.class, it::next);
            assertEquals("sample 5 is unreadable", e.getMessage());
        }
    }

    @Test
    void anAbandonedEpochEndsItsLoadingThread() throws InterruptedException {
        var loader = DataLoader.builder(DATA).batchSize(1).prefetch(1).build();
        Iterator<Batch> it = loader.iterator();
        it.next();
        String name = workerNames().get(workerNames().size() - 1);
        it = null; // the consumer stops early and drops the iterator
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (workerNames().contains(name) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertFalse(workerNames().contains(name), name + " still runs");
    }

    private static List<String> workerNames() {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("autograd4j-data-loader-") && t.isAlive()) {
                names.add(t.getName());
            }
        }
        names.sort(null);
        return names;
    }

    @Test
    void iteratorsEndWithNoSuchElement() {
        for (int prefetch : new int[] {0, 2}) {
            Iterator<Batch> it = DataLoader.builder(DATA).batchSize(10).prefetch(prefetch).build().iterator();
            it.next();
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
        }
    }

    @Test
    void aCustomCollateFunctionMakesTheBatch() {
        DataLoader<Integer> sums = DataLoader.builder(DATA).batchSize(5)
                .collate(samples -> samples.stream().mapToInt(s -> (int) s.get(1).itemLong()).sum()).build();
        assertEquals(List.of(10, 35), list(sums));
    }

    @Test
    void aCustomSamplerSetsTheOrder() {
        Sampler reversed = new Sampler() {
            @Override
            public int[] nextEpoch() {
                return new int[] {9, 8, 7};
            }

            @Override
            public int size() {
                return 3;
            }
        };
        var loader = DataLoader.builder(DATA).batchSize(2).sampler(reversed).build();
        assertEquals(2, loader.size());
        assertEquals("tensor([9, 8])", loader.iterator().next().y().toString());
    }

    @Test
    void defaultCollateHandlesNumbersAndBooleans() {
        Batch b = Collate.defaultCollate(List.of(List.of(1, 2.5, true), List.of(3, 0.5, false)));
        assertEquals("tensor([1, 3])", b.get(0).toString());
        assertEquals("tensor([2.5000, 0.5000], dtype=torch.float64)", b.get(1).toString());
        assertEquals("tensor([ True, False])", b.get(2).toString());
        assertEquals("tensor([[1, 2],\n        [3, 4]])",
                Collate.defaultCollate(List.of(Tensor.of(1L, 2L), Tensor.of(3L, 4L))).x().toString());
    }

    @Test
    void defaultCollateRejectsWhatItCannotStack() {
        assertEquals("default_collate: batch must contain tensors, numbers, booleans or lists of them; found "
                        + "java.lang.String",
                assertThrows(IllegalArgumentException.class, () -> Collate.defaultCollate(List.of("a"))).getMessage());
        assertEquals("default_collate: a batch mixes Integer with java.lang.Double",
                assertThrows(IllegalArgumentException.class, () -> Collate.defaultCollate(List.of(1, 2.0)))
                        .getMessage());
        assertEquals("each element in list of batch should be of equal size: the first sample has 2 fields, "
                        + "another 1",
                assertThrows(IllegalArgumentException.class,
                        () -> Collate.defaultCollate(List.of(List.of(1, 2), List.of(3)))).getMessage());
        assertEquals("stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1",
                assertThrows(IllegalArgumentException.class,
                        () -> Collate.defaultCollate(List.of(Tensor.zeros(2), Tensor.zeros(3)))).getMessage());
    }

    @Test
    void batchFieldsAreNamedInErrors() {
        Batch single = new Batch(List.of(Tensor.zeros(2)));
        assertEquals("field 1 requested from a batch of 1 field(s)",
                assertThrows(IndexOutOfBoundsException.class, single::y).getMessage());
    }

    @Test
    void badOptionsAreRefused() {
        assertEquals("batch_size should be a positive integer value, but got batch_size=0",
                assertThrows(IllegalArgumentException.class, () -> DataLoader.builder(DATA).batchSize(0)).getMessage());
        assertEquals("sampler option is mutually exclusive with shuffle",
                assertThrows(IllegalArgumentException.class, () -> DataLoader.builder(DATA).shuffle(true)
                        .sampler(new SequentialSampler(DATA)).build()).getMessage());
        assertEquals("prefetch must be non-negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> DataLoader.builder(DATA).prefetch(-1)).getMessage());
    }

    @Test
    void shufflingVisitsEveryIndexOnce() {
        var loader = DataLoader.builder(new TensorDataset(Tensor.arange(1000))).batchSize(64).shuffle(true).build();
        long[] seen = new long[1000];
        int k = 0;
        for (Batch b : loader) {
            for (long v : b.x().toLongArray()) {
                seen[k++] = v;
            }
        }
        java.util.Arrays.sort(seen);
        assertArrayEquals(Tensor.arange(1000).toLongArray(), seen);
    }

    private static <B> List<B> list(DataLoader<B> loader) {
        List<B> out = new ArrayList<>();
        loader.forEach(out::add);
        return out;
    }
}
