package org.autograd4j.memory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapGrowthTest {
    private static final long MB = 1L << 20;
    private final HeapGrowth growth = new HeapGrowth(256 * MB);

    @Test
    void firesOnceTheHeapHasGrownByTheLimitWithNoCollection() {
        assertFalse(growth.growsWithoutCollecting(new HeapReading(7, 400 * MB)));
        assertFalse(growth.growsWithoutCollecting(new HeapReading(7, 528 * MB)));
        assertFalse(growth.growsWithoutCollecting(new HeapReading(7, 655 * MB)));
        assertTrue(growth.growsWithoutCollecting(new HeapReading(7, 656 * MB)));
    }

    @Test
    void aCollectionInBetweenResetsTheBaseline() {
        growth.growsWithoutCollecting(new HeapReading(7, 400 * MB));
        assertFalse(growth.growsWithoutCollecting(new HeapReading(8, 600 * MB)));
        assertFalse(growth.growsWithoutCollecting(new HeapReading(9, 800 * MB)));
        assertFalse(growth.growsWithoutCollecting(new HeapReading(9, 855 * MB)));
        assertTrue(growth.growsWithoutCollecting(new HeapReading(9, 1056 * MB)));
    }

    @Test
    void aCollectorThatKeepsCollectingNeverFiresHoweverTheHeapGrows() {
        for (int i = 0; i < 20; i++) {
            assertFalse(growth.growsWithoutCollecting(new HeapReading(i, i * 300 * MB)));
        }
    }

    @Test
    void aHeapThatDoesNotGrowNeverFires() {
        for (int i = 0; i < 20; i++) {
            assertFalse(growth.growsWithoutCollecting(new HeapReading(3, 400 * MB)));
        }
    }
}
