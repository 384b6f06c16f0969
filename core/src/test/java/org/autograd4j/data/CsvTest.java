package org.autograd4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.io.FileFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    private static Tensor read(String text, DType dtype) throws IOException {
        return Csv.read(new BufferedReader(new StringReader(text)), "t.csv", dtype, 0);
    }

    private static String error(String text) {
        return assertThrows(FileFormatException.class, () -> read(text, DType.FLOAT32)).getMessage();
    }

    @Test
    void readsRowsOfNumbers() throws IOException {
        assertEquals("tensor([[ 1.0000e+00,  2.5000e+00, -3.0000e+00],\n        [ 1.0000e-03,         nan,        -inf]])",
                read("1, 2.5,-3\n\n1e-3,NaN,-inf\n", DType.FLOAT32).toString());
        assertEquals("tensor([[0.1000]], dtype=torch.float64)", read("0.1", DType.FLOAT64).toString());
    }

    @Test
    void readsFilesPlainOrGzippedAfterSkippedLines(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("a.csv"), "a,b\n1,2\n3,4\n");
        Path zipped = dir.resolve("a.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(zipped))) {
            out.write("a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("tensor([[1., 2.],\n        [3., 4.]])", Csv.read(plain, 1, DType.FLOAT32).toString());
        assertEquals("tensor([[1., 2.],\n        [3., 4.]])", Csv.read(zipped, 1, DType.FLOAT32).toString());
        assertEquals("a.csv line 1, field 0: 'a' is not a number",
                assertThrows(FileFormatException.class, () -> Csv.read(plain, 0, DType.FLOAT32)).getMessage());
    }

    @Test
    void refusesMalformedTables() {
        assertEquals("t.csv line 3: 2 fields, expected 3 as in the first row", error("1,2,3\n4,5,6\n7,8\n"));
        assertEquals("t.csv line 1, field 1: '0x10' is not a number", error("1,0x10\n"));
        assertEquals("t.csv line 1, field 1: '' is not a number", error("1,\n"));
        assertEquals("t.csv line 2, field 0: '1f' is not a number", error("1\n1f\n"));
        assertEquals("t.csv: no rows of data", error("\n \n"));
        assertEquals("Csv.read: dtype must be floating point, got torch.int64",
                assertThrows(IllegalArgumentException.class, () -> read("1", DType.INT64)).getMessage());
    }
}
