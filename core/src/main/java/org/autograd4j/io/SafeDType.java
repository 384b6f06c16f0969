package org.autograd4j.io;

import java.nio.ByteBuffer;
import java.util.Set;
import org.autograd4j.DType;

/**
 * The element types of safetensors files that load, each with its size in the file and the dtype it becomes:
 * integers widen to int64 and half-precision floats to float32, exactly. Tensors travel as the flat Java array of
 * their dtype: float[], double[], long[] or boolean[].
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

    /** A zeroed array of {@code n} elements of the dtype this type loads as. */
    Object newArray(int n) {
        switch (dtype) {
            case BOOL: return new boolean[n];
            case INT64: return new long[n];
            case FLOAT32: return new float[n];
            default: return new double[n];
        }
    }

    /**
     * Decodes all the little-endian elements of {@code in} into {@code array} from element {@code at}; returns
     * the index after the last one written.
     */
    int decode(ByteBuffer in, Object array, int at, String tensor) throws FileFormatException {
        int n = in.remaining() / size;
        switch (this) {
            case F32: in.asFloatBuffer().get((float[]) array, at, n); break;
            case F64: in.asDoubleBuffer().get((double[]) array, at, n); break;
            case I64: in.asLongBuffer().get((long[]) array, at, n); break;
            case BOOL: decodeBools(in, (boolean[]) array, at, tensor); break;
            case F16: case BF16: decodeHalves(in, (float[]) array, at); break;
            default: decodeIntegers(in, (long[]) array, at); break;
        }
        return at + n;
    }

    private static void decodeBools(ByteBuffer in, boolean[] out, int at, String tensor) throws FileFormatException {
        for (int i = at; in.hasRemaining(); i++) {
            byte b = in.get();
            if (b != 0 && b != 1) {
                throw new FileFormatException("tensor '" + tensor + "' (BOOL) holds the byte " + (b & 0xff)
                        + " at element " + i + "; a bool is 0 or 1");
            }
            out[i] = b == 1;
        }
    }

    private void decodeHalves(ByteBuffer in, float[] out, int at) {
        for (int i = at; in.hasRemaining(); i++) {
            short bits = in.getShort();
            out[i] = this == F16 ? HalfFloats.halfToFloat(bits) : Float.intBitsToFloat((bits & 0xffff) << 16);
        }
    }

    private void decodeIntegers(ByteBuffer in, long[] out, int at) {
        for (int i = at; in.hasRemaining(); i++) {
            switch (this) {
                case U8: out[i] = in.get() & 0xffL; break;
                case I8: out[i] = in.get(); break;
                case I16: out[i] = in.getShort(); break;
                case U16: out[i] = in.getShort() & 0xffffL; break;
                case I32: out[i] = in.getInt(); break;
                default: out[i] = in.getInt() & 0xffffffffL; break;
            }
        }
    }

    /** Encodes elements {@code from} to {@code to} of {@code array} little-endian into {@code out}. */
    void encode(Object array, int from, int to, ByteBuffer out) {
        int n = to - from;
        switch (this) {
            case F32: out.asFloatBuffer().put((float[]) array, from, n); break;
            case F64: out.asDoubleBuffer().put((double[]) array, from, n); break;
            case I64: out.asLongBuffer().put((long[]) array, from, n); break;
            case BOOL:
                for (int i = from; i < to; i++) {
                    out.put(i - from, (byte) (((boolean[]) array)[i] ? 1 : 0));
                }
                break;
            default: throw new AssertionError(this + " is never written");
        }
        out.position(out.position() + n * size);
    }
}
