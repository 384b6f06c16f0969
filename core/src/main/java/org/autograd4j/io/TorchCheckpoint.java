package org.autograd4j.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.tensor.Storage;

/**
 * PyTorch's own checkpoint files, as {@code torch.save} writes them (the zip format of PyTorch 1.6 and later, and
 * the legacy format before it):
 * <pre>
 * Map&lt;String, Tensor&gt; weights = TorchCheckpoint.loadStateDict(Path.of("model.pt"));  // torch.save(model.state_dict())
 * model.loadStateDict(weights);
 * Object ckpt = TorchCheckpoint.load(Path.of("ckpt.pt"));    // {"model": ..., "optimizer": ..., "epoch": 3}
 * TorchCheckpoint.save(Path.of("back.pt"), model.stateDict()); // torch.load("back.pt", weights_only=True)
 * </pre>
 * Loading reads the pickle through {@link TorchUnpickler}, which admits only the globals a checkpoint needs and
 * never runs code; tensors that shared a storage in PyTorch share one here, with their offsets and strides, and
 * storages of float16, bfloat16 and the smaller integer types load as float32 and int64. Python values come back
 * as Java ones (dicts as maps, lists and tuples as lists, ints as Long, floats as Double, None as null).
 *
 * <p>The file is read as hostile: the zip's entries are found through its central directory, never inflated past
 * their stated size; a legacy file's storages, after its pickles, are checked against the bytes left before any is
 * allocated; the storage each tensor names must exist, hold exactly the bytes its element count needs, and
 * contain the tensor's whole extent. Any problem ends in a {@link FileFormatException} that names it, and
 * nothing is returned in part.
 */
public final class TorchCheckpoint {
    /** The largest pickle read (the tensors' data lives outside it; a state dict's pickle is a few kilobytes). */
    public static final long MAX_PICKLE_BYTES = 256L << 20;
    private static final String PICKLE = "data.pkl";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] TAR_MAGIC = {'u', 's', 't', 'a', 'r'};
    private static final int TAR_MAGIC_AT = 257;

    private TorchCheckpoint() {
    }

    /** The state dict in {@code file}: its tensors by name, in order. */
    public static Map<String, Tensor> loadStateDict(Path file) throws IOException {
        Args.nonNull(file, "file");
        Object value = load(file);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() instanceof String name && e.getValue() instanceof Tensor t) {
                    tensors.put(name, t);
                } else {
                    throw new FileFormatException(file.getFileName() + ": the entry " + e.getKey()
                            + " is not a tensor named by a string: not a state dict (use load for other values)");
                }
            }
            return tensors;
        }
        throw new FileFormatException(file.getFileName() + ": the file holds "
                + (value == null ? "None" : "a " + value.getClass().getSimpleName()) + ", not a state dict");
    }

    /**
     * The value in {@code file}, with tensors for its tensors and Java values for the rest. Both of
     * {@code torch.save}'s formats load: the zip (PyTorch 1.6 and later) and the legacy one
     * ({@code _use_new_zipfile_serialization=False}, the default before 1.6), told apart by their first bytes.
     */
    public static Object load(Path file) throws IOException {
        Args.nonNull(file, "file");
        try {
            byte[] head = head(file);
            if (startsWith(head, ZIP_MAGIC)) {
                return loadZip(file);
            }
            if (startsWith(head, TorchLegacyFormat.MAGIC)) {
                return TorchLegacyFormat.load(file);
            }
            throw new FileFormatException(unknownFormat(head));
        } catch (FileFormatException e) {
            throw new FileFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The first bytes of {@code file}, enough to tell the formats apart (a tar's magic is at byte 257). */
    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(TAR_MAGIC_AT + TAR_MAGIC.length);
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return startsWith(bytes, 0, prefix);
    }

    private static String unknownFormat(byte[] head) {
        if (startsWith(head, TAR_MAGIC_AT, TAR_MAGIC)) {
            return "a tar archive: the checkpoint format of PyTorch 0.1 to 0.3 is not read; load it in an older "
                    + "PyTorch and save it again with torch.save(torch.load(path), path)";
        }
        return "neither a PyTorch zip checkpoint (torch.save since PyTorch 1.6) nor the legacy format "
                + "(_use_new_zipfile_serialization=False): it starts with neither's bytes";
    }

    private static Object loadZip(Path file) throws IOException {
        try (ZipFile zip = Zips.open(file)) {
            String prefix = prefix(zip);
            byte[] pickle = Zips.read(zip, zip.getEntry(prefix + PICKLE), MAX_PICKLE_BYTES);
            try {
                return TorchUnpickler.load(pickle, new TorchStorages(new ZipSource(zip, prefix)));
            } catch (FileFormatException e) {
                throw new FileFormatException(PICKLE + ": " + e.getMessage(), e);
            }
        }
    }

    /** The folder holding {@code data.pkl} (PyTorch names it after the file's stem); every entry must be in it. */
    private static String prefix(ZipFile zip) throws FileFormatException {
        String prefix = null;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
            String name = en.nextElement().getName();
            if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                throw new FileFormatException("the zip entry '" + name + "' has a name that leaves its folder");
            }
            if (name.endsWith("/" + PICKLE) && name.indexOf('/') == name.length() - PICKLE.length() - 1) {
                prefix = name.substring(0, name.length() - PICKLE.length());
            }
        }
        if (prefix == null) {
            throw new FileFormatException("no <folder>/data.pkl entry: not a PyTorch zip checkpoint");
        }
        return prefix;
    }

    /** The zip format keeps each storage in an entry {@code <folder>/data/<key>} of exactly its bytes. */
    private record ZipSource(ZipFile zip, String prefix) implements TorchStorages.Source {
        @Override
        public Object elements(String key, String type, SafeDType element, long numel) throws FileFormatException {
            ZipEntry entry = zip.getEntry(prefix + "data/" + key);
            if (entry == null) {
                throw new FileFormatException("the storage '" + key + "' has no entry data/" + key);
            }
            long bytes = numel * element.size;
            if (Zips.declaredSize(entry) != bytes) {
                throw new FileFormatException("the storage '" + key + "' of " + numel + " " + type
                        + " elements needs " + bytes + " bytes, but its entry holds " + Zips.declaredSize(entry));
            }
            Object array = element.newArray((int) numel);
            try {
                element.decode(ByteBuffer.wrap(Zips.read(zip, entry, bytes)).order(ByteOrder.LITTLE_ENDIAN), array, 0,
                        "storage " + key);
            } catch (IOException e) {
                throw e instanceof FileFormatException f ? f : new FileFormatException(e.getMessage(), e);
            }
            return array;
        }
    }

    /**
     * Writes {@code value} as {@code torch.save} would: a tensor, or maps (with string, integer or boolean keys),
     * lists, strings, Long/Integer, Double/Float, Boolean and null nesting tensors, such as a state dict or
     * {@code {"model": ..., "epoch": 3}}. Tensors sharing a storage share it in the file. PyTorch 1.13's
     * {@code torch.load(weights_only=True)} reads such a file unless it holds floats (it has no BINFLOAT);
     * plain {@code torch.load} reads them all.
     */
    public static void save(Path file, Object value) throws IOException {
        Args.nonNull(file, "file");
        Path target = file.toAbsolutePath();
        String name = target.getFileName().toString();
        String stem = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)
                .replaceAll("[^A-Za-z0-9_]", "_");
        Path partial = target.resolveSibling(name + ".partial");
        TorchPickler pickler = new TorchPickler();
        byte[] pickle = pickler.pickle(value);
        try {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                put(zip, stem + "/" + PICKLE, pickle);
                List<Storage> storages = pickler.storages();
                for (int key = 0; key < storages.size(); key++) {
                    put(zip, stem + "/data/" + key, bytes(storages.get(key)));
                }
                put(zip, stem + "/version", "3\n".getBytes(StandardCharsets.US_ASCII));
            }
            SafeTensors.move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A stored entry, its size and checksum up front so readers need no data descriptor. */
    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        Zips.stampFixedTime(entry);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A whole storage, little-endian, in the type it is written as. */
    private static byte[] bytes(Storage s) {
        SafeDType type = SafeDType.forSaving(s.dtype());
        ByteBuffer buf = ByteBuffer.allocate(s.length() * type.size).order(ByteOrder.LITTLE_ENDIAN);
        type.encode(s.array(), 0, s.length(), buf);
        return buf.array();
    }
}
