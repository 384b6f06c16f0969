package org.autograd4j.kernels;

import java.util.concurrent.atomic.AtomicIntegerArray;

import org.autograd4j.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
