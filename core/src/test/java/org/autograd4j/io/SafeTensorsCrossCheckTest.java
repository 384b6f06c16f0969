package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in both directions with an independent implementation of the format:
 * core/src/test/python/gen_safetensors_fixtures.py, written from the safetensors spec with NumPy, wrote the
 * {@code python-*} and {@code torch-*} files (the latter from real PyTorch 1.13 models) and checked the
 * {@code java-*} files, which {@link #main} wrote (with {@link SafeTensorsModuleTest}'s model). The tests here
 * check that this reader loads the former and that this writer still makes the latter byte for byte, so the
 * script's verdict on them stands.
 */
class SafeTensorsCrossCheckTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(SafeTensorsCrossCheckTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tensors of java-written.safetensors: each dtype this writer makes, odd shapes and values. */
    static Map<String, Tensor> javaTensors() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("f32", Tensor.of(new float[][] {{1.5f, -2f, 0.25f}, {3e-8f, -0f, Float.POSITIVE_INFINITY}}));
        m.put("f64", Tensor.of(0.1, -1e300, Double.MIN_VALUE));
        m.put("i64", Tensor.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE));
        m.put("bool", Tensor.of(true, false, true));
        m.put("scalar", Tensor.scalar(42f));
        m.put("empty", Tensor.zeros(0, 3));
        m.put("ünï \"name\"", Tensor.of(1f));
        return m;
    }

    static Map<String, String> javaMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "pt");
        m.put("written by", "autograd4j");
        return m;
    }

    /** A 4-8-3 MLP in PyTorch's nn.Sequential(Linear(4, 8), ReLU(), Linear(8, 3)) naming, seeded. */
    static Map<String, Tensor> javaMlp() {
        Tensor.manualSeed(0);
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("0.weight", Tensor.randn(8, 4).mul(0.5));
        m.put("0.bias", Tensor.randn(8).mul(0.1));
        m.put("2.weight", Tensor.randn(3, 8).mul(0.3));
        m.put("2.bias", Tensor.randn(3).mul(0.1));
        return m;
    }

    static Tensor mlp(Map<String, Tensor> w, Tensor x) {
        Tensor h = F.linear(x, w.get("0.weight"), w.get("0.bias")).relu();
        return F.linear(h, w.get("2.weight"), w.get("2.bias"));
    }

    @Test
    void loadsWhatTheSpecWriterWrote() throws IOException {
        SafeTensors.Contents c = SafeTensors.read(fixture("python-written.safetensors"));
        // Data order, which the script made differ from the header's key order.
        assertEquals(List.of("i8", "f16", "u8", "bf16", "f64", "i16", "bool", "u16", "scalar", "i32", "empty", "u32",
                "i64", "f32"), List.copyOf(c.tensors().keySet()));
        Map<String, Tensor> t = c.tensors();
        assertFloats(new float[] {1.5f, -2f, 0.25f, 3e-8f, -0f, Float.POSITIVE_INFINITY}, t.get("f32"), 2, 3);
        assertArrayEquals(new double[] {0.1, -1e300, Double.MIN_VALUE}, t.get("f64").toDoubleArray());
        assertEquals(DType.FLOAT64, t.get("f64").dtype());
        assertArrayEquals(new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}, t.get("i64").toLongArray());
        assertArrayEquals(new boolean[] {true, false, true}, t.get("bool").toBooleanArray());
        assertFloats(new float[] {1f, -2.5f, 65504f, 0x1p-14f, 0x1p-24f, Float.POSITIVE_INFINITY, -0f, Float.NaN},
                t.get("f16"), 8);
        assertFloats(new float[] {1f, -3.140625f, 0x1.fep127f, 0x1p-133f}, t.get("bf16"), 4);
        assertInts(new long[] {0, 255, 7}, t.get("u8"));
        assertInts(new long[] {-128, 127}, t.get("i8"));
        assertInts(new long[] {-32768, 32767}, t.get("i16"));
        assertInts(new long[] {65535}, t.get("u16"));
        assertInts(new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, t.get("i32"));
        assertInts(new long[] {4294967295L}, t.get("u32"));
        assertFloats(new float[] {42f}, t.get("scalar"));
        assertArrayEquals(new int[] {0, 3}, t.get("empty").shape());
        assertEquals(Map.of("format", "pt", "source", "numpy spec writer"), c.metadata());
    }

    private static void assertFloats(float[] expected, Tensor actual, int... shape) {
        assertEquals(DType.FLOAT32, actual.dtype());
        assertArrayEquals(shape, actual.shape());
        float[] got = actual.toFloatArray();
        assertEquals(expected.length, got.length);
        for (int i = 0; i < got.length; i++) {
            assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(got[i]), "element " + i);
        }
    }

    private static void assertInts(long[] expected, Tensor actual) {
        assertEquals(DType.INT64, actual.dtype());
        assertArrayEquals(expected, actual.toLongArray());
    }

    @Test
    void writesTheFilesTheSpecReaderChecked() throws IOException {
        Path a = dir.resolve("a.safetensors");
        SafeTensors.save(a, javaTensors(), javaMetadata());
        assertArrayEquals(Files.readAllBytes(fixture("java-written.safetensors")), Files.readAllBytes(a));
        Path b = dir.resolve("b.safetensors");
        SafeTensors.save(b, javaMlp());
        assertArrayEquals(Files.readAllBytes(fixture("java-mlp.safetensors")), Files.readAllBytes(b));
    }

    @Test
    void ourMlpOutputsAreTheOnesPyTorchReproduced() throws IOException {
        // The script loaded java-mlp.safetensors into torch's Sequential (strict) and matched these outputs.
        Map<String, Tensor> io = SafeTensors.load(fixture("java-mlp-io.safetensors"));
        Tensor out = mlp(javaMlp(), io.get("input"));
        assertTrue(out.isclose(io.get("output"), 1e-6, 1e-6, false).all().itemBoolean(), out + " vs " + io.get("output"));
    }

    @Test
    void aPyTorchModelGivesPyTorchsOutputs() throws IOException {
        Map<String, Tensor> weights = SafeTensors.load(fixture("torch-mlp.safetensors"));
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(weights.keySet()));
        Map<String, Tensor> io = SafeTensors.load(fixture("torch-mlp-io.safetensors"));
        Tensor out = mlp(weights, io.get("input"));
        assertTrue(out.isclose(io.get("output"), 1e-6, 1e-6, false).all().itemBoolean(), out + " vs " + io.get("output"));
    }

    /** Writes the java-* fixtures into the test resources (run from the repository root, then run the script). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of("core/src/test/resources/org/autograd4j/io");
        SafeTensors.save(out.resolve("java-written.safetensors"), javaTensors(), javaMetadata());
        SafeTensors.save(out.resolve("java-mlp.safetensors"), javaMlp());
        saveInputAndOutput(out.resolve("java-mlp-io.safetensors"), x -> mlp(javaMlp(), x));
        SafeTensors.save(out.resolve("java-module.safetensors"), SafeTensorsModuleTest.seededModel().stateDict());
        saveInputAndOutput(out.resolve("java-module-io.safetensors"),
                x -> SafeTensorsModuleTest.run(SafeTensorsModuleTest.seededModel(), x));
    }

    /** A fixed input and what {@code model} makes of it, for the script to compare with PyTorch's. */
    private static void saveInputAndOutput(Path file, UnaryOperator<Tensor> model) throws IOException {
        Tensor.manualSeed(1);
        Tensor input = Tensor.randn(5, 4);
        Map<String, Tensor> io = new LinkedHashMap<>();
        io.put("input", input);
        io.put("output", model.apply(input));
        SafeTensors.save(file, io);
    }
}
