package org.autograd4j.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Storage;
import org.autograd4j.tensor.VersionCounter;

/**
 * The storages a checkpoint's pickle names, each made once however many tensors view it, and the tensors over
 * them, checked against their storage's extent. Both of {@code torch.save}'s formats build tensors this way; they
 * differ only in where a storage's bytes are, which a {@link Source} knows.
 */
final class TorchStorages implements TorchUnpickler.Tensors {
    /** The elements of the storages of one file. */
    interface Source {
        /**
         * The array of the storage {@code key} of class {@code type}: {@code numel} elements of {@code element},
         * decoded now or filled in before the file's value is returned. Its size is checked against the file before
         * anything is allocated.
         */
        Object elements(String key, String type, SafeDType element, long numel) throws FileFormatException;
    }

    /** The most elements a storage may have: the largest Java array. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final Source source;
    private final Map<String, Storage> storages = new HashMap<>();
    /** The storage class each key was first named with. */
    private final Map<String, String> storageTypes = new HashMap<>();

    TorchStorages(Source source) {
        this.source = source;
    }

    @Override
    public Object storage(String type, String key, long numel) throws FileFormatException {
        if (!key.matches("[A-Za-z0-9_]{1,64}")) {
            throw new FileFormatException("the storage key '" + key + "' is not a plain name");
        }
        String knownType = storageTypes.putIfAbsent(key, type);
        if (knownType != null && !knownType.equals(type)) {
            throw new FileFormatException("the storage '" + key + "' is named as " + knownType + " and as " + type
                    + " (tensors viewing one storage as two types do not load)");
        }
        Storage known = storages.get(key);
        if (known != null) {
            return known;
        }
        if (numel < 0 || numel > MAX_ELEMENTS) {
            throw new FileFormatException("the storage '" + key + "' claims " + numel + " elements; a storage "
                    + "holds 0 to " + MAX_ELEMENTS);
        }
        SafeDType element = TorchStorageType.element(type);
        Storage storage = Storage.wrap(element.dtype, source.elements(key, type, element, numel));
        storages.put(key, storage);
        return storage;
    }

    @Override
    public Object tensor(Object storage, long offset, List<Object> size, List<Object> stride)
            throws FileFormatException {
        if (!(storage instanceof Storage s)) {
            throw new FileFormatException("a tensor is rebuilt from " + TorchUnpickler.brief(storage)
                    + ", not a storage");
        }
        int[] shape = ints(size, "size");
        int[] strides = ints(stride, "stride");
        if (shape.length != strides.length) {
            throw new FileFormatException("a tensor has the size " + TorchUnpickler.brief(size)
                    + " but the stride " + TorchUnpickler.brief(stride));
        }
        if (offset < 0 || offset > s.length()) {
            throw new FileFormatException("a tensor's storage offset " + offset + " is outside its storage of "
                    + s.length() + " elements");
        }
        long last = lastElement(shape, strides, offset, size);
        if (last >= s.length()) {
            throw new FileFormatException("a tensor of size " + TorchUnpickler.brief(size) + ", stride "
                    + TorchUnpickler.brief(stride) + " and offset " + offset + " reaches element " + last
                    + " of a storage of " + s.length() + ": the storage is shorter than the tensor");
        }
        return TensorAccess.create(s, shape, strides, (int) offset, new VersionCounter());
    }

    /**
     * The storage index of a tensor's last element, or -1 when it has none; a tensor of more elements than a Java
     * array holds is refused. The index cannot overflow: the sum of {@code (size - 1) * stride} over the dims is at
     * most {@code (numel - 1) * Integer.MAX_VALUE}, under 2^62, and the offset is within the storage.
     */
    private static long lastElement(int[] shape, int[] strides, long offset, List<Object> size)
            throws FileFormatException {
        if (Arrays.stream(shape).anyMatch(n -> n == 0)) {
            return -1;
        }
        long numel = 1;
        for (int n : shape) {
            numel *= n;
            if (numel > MAX_ELEMENTS) {
                throw new FileFormatException("a tensor of size " + TorchUnpickler.brief(size) + " has more "
                        + "elements than the " + MAX_ELEMENTS + " a tensor holds");
            }
        }
        long last = offset;
        for (int d = 0; d < shape.length; d++) {
            last += (shape[d] - 1L) * strides[d];
        }
        return last;
    }

    private static int[] ints(List<Object> values, String what) throws FileFormatException {
        int[] ints = new int[values.size()];
        for (int i = 0; i < ints.length; i++) {
            if (!(values.get(i) instanceof Long v) || v < 0 || v > Integer.MAX_VALUE) {
                throw new FileFormatException("a tensor's " + what + " " + TorchUnpickler.brief(values)
                        + " is not a tuple of non-negative ints");
            }
            ints[i] = (int) (long) v;
        }
        return ints;
    }
}
