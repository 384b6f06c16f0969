package org.autograd4j.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.ops.Creation;

/**
 * Hugging Face's safetensors format: an 8-byte little-endian header length, a JSON header naming each tensor's
 * dtype, shape and byte range, then the raw little-endian data. Like {@code safetensors.torch}'s
 * {@code save_file}/{@code load_file}:
 * <pre>
 * SafeTensors.save(Path.of("model.safetensors"), model.stateDict(), Map.of("epoch", "3"));
 * Map&lt;String, Tensor&gt; weights = SafeTensors.load(Path.of("model.safetensors"));
 * </pre>
 * float32, float64, int64 and bool tensors are written as F32, F64, I64 and BOOL. Loading also accepts the
 * format's smaller types: F16 and BF16 become float32, the integer types int64, all exactly.
 *
 * <p>A file is read as hostile: the header length, the header and every tensor's dtype, shape and byte range are
 * checked against the file's size before any tensor is allocated, and the data must be tiled exactly by the
 * tensors. Anything else ends in a {@link FileFormatException} that names the file and the problem; a load
 * returns every tensor or throws, never a part.
 */
public final class SafeTensors {
    /** The largest header read, as the reference implementation's limit (100 MB). */
    public static final long MAX_HEADER_BYTES = 100_000_000;
    /** Data moves between the file and the arrays in pieces of this size. */
    private static final int CHUNK = 1 << 20;

    /** What a file holds: its tensors in the order of their data, and its {@code __metadata__} strings. */
    public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {
    }

    private SafeTensors() {
    }

    /** Writes {@code tensors}, in their map order, with no metadata. */
    public static void save(Path file, Map<String, Tensor> tensors) throws IOException {
        save(file, tensors, Map.of());
    }

    /**
     * Writes {@code tensors} in their map order and {@code metadata} as {@code __metadata__}. The file is written
     * beside its destination and moved into place when complete, so a crash never leaves half a checkpoint.
     */
    public static void save(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        Args.nonNull(file, "file");
        Args.nonNull(tensors, "tensors");
        List<Tensor> data = new ArrayList<>();
        byte[] header = header(tensors, metadata == null ? Map.of() : metadata, data); // None: no metadata
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(out, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).flip());
                writeFully(out, ByteBuffer.wrap(header));
                for (Tensor t : data) {
                    writeData(out, t);
                }
            }
            move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The header JSON, padded with spaces to a multiple of 8 bytes; fills {@code data} in the order written. */
    private static byte[] header(Map<String, Tensor> tensors, Map<String, String> metadata, List<Tensor> data) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!metadata.isEmpty()) {
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                Objects.requireNonNull(e.getKey(), "metadata key");
                Objects.requireNonNull(e.getValue(), () -> "metadata value of \"" + e.getKey() + "\"");
            }
            json.put(SafeTensorsHeader.METADATA_KEY, metadata);
        }
        long offset = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "tensor name");
            Tensor t = Objects.requireNonNull(e.getValue(), () -> "tensor '" + name + "'");
            if (name.equals(SafeTensorsHeader.METADATA_KEY)) {
                throw new IllegalArgumentException("a tensor cannot be named " + SafeTensorsHeader.METADATA_KEY);
            }
            long bytes = (long) t.numel() * t.dtype().byteSize();
            List<Integer> shape = new ArrayList<>();
            for (int d : t.shape()) {
                shape.add(d);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dtype", SafeDType.forSaving(t.dtype()).name());
            entry.put("shape", shape);
            entry.put("data_offsets", List.of(offset, offset + bytes));
            json.put(name, entry);
            data.add(t);
            offset += bytes;
        }
        byte[] utf8 = Json.write(json).getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(utf8, (utf8.length + 7) / 8 * 8);
        Arrays.fill(padded, utf8.length, padded.length, (byte) ' ');
        return padded;
    }

    private static void writeData(FileChannel out, Tensor tensor) throws IOException {
        SafeDType type = SafeDType.forSaving(tensor.dtype());
        Object array = values(tensor);
        int perChunk = CHUNK / type.size;
        ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < tensor.numel(); i += perChunk) {
            buf.clear();
            type.encode(array, i, Math.min(tensor.numel(), i + perChunk), buf);
            writeFully(out, buf.flip());
        }
    }

    /** The tensor's elements in row-major order, as the array of its dtype. */
    static Object values(Tensor t) {
        switch (t.dtype()) {
            case BOOL: return t.toBooleanArray();
            case INT64: return t.toLongArray();
            case FLOAT32: return t.toFloatArray();
            default: return t.toDoubleArray();
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The tensors of {@code file}, in the order of their data. */
    public static Map<String, Tensor> load(Path file) throws IOException {
        return read(file).tensors();
    }

    /** The tensors and the metadata of {@code file}. */
    public static Contents read(Path file) throws IOException {
        Args.nonNull(file, "file");
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(in);
        } catch (FileFormatException e) {
            throw new FileFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Contents read(FileChannel in) throws IOException {
        long size = in.size();
        if (size < 8) {
            throw new FileFormatException("the file has " + size + " bytes, fewer than the 8 of the header length: "
                    + "it is truncated or not a safetensors file");
        }
        long headerLength = readFully(in, 0, 8, "the header length").getLong();
        if (Long.compareUnsigned(headerLength, MAX_HEADER_BYTES) > 0) {
            throw new FileFormatException("the header length " + Long.toUnsignedString(headerLength)
                    + " is over the limit of " + MAX_HEADER_BYTES + " bytes: not a safetensors file");
        }
        if (headerLength > size - 8) {
            throw new FileFormatException("the header length " + headerLength + " runs past the end of the file ("
                    + (size - 8) + " bytes follow the length): it is truncated or not a safetensors file");
        }
        byte[] headerBytes = readFully(in, 8, (int) headerLength, "the header").array();
        long dataStart = 8 + headerLength;
        SafeTensorsHeader header = SafeTensorsHeader.parse(headerBytes, size - dataStart);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (SafeTensorsHeader.Entry e : header.entries) {
            tensors.put(e.name(), readTensor(in, dataStart, e));
        }
        return new Contents(Collections.unmodifiableMap(tensors), header.metadata);
    }

    private static Tensor readTensor(FileChannel in, long dataStart, SafeTensorsHeader.Entry e) throws IOException {
        SafeDType type = e.type();
        Object array = type.newArray(e.numel());
        int perChunk = CHUNK / type.size;
        int at = 0;
        while (at < e.numel()) {
            int count = Math.min(perChunk, e.numel() - at);
            long position = dataStart + e.begin() + (long) at * type.size;
            at = type.decode(readFully(in, position, count * type.size, "tensor '" + e.name() + "'"), array, at,
                    e.name());
        }
        return Creation.fromArray(array, type.dtype, e.shape());
    }

    /** {@code length} bytes at {@code position}, little-endian; the file was measured, so a short read means it shrank. */
    private static ByteBuffer readFully(FileChannel in, long position, int length, String what) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (in.read(buf, position + buf.position()) < 0) {
                throw new FileFormatException("the file ended while reading " + what + " (did it shrink?)");
            }
        }
        return buf.flip();
    }
}
