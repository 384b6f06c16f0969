package org.autograd4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reading zip archives (NumPy's {@code .npz}, PyTorch's {@code .pt}) as hostile files: entries are found through
 * the central directory (PyTorch's local headers carry zero sizes), and an entry is never inflated past the size
 * the directory states, so a zip bomb ends in an exception rather than in exhausted memory.
 */
final class Zips {
    /** The time NumPy and PyTorch stamp on every entry: the earliest a zip can hold. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Zips() {
    }

    /**
     * Stamps {@code entry} with {@link #ENTRY_TIME} rather than the time of writing, so one content always makes
     * the same bytes. The zip field holds local time, so the instant is this zone's; {@code setTimeLocal} would add
     * an extended timestamp field, since Java reads this earliest time as "before 1980".
     */
    static void stampFixedTime(ZipEntry entry) {
        entry.setTime(ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
    }

    /** The archive {@code file}; a truncated or corrupt one is refused. */
    static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new FileFormatException("not a readable zip archive (truncated or corrupt): " + e.getMessage(), e);
        }
    }

    /** The uncompressed size the central directory states for {@code entry}. */
    static long declaredSize(ZipEntry entry) throws FileFormatException {
        long size = entry.getSize();
        if (size < 0) {
            throw new FileFormatException("the zip directory states no size for '" + entry.getName() + "'");
        }
        return size;
    }

    /**
     * All the bytes of {@code entry}, which must be at most {@code limit}; reading stops after the stated size, and
     * an entry holding more than it states is refused.
     */
    static byte[] read(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        long size = declaredSize(entry);
        if (size > limit) {
            throw new FileFormatException("the entry '" + entry.getName() + "' states " + size
                    + " bytes, over the limit of " + limit);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) size);
            if (bytes.length < size) {
                throw new FileFormatException("the entry '" + entry.getName() + "' ends after " + bytes.length
                        + " of the " + size + " bytes the zip directory states");
            }
            if (in.read() >= 0) {
                throw new FileFormatException("the entry '" + entry.getName() + "' inflates to more than the "
                        + size + " bytes the zip directory states (a zip bomb?)");
            }
            return bytes;
        } catch (ZipException e) {
            throw new FileFormatException("the entry '" + entry.getName() + "' is corrupt: " + e.getMessage(), e);
        }
    }
}
