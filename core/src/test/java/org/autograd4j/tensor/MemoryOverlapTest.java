package org.autograd4j.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MemoryOverlap} gives PyTorch's {@code has_internal_overlap} answers, read from
 * {@code memory_overlap.txt} (made by {@code core/src/test/python/gen_inplace_overlap_test.py} with
 * {@code torch._debug_has_internal_overlap} of {@code as_strided} views).
 */
class MemoryOverlapTest {

    @Test
    void answersAsPyTorch() throws IOException {
        List<String> layouts = layouts();
        List<String> differing = new ArrayList<>();
        for (String line : layouts) {
            String[] f = line.split(" ");
            MemoryOverlap expected = MemoryOverlap.values()[Integer.parseInt(f[2])];
            MemoryOverlap actual = MemoryOverlap.of(ints(f[0]), ints(f[1]));
            if (actual != expected) {
                differing.add(line + ": " + actual);
            }
        }
        assertEquals(List.of(), differing);
        assertEquals(19, layouts.size());
    }

    @Test
    void onlyYesIsRefused() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> MemoryOverlap.assertNoInternalOverlap(new int[] {4, 3}, new int[] {0, 1}));
        assertEquals(MemoryOverlap.MESSAGE, e.getMessage());
        MemoryOverlap.assertNoInternalOverlap(new int[] {3, 2}, new int[] {1, 1}); // TOO_HARD passes, as in PyTorch
        MemoryOverlap.assertNoInternalOverlap(new int[] {0, 3}, new int[] {1, 0}); // empty: NO
    }

    private static int[] ints(String csv) {
        return csv.equals("-") ? new int[0] : Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static List<String> layouts() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MemoryOverlapTest.class.getResourceAsStream("memory_overlap.txt"), StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(line);
            }
            return out;
        }
    }
}
