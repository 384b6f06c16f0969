package org.autograd4j.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.autograd4j.internal.Args;

/**
 * The hyper-parameters a user sets, by PyTorch's names ({@code "lr"}, {@code "weight_decay"},
 * {@code "betas"}, ...). Each optimizer has a fluent subclass, e.g.
 * {@code SGD.options().lr(0.1).momentum(0.9)}; what is not set takes the optimizer's default, as a
 * key missing from a PyTorch param group does, so a group's options need only say what differs.
 *
 * @param <O> the optimizer's own options type, returned by every setter
 */
public abstract class OptimizerOptions<O extends OptimizerOptions<O>> implements SharedOptions.Settable<O> {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** A table of options in order, from names and values in turn (values may be null, as PyTorch's None). */
    static Map<String, Object> table(Object... namesAndValues) {
        Map<String, Object> table = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            table.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(table);
    }

    /** The learning rate ({@code lr}). */
    public O lr(double lr) {
        return set("lr", lr);
    }

    /**
     * Records one value by PyTorch's name, as in a PyTorch param-group dict; the typed setters call
     * this. A name the optimizer does not have is refused when the optimizer is built.
     */
    @Override
    public final O set(String name, Object value) {
        Args.nonNull(name, "name");
        values.put(name, value);
        @SuppressWarnings("unchecked")
        O self = (O) this;
        return self;
    }

    /** What was set, in the order it was set. */
    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
