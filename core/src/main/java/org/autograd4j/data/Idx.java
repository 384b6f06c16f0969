package org.autograd4j.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.io.FileFormatException;
import org.autograd4j.ops.Creation;

/**
 * Reads the IDX format of the MNIST files, plain or gzip-compressed (told apart by their first bytes): two zero
 * bytes, a type code, the number of dimensions, each dimension as a big-endian int32, then the big-endian data.
 * Integer types load as int64 (or a dtype asked for), float as float32 and double as float64.
 */
public final class Idx {
    private static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private Idx() {
    }

    /** The tensor in {@code file}, in its natural dtype. */
    public static Tensor read(Path file) throws IOException {
        return read(file, null);
    }

    /** The tensor in {@code file} converted to {@code dtype} as it is read (null: its natural dtype). */
    public static Tensor read(Path file, DType dtype) throws IOException {
        Args.nonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), dtype);
        }
    }

    /** The tensor in {@code in}; {@code name} is used in error messages. */
    public static Tensor read(InputStream in, String name, DType dtype) throws IOException {
        Args.nonNull(in, "in");
        Args.nonNull(name, "name");
        try {
            return readIdx(new DataInputStream(Gzip.decompressIfGzipped(in)), name, dtype);
        } catch (EOFException | ZipException e) {
            throw new FileFormatException(name + ": truncated or corrupt IDX data (" + e.getMessage() + ")", e);
        }
    }

    private static Tensor readIdx(DataInputStream in, String name, DType dtype) throws IOException {
        if (in.readUnsignedByte() != 0 || in.readUnsignedByte() != 0) {
            throw new FileFormatException(name + ": not an IDX file (it does not start with two zero bytes)");
        }
        IdxType type = IdxType.of(in.readUnsignedByte(), name);
        int[] shape = new int[in.readUnsignedByte()];
        long numel = 1;
        for (int d = 0; d < shape.length; d++) {
            shape[d] = in.readInt();
            if (shape[d] < 0) {
                throw new FileFormatException(name + ": dimension " + d + " is negative ("
                        + Integer.toUnsignedString(shape[d]) + " as unsigned)");
            }
            numel *= shape[d];
            if (numel * type.size > MAX_ELEMENTS) {
                throw new FileFormatException(name + ": shape " + Arrays.toString(Arrays.copyOf(shape, d + 1))
                        + "... holds more data than a Java array can (" + MAX_ELEMENTS + " bytes)");
            }
        }
        int bytes = (int) numel * type.size;
        // readNBytes grows its buffer as data arrives, so a header claiming more than the file holds costs nothing.
        byte[] data = in.readNBytes(bytes);
        if (data.length < bytes) {
            throw new FileFormatException(name + ": truncated: shape " + Arrays.toString(shape) + " of " + type
                    + " needs " + bytes + " bytes of data, the file has " + data.length);
        }
        if (in.read() != -1) {
            throw new FileFormatException(name + ": more data than shape " + Arrays.toString(shape) + " of " + type
                    + " holds");
        }
        DType target = dtype != null ? dtype : type.dtype;
        return Creation.fromArray(type.decode(ByteBuffer.wrap(data), target, (int) numel), target, shape);
    }

    /** IDX's element types, by type code. */
    private enum IdxType {
        UBYTE(0x08, 1, DType.INT64), BYTE(0x09, 1, DType.INT64), SHORT(0x0B, 2, DType.INT64),
        INT(0x0C, 4, DType.INT64), FLOAT(0x0D, 4, DType.FLOAT32), DOUBLE(0x0E, 8, DType.FLOAT64);

        final int code;
        final int size;
        final DType dtype;

        IdxType(int code, int size, DType dtype) {
            this.code = code;
            this.size = size;
            this.dtype = dtype;
        }

        static IdxType of(int code, String name) throws FileFormatException {
            for (IdxType t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            throw new FileFormatException(name + ": unknown IDX type code 0x" + Integer.toHexString(code)
                    + " (known: 0x08 ubyte, 0x09 byte, 0x0b short, 0x0c int, 0x0d float, 0x0e double)");
        }

        /** The {@code n} big-endian elements of {@code data} as an array of {@code target}'s type. */
        Object decode(ByteBuffer data, DType target, int n) {
            // One loop per target type, so the JIT compiles each to a tight loop (a large file is read once, cold).
            switch (target) {
                case FLOAT32: {
                    float[] a = new float[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = (float) next(data);
                    }
                    return a;
                }
                case FLOAT64: {
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = next(data);
                    }
                    return a;
                }
                case INT64: {
                    long[] a = new long[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = (long) next(data);
                    }
                    return a;
                }
                default: {
                    boolean[] a = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = next(data) != 0;
                    }
                    return a;
                }
            }
        }

        /** The next element; every IDX value is exact as a double (integers have at most 32 bits). */
        private double next(ByteBuffer data) {
            switch (this) {
                case UBYTE: return data.get() & 0xff;
                case BYTE: return data.get();
                case SHORT: return data.getShort();
                case INT: return data.getInt();
                case FLOAT: return data.getFloat();
                default: return data.getDouble();
            }
        }
    }
}
