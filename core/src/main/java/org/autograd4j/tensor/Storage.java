package org.autograd4j.tensor;

import org.autograd4j.DType;

/**
 * A flat, typed buffer that one or more tensors view through (shape, strides, offset).
 *
 * <p>The buffer is a plain Java array — {@code float[]}, {@code double[]}, {@code long[]} or
 * {@code boolean[]} according to the dtype — so kernels index it directly with no boxing and no
 * per-element virtual calls.
 */
public final class Storage {
    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();

    private final DType dtype;
    private final Object array;
    private final int length;
    private final long serial;

    private Storage(DType dtype, Object array, int length) {
        this.dtype = dtype;
        this.array = array;
        this.length = length;
        this.serial = SERIALS.incrementAndGet();
    }

    /**
     * The serial number of the most recently created storage. A storage whose {@link #serial()} is
     * greater was created after this call: the autograd engine uses that to recognise gradients a
     * backward formula has just allocated, which it may then hand over without a copy.
     */
    public static long latestSerial() {
        return SERIALS.get();
    }

    /** Increases with every storage created (see {@link #latestSerial()}). */
    public long serial() {
        return serial;
    }

    /** A zero-filled buffer of {@code length} elements. */
    public static Storage allocate(DType dtype, int length) {
        switch (dtype) {
            case FLOAT32: return new Storage(dtype, new float[length], length);
            case FLOAT64: return new Storage(dtype, new double[length], length);
            case INT64: return new Storage(dtype, new long[length], length);
            case BOOL: return new Storage(dtype, new boolean[length], length);
            default: throw new AssertionError(dtype);
        }
    }

    /** Wraps an existing array without copying; its type must match {@code dtype}. */
    public static Storage wrap(DType dtype, Object array) {
        int length;
        switch (dtype) {
            case FLOAT32: length = ((float[]) array).length; break;
            case FLOAT64: length = ((double[]) array).length; break;
            case INT64: length = ((long[]) array).length; break;
            case BOOL: length = ((boolean[]) array).length; break;
            default: throw new AssertionError(dtype);
        }
        return new Storage(dtype, array, length);
    }

    public DType dtype() {
        return dtype;
    }

    public int length() {
        return length;
    }

    /** The raw array (float[], double[], long[] or boolean[]). */
    public Object array() {
        return array;
    }

    public float[] floats() {
        return (float[]) array;
    }

    public double[] doubles() {
        return (double[]) array;
    }

    public long[] longs() {
        return (long[]) array;
    }

    public boolean[] bools() {
        return (boolean[]) array;
    }

    /** Element {@code i} widened to double (bool reads as 0 or 1). */
    public double getDouble(int i) {
        switch (dtype) {
            case FLOAT32: return ((float[]) array)[i];
            case FLOAT64: return ((double[]) array)[i];
            case INT64: return ((long[]) array)[i];
            case BOOL: return ((boolean[]) array)[i] ? 1 : 0;
            default: throw new AssertionError(dtype);
        }
    }

    /** Element {@code i} as a long (floats truncate toward zero, as a C cast does). */
    public long getLong(int i) {
        switch (dtype) {
            case INT64: return ((long[]) array)[i];
            case BOOL: return ((boolean[]) array)[i] ? 1 : 0;
            default: return (long) getDouble(i);
        }
    }

    /** Stores {@code v} at {@code i}, converted to this storage's dtype. */
    public void setDouble(int i, double v) {
        switch (dtype) {
            case FLOAT32: ((float[]) array)[i] = (float) v; break;
            case FLOAT64: ((double[]) array)[i] = v; break;
            case INT64: ((long[]) array)[i] = (long) v; break;
            case BOOL: ((boolean[]) array)[i] = v != 0; break;
            default: throw new AssertionError(dtype);
        }
    }

    public void setLong(int i, long v) {
        switch (dtype) {
            case INT64: ((long[]) array)[i] = v; break;
            case BOOL: ((boolean[]) array)[i] = v != 0; break;
            default: setDouble(i, v);
        }
    }
}
