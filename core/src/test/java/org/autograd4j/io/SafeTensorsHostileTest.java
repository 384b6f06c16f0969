package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each malformed or malicious file gets a FileFormatException naming the problem, and nothing is loaded. */
class SafeTensorsHostileTest {
    @TempDir
    Path dir;

    /** A file of the given header length field, header bytes and data. */
    private Path file(long headerLength, byte[] header, byte[] data) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(headerLength).put(header).put(data);
        return Files.write(dir.resolve("h.safetensors"), b.array());
    }

    private Path file(String header, int dataBytes) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        return file(h.length, h, new byte[dataBytes]);
    }

    private static String error(Path file) {
        return assertThrows(FileFormatException.class, () -> SafeTensors.load(file)).getMessage();
    }

    /** The message for a file with this header and this much (zeroed) data. */
    private String error(String header, int dataBytes) throws IOException {
        return error(file(header, dataBytes));
    }

    private static String f32(String name, String shape, long begin, long end) {
        return "\"" + name + "\":{\"dtype\":\"F32\",\"shape\":" + shape + ",\"data_offsets\":[" + begin + "," + end + "]}";
    }

    @Test
    void truncatedBeforeTheHeader() throws IOException {
        Path tiny = Files.write(dir.resolve("h.safetensors"), new byte[5]);
        assertEquals("h.safetensors: the file has 5 bytes, fewer than the 8 of the header length: it is truncated or "
                + "not a safetensors file", error(tiny));
    }

    @Test
    void headerLengthOutOfRange() throws IOException {
        assertEquals("h.safetensors: the header length 1073741824 is over the limit of 100000000 bytes: "
                + "not a safetensors file", error(file(1L << 30, new byte[2], new byte[0])));
        assertEquals("h.safetensors: the header length 18446744073709551615 is over the limit of 100000000 bytes: "
                + "not a safetensors file", error(file(-1, new byte[2], new byte[0])));
        assertEquals("h.safetensors: the header length 1000 runs past the end of the file (2 bytes follow the "
                + "length): it is truncated or not a safetensors file", error(file(1000, "{}".getBytes(), new byte[0])));
    }

    @Test
    void aGigabyteHeaderIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("h.safetensors");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: costs no disk
            f.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong((1L << 30) - 8).array());
        }
        assertEquals("h.safetensors: the header length 1073741816 is over the limit of 100000000 bytes: "
                + "not a safetensors file", error(huge));
    }

    @Test
    void headerThatIsNotAJsonObject() throws IOException {
        byte[] latin1 = "{\"\u00e9\":1}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("h.safetensors: the header is not valid UTF-8", error(file(latin1.length, latin1, new byte[0])));
        assertEquals("h.safetensors: invalid JSON at character 5: expected ':', found '1'", error("{\"a\" 1}", 0));
        assertEquals("h.safetensors: the header is not a JSON object", error("[1, 2]", 0));
        assertEquals("h.safetensors: invalid JSON at character 69: nested deeper than 64 levels",
                error("{\"a\":" + "[".repeat(100_000), 0));
        assertEquals("h.safetensors: invalid JSON at character 54: duplicate key \"a\"",
                error("{" + f32("a", "[1]", 0, 4) + "," + f32("a", "[1]", 4, 8) + "}", 8));
    }

    @Test
    void malformedTensorEntries() throws IOException {
        assertEquals("h.safetensors: tensor 'a' must be an object with dtype, shape and data_offsets, got [1]",
                error("{\"a\":[1]}", 0));
        assertEquals("h.safetensors: tensor 'a' has an unknown field \"offsets\"",
                error("{\"a\":{\"dtype\":\"F32\",\"shape\":[],\"offsets\":[0,4]}}", 4));
        assertEquals("h.safetensors: tensor 'a' has no \"data_offsets\"", error("{\"a\":{\"dtype\":\"F32\",\"shape\":[]}}", 4));
        assertEquals("h.safetensors: tensor 'a' dtype must be a string, got 4",
                error("{\"a\":{\"dtype\":4,\"shape\":[],\"data_offsets\":[0,4]}}", 4));
        assertEquals("h.safetensors: tensor 'a' shape must be a list of non-negative integers, got [2,-1]",
                error("{" + f32("a", "[2,-1]", 0, 4) + "}", 4));
        assertEquals("h.safetensors: tensor 'a' shape must be a list of non-negative integers, got [1.5]",
                error("{" + f32("a", "[1.5]", 0, 4) + "}", 4));
        assertEquals("h.safetensors: tensor 'a' data_offsets must be a list of 2 non-negative integers, got [0,4,8]",
                error("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,8]}}", 8));
    }

    @Test
    void unknownAndUnsupportedDTypes() throws IOException {
        assertEquals("h.safetensors: tensor 'a' has unknown dtype 'F17'",
                error("{\"a\":{\"dtype\":\"F17\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4));
        assertEquals("h.safetensors: tensor 'a' has dtype U64, which autograd4j does not load (it loads BOOL, U8, I8, "
                + "I16, U16, I32, U32, I64, F16, BF16, F32, F64)",
                error("{\"a\":{\"dtype\":\"U64\",\"shape\":[1],\"data_offsets\":[0,8]}}", 8));
    }

    @Test
    void shapesTooLargeToHold() throws IOException {
        // The product of these overflows a long; a 2^32 dimension alone cannot index a Java array.
        assertEquals("h.safetensors: tensor 'a' shape [4294967296, 4294967296, 16] has more elements than one Java "
                + "array holds (2147483639)", error("{" + f32("a", "[4294967296,4294967296,16]", 0, 4) + "}", 4));
        assertEquals("h.safetensors: tensor 'a' shape [2147483639, 2147483639, 2147483639] has more elements than one "
                + "Java array holds (2147483639)",
                error("{" + f32("a", "[2147483639,2147483639,2147483639]", 0, 4) + "}", 4));
        assertEquals("h.safetensors: tensor 'a' shape [0, 4294967296] has more elements than one Java array holds "
                + "(2147483639)", error("{" + f32("a", "[0,4294967296]", 0, 0) + "}", 0));
        assertEquals("h.safetensors: invalid JSON at character 29: integer 99999999999999999999 is out of range",
                error("{" + f32("a", "[99999999999999999999]", 0, 4) + "}", 4));
    }

    @Test
    void offsetsThatDoNotMatchTheData() throws IOException {
        assertEquals("h.safetensors: tensor 'a' data_offsets [8, 4] end before they begin",
                error("{" + f32("a", "[1]", 8, 4) + "}", 8));
        assertEquals("h.safetensors: tensor 'a' of shape [2, 2] and dtype F32 needs 16 bytes, but its data_offsets "
                + "[0, 12] hold 12", error("{" + f32("a", "[2,2]", 0, 12) + "}", 12));
        assertEquals("h.safetensors: tensor 'a' data_offsets [0, 400] reach past the end of the data (320 bytes): the "
                + "file is truncated", error("{" + f32("a", "[100]", 0, 400) + "}", 320));
        assertEquals("h.safetensors: tensor 'a' data_offsets [9223372036854775800, 9223372036854775804] reach past "
                + "the end of the data (4 bytes): the file is truncated",
                error("{" + f32("a", "[1]", Long.MAX_VALUE - 7, Long.MAX_VALUE - 3) + "}", 4));
    }

    @Test
    void overlapsGapsAndLeftoverBytes() throws IOException {
        assertEquals("h.safetensors: tensors 'a' [0, 16] and 'b' [8, 24] overlap",
                error("{" + f32("a", "[4]", 0, 16) + "," + f32("b", "[4]", 8, 24) + "}", 24));
        assertEquals("h.safetensors: tensors 'a' [0, 16] and 'b' [0, 16] overlap",
                error("{" + f32("a", "[4]", 0, 16) + "," + f32("b", "[2,2]", 0, 16) + "}", 16));
        assertEquals("h.safetensors: bytes 16 to 20 of the data belong to no tensor",
                error("{" + f32("a", "[4]", 0, 16) + "," + f32("b", "[1]", 20, 24) + "}", 24));
        assertEquals("h.safetensors: bytes 0 to 4 of the data belong to no tensor",
                error("{" + f32("a", "[1]", 4, 8) + "}", 8));
        assertEquals("h.safetensors: the data has 3 bytes after the last tensor's (7 in all)",
                error("{" + f32("a", "[1]", 0, 4) + "}", 7));
        assertEquals("h.safetensors: the data has 5 bytes after the last tensor's (5 in all)", error("{}", 5));
    }

    @Test
    void boolBytesOtherThanZeroAndOne() throws IOException {
        byte[] h = "{\"m\":{\"dtype\":\"BOOL\",\"shape\":[3],\"data_offsets\":[0,3]}}".getBytes(StandardCharsets.UTF_8);
        assertEquals("h.safetensors: tensor 'm' (BOOL) holds the byte 2 at element 1; a bool is 0 or 1",
                error(file(h.length, h, new byte[] {1, 2, 0})));
    }

    @Test
    void metadataThatIsNotStrings() throws IOException {
        assertEquals("h.safetensors: __metadata__ must map strings to strings; \"epoch\" is 3",
                error("{\"__metadata__\":{\"epoch\":3}}", 0));
        assertEquals("h.safetensors: __metadata__ must be an object of strings, got \"x\"",
                error("{\"__metadata__\":\"x\"}", 0));
    }

    /** Every prefix of a valid file, and bytes flipped anywhere: a clean load or a FileFormatException, nothing else. */
    @Test
    void everyTruncationAndCorruptionFailsCleanly() throws IOException {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("w", Tensor.of(new float[][] {{1, 2}, {3, 4}}));
        m.put("i", Tensor.of(5L, 6L));
        m.put("m", Tensor.of(true, false));
        Path valid = dir.resolve("valid.safetensors");
        SafeTensors.save(valid, m);
        byte[] bytes = Files.readAllBytes(valid);
        Path broken = dir.resolve("h.safetensors");
        for (int len = 0; len < bytes.length; len++) {
            Files.write(broken, Arrays.copyOf(bytes, len));
            assertThrows(FileFormatException.class, () -> SafeTensors.load(broken), "prefix of " + len + " bytes");
        }
        Random random = new Random(0);
        for (int trial = 0; trial < 200; trial++) {
            byte[] copy = bytes.clone();
            for (int k = 0; k <= trial % 3; k++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            Files.write(broken, copy);
            try {
                SafeTensors.load(broken);
            } catch (FileFormatException expected) {
                // the only way it may fail
            }
        }
    }
}
