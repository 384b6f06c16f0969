package org.autograd4j.tensor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.autograd4j.DType;
import org.autograd4j.memory.LargeAllocations;

/**
 * A flat, typed buffer that one or more tensors view through (shape, strides, offset).
 *
 * <p>The buffer is a plain Java array — {@code float[]}, {@code double[]}, {@code long[]} or
 * {@code boolean[]} according to the dtype — so kernels index it directly with no boxing and no
 * per-element virtual calls.
 */
public final class Storage {
    private static final VarHandle UNCLAIMED;

    static {
        try {
            UNCLAIMED = MethodHandles.lookup().findVarHandle(Storage.class, "unclaimed", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DType dtype;
    private final Object array;
    private final int length;
    /**
     * True while no one but the code that allocated this storage can hold its array, so the autograd
     * engine may take it over once (as a leaf's gradient) instead of copying it; see {@link #claim()}.
     * A plain field written once in the constructor: a thread that races with that write reads
     * false, the safe answer, and every later change is a compare-and-set.
     */
    private boolean unclaimed;

    private Storage(DType dtype, Object array, int length, boolean unclaimed) {
        this.dtype = dtype;
        this.array = array;
        this.length = length;
        this.unclaimed = unclaimed;
    }

    /**
     * Takes exclusive ownership of this storage's array: true for the first caller if the storage
     * was allocated here and never disowned, false otherwise. The autograd engine claims a
     * gradient before a leaf keeps it without a copy, and claims (so disowns) every gradient that
     * user code could keep: hook arguments and results, custom functions' gradients, gradients
     * sent along more than one edge. Thread-safe: at most one caller ever succeeds.
     */
    public boolean claim() {
        return (boolean) UNCLAIMED.compareAndSet(this, true, false);
    }

    /**
     * A zero-filled buffer of {@code length} elements. Nobody else has its array yet, so it starts
     * unclaimed (see {@link #claim()}).
     */
    public static Storage allocate(DType dtype, int length) {
        long bytes = (long) length * dtype.byteSize();
        if (bytes > Runtime.getRuntime().maxMemory()) {
            throw notEnoughMemory(bytes); // refused at once, not after the collector has tried
        }
        LargeAllocations.allocated(bytes);
        try {
            switch (dtype) {
                case FLOAT32: return new Storage(dtype, new float[length], length, true);
                case FLOAT64: return new Storage(dtype, new double[length], length, true);
                case INT64: return new Storage(dtype, new long[length], length, true);
                case BOOL: return new Storage(dtype, new boolean[length], length, true);
                default: throw new AssertionError(dtype);
            }
        } catch (OutOfMemoryError e) {
            // only the one array failed, so the heap is as it was: the caller gets PyTorch's message
            throw notEnoughMemory(bytes);
        }
    }

    /** PyTorch's CPU allocator's message when the memory runs out (the Java heap here). */
    private static IllegalStateException notEnoughMemory(long bytes) {
        return new IllegalStateException("DefaultCPUAllocator: not enough memory: you tried to allocate " + bytes
                + " bytes.");
    }

    /**
     * Wraps an existing array without copying; its type must match {@code dtype}. The caller may
     * still hold the array, so the storage starts claimed.
     */
    public static Storage wrap(DType dtype, Object array) {
        int length;
        switch (dtype) {
            case FLOAT32: length = ((float[]) array).length; break;
            case FLOAT64: length = ((double[]) array).length; break;
            case INT64: length = ((long[]) array).length; break;
            case BOOL: length = ((boolean[]) array).length; break;
            default: throw new AssertionError(dtype);
        }
        return new Storage(dtype, array, length, false);
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
