package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTensorsTest {
    @TempDir
    Path dir;

    private static Map<String, Tensor> everyDType() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("w", Tensor.of(new float[][] {{1.5f, -2f, 3e-8f}, {Float.NaN, Float.NEGATIVE_INFINITY, -0f}}));
        m.put("b", Tensor.of(0.1, -1e300));
        m.put("count", Tensor.of(new long[][] {{Long.MIN_VALUE, -1}, {0, Long.MAX_VALUE}}));
        m.put("mask", Tensor.of(true, false, true));
        m.put("scalar", Tensor.scalar(7.0f));
        m.put("empty", Tensor.zeros(new int[] {0, 3}, DType.FLOAT64));
        return m;
    }

    @Test
    void roundTripsEveryDTypeShapeAndMetadataInOrder() throws IOException {
        Path file = dir.resolve("m.safetensors");
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "pt");
        meta.put("note", "ünïcode \"quoted\"\n");
        SafeTensors.save(file, everyDType(), meta);
        SafeTensors.Contents c = SafeTensors.read(file);
        assertEquals(List.of("w", "b", "count", "mask", "scalar", "empty"), List.copyOf(c.tensors().keySet()));
        for (Map.Entry<String, Tensor> e : everyDType().entrySet()) {
            Tensor got = c.tensors().get(e.getKey());
            assertEquals(e.getValue().dtype(), got.dtype(), e.getKey());
            assertArrayEquals(e.getValue().shape(), got.shape(), e.getKey());
            assertEquals(e.getValue().toString(), got.toString(), e.getKey());
        }
        assertArrayEquals(new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}, c.tensors().get("count").toLongArray());
        assertEquals(meta, c.metadata());
        assertEquals(List.of("format", "note"), List.copyOf(c.metadata().keySet()));
    }

    @Test
    void writesTheLayoutOfTheSpec() throws IOException {
        Path file = dir.resolve("a.safetensors");
        SafeTensors.save(file, Map.of("a", Tensor.of(1f, 2f)));
        byte[] bytes = Files.readAllBytes(file);
        long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, n % 8, "the header is padded to a multiple of 8 bytes");
        assertEquals("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}  ",
                new String(bytes, 8, (int) n, StandardCharsets.UTF_8));
        ByteBuffer data = ByteBuffer.wrap(bytes, 8 + (int) n, 8).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1f, data.getFloat());
        assertEquals(2f, data.getFloat());
        assertEquals(8 + n + 8, bytes.length);
    }

    @Test
    void savesViewsAsTheirValues() throws IOException {
        Tensor base = Tensor.arange(0, 12, 1, DType.FLOAT32).view(3, 4);
        Map<String, Tensor> views = new LinkedHashMap<>();
        views.put("t", base.t());
        views.put("row", base.select(0, 2));
        views.put("strided", base.slice(1, 1, 4, 2));
        Path file = dir.resolve("v.safetensors");
        SafeTensors.save(file, views);
        Map<String, Tensor> back = SafeTensors.load(file);
        for (String k : views.keySet()) {
            assertEquals(views.get(k).toString(), back.get(k).toString(), k);
        }
    }

    @Test
    void savesParametersThatRequireGradAsPlainTensors() throws IOException {
        Tensor p = Tensor.ones(2).requiresGrad(true);
        Path file = dir.resolve("p.safetensors");
        SafeTensors.save(file, Map.of("p", p.mul(3)));
        assertEquals("tensor([3., 3.])", SafeTensors.load(file).get("p").toString());
    }

    @Test
    void replacesAnExistingFileAndLeavesNoPartialFileBehind() throws IOException {
        Path file = dir.resolve("m.safetensors");
        SafeTensors.save(file, Map.of("a", Tensor.of(1f)));
        SafeTensors.save(file, Map.of("b", Tensor.of(2f)));
        assertEquals(List.of("b"), List.copyOf(SafeTensors.load(file).keySet()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void refusesNamesAndValuesItCannotWrite() {
        Path file = dir.resolve("x.safetensors");
        assertEquals("a tensor cannot be named __metadata__", assertThrows(IllegalArgumentException.class,
                () -> SafeTensors.save(file, Map.of("__metadata__", Tensor.of(1f)))).getMessage());
        Map<String, Tensor> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertEquals("tensor 'a'", assertThrows(NullPointerException.class,
                () -> SafeTensors.save(file, withNull)).getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void writesLargeTensorsInPieces() throws IOException {
        // Larger than the 1 MiB transfer chunk, in every element size.
        Map<String, Tensor> big = new LinkedHashMap<>();
        big.put("f", Tensor.arange(0, 300_001, 1, DType.FLOAT32));
        big.put("d", Tensor.arange(0, 200_001, 1, DType.FLOAT64));
        big.put("m", Tensor.arange(1_100_001).remainder(3L).eq(0L));
        Path file = dir.resolve("big.safetensors");
        SafeTensors.save(file, big);
        Map<String, Tensor> back = SafeTensors.load(file);
        assertArrayEquals(big.get("f").toFloatArray(), back.get("f").toFloatArray());
        assertArrayEquals(big.get("d").toDoubleArray(), back.get("d").toDoubleArray());
        assertArrayEquals(big.get("m").toBooleanArray(), back.get("m").toBooleanArray());
    }
}
