package org.autograd4j.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * NumPy's {@code .npz} archives: a zip of {@code .npy} files, one per named array, like {@code numpy.savez},
 * {@code numpy.savez_compressed} and {@code numpy.load}:
 * <pre>
 * Npz.save(Path.of("arrays.npz"), Map.of("x", x, "y", y));
 * Map&lt;String, Tensor&gt; arrays = Npz.load(Path.of("arrays.npz"));   // keys "x", "y"
 * </pre>
 * Entries may be stored or deflated, with or without the zip64 extra fields NumPy writes; they are found through
 * the zip's central directory. Each entry is read as a hostile {@code .npy} file of the size the directory states,
 * and an entry that inflates to more than that (a zip bomb) is refused as soon as the extra byte appears.
 */
public final class Npz {
    private static final String SUFFIX = ".npy";

    private Npz() {
    }

    /** Writes {@code arrays} uncompressed, as {@code numpy.savez}. */
    public static void save(Path file, Map<String, Tensor> arrays) throws IOException {
        Args.nonNull(file, "file");
        Args.nonNull(arrays, "arrays");
        write(file, arrays, ZipEntry.STORED);
    }

    /** Writes {@code arrays} deflated, as {@code numpy.savez_compressed}. */
    public static void saveCompressed(Path file, Map<String, Tensor> arrays) throws IOException {
        Args.nonNull(file, "file");
        Args.nonNull(arrays, "arrays");
        write(file, arrays, ZipEntry.DEFLATED);
    }

    private static void write(Path file, Map<String, Tensor> arrays, int method) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                for (Map.Entry<String, Tensor> e : arrays.entrySet()) {
                    String name = Objects.requireNonNull(e.getKey(), "array name");
                    Tensor t = Objects.requireNonNull(e.getValue(), () -> "array '" + name + "'");
                    ByteArrayOutputStream npy = new ByteArrayOutputStream();
                    Npy.write(npy, t);
                    zip.putNextEntry(entry(name + SUFFIX, npy.toByteArray(), method));
                    npy.writeTo(zip);
                    zip.closeEntry();
                }
            }
            SafeTensors.move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A zip entry; a stored one states its size and checksum up front, as the format requires. */
    private static ZipEntry entry(String name, byte[] bytes, int method) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(method);
        Zips.stampFixedTime(entry);
        if (method == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    /** The arrays of {@code file} by name (the entry name without {@code .npy}), in the archive's order. */
    public static Map<String, Tensor> load(Path file) throws IOException {
        Args.nonNull(file, "file");
        try (ZipFile zip = Zips.open(file)) {
            return read(zip);
        } catch (FileFormatException e) {
            throw new FileFormatException(file.getFileName() + (e.getMessage().startsWith("entry") ? ", " : ": ")
                    + e.getMessage(), e);
        }
    }

    private static Map<String, Tensor> read(ZipFile zip) throws IOException {
        Map<String, Tensor> arrays = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!name.endsWith(SUFFIX)) {
                throw new FileFormatException("the entry '" + name + "' is not a .npy array");
            }
            String key = name.substring(0, name.length() - SUFFIX.length());
            if (arrays.put(key, readEntry(zip, entry)) != null) {
                throw new FileFormatException("the array '" + key + "' appears twice");
            }
        }
        return Collections.unmodifiableMap(arrays);
    }

    private static Tensor readEntry(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return Npy.read(in, Zips.declaredSize(entry));
        } catch (FileFormatException e) {
            throw new FileFormatException("entry '" + entry.getName() + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FileFormatException("entry '" + entry.getName() + "' is corrupt: " + e.getMessage(), e);
        }
    }
}
