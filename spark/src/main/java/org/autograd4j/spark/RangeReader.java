package org.autograd4j.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Reads samples {@code from} to {@code to - 1} of a numbered collection that the executors can reach themselves
 * (files on shared storage, a data set in a jar on their class path), for {@link Samples#read}.
 *
 * @param <T> the sample type
 */
@FunctionalInterface
public interface RangeReader<T> extends Serializable {
    /** Samples {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<T> read(int from, int to) throws Exception;
}
