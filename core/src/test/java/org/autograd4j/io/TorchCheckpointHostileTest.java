package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malicious and malformed checkpoints: each ends in a FileFormatException naming the problem; none runs code. */
class TorchCheckpointHostileTest {
    private static final String REFUSED = "which is refused: a checkpoint loads only collections.OrderedDict, "
            + "torch._utils._rebuild_tensor_v2, torch._utils._rebuild_parameter, torch.Size and the torch storage "
            + "types, and never runs code";

    @TempDir
    Path dir;

    /** A zip of these entries (name to bytes), deflated or stored. */
    private Path zip(Map<String, byte[]> entries, int method) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setMethod(method);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (method == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve("h.pt"), bytes.toByteArray());
    }

    private Path checkpoint(byte[] pickle, byte[] storage) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("h/data.pkl", pickle);
        entries.put("h/data/0", storage);
        return zip(entries, ZipEntry.STORED);
    }

    static String error(Path file) {
        return assertThrows(FileFormatException.class, () -> TorchCheckpoint.load(file)).getMessage();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String binint(long v) {
        return "J" + new String(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array(),
                StandardCharsets.ISO_8859_1);
    }

    static String str(String s) {
        return "X" + new String(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(s.length()).array(),
                StandardCharsets.ISO_8859_1) + s;
    }

    /** {"w": a float tensor of this size and stride over storage 0 of {@code numel} elements}. */
    private static byte[] tensorPickle(long numel, int size, int stride) {
        return ascii("\u0080\u0002}(" + tensor("w", "FloatStorage", numel, size, stride) + "u.");
    }

    /** The pickle ops of the dict item {@code name}: a 1-d tensor over storage 0 of the given class. */
    static String tensor(String name, String storage, long numel, int size, int stride) {
        return tensor(name, storage, numel, size, stride, "");
    }

    /** The same, its persistent id followed by {@code extraIdItems} (the legacy format's view metadata). */
    static String tensor(String name, String storage, long numel, int size, int stride, String extraIdItems) {
        return str(name) + "ctorch._utils\n_rebuild_tensor_v2\n((" + str("storage") + "ctorch\n" + storage + "\n"
                + str("0") + str("cpu") + binint(numel) + extraIdItems + "tQ" + binint(0) + "(" + binint(size)
                + "t(" + binint(stride) + "t\u0089ccollections\nOrderedDict\n)RtR";
    }

    @Test
    void aWellFormedHandMadeCheckpointLoads() throws IOException {
        Path file = checkpoint(tensorPickle(6, 6, 1), new byte[24]);
        assertEquals(6, TorchCheckpoint.loadStateDict(file).get("w").numel());
    }

    @Test
    void refusesGlobalsThatWouldRunCode() throws IOException {
        byte[] system = ascii("\u0080\u0002cos\nsystem\n" + str("touch pwned") + "\u0085R.");
        assertEquals("h.pt: data.pkl: the pickle names the global os.system at byte 2, " + REFUSED,
                error(checkpoint(system, new byte[0])));
        byte[] eval = ascii("\u0080\u0002cbuiltins\neval\n" + str("1") + "\u0085R.");
        assertEquals("h.pt: data.pkl: the pickle names the global builtins.eval at byte 2, " + REFUSED,
                error(checkpoint(eval, new byte[0])));
        assertTrue(Files.notExists(Path.of("pwned")));
    }

    @Test
    void refusesOpcodesACheckpointNeverUses() throws IOException {
        byte[] inst = ascii("\u0080\u0002ios\nsystem\n.");
        assertEquals("h.pt: data.pkl: the pickle opcode 0x69 at byte 2 is not one a checkpoint uses; it is refused",
                error(checkpoint(inst, new byte[0])));
    }

    @Test
    void refusesPicklesThatClaimHugeContainers() throws IOException {
        byte[] hugeString = ascii("\u0080\u0002X\u00ff\u00ff\u00ff\u007fabc.");
        assertEquals("h.pt: data.pkl: the string at byte 2 claims 2147483647 bytes, but only 4 remain in the pickle",
                error(checkpoint(hugeString, new byte[0])));
        byte[] marks = new byte[20_003];
        Arrays.fill(marks, (byte) '(');
        marks[0] = (byte) 0x80;
        marks[1] = 2;
        marks[marks.length - 1] = '.';
        assertEquals("h.pt: data.pkl: the pickle nests more than 10000 levels deep", error(checkpoint(marks, new byte[0])));
        byte[] hugeStorage = tensorPickle(1 << 30, 6, 1);
        assertEquals("h.pt: data.pkl: the storage '0' of 1073741824 FloatStorage elements needs 4294967296 bytes, "
                + "but its entry holds 24", error(checkpoint(hugeStorage, new byte[24])));
        byte[] beyondArrays = tensorPickle(Integer.MAX_VALUE, 6, 1);
        assertEquals("h.pt: data.pkl: the storage '0' claims 2147483647 elements; a storage holds 0 to 2147483639",
                error(checkpoint(beyondArrays, new byte[24])));
    }

    /** Lists that hold themselves, or 10^30 items through shared references, show in a message cut short. */
    @Test
    void refusesCyclicAndExponentiallySharedValuesWithShortMessages() throws IOException {
        byte[] selfInPid = ascii("\u0080\u0002]q\u0000h\u0000aQ.");
        assertEquals("h.pt: data.pkl: the persistent id at byte 8 is [[[[[...]]]]]; only ('storage', type, key, "
                + "location, numel) and, in the legacy format, the same with a sixth item None load",
                error(checkpoint(selfInPid, new byte[0])));
        byte[] noneInPid = ascii("\u0080\u0002(" + str("storage") + "NtQ.");
        assertTrue(error(checkpoint(noneInPid, new byte[0])).contains(" is [storage, None]; "));
        byte[] cycleInPid = ascii("\u0080\u0002]q\u0000]q\u0001h\u0000aaQ.");
        assertTrue(error(checkpoint(cycleInPid, new byte[0])).contains(" is [[[[[...]]]]]; "));
        String laughs = str("lol") + "q\u0000";
        for (int level = 1; level <= 30; level++) {
            laughs = "(" + laughs + ("h" + (char) (level - 1)).repeat(9) + "tq" + (char) level;
        }
        byte[] billion = ascii("\u0080\u0002ctorch._utils\n_rebuild_tensor_v2\n" + laughs + "\u0085R.");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> error(checkpoint(billion, new byte[0])));
        assertTrue(message.startsWith("h.pt: data.pkl: the call of torch._utils._rebuild_tensor_v2 at byte "),
                message);
        assertTrue(message.length() < 400, message);
    }

    @Test
    void refusesTensorsOfMoreElementsThanAnArrayOrOffsetsOutsideTheStorage() throws IOException {
        String w = tensor("w", "FloatStorage", 6, 6, 1);
        String twoHugeDims = w.replace("(" + binint(6) + "t(" + binint(1) + "t",
                "(" + binint(Integer.MAX_VALUE) + binint(Integer.MAX_VALUE) + "t(" + binint(0) + binint(0) + "t");
        assertEquals("h.pt: data.pkl: a tensor of size [2147483647, 2147483647] has more elements than the "
                + "2147483639 a tensor holds", error(checkpoint(ascii("\u0080\u0002}(" + twoHugeDims + "u."),
                new byte[24])));
        String longMax = "\u008a\u0008\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u007f";
        String farOffset = w.replace("tQ" + binint(0), "tQ" + longMax);
        assertEquals("h.pt: data.pkl: a tensor's storage offset 9223372036854775807 is outside its storage of 6 "
                + "elements", error(checkpoint(ascii("\u0080\u0002}(" + farOffset + "u."), new byte[24])));
    }

    @Test
    void refusesStoragesShorterThanTheirTensors() throws IOException {
        assertEquals("h.pt: data.pkl: the storage '0' of 6 FloatStorage elements needs 24 bytes, but its entry "
                + "holds 20", error(checkpoint(tensorPickle(6, 6, 1), new byte[20])));
        assertEquals("h.pt: data.pkl: a tensor of size [10], stride [1] and offset 0 reaches element 9 of a storage "
                + "of 6: the storage is shorter than the tensor", error(checkpoint(tensorPickle(6, 10, 1), new byte[24])));
        assertEquals("h.pt: data.pkl: a tensor of size [3], stride [4] and offset 0 reaches element 8 of a storage "
                + "of 6: the storage is shorter than the tensor", error(checkpoint(tensorPickle(6, 3, 4), new byte[24])));
    }

    @Test
    void refusesAStorageNamedWithTwoTypes() throws IOException {
        byte[] pickle = ascii("\u0080\u0002}(" + tensor("f", "FloatStorage", 6, 6, 1) + tensor("i", "IntStorage", 6, 6, 1)
                + "u.");
        assertEquals("h.pt: data.pkl: the storage '0' is named as FloatStorage and as IntStorage (tensors viewing one "
                + "storage as two types do not load)", error(checkpoint(pickle, new byte[24])));
    }

    @Test
    void refusesTruncatedZips() throws IOException {
        byte[] whole = Files.readAllBytes(TorchCheckpointTest.fixture("mlp_state.pt"));
        Path half = Files.write(dir.resolve("h.pt"), Arrays.copyOf(whole, whole.length / 2));
        assertTrue(error(half).startsWith("h.pt: not a readable zip archive (truncated or corrupt): "), error(half));
    }

    @Test
    void refusesEntriesThatLeaveTheirFolder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("h/data.pkl", tensorPickle(6, 6, 1));
        entries.put("../../evil/data/0", new byte[24]);
        assertEquals("h.pt: the zip entry '../../evil/data/0' has a name that leaves its folder",
                error(zip(entries, ZipEntry.STORED)));
        assertEquals("h.pt: no <folder>/data.pkl entry: not a PyTorch zip checkpoint",
                error(zip(Map.of("data.pkl", new byte[1]), ZipEntry.STORED)));
    }

    /** A zip whose last entry is {@code head} followed by zeros to 64 MB, deflated, its directory claiming {@code head}'s size. */
    private Path zipBomb(String firstName, byte[] first, String bombName, byte[] head) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(firstName, first);
        entries.put(bombName, Arrays.copyOf(head, 64 << 20));
        Path file = zip(entries, ZipEntry.DEFLATED);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < bytes.length; i++) {
            boolean central = b.getInt(i) == 0x02014b50;
            if (central && new String(bytes, i + 46, b.getShort(i + 28), StandardCharsets.UTF_8).equals(bombName)) {
                b.putInt(i + 24, head.length);
            }
        }
        return Files.write(file, bytes);
    }

    @Test
    void refusesAZipBombWithoutInflatingIt() throws IOException {
        Path bomb = zipBomb("h/data.pkl", tensorPickle(6, 6, 1), "h/data/0", new byte[24]);
        assertEquals("h.pt: data.pkl: the entry 'h/data/0' inflates to more than the 24 bytes the zip directory "
                + "states (a zip bomb?)", error(bomb));
    }

    @Test
    void npzRefusesAZipBomb() throws IOException {
        ByteArrayOutputStream npy = new ByteArrayOutputStream();
        Npy.write(npy, Tensor.zeros(6));
        Path bomb = zipBomb("a.npy", npy.toByteArray(), "b.npy", npy.toByteArray());
        assertEquals("h.pt, entry 'b.npy': more bytes follow the data than the file's size said",
                assertThrows(FileFormatException.class, () -> Npz.load(bomb)).getMessage());
    }
}
