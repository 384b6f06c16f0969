package org.autograd4j.nn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.autograd4j.Tensor;

/** Reads the records a generator script beside the tests printed (see modules.py for the format). */
final class TorchValues {
    private final Map<String, Tensor> tensors = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Long> hashes = new HashMap<>();

    static TorchValues load(String resource) {
        try (InputStream in = TorchValues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            TorchValues values = new TorchValues();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(values::parse);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void parse(String line) {
        String[] head = line.split(" ", 3);
        switch (head[0]) {
            case "T":
                tensors.put(head[1], parseTensor(head[2]));
                break;
            case "S":
                strings.put(head[1], head.length < 3 ? "" : head[2].replace("\\n", "\n").replace("\\\\", "\\"));
                break;
            case "H":
                hashes.put(head[1], Long.parseLong(head[2]));
                break;
            default:
                throw new IllegalStateException("bad record: " + line);
        }
    }

    private static Tensor parseTensor(String text) {
        String[] parts = text.split(" ", 3);
        int[] shape = parts[1].equals("-") ? new int[0]
                : Arrays.stream(parts[1].split(",")).mapToInt(Integer::parseInt).toArray();
        String[] items = parts.length < 3 || parts[2].isEmpty() ? new String[0] : parts[2].split(" ");
        switch (parts[0]) {
            case "float32": // each float32 value was printed exactly, as a double
                return Tensor.of(Arrays.stream(items).mapToDouble(Double::parseDouble).toArray(), shape).toFloat();
            case "float64":
                return Tensor.of(Arrays.stream(items).mapToDouble(Double::parseDouble).toArray(), shape);
            case "int64":
                return Tensor.of(Arrays.stream(items).mapToLong(Long::parseLong).toArray(), shape);
            case "bool":
                return Tensor.of(Arrays.stream(items).mapToLong(Long::parseLong).toArray(), shape).ne(0L);
            default:
                throw new IllegalStateException("dtype " + parts[0]);
        }
    }

    Tensor tensor(String key) {
        Tensor t = tensors.get(key);
        if (t == null) {
            throw new IllegalStateException("no tensor " + key);
        }
        return t;
    }

    boolean has(String key) {
        return tensors.containsKey(key);
    }

    boolean hasString(String key) {
        return strings.containsKey(key);
    }

    String string(String key) {
        String s = strings.get(key);
        if (s == null) {
            throw new IllegalStateException("no string " + key);
        }
        return s;
    }

    long hash(String key) {
        return hashes.get(key);
    }

    /** The keys below {@code prefix} (without it), sorted. */
    Set<String> keysUnder(String prefix) {
        Set<String> out = new TreeSet<>();
        tensors.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(k -> out.add(k.substring(prefix.length())));
        return out;
    }

    /** The hash modules.py computes: the sum of each float's bits times its position + 1, wrapping. */
    static long bitsHash(Tensor t) {
        float[] v = t.contiguous().toFloatArray();
        long h = 0;
        for (int i = 0; i < v.length; i++) {
            h += (long) Float.floatToRawIntBits(v[i]) * (i + 1);
        }
        return h;
    }
}
