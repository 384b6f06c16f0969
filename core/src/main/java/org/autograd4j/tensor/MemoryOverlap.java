package org.autograd4j.tensor;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Whether elements of one view share memory: PyTorch's {@code has_internal_overlap}, with its three
 * answers and its decisions. A write into a view whose answer is {@link #YES} (an expanded view: a
 * stride 0 over more than one element) would write one location several times, so PyTorch's in-place
 * ops refuse it ({@code assert_no_internal_overlap}); {@link #TOO_HARD} (overlapping strides without a
 * zero, as {@code unfold} makes) is let through, as PyTorch lets it.
 */
public enum MemoryOverlap {
    /** Every element has its own location (dense in some order of the dimensions, or empty). */
    NO,
    /** Some dimension of more than one element has stride 0. */
    YES,
    /** Neither: the elements may or may not share locations; telling would take a search. */
    TOO_HARD;

    /** PyTorch's message for a write into a view whose elements share memory. */
    public static final String MESSAGE = "unsupported operation: more than one element of the written-to tensor "
            + "refers to a single memory location. Please clone() the tensor before performing the operation.";

    /** PyTorch's answer for a view of {@code shape} with {@code strides} (an empty view is contiguous there). */
    public static MemoryOverlap of(int[] shape, int[] strides) {
        if (Shapes.count(shape) == 0 || Shapes.isContiguous(shape, strides) || isDenseInSomeOrder(shape, strides)) {
            return NO;
        }
        for (int d = 0; d < shape.length; d++) {
            if (strides[d] == 0 && shape[d] > 1) {
                return YES;
            }
        }
        return TOO_HARD;
    }

    /**
     * Refuses, with PyTorch's message, a write into a view whose elements certainly share memory;
     * {@link #TOO_HARD} passes, as in PyTorch.
     */
    public static void assertNoInternalOverlap(int[] shape, int[] strides) {
        if (of(shape, strides) == YES) {
            throw new UnsupportedOperationException(MESSAGE);
        }
    }

    /**
     * PyTorch's {@code compute_non_overlapping_and_dense}: with the dimensions of more than one
     * element sorted by stride, each stride is the product of the sizes below it, so the elements
     * tile one block of memory exactly once (a transposed or permuted contiguous tensor).
     */
    private static boolean isDenseInSomeOrder(int[] shape, int[] strides) {
        Integer[] order = new Integer[shape.length];
        Arrays.setAll(order, d -> d);
        Arrays.sort(order, Comparator.comparingInt((Integer d) -> shape[d] < 2 ? 1 : 0)
                .thenComparingInt(d -> shape[d] < 2 ? 0 : strides[d]));
        long required = 1;
        for (int d : order) {
            if (shape[d] < 2) {
                return true; // the size-0 and size-1 dimensions, sorted last, take no memory of their own
            }
            if (strides[d] != required) {
                return false;
            }
            required *= shape[d];
        }
        return true;
    }
}
