package org.autograd4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.io.FileFormatException;
import org.junit.jupiter.api.Test;

class IdxTest {
    /** An IDX file: the magic bytes, the dimensions, then {@code data} as given. */
    private static byte[] idx(int typeCode, int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.put((byte) 0).put((byte) 0).put((byte) typeCode).put((byte) dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(data).array();
    }

    private static Tensor read(byte[] file, DType dtype) throws IOException {
        return Idx.read(new ByteArrayInputStream(file), "t.idx", dtype);
    }

    private static String error(byte[] file) {
        return assertThrows(FileFormatException.class, () -> read(file, null)).getMessage();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void readsUnsignedBytesAsInt64OrAsAskedFor() throws IOException {
        byte[] file = idx(0x08, new int[] {2, 3}, new byte[] {0, 1, 2, (byte) 200, (byte) 255, 7});
        assertEquals("tensor([[  0,   1,   2],\n        [200, 255,   7]])", read(file, null).toString());
        assertEquals("tensor([[  0.,   1.,   2.],\n        [200., 255.,   7.]])", read(file, DType.FLOAT32).toString());
        assertEquals(read(file, null).toString(), read(gzip(file), null).toString());
    }

    @Test
    void readsEveryElementTypeBigEndian() throws IOException {
        assertEquals("tensor([-1,  2])", read(idx(0x09, new int[] {2}, new byte[] {-1, 2}), null).toString());
        assertEquals("tensor([-2,  3])", read(idx(0x0B, new int[] {2}, new byte[] {-1, -2, 0, 3}), null).toString());
        assertEquals("tensor([65536])", read(idx(0x0C, new int[] {1}, new byte[] {0, 1, 0, 0}), null).toString());
        assertEquals("tensor([1.5000])", read(idx(0x0D, new int[] {1},
                ByteBuffer.allocate(4).putFloat(1.5f).array()), null).toString());
        assertEquals("tensor([-0.2500], dtype=torch.float64)", read(idx(0x0E, new int[] {1},
                ByteBuffer.allocate(8).putDouble(-0.25).array()), null).toString());
        assertEquals("tensor(7)", read(idx(0x08, new int[] {}, new byte[] {7}), null).toString());
    }

    @Test
    void refusesMalformedFiles() throws IOException {
        assertEquals("t.idx: not an IDX file (it does not start with two zero bytes)",
                error(new byte[] {0, 1, 8, 1, 0, 0, 0, 0}));
        assertEquals("t.idx: unknown IDX type code 0x7 (known: 0x08 ubyte, 0x09 byte, 0x0b short, 0x0c int, "
                + "0x0d float, 0x0e double)", error(idx(0x07, new int[] {1}, new byte[] {1})));
        assertEquals("t.idx: dimension 1 is negative (4294967295 as unsigned)",
                error(idx(0x08, new int[] {1, -1}, new byte[0])));
        assertEquals("t.idx: truncated: shape [2, 3] of UBYTE needs 6 bytes of data, the file has 5",
                error(idx(0x08, new int[] {2, 3}, new byte[5])));
        assertEquals("t.idx: more data than shape [2] of UBYTE holds", error(idx(0x08, new int[] {2}, new byte[3])));
        assertEquals("t.idx: truncated or corrupt IDX data (null)", error(new byte[] {0, 0, 8}));
    }

    @Test
    void refusesHugeShapesBeforeAllocating() {
        // 65536 x 65536 x 4-byte ints: 16 GiB claimed by a 20-byte file.
        assertEquals("t.idx: shape [65536, 65536]... holds more data than a Java array can (2147483639 bytes)",
                error(idx(0x0C, new int[] {65536, 65536, 1}, new byte[0])));
        // 2^31-9 bytes would fit an array, but the file does not hold them: refused without allocating them.
        assertEquals("t.idx: truncated: shape [2147483639] of UBYTE needs 2147483639 bytes of data, the file has 4",
                error(idx(0x08, new int[] {Integer.MAX_VALUE - 8}, new byte[4])));
    }

    @Test
    void refusesATruncatedGzipStream() throws IOException {
        byte[] z = gzip(idx(0x08, new int[] {100}, new byte[100]));
        byte[] cut = java.util.Arrays.copyOf(z, z.length - 12);
        assertEquals("t.idx: truncated or corrupt IDX data (Unexpected end of ZLIB input stream)", error(cut));
    }
}
