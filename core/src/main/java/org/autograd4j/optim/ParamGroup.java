package org.autograd4j.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * A parameter group, as an entry of PyTorch's {@code optimizer.param_groups}: some parameters and
 * the hyper-parameters they are updated with, by PyTorch's names. Once the group is in an
 * optimizer every option has a value (defaults filled in); schedulers change {@code "lr"} (and
 * momentum or betas) between steps, as they do in PyTorch.
 */
public final class ParamGroup {
    private final List<Tensor> params;
    private final Map<String, Object> options;

    private ParamGroup(List<Tensor> params, Map<String, Object> options) {
        this.params = List.copyOf(Args.nonNullElements(params, "params"));
        this.options = new LinkedHashMap<>(options);
    }

    /** A group that takes every option from the optimizer's defaults. */
    public static ParamGroup of(List<Tensor> params) {
        return new ParamGroup(params, Map.of());
    }

    /** A group with its own values for the options set in {@code options}, defaults for the rest. */
    public static ParamGroup of(List<Tensor> params, OptimizerOptions<?> options) {
        return new ParamGroup(params, Args.nonNull(options, "options").values());
    }

    /** This group's parameters with its options completed from {@code defaults} (the optimizer's order). */
    ParamGroup withDefaults(Map<String, Object> defaults) {
        Map<String, Object> complete = new LinkedHashMap<>(defaults);
        complete.putAll(options);
        return new ParamGroup(params, complete);
    }

    /** This group with some options replaced. */
    ParamGroup withOptions(Map<String, Object> replaced) {
        Map<String, Object> changed = new LinkedHashMap<>(options);
        changed.putAll(replaced);
        return new ParamGroup(params, changed);
    }

    /** The group's parameters ({@code group['params']}). */
    public List<Tensor> params() {
        return params;
    }

    /** The options by PyTorch's names, read-only; change them with {@link #set}. */
    public Map<String, Object> options() {
        return Collections.unmodifiableMap(options);
    }

    /** The learning rate ({@code group['lr']}). */
    public double lr() {
        return getDouble("lr");
    }

    /** Sets the learning rate, as a scheduler does. */
    public void setLr(double lr) {
        set("lr", lr);
    }

    /** An entry by its PyTorch name ({@code group[name]}); an unknown name is an error. */
    public Object get(String name) {
        if (!options.containsKey(name)) {
            throw new IllegalArgumentException("parameter group has no option '" + name + "'; it has "
                    + options.keySet());
        }
        return options.get(name);
    }

    /** A numeric entry. */
    public double getDouble(String name) {
        if (!(get(name) instanceof Number number)) {
            throw new IllegalArgumentException("option '" + name + "' must be a number, got " + get(name));
        }
        return number.doubleValue();
    }

    /** A true/false entry. */
    public boolean getBoolean(String name) {
        if (!(get(name) instanceof Boolean flag)) {
            throw new IllegalArgumentException("option '" + name + "' must be true or false, got " + get(name));
        }
        return flag;
    }

    /** Replaces an option this group has (as {@code group['lr'] = 0.01} does in PyTorch). */
    public void set(String name, Object value) {
        Args.nonNull(name, "name");
        get(name);
        options.put(name, value);
    }

    /** Whether the group has this entry (an option, or one a scheduler added, such as {@code "initial_lr"}). */
    public boolean has(String name) {
        Args.nonNull(name, "name");
        return options.containsKey(name);
    }

    /**
     * Adds an entry that is not an optimizer option, as schedulers keep {@code "initial_lr"} in the
     * group (and so in the optimizer's state dict), like {@code group.setdefault} and
     * {@code group[key] = value} in PyTorch.
     */
    public void put(String name, Object value) {
        Args.nonNull(name, "name");
        options.put(name, value);
    }
}
