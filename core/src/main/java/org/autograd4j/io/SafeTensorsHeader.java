package org.autograd4j.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A safetensors header, checked in full against the size of the data that follows it before anything is
 * allocated: each tensor's dtype, shape and byte range, and that the ranges tile the data exactly (no overlap,
 * no gap, nothing after the last), as the format's reference implementation requires.
 */
final class SafeTensorsHeader {
    static final String METADATA_KEY = "__metadata__";
    /** The largest tensor a {@code Storage} (one Java array) holds. */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
    private static final Set<String> FIELDS = Set.of("dtype", "shape", "data_offsets");

    /** One tensor: where its bytes lie, relative to the start of the data. */
    record Entry(String name, SafeDType type, int[] shape, int numel, long begin, long end) {
    }

    /** The tensors in the order of their data. */
    final List<Entry> entries;
    final Map<String, String> metadata;

    private SafeTensorsHeader(List<Entry> entries, Map<String, String> metadata) {
        this.entries = entries;
        this.metadata = metadata;
    }

    static SafeTensorsHeader parse(byte[] header, long dataLength) throws FileFormatException {
        Object json = Json.parse(utf8(header));
        if (!(json instanceof Map)) {
            throw new FileFormatException("the header is not a JSON object");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> metadata = Map.of();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) json).entrySet()) {
            String name = (String) e.getKey();
            if (name.equals(METADATA_KEY)) {
                metadata = metadata(e.getValue());
            } else {
                entries.add(entry(name, e.getValue(), dataLength));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        checkTiling(entries, dataLength);
        return new SafeTensorsHeader(entries, metadata);
    }

    private static String utf8(byte[] header) throws FileFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(header)).toString();
        } catch (CharacterCodingException e) {
            throw new FileFormatException("the header is not valid UTF-8", e);
        }
    }

    private static Map<String, String> metadata(Object value) throws FileFormatException {
        if (!(value instanceof Map)) {
            throw new FileFormatException(METADATA_KEY + " must be an object of strings, got " + Json.write(value));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            if (!(e.getValue() instanceof String)) {
                throw new FileFormatException(METADATA_KEY + " must map strings to strings; \"" + e.getKey()
                        + "\" is " + Json.write(e.getValue()));
            }
            metadata.put((String) e.getKey(), (String) e.getValue());
        }
        return Collections.unmodifiableMap(metadata);
    }

    private static Entry entry(String name, Object value, long dataLength) throws FileFormatException {
        if (!(value instanceof Map)) {
            throw new FileFormatException("tensor '" + name + "' must be an object with dtype, shape and "
                    + "data_offsets, got " + Json.write(value));
        }
        Map<?, ?> fields = (Map<?, ?>) value;
        for (Object field : fields.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new FileFormatException("tensor '" + name + "' has an unknown field \"" + field + "\"");
            }
        }
        Object dtype = field(fields, "dtype", name);
        if (!(dtype instanceof String)) {
            throw new FileFormatException("tensor '" + name + "' dtype must be a string, got " + Json.write(dtype));
        }
        SafeDType type = SafeDType.of((String) dtype, name);
        long[] dims = naturals(field(fields, "shape", name), -1, "shape", name);
        long[] offsets = naturals(field(fields, "data_offsets", name), 2, "data_offsets", name);
        int[] shape = shape(dims, name);
        long numel = 1;
        for (int d : shape) {
            numel *= d; // cannot overflow: shape() checked the product
        }
        long begin = offsets[0];
        long end = offsets[1];
        String range = "data_offsets [" + begin + ", " + end + "]";
        if (end < begin) {
            throw new FileFormatException("tensor '" + name + "' " + range + " end before they begin");
        }
        if (end - begin != numel * type.size) {
            throw new FileFormatException("tensor '" + name + "' of shape " + Arrays.toString(shape) + " and dtype "
                    + type + " needs " + numel * type.size + " bytes, but its " + range + " hold " + (end - begin));
        }
        if (end > dataLength) {
            throw new FileFormatException("tensor '" + name + "' " + range + " reach past the end of the data ("
                    + dataLength + " bytes): the file is truncated");
        }
        return new Entry(name, type, shape, (int) numel, begin, end);
    }

    private static Object field(Map<?, ?> fields, String field, String name) throws FileFormatException {
        if (!fields.containsKey(field)) {
            throw new FileFormatException("tensor '" + name + "' has no \"" + field + "\"");
        }
        return fields.get(field);
    }

    /** A JSON array of non-negative integers (of {@code length} of them unless it is -1). */
    private static long[] naturals(Object value, int length, String field, String name) throws FileFormatException {
        String expected = "tensor '" + name + "' " + field + " must be "
                + (length < 0 ? "a list of non-negative integers" : "a list of " + length + " non-negative integers");
        if (!(value instanceof List) || (length >= 0 && ((List<?>) value).size() != length)) {
            throw new FileFormatException(expected + ", got " + Json.write(value));
        }
        List<?> list = (List<?>) value;
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Long) || (Long) list.get(i) < 0) {
                throw new FileFormatException(expected + ", got " + Json.write(value));
            }
            out[i] = (Long) list.get(i);
        }
        return out;
    }

    /** The dimensions as ints, once each and their product are known to fit one Java array. */
    private static int[] shape(long[] dims, String name) throws FileFormatException {
        int[] shape = new int[dims.length];
        boolean empty = false;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] > MAX_ELEMENTS) {
                throw tooLarge(dims, name);
            }
            shape[i] = (int) dims[i];
            empty |= dims[i] == 0;
        }
        long numel = 1;
        for (int i = 0; i < shape.length && !empty; i++) {
            numel *= shape[i]; // both factors are below 2^31: no overflow before the check
            if (numel > MAX_ELEMENTS) {
                throw tooLarge(dims, name);
            }
        }
        return shape;
    }

    private static FileFormatException tooLarge(long[] dims, String name) {
        return new FileFormatException("tensor '" + name + "' shape " + Arrays.toString(dims) + " has more elements "
                + "than one Java array holds (" + MAX_ELEMENTS + ")");
    }

    /** The byte ranges, sorted, must cover the data exactly once. */
    private static void checkTiling(List<Entry> entries, long dataLength) throws FileFormatException {
        long covered = 0;
        Entry previous = null;
        for (Entry e : entries) {
            if (e.begin() < covered) {
                throw new FileFormatException("tensors '" + previous.name() + "' [" + previous.begin() + ", "
                        + previous.end() + "] and '" + e.name() + "' [" + e.begin() + ", " + e.end() + "] overlap");
            }
            if (e.begin() > covered) {
                throw new FileFormatException("bytes " + covered + " to " + e.begin()
                        + " of the data belong to no tensor");
            }
            covered = e.end();
            previous = e;
        }
        if (covered != dataLength) {
            throw new FileFormatException("the data has " + (dataLength - covered) + " bytes after the last tensor's "
                    + "(" + dataLength + " in all)");
        }
    }
}
