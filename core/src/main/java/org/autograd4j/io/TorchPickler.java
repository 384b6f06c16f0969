package org.autograd4j.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Storage;

/**
 * Writes the pickle (protocol 2) of a checkpoint's value with only the opcodes and globals that
 * {@code torch.load(weights_only=True)} accepts: tensors as {@code torch._utils._rebuild_tensor_v2} of a
 * persistent storage id, maps as dicts, lists, strings, integers, booleans and None; floats as BINFLOAT.
 * Storages are numbered in the order first met, each once, however many tensors view it.
 */
final class TorchPickler {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<Storage, Integer> keys = new IdentityHashMap<>();
    private final List<Storage> storages = new ArrayList<>();

    /** The pickle of {@code value}. */
    byte[] pickle(Object value) {
        out.write(0x80);                                                 // PROTO 2
        out.write(2);
        write(value);
        out.write('.');                                                  // STOP
        return out.toByteArray();
    }

    /** The storages the pickle refers to, in the order of their keys 0, 1, ... */
    List<Storage> storages() {
        return storages;
    }

    private void write(Object value) {
        if (value == null) {
            out.write('N');
        } else if (value instanceof Tensor t) {
            tensor(t);
        } else if (value instanceof Map<?, ?> map) {
            dict(map);
        } else if (value instanceof List<?> list) {
            out.write(']');                                              // EMPTY_LIST
            out.write('(');
            list.forEach(this::write);
            out.write('e');                                              // APPENDS
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean b) {
            out.write(b ? 0x88 : 0x89);
        } else if (value instanceof Long || value instanceof Integer) {
            integer(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.write('G');
            out.writeBytes(ByteBuffer.allocate(8).putDouble(((Number) value).doubleValue()).array());
        } else {
            throw new IllegalArgumentException("a checkpoint holds tensors, maps, lists, strings, numbers, booleans "
                    + "and null, not a " + value.getClass().getName());
        }
    }

    private void dict(Map<?, ?> map) {
        out.write('}');                                                  // EMPTY_DICT
        out.write('(');
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object key = e.getKey();
            if (key instanceof Tensor || key instanceof Map || key instanceof List) {
                throw new IllegalArgumentException("a checkpoint's map keys are strings, numbers or booleans, not "
                        + key.getClass().getSimpleName());
            }
            write(key);
            write(e.getValue());
        }
        out.write('u');                                                  // SETITEMS
    }

    /** {@code _rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())}. */
    private void tensor(Tensor t) {
        Storage storage = TensorAccess.storage(t);
        Integer key = keys.get(storage);
        if (key == null) {
            key = keys.size();
            keys.put(storage, key);
            storages.add(storage);
        }
        global("torch._utils", "_rebuild_tensor_v2");
        out.write('(');
        out.write('(');
        string("storage");
        global("torch", TorchStorageType.of(t.dtype()));
        string(Integer.toString(key));
        string("cpu");
        integer(storage.length());
        out.write('t');
        out.write('Q');                                                  // BINPERSID
        integer(t.storageOffset());
        tuple(t.shape());
        tuple(t.stride());
        out.write(0x89);                                                 // requires_grad False
        global("collections", "OrderedDict");
        out.write(')');
        out.write('R');
        out.write('t');
        out.write('R');
    }

    private void tuple(int[] values) {
        out.write('(');
        for (int v : values) {
            integer(v);
        }
        out.write('t');
    }

    private void global(String module, String name) {
        out.write('c');
        out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private void string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.write('X');                                                  // BINUNICODE
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(utf8.length).array());
        out.writeBytes(utf8);
    }

    private void integer(long v) {
        if (v == (int) v) {
            out.write('J');                                              // BININT
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array());
        } else {
            out.write(0x8a);                                             // LONG1 of 8 bytes
            out.write(8);
            out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }
    }
}
