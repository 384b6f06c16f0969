package org.autograd4j.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's legacy checkpoint format, which {@code torch.save} wrote before PyTorch 1.6 and still writes with
 * {@code _use_new_zipfile_serialization=False}: five pickles one after another (a magic number, the protocol
 * version 1001, the saving machine's byte order and type sizes, the value, and the keys of the value's storages),
 * then each storage in the order of those keys: its element count (8 bytes, little-endian) and its elements.
 *
 * <p>The same allowlisted {@link TorchUnpickler} reads every pickle, so nothing runs. A storage is allocated only
 * when the file still holds its bytes, and any inconsistency (an element count that disagrees with the pickle, a
 * storage listed but never used or used but never listed, bytes missing or left over) is a
 * {@link FileFormatException}; nothing is returned in part.
 */
final class TorchLegacyFormat {
    /** The pickle of {@code torch.serialization.MAGIC_NUMBER}, 0x1950a86a20f9469cfc6c: the format's first bytes. */
    static final byte[] MAGIC = {(byte) 0x80, 2, (byte) 0x8a, 10, 0x6c, (byte) 0xfc, (byte) 0x9c, 0x46, (byte) 0xf9,
        0x20, 0x6a, (byte) 0xa8, 0x50, 0x19, '.'};
    private static final long PROTOCOL_VERSION = 1001;
    /** The file is read whole, so into one array. */
    private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;
    /** The pickles before and after the value name no storage. */
    private static final TorchStorages.Source NO_STORAGES = (key, type, element, numel) -> {
        throw new FileFormatException("it names the storage '" + key + "' outside the pickle of the value");
    };

    private TorchLegacyFormat() {
    }

    /** The value in {@code file}, which starts with {@link #MAGIC}. */
    static Object load(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new FileFormatException("a legacy-format checkpoint of " + size + " bytes, over the "
                    + MAX_FILE_BYTES + " read; save it in the zip format: torch.save(torch.load(path), path)");
        }
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        in.position(MAGIC.length);
        Object version = plain(in, "protocol version");
        if (!Long.valueOf(PROTOCOL_VERSION).equals(version)) {
            throw new FileFormatException("the legacy format's protocol version is "
                    + TorchUnpickler.brief(version) + ", not " + PROTOCOL_VERSION);
        }
        if (!(plain(in, "system information") instanceof Map<?, ?> system)
                || !Boolean.TRUE.equals(system.get("little_endian"))) {
            throw new FileFormatException("the legacy format's system information does not say little_endian=True; "
                    + "a checkpoint a big-endian machine saved is not read");
        }
        Storages storages = new Storages(in);
        Object value;
        try {
            value = TorchUnpickler.load(in, new TorchStorages(storages));
        } catch (FileFormatException e) {
            throw new FileFormatException("the pickle of the value: " + e.getMessage(), e);
        }
        storages.fill(plain(in, "storage keys"));
        return value;
    }

    /** One of the pickles around the value, which hold only plain values. */
    private static Object plain(ByteBuffer in, String what) throws FileFormatException {
        try {
            return TorchUnpickler.load(in, new TorchStorages(NO_STORAGES));
        } catch (FileFormatException e) {
            throw new FileFormatException("the pickle of the " + what + ": " + e.getMessage(), e);
        }
    }

    /** The storages the value's pickle names, allocated then and filled from the bytes after the pickles. */
    private static final class Storages implements TorchStorages.Source {
        /** A storage waiting for its elements. */
        private record Pending(String type, SafeDType element, Object array, long numel) {
        }

        private final ByteBuffer in;
        private final Map<String, Pending> pending = new LinkedHashMap<>();
        /** The bytes the storages named so far take after the pickles, with their element counts. */
        private long claimed;

        Storages(ByteBuffer in) {
            this.in = in;
        }

        @Override
        public Object elements(String key, String type, SafeDType element, long numel) throws FileFormatException {
            claimed += Long.BYTES + numel * element.size;
            if (claimed > in.remaining()) {
                throw new FileFormatException("the storage '" + key + "' of " + numel + " " + type + " elements "
                        + "brings the storages to " + claimed + " bytes, but only " + in.remaining()
                        + " remain in the file");
            }
            Object array = element.newArray((int) numel);
            pending.put(key, new Pending(type, element, array, numel));
            return array;
        }

        /** Reads the storages in the order of {@code keys}, the last pickle; the file must end with them. */
        void fill(Object keys) throws FileFormatException {
            if (!(keys instanceof List<?> list)) {
                throw new FileFormatException("the storage keys are not a list");
            }
            for (Object key : list) {
                Pending storage = pending.remove(key);
                if (storage == null) {
                    throw new FileFormatException("the storage keys name '" + TorchUnpickler.brief(key)
                            + "', which no tensor uses, or name it twice");
                }
                read((String) key, storage);
            }
            if (!pending.isEmpty()) {
                throw new FileFormatException("the storage '" + pending.keySet().iterator().next() + "' is used by a "
                        + "tensor but missing from the storage keys");
            }
            if (in.hasRemaining()) {
                throw new FileFormatException(in.remaining() + " bytes follow the last storage");
            }
        }

        private void read(String key, Pending storage) throws FileFormatException {
            long bytes = storage.numel() * storage.element().size;
            if (in.remaining() < Long.BYTES + bytes) {
                throw new FileFormatException("the file ends inside the storage '" + key + "', which needs "
                        + (Long.BYTES + bytes) + " bytes; " + in.remaining() + " remain (it is truncated)");
            }
            long numel = in.getLong();
            if (numel != storage.numel()) {
                throw new FileFormatException("the storage '" + key + "' holds " + numel + " elements, but the "
                        + "pickle says " + storage.numel() + " " + storage.type() + " elements");
            }
            ByteBuffer elements = in.slice(in.position(), (int) bytes).order(ByteOrder.LITTLE_ENDIAN);
            storage.element().decode(elements, storage.array(), 0, "storage " + key);
            in.position(in.position() + (int) bytes);
        }
    }
}
