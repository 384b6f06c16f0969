package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * .npy and .npz against files NumPy 1.24 wrote (resources npy/, made by npy/gen_npy.py, whose docstring gives the
 * value formulas rebuilt by {@link #expected}), files NumPy writes byte for byte, and hostile files.
 */
class NpyTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return SafeTensorsCrossCheckTest.fixture("npy/" + name);
    }

    /** gen_npy.py's values: a = arange; floats a/4-1, signed ints a-3, unsigned a, bools a%3==0. */
    private static Tensor expected(String kind, DType dtype, int... shape) {
        double[] a = new double[Arrays.stream(shape).reduce(1, (x, y) -> x * y)];
        Arrays.setAll(a, i -> kind.equals("f") ? i / 4.0 - 1 : kind.equals("i") ? i - 3 : kind.equals("b")
                ? (i % 3 == 0 ? 1 : 0) : i);
        return Tensor.of(a, shape).to(dtype);
    }

    private static void assertSame(Tensor want, Tensor got) {
        assertEquals(want.dtype(), got.dtype());
        assertArrayEquals(want.shape(), got.shape());
        assertArrayEquals(want.toDoubleArray(), got.toDoubleArray());
    }

    @ParameterizedTest
    @CsvSource({"f4_2x3, f, FLOAT32, 2x3", "f8_4, f, FLOAT64, 4", "i8_3x2, i, INT64, 3x2", "b1_2x2x2, b, BOOL, 2x2x2",
        "f4_scalar, f, FLOAT32, ''", "f8_0x3, f, FLOAT64, 0x3", "f2_2x3, f, FLOAT32, 2x3", "i4_5, i, INT64, 5",
        "u1_6, u, INT64, 6", "big_f8_2x3, f, FLOAT64, 2x3", "big_i4_4, i, INT64, 4", "big_f4_3, f, FLOAT32, 3",
        "fortran_f4_2x3x4, f, FLOAT32, 2x3x4", "fortran_i8_3x2, i, INT64, 3x2", "v2_f4_2x3, f, FLOAT32, 2x3"})
    void loadsWhatNumPyWrote(String file, String kind, DType dtype, String shape) throws IOException {
        int[] dims = shape.isEmpty() ? new int[0] : Arrays.stream(shape.split("x")).mapToInt(Integer::parseInt).toArray();
        Tensor got = Npy.load(fixture(file + ".npy"));
        assertSame(expected(kind, dtype, dims), got);
        assertTrue(got.isContiguous());
    }

    @ParameterizedTest
    @CsvSource({"f4_2x3, f, FLOAT32, 2x3", "f8_4, f, FLOAT64, 4", "i8_3x2, i, INT64, 3x2", "b1_2x2x2, b, BOOL, 2x2x2",
        "f4_scalar, f, FLOAT32, ''", "f8_0x3, f, FLOAT64, 0x3"})
    void writesWhatNumPyWrites(String file, String kind, DType dtype, String shape) throws IOException {
        int[] dims = shape.isEmpty() ? new int[0] : Arrays.stream(shape.split("x")).mapToInt(Integer::parseInt).toArray();
        Path out = dir.resolve(file + ".npy");
        Npy.save(out, expected(kind, dtype, dims));
        assertArrayEquals(Files.readAllBytes(fixture(file + ".npy")), Files.readAllBytes(out));
    }

    @Test
    void writesNonContiguousTensorsInRowMajorOrder() throws IOException {
        Tensor t = expected("f", DType.FLOAT32, 3, 2).t();
        Npy.save(dir.resolve("t.npy"), t);
        assertSame(t.contiguous(), Npy.load(dir.resolve("t.npy")));
    }

    @Test
    void loadsNpzStoredAndDeflated() throws IOException {
        Map<String, Tensor> stored = Npz.load(fixture("stored.npz"));
        assertEquals(List.of("x", "y", "flags"), List.copyOf(stored.keySet()));
        assertSame(expected("f", DType.FLOAT32, 2, 3), stored.get("x"));
        assertSame(expected("i", DType.INT64, 4), stored.get("y"));
        assertSame(expected("b", DType.BOOL, 3), stored.get("flags"));
        Map<String, Tensor> deflated = Npz.load(fixture("deflated.npz"));
        assertSame(expected("f", DType.FLOAT64, 100, 10), deflated.get("big"));
    }

    @Test
    void npzRoundTripsBothWays() throws IOException {
        Map<String, Tensor> arrays = new LinkedHashMap<>();
        arrays.put("x", expected("f", DType.FLOAT32, 2, 3));
        arrays.put("mask", expected("b", DType.BOOL, 5));
        arrays.put("ids", expected("i", DType.INT64, 0));
        Npz.save(dir.resolve("s.npz"), arrays);
        Npz.saveCompressed(dir.resolve("d.npz"), arrays);
        for (String name : List.of("s.npz", "d.npz")) {
            Map<String, Tensor> back = Npz.load(dir.resolve(name));
            assertEquals(arrays.keySet(), back.keySet());
            arrays.forEach((k, v) -> assertSame(v, back.get(k)));
        }
    }

    /** The arrays of java-written-*.npz, which gen_npy.py checked with numpy.load. */
    private static Map<String, Tensor> javaArrays() {
        Map<String, Tensor> arrays = new LinkedHashMap<>();
        arrays.put("x", expected("f", DType.FLOAT32, 2, 3));
        arrays.put("mask", expected("b", DType.BOOL, 5));
        arrays.put("ids", expected("i", DType.INT64, 0));
        arrays.put("big", expected("f", DType.FLOAT64, 100, 10));
        return arrays;
    }

    /**
     * NumPy read what this writer makes: gen_npy.py loaded the committed java-written-*.npz to the arrays of
     * {@link #javaArrays}. The stored archive is written again byte for byte; deflate's bytes depend on the zlib in
     * use, so the deflated one is compared by its content. After a deliberate format change, copy
     * target/java-written-*.npz into the resources and run the script again.
     */
    @Test
    void numpyReadsTheArchivesWrittenHere() throws IOException {
        Path stored = Path.of("target", "java-written-stored.npz");
        Path deflated = Path.of("target", "java-written-deflated.npz");
        Files.createDirectories(stored.getParent());
        Npz.save(stored, javaArrays());
        Npz.saveCompressed(deflated, javaArrays());
        assertArrayEquals(Files.readAllBytes(fixture("java-written-stored.npz")), Files.readAllBytes(stored));
        for (Path file : List.of(fixture("java-written-deflated.npz"), deflated)) {
            Map<String, Tensor> back = Npz.load(file);
            assertEquals(List.copyOf(javaArrays().keySet()), List.copyOf(back.keySet()));
            javaArrays().forEach((k, v) -> assertSame(v, back.get(k)));
        }
    }

    private String error(Path file) {
        return assertThrows(FileFormatException.class, () -> Npy.load(file)).getMessage();
    }

    private String error(byte[] bytes) throws IOException {
        return error(Files.write(dir.resolve("h.npy"), bytes));
    }

    /** A version 1.0 file with this header text and this many zero data bytes. */
    private String error(String header, int dataBytes) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[10 + h.length + dataBytes];
        System.arraycopy(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length, 0}, 0, bytes, 0, 10);
        System.arraycopy(h, 0, bytes, 10, h.length);
        return error(bytes);
    }

    @Test
    void refusesObjectAndUnsupportedArrays() {
        assertEquals("object.npy: the array has dtype '|O' (Python objects), which is refused: loading it would "
                + "mean unpickling code (numpy.load(allow_pickle=False) refuses it too)", error(fixture("object.npy")));
        assertEquals("complex.npy: the array has dtype '<c8', which autograd4j does not load (it loads b1, u1, i1, "
                + "i2, u2, i4, u4, i8, f2, f4, f8)", error(fixture("complex.npy")));
    }

    @Test
    void refusesHostileFiles() throws IOException {
        assertEquals("h.npy: it does not start with \\x93NUMPY: not a .npy file", error(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0}));
        assertEquals("h.npy: the file ended while reading the magic string (it is truncated)", error(new byte[3]));
        assertEquals("h.npy: the header promises 24 bytes of data (shape (2, 3), 4 bytes each) but 23 follow it",
                error("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", 23));
        assertEquals("h.npy: the header promises 24 bytes of data (shape (2, 3), 4 bytes each) but 25 follow it",
                error("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", 25));
        assertEquals("h.npy: the shape (100000, 100000) has more than 2147483639 elements, more than a tensor holds",
                error("{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000), }", 0));
        assertEquals("h.npy: the header \"{'descr': '<f4', 'fortran_order': False, 'shape': (-2, 3), }\" is "
                + "malformed at character 51: a non-negative integer dimension was expected",
                error("{'descr': '<f4', 'fortran_order': False, 'shape': (-2, 3), }", 0));
        assertEquals("h.npy: the header \"{'descr': '<f4', 'fortran_order': __import__('os'), 'shape': (), }\" is "
                + "malformed at character 34: unexpected value",
                error("{'descr': '<f4', 'fortran_order': __import__('os'), 'shape': (), }", 4));
        assertEquals("h.npy: the header has the keys [descr, shape]; a .npy header has exactly 'descr', "
                + "'fortran_order' and 'shape'", error("{'descr': '<f4', 'shape': (), }", 4));
        byte[] bools = Files.readAllBytes(fixture("b1_2x2x2.npy"));
        bools[bools.length - 1] = 7;
        assertEquals("h.npy: tensor 'data' (BOOL) holds the byte 7 at element 7; a bool is 0 or 1", error(bools));
    }

    @Test
    void npzRefusesTruncationAndOtherEntries() throws IOException {
        byte[] whole = Files.readAllBytes(fixture("stored.npz"));
        Path half = Files.write(dir.resolve("h.npz"), Arrays.copyOf(whole, whole.length - 30));
        assertTrue(assertThrows(FileFormatException.class, () -> Npz.load(half)).getMessage()
                .startsWith("h.npz: not a readable zip archive (truncated or corrupt): "));
        Path other = dir.resolve("o.npz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("data.pkl"));
            zip.closeEntry();
        }
        assertEquals("o.npz: the entry 'data.pkl' is not a .npy array",
                assertThrows(FileFormatException.class, () -> Npz.load(other)).getMessage());
    }
}
