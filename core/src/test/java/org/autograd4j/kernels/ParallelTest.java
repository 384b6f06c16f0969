package org.autograd4j.kernels;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelTest {
    private final int savedThreads = Threads.get();

    @AfterEach
    void restoreThreads() {
        Threads.set(savedThreads);
    }

    @Test
    void visitsEveryIndexExactlyOnce() {
        for (int threads = 1; threads <= 3; threads++) {
            Threads.set(threads);
            for (int length : new int[] {0, 1, 2, 7, 1000}) {
                AtomicIntegerArray hits = new AtomicIntegerArray(length + 10);
                Parallel.forRange(5, 5 + length, 1, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        hits.incrementAndGet(i);
                    }
                });
                for (int i = 0; i < hits.length(); i++) {
                    assertEquals(i >= 5 && i < 5 + length ? 1 : 0, hits.get(i), "index " + i);
                }
            }
        }
    }

    @Test
    void forChunksCutsTheRangeIntoChunksOfTheGivenSize() {
        for (int threads = 1; threads <= 3; threads++) {
            Threads.set(threads);
            boolean split = threads > 1;
            for (int length : new int[] {1, 7, 64, 65, 1000}) {
                AtomicIntegerArray hits = new AtomicIntegerArray(length + 10);
                AtomicInteger misaligned = new AtomicInteger();
                Parallel.forChunks(5, 5 + length, 8, (from, to) -> {
                    if (split && ((from - 5) % 8 != 0 || to - from > 8)) {
                        misaligned.incrementAndGet();
                    }
                    for (int i = from; i < to; i++) {
                        hits.incrementAndGet(i);
                    }
                });
                assertEquals(0, misaligned.get(), threads + " threads, length " + length);
                for (int i = 0; i < hits.length(); i++) {
                    assertEquals(i >= 5 && i < 5 + length ? 1 : 0, hits.get(i), "index " + i);
                }
            }
        }
    }

    /**
     * The caller spins briefly for the other threads' last chunks, then parks until the last one
     * wakes it: chunks that end just before, around and well after the spin must all be waited for,
     * and none may leave the caller parked for good.
     */
    @Test
    void callerWaitsForSlowChunksWhetherSpinningOrParked() {
        Threads.set(2);
        AtomicInteger roundsWithWorker = new AtomicInteger();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < 300; round++) {
                long workerNanos = (round % 15) * 10_000L;
                AtomicInteger done = new AtomicInteger();
                AtomicInteger byWorker = new AtomicInteger();
                Parallel.forChunks(0, 4, 1, (from, to) -> {
                    if (WorkerPool.isWorkerThread()) {
                        byWorker.incrementAndGet();
                        LockSupport.parkNanos(workerNanos);
                    } else {
                        LockSupport.parkNanos(20_000);
                    }
                    done.incrementAndGet();
                });
                assertEquals(4, done.get(), "round " + round + ": returned before every chunk was done");
                roundsWithWorker.addAndGet(Math.min(1, byWorker.get()));
            }
        });
        assertTrue(roundsWithWorker.get() > 0, "the worker never ran a chunk, so nothing was waited for");
    }

    @Test
    void nestedCallsRunInline() {
        Threads.set(2);
        AtomicIntegerArray hits = new AtomicIntegerArray(100);
        Parallel.forRange(0, 10, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                int row = i;
                Parallel.forRange(0, 10, 1, (f, t) -> {
                    for (int j = f; j < t; j++) {
                        hits.incrementAndGet(row * 10 + j);
                    }
                });
            }
        });
        for (int i = 0; i < 100; i++) {
            assertEquals(1, hits.get(i));
        }
    }

    @Test
    void rethrowsFailuresOfAnyPart() {
        Threads.set(2);
        assertThrows(IllegalStateException.class, () -> Parallel.forRange(0, 2, 1, (from, to) -> {
            if (from == 1) {
                throw new IllegalStateException("second part");
            }
        }));
        AtomicIntegerArray hits = new AtomicIntegerArray(2);
        Parallel.forRange(0, 2, 1, (from, to) -> hits.incrementAndGet(from));
        assertEquals(1, hits.get(1), "pool still works after a failure");
    }

    @Test
    void rejectsZeroThreads() {
        assertThrows(IllegalArgumentException.class, () -> Threads.set(0));
    }
}
