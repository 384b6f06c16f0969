package org.autograd4j.io;

import static org.autograd4j.io.TorchCheckpointHostileTest.ascii;
import static org.autograd4j.io.TorchCheckpointHostileTest.error;
import static org.autograd4j.io.TorchCheckpointHostileTest.str;
import static org.autograd4j.io.TorchCheckpointHostileTest.tensor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legacy format ({@code torch.save(..., _use_new_zipfile_serialization=False)}) made by hand, well formed and
 * hostile, and the formats that are not read at all; TorchCheckpointTest loads the files PyTorch 1.13 wrote.
 */
class TorchLegacyFormatTest {
    private static final String SYSTEM_INFO = "\u0080\u0002}(" + str("protocol_version") + "M\u00e9\u0003"
            + str("little_endian") + "\u0088" + str("type_sizes") + "}(" + str("short") + "K\u0002" + str("int")
            + "K\u0004" + str("long") + "K\u0004uu.";
    /** The value of the well-formed file: {"w": a tensor of 6 floats over storage '0'}. */
    private static final String VALUE = "\u0080\u0002}(" + tensor("w", "FloatStorage", 6, 6, 1, "N") + "u.";
    private static final String KEYS = "\u0080\u0002](" + str("0") + "e.";

    @TempDir
    Path dir;

    /** A legacy file of these pickles, then the storage section: {@code count} and {@code bytes} zero bytes. */
    private Path legacy(String system, String value, String keys, long count, int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(TorchLegacyFormat.MAGIC);
        out.writeBytes(ascii("\u0080\u0002M\u00e9\u0003." + system + value + keys));
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(count).array());
        out.writeBytes(new byte[bytes]);
        return Files.write(dir.resolve("h.pt"), out.toByteArray());
    }

    private Path legacy(String value, String keys, long count, int bytes) throws IOException {
        return legacy(SYSTEM_INFO, value, keys, count, bytes);
    }

    @Test
    void aWellFormedHandMadeFileLoads() throws IOException {
        assertArrayEquals(new double[6],
                TorchCheckpoint.loadStateDict(legacy(VALUE, KEYS, 6, 24)).get("w").toDoubleArray());
    }

    @Test
    void refusesGlobalsThatWouldRunCode() throws IOException {
        String system = "\u0080\u0002cos\nsystem\n" + str("touch pwned") + "\u0085R.";
        String error = error(legacy(system, KEYS, 6, 24));
        assertEquals("h.pt: the pickle of the value: the pickle names the global os.system at byte 123, which is "
                + "refused: a checkpoint loads only collections.OrderedDict, torch._utils._rebuild_tensor_v2, "
                + "torch._utils._rebuild_parameter, torch.Size and the torch storage types, and never runs code",
                error);
        assertTrue(Files.notExists(Path.of("pwned")));
    }

    @Test
    void refusesAStorageLargerThanTheRestOfTheFile() throws IOException {
        String huge = "\u0080\u0002}(" + tensor("w", "FloatStorage", 1 << 30, 6, 1, "N") + "u.";
        assertEquals("h.pt: the pickle of the value: the storage '0' of 1073741824 FloatStorage elements brings the "
                + "storages to 4294967304 bytes, but only 95 remain in the file", error(legacy(huge, KEYS, 6, 24)));
    }

    @Test
    void refusesStorageBytesThatDisagreeWithThePickle() throws IOException {
        assertEquals("h.pt: the file ends inside the storage '0', which needs 32 bytes; 28 remain (it is truncated)",
                error(legacy(VALUE, KEYS, 6, 20)));
        assertEquals("h.pt: the storage '0' holds 5 elements, but the pickle says 6 FloatStorage elements",
                error(legacy(VALUE, KEYS, 5, 24)));
        assertEquals("h.pt: 4 bytes follow the last storage", error(legacy(VALUE, KEYS, 6, 28)));
    }

    @Test
    void refusesStorageKeysThatDisagreeWithThePickle() throws IOException {
        String twoKeys = "\u0080\u0002](" + str("0") + str("1") + "e.";
        assertEquals("h.pt: the storage keys name '1', which no tensor uses, or name it twice",
                error(legacy(VALUE, twoKeys, 6, 24)));
        assertEquals("h.pt: the storage '0' is used by a tensor but missing from the storage keys",
                error(legacy(VALUE, "\u0080\u0002].", 6, 24)));
        assertEquals("h.pt: the storage keys are not a list", error(legacy(VALUE, "\u0080\u0002N.", 6, 24)));
    }

    @Test
    void refusesStorageViewsAndBigEndianFiles() throws IOException {
        String view = "\u0080\u0002}(" + tensor("w", "FloatStorage", 6, 6, 1, str("1") + "K\u0000K\u0018\u0087")
                + "u.";
        assertEquals("h.pt: the pickle of the value: the persistent id at byte 229 is [storage, torch.FloatStorage, "
                + "0, cpu, 6, [1, 0, 24]]; only ('storage', type, key, location, numel) and, in the legacy format, the "
                + "same with a sixth item None load", error(legacy(view, KEYS, 6, 24)));
        String bigEndian = SYSTEM_INFO.replace("\u0088", "\u0089");
        assertEquals("h.pt: the legacy format's system information does not say little_endian=True; a checkpoint a "
                + "big-endian machine saved is not read", error(legacy(bigEndian, VALUE, KEYS, 6, 24)));
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        Path fixture = TorchCheckpointTest.fixture("mlp_state" + TorchCheckpointTest.LEGACY + ".pt");
        byte[] whole = Files.readAllBytes(fixture);
        for (int length : new int[] {TorchLegacyFormat.MAGIC.length + 3, whole.length / 2, whole.length - 1}) {
            Path cut = Files.write(dir.resolve("h.pt"), Arrays.copyOf(whole, length));
            assertTrue(error(cut).matches("h\\.pt: .*(truncated|remain in the file).*"), error(cut));
        }
    }

    @Test
    void namesTheFormatsThatAreNotRead() throws IOException {
        Path pickle = Files.write(dir.resolve("h.pt"), ascii("\u0080\u0002}."));
        assertEquals("h.pt: neither a PyTorch zip checkpoint (torch.save since PyTorch 1.6) nor the legacy format "
                + "(_use_new_zipfile_serialization=False): it starts with neither's bytes", error(pickle));
        byte[] tar = new byte[1024];
        System.arraycopy(ascii("ustar"), 0, tar, 257, 5);
        assertEquals("h.pt: a tar archive: the checkpoint format of PyTorch 0.1 to 0.3 is not read; load it in an "
                + "older PyTorch and save it again with torch.save(torch.load(path), path)",
                error(Files.write(dir.resolve("h.pt"), tar)));
        assertTrue(error(Files.write(dir.resolve("h.pt"), new byte[0])).startsWith("h.pt: neither"));
    }
}
