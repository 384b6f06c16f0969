package org.autograd4j.data;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * {@code torch.utils.data.default_collate}: turns a list of samples into a {@link Batch}. Tensors are stacked
 * along a new first dimension; Java integers become an int64 tensor, floating-point numbers a float64 one and
 * booleans a bool one (as Python's do); a sample that is a list is collated field by field.
 */
public final class Collate {
    private Collate() {
    }

    /** The default collate function of {@link DataLoader}. */
    public static Batch defaultCollate(List<?> samples) {
        Args.nonNull(samples, "samples");
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("default_collate: cannot collate an empty batch");
        }
        if (!(samples.get(0) instanceof List)) {
            return new Batch(List.of(field(samples)));
        }
        int width = ((List<?>) samples.get(0)).size();
        List<List<Object>> columns = new ArrayList<>(width);
        for (int j = 0; j < width; j++) {
            columns.add(new ArrayList<>(samples.size()));
        }
        for (Object sample : samples) {
            List<?> fields = (List<?>) sample;
            if (fields.size() != width) {
                throw new IllegalArgumentException("each element in list of batch should be of equal size: "
                        + "the first sample has " + width + " fields, another " + fields.size());
            }
            for (int j = 0; j < width; j++) {
                columns.get(j).add(fields.get(j));
            }
        }
        List<Tensor> stacked = new ArrayList<>(width);
        for (List<Object> column : columns) {
            stacked.add(field(column));
        }
        return new Batch(stacked);
    }

    /** One field of every sample as one tensor. */
    private static Tensor field(List<?> values) {
        Object first = values.get(0);
        if (first instanceof Tensor) {
            return Tensor.stack(cast(values, Tensor.class), 0);
        }
        if (first instanceof Long || first instanceof Integer || first instanceof Short || first instanceof Byte) {
            return Tensor.of(cast(values, ((Number) first).getClass()).stream().mapToLong(Number::longValue).toArray());
        }
        if (first instanceof Double || first instanceof Float) {
            return Tensor.of(cast(values, ((Number) first).getClass()).stream().mapToDouble(Number::doubleValue)
                    .toArray());
        }
        if (first instanceof Boolean) {
            List<Boolean> flags = cast(values, Boolean.class);
            boolean[] out = new boolean[flags.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = flags.get(i);
            }
            return Tensor.of(out);
        }
        throw new IllegalArgumentException("default_collate: batch must contain tensors, numbers, booleans or lists "
                + "of them; found " + (first == null ? "null" : first.getClass().getName()));
    }

    /** The values as {@code type}, checked one by one so a mixed batch fails with a clear message. */
    private static <E> List<E> cast(List<?> values, Class<E> type) {
        List<E> out = new ArrayList<>(values.size());
        for (Object v : values) {
            if (!type.isInstance(v)) {
                throw new IllegalArgumentException("default_collate: a batch mixes " + type.getSimpleName()
                        + " with " + (v == null ? "null" : v.getClass().getName()));
            }
            out.add(type.cast(v));
        }
        return out;
    }
}
