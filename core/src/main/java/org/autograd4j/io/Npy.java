package org.autograd4j.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.ops.Creation;

/**
 * NumPy's {@code .npy} format, like {@code numpy.save}/{@code numpy.load}:
 * <pre>
 * Npy.save(Path.of("x.npy"), x);
 * Tensor y = Npy.load(Path.of("x.npy"));
 * </pre>
 * float32, float64, int64 and bool tensors are written as {@code <f4}, {@code <f8}, {@code <i8} and {@code |b1}
 * (format version 1.0, C order). Loading also accepts float16 (to float32), the integer types up to 32 bits
 * (to int64), big-endian data (converted, never returned byte-swapped), Fortran order (returned as a contiguous
 * tensor of the same values) and format versions 1.0 to 3.0. Object arrays are refused: they are pickles.
 *
 * <p>A file is read as hostile: the header is parsed without evaluating anything, and the data size it implies is
 * checked against the bytes present before any tensor is allocated; the data must end exactly where the file ends.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy pads the header so the data starts at a multiple of this. */
    private static final int ALIGNMENT = 64;
    /** The largest header read, as NumPy's own limit ({@code max_header_size}). */
    public static final int MAX_HEADER_BYTES = 10_000;
    /** Data moves between the stream and the arrays in pieces of this size. */
    private static final int CHUNK = 1 << 20;

    private Npy() {
    }

    /** Writes {@code tensor} to {@code file}, replacing it when complete. */
    public static void save(Path file, Tensor tensor) throws IOException {
        Args.nonNull(file, "file");
        Args.nonNull(tensor, "tensor");
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                write(out, tensor);
            }
            SafeTensors.move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The tensor in {@code file}. */
    public static Tensor load(Path file) throws IOException {
        Args.nonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file));
        } catch (FileFormatException e) {
            throw new FileFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The {@code .npy} bytes of {@code tensor}. */
    static void write(OutputStream out, Tensor tensor) throws IOException {
        SafeDType type = SafeDType.forSaving(tensor.dtype());
        byte[] header = paddedHeader(NpyHeader.text(descr(tensor.dtype()), tensor.shape()));
        out.write(MAGIC);
        out.write(new byte[] {1, 0, (byte) header.length, (byte) (header.length >>> 8)});
        out.write(header);
        Object array = SafeTensors.values(tensor);
        int perChunk = CHUNK / type.size;
        ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < tensor.numel(); i += perChunk) {
            buf.clear();
            type.encode(array, i, Math.min(tensor.numel(), i + perChunk), buf);
            out.write(buf.array(), 0, buf.position());
        }
    }

    /** NumPy's code of the dtype a tensor is written as (little-endian). */
    private static String descr(DType dtype) {
        switch (dtype) {
            case BOOL: return "|b1";
            case INT64: return "<i8";
            case FLOAT32: return "<f4";
            default: return "<f8";
        }
    }

    /** The header followed by spaces and a newline, so that the data starts at a multiple of 64 bytes. */
    private static byte[] paddedHeader(String header) {
        int prefix = MAGIC.length + 4;
        int total = (prefix + header.length() + 1 + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        byte[] bytes = Arrays.copyOf(header.getBytes(StandardCharsets.ISO_8859_1), total - prefix);
        Arrays.fill(bytes, header.length(), bytes.length - 1, (byte) ' ');
        bytes[bytes.length - 1] = '\n';
        return bytes;
    }

    /** Reads one array from {@code in}, which holds exactly {@code size} bytes. */
    static Tensor read(InputStream in, long size) throws IOException {
        byte[] prefix = readFully(in, MAGIC.length + 2, "the magic string").array();
        if (!Arrays.equals(Arrays.copyOf(prefix, MAGIC.length), MAGIC)) {
            throw new FileFormatException("it does not start with \\x93NUMPY: not a .npy file");
        }
        int major = prefix[MAGIC.length];
        if (major < 1 || major > 3) {
            throw new FileFormatException("format version " + major + "." + prefix[MAGIC.length + 1]
                    + " is not one of 1.0, 2.0, 3.0");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        ByteBuffer length = readFully(in, lengthBytes, "the header length");
        long headerLength = major == 1 ? length.getShort() & 0xffff : length.getInt() & 0xffffffffL;
        long dataStart = prefix.length + lengthBytes + headerLength;
        if (headerLength > MAX_HEADER_BYTES) {
            throw new FileFormatException("the header length " + headerLength + " is over the limit of "
                    + MAX_HEADER_BYTES + " bytes (NumPy's max_header_size)");
        }
        if (dataStart > size) {
            throw new FileFormatException("the header length " + headerLength + " runs past the end of the file ("
                    + size + " bytes)");
        }
        byte[] headerBytes = readFully(in, (int) headerLength, "the header").array();
        NpyHeader header = NpyHeader.parse(new String(headerBytes,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        if (header.dataBytes() != size - dataStart) {
            throw new FileFormatException("the header promises " + header.dataBytes() + " bytes of data (shape "
                    + NpyHeader.shapeText(header.shape()) + ", " + header.type().size + " bytes each) but "
                    + (size - dataStart) + " follow it");
        }
        Tensor values = readData(in, header);
        if (in.read() >= 0) {
            throw new FileFormatException("more bytes follow the data than the file's size said");
        }
        return values;
    }

    private static Tensor readData(InputStream in, NpyHeader header) throws IOException {
        SafeDType type = header.type();
        int numel = (int) header.numel();
        Object array = type.newArray(numel);
        int perChunk = CHUNK / type.size;
        for (int at = 0; at < numel;) {
            int count = Math.min(perChunk, numel - at);
            at = type.decode(readFully(in, count * type.size, "the data").order(header.order()), array, at, "data");
        }
        int[] shape = header.shape();
        if (!header.fortranOrder() || shape.length < 2) {
            return Creation.fromArray(array, type.dtype, shape);
        }
        // Fortran order is C order of the reversed shape: read it so, then reverse the dimensions back.
        int[] reversed = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            reversed[i] = shape[shape.length - 1 - i];
        }
        int[] back = new int[shape.length];
        Arrays.setAll(back, i -> shape.length - 1 - i);
        return Creation.fromArray(array, type.dtype, reversed).permute(back).contiguous();
    }

    /** Exactly {@code length} bytes, little-endian; fewer means the file is truncated. */
    private static ByteBuffer readFully(InputStream in, int length, String what) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new FileFormatException("the file ended while reading " + what + " (it is truncated)");
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
