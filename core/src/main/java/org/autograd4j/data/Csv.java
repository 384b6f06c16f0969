package org.autograd4j.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.io.FileFormatException;
import org.autograd4j.ops.Creation;

/**
 * Reads a table of numbers, comma-separated, one row a line, into a 2-D tensor ({@code numpy.loadtxt(...,
 * delimiter=",")}). Blank lines are skipped; every row must have as many fields as the first; a field is a
 * decimal number, {@code nan} or {@code inf} (with an optional sign). Gzip-compressed files are read as such.
 */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(?i:nan|inf|infinity)");

    private static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    private Csv() {
    }

    /** The rows of {@code file} after its first {@code skipRows} lines, as float32 or float64. */
    public static Tensor read(Path file, int skipRows, DType dtype) throws IOException {
        Args.nonNull(file, "file");
        Args.nonNull(dtype, "dtype");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), skipRows, dtype);
        }
    }

    /** The rows of {@code in} after its first {@code skipRows} lines; {@code name} is used in error messages. */
    public static Tensor read(InputStream in, String name, int skipRows, DType dtype) throws IOException {
        Args.nonNull(in, "in");
        Args.nonNull(name, "name");
        Args.nonNull(dtype, "dtype");
        BufferedReader text = new BufferedReader(new InputStreamReader(Gzip.decompressIfGzipped(in),
                StandardCharsets.UTF_8));
        for (int i = 0; i < skipRows; i++) {
            text.readLine();
        }
        return read(text, name, dtype, skipRows);
    }

    /** The remaining rows; {@code linesBefore} (lines already read) makes error messages count the file's lines. */
    static Tensor read(BufferedReader in, String name, DType dtype, int linesBefore) throws IOException {
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("Csv.read: dtype must be floating point, got " + dtype);
        }
        double[] values = new double[1024];
        int count = 0;
        int columns = -1;
        int rows = 0;
        int lineNumber = linesBefore;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (columns < 0) {
                columns = fields.length;
            } else if (fields.length != columns) {
                throw new FileFormatException(name + " line " + lineNumber + ": " + fields.length + " fields, expected "
                        + columns + " as in the first row");
            }
            if (count > MAX_VALUES - columns) {
                throw new FileFormatException(name + " line " + lineNumber + ": more values than a tensor can hold ("
                        + MAX_VALUES + ")");
            }
            if (count + columns > values.length) {
                values = Arrays.copyOf(values, (int) Math.min(MAX_VALUES, Math.max(count + columns, values.length * 2L)));
            }
            for (int j = 0; j < columns; j++) {
                values[count++] = parse(fields[j].strip(), name, lineNumber, j);
            }
            rows++;
        }
        if (rows == 0) {
            throw new FileFormatException(name + ": no rows of data");
        }
        if (dtype == DType.FLOAT64) {
            return Creation.fromArray(Arrays.copyOf(values, count), dtype, rows, columns);
        }
        float[] narrowed = new float[count];
        for (int i = 0; i < count; i++) {
            narrowed[i] = (float) values[i];
        }
        return Creation.fromArray(narrowed, dtype, rows, columns);
    }

    private static double parse(String field, String name, int line, int column) throws FileFormatException {
        if (!NUMBER.matcher(field).matches()) {
            throw new FileFormatException(name + " line " + line + ", field " + column + ": '" + field
                    + "' is not a number");
        }
        String lower = field.toLowerCase(Locale.ROOT);
        if (lower.endsWith("nan")) {
            return Double.NaN;
        }
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(field);
    }
}
