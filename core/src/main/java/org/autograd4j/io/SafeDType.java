package org.autograd4j.io;

import java.nio.ByteBuffer;
import java.util.Set;
import org.autograd4j.DType;
import org.autograd4j.tensor.Storage;

/**
 * The element types of safetensors files that load, each with its size in the file and the dtype it becomes:
 * integers widen to int64 and half-precision floats to float32, exactly.
 */
enum SafeDType {
    BOOL(1, DType.BOOL), U8(1, DType.INT64), I8(1, DType.INT64), I16(2, DType.INT64), U16(2, DType.INT64),
    I32(4, DType.INT64), U32(4, DType.INT64), I64(8, DType.INT64),
    F16(2, DType.FLOAT32), BF16(2, DType.FLOAT32), F32(4, DType.FLOAT32), F64(8, DType.FLOAT64);

    /** Types of the format that have no exact counterpart here. */
    private static final Set<String> UNSUPPORTED = Set.of("U64", "F8_E5M2", "F8_E4M3", "F8_E8M0", "F6_E2M3", "F6_E3M2",
            "F4", "C64");

    final int size;
    final DType dtype;

    SafeDType(int size, DType dtype) {
        this.size = size;
        this.dtype = dtype;
    }

    /** The file's type for a tensor of {@code dtype} when saving: the one that keeps it exactly. */
    static SafeDType forSaving(DType dtype) {
        switch (dtype) {
            case BOOL: return BOOL;
            case INT64: return I64;
            case FLOAT32: return F32;
            default: return F64;
        }
    }

    /** The type named {@code code} in a header; refused with the reason when it does not load. */
    static SafeDType of(String code, String tensor) throws FileFormatException {
        for (SafeDType t : values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        if (UNSUPPORTED.contains(code)) {
            throw new FileFormatException("tensor '" + tensor + "' has dtype " + code
                    + ", which autograd4j does not load (it loads BOOL, U8, I8, I16, U16, I32, U32, I64, F16, BF16, "
                    + "F32, F64)");
        }
        throw new FileFormatException("tensor '" + tensor + "' has unknown dtype '" + code + "'");
    }

    /**
     * Decodes the little-endian elements of {@code in} (a whole number of them) into {@code out} from element
     * {@code at}; returns the index after the last one written.
     */
    int decode(ByteBuffer in, Storage out, int at, String tensor) throws FileFormatException {
        int i = at;
        while (in.hasRemaining()) {
            switch (this) {
                case BOOL: out.bools()[i] = bool(in.get(), i, tensor); break;
                case U8: out.longs()[i] = in.get() & 0xffL; break;
                case I8: out.longs()[i] = in.get(); break;
                case I16: out.longs()[i] = in.getShort(); break;
                case U16: out.longs()[i] = in.getShort() & 0xffffL; break;
                case I32: out.longs()[i] = in.getInt(); break;
                case U32: out.longs()[i] = in.getInt() & 0xffffffffL; break;
                case I64: out.longs()[i] = in.getLong(); break;
                case F16: out.floats()[i] = HalfFloats.halfToFloat(in.getShort()); break;
                case BF16: out.floats()[i] = Float.intBitsToFloat((in.getShort() & 0xffff) << 16); break;
                case F32: out.floats()[i] = in.getFloat(); break;
                default: out.doubles()[i] = in.getDouble(); break;
            }
            i++;
        }
        return i;
    }

    private static boolean bool(byte b, int index, String tensor) throws FileFormatException {
        if (b != 0 && b != 1) {
            throw new FileFormatException("tensor '" + tensor + "' (BOOL) holds the byte " + (b & 0xff)
                    + " at element " + index + "; a bool is 0 or 1");
        }
        return b == 1;
    }

    /** Encodes elements {@code from} to {@code to} of {@code in} little-endian into {@code out} (one of ours). */
    void encode(Storage in, int from, int to, ByteBuffer out) {
        for (int i = from; i < to; i++) {
            switch (this) {
                case BOOL: out.put((byte) (in.bools()[i] ? 1 : 0)); break;
                case I64: out.putLong(in.longs()[i]); break;
                case F32: out.putFloat(in.floats()[i]); break;
                case F64: out.putDouble(in.doubles()[i]); break;
                default: throw new AssertionError(this + " is never written");
            }
        }
    }
}
