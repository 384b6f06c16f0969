package org.autograd4j.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.internal.Args;

/**
 * Base of the optimizers, as {@code torch.optim.Optimizer}: parameter groups with their options,
 * state per parameter, clearing gradients, and a {@link #step()} that updates every parameter
 * outside the graph (parameters are leaves that require grad, which in-place ops in grad mode
 * would refuse). A step checks every gradient before it changes anything, so it applies to all
 * parameters or to none.
 */
public abstract class Optimizer {
    private final Map<String, Object> defaults;
    private final List<ParamGroup> groups = new ArrayList<>();
    private final Map<Tensor, Map<String, Object>> state = new IdentityHashMap<>();

    /** {@code builtIn}: every option with PyTorch's default, in PyTorch's order; {@code options}: the user's. */
    protected Optimizer(Map<String, Object> builtIn, OptimizerOptions<?> options, List<ParamGroup> groups) {
        Checks.knownOptions(builtIn, options.values(), name());
        Map<String, Object> merged = new LinkedHashMap<>(builtIn);
        merged.putAll(options.values());
        this.defaults = Collections.unmodifiableMap(merged);
        if (groups.stream().allMatch(g -> g.params().isEmpty())) {
            throw new IllegalArgumentException("optimizer got an empty parameter list");
        }
        groups.forEach(this::addParamGroup);
    }

    /** Adds parameters with their own options (defaults for the rest), as {@code add_param_group}. */
    public void addParamGroup(ParamGroup group) {
        Args.nonNull(group, "group");
        Checks.knownOptions(defaults, group.options(), name());
        ParamGroup complete = group.withDefaults(defaults);
        Set<Tensor> earlier = Collections.newSetFromMap(new IdentityHashMap<>());
        groups.forEach(g -> earlier.addAll(g.params()));
        Set<Tensor> inGroup = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tensor p : complete.params()) {
            Checks.trainable(p);
            if (earlier.contains(p)) {
                throw new IllegalArgumentException("some parameters appear in more than one parameter group");
            }
            if (!inGroup.add(p)) {
                throw new IllegalArgumentException("optimizer contains a parameter group with duplicate parameters");
            }
        }
        validate(complete);
        groups.add(complete);
    }

    /** Rejects invalid options with PyTorch's message, e.g. "Invalid learning rate: nan". */
    protected abstract void validate(ParamGroup group);

    /** Updates one parameter from its gradient; called without grad mode. */
    protected abstract void update(ParamGroup group, Tensor param, Tensor grad, Map<String, Object> state);

    /** Applies one update to every parameter that has a gradient. */
    public void step() {
        for (ParamGroup group : groups) {
            group.params().forEach(Checks::gradientMatches);
        }
        try (GradMode.Guard ignored = Autograd.noGrad()) {
            for (ParamGroup group : groups) {
                for (Tensor p : group.params()) {
                    if (p.grad() != null) {
                        update(group, p, p.grad(), state(p));
                    }
                }
            }
        }
    }

    /** Evaluates {@code closure} (with grad mode on) to recompute the loss and gradients, then steps; returns the loss. */
    public Tensor step(Supplier<Tensor> closure) {
        Tensor loss = null; // PyTorch's closure=None: no loss
        if (closure != null) {
            try (GradMode.Guard ignored = Autograd.enableGrad()) {
                loss = closure.get();
            }
        }
        step();
        return loss;
    }

    /** Sets every parameter's gradient to null (PyTorch 2's default, {@code set_to_none=True}). */
    public void zeroGrad() {
        zeroGrad(true);
    }

    /** Clears gradients: to null, or to zeros in place (keeping the buffers). */
    public void zeroGrad(boolean setToNone) {
        for (Tensor p : parameters()) {
            Tensor g = p.grad();
            if (g != null && setToNone) {
                p.setGrad(null);
            } else if (g != null) {
                g.detach_();
                g.zero_();
            }
        }
    }

    /** Every parameter, group after group. */
    public List<Tensor> parameters() {
        return groups.stream().flatMap(g -> g.params().stream()).toList();
    }

    /** The groups, whose options a scheduler or the user may change between steps. */
    public List<ParamGroup> paramGroups() {
        return Collections.unmodifiableList(groups);
    }

    /** The options a group gets for what it does not set. */
    public Map<String, Object> defaults() {
        return defaults;
    }

    /** One parameter's state by PyTorch's names ({@code "step"}, {@code "exp_avg"}, ...), created empty. */
    protected final Map<String, Object> state(Tensor param) {
        return state.computeIfAbsent(param, p -> new LinkedHashMap<>());
    }

    /** Whether a state entry has its parameter's shape (checked on load); all but {@code "step"} here. */
    protected boolean stateShapedLikeParam(String key) {
        return !key.equals("step");
    }

    private String name() {
        return getClass().getSimpleName();
    }

    /** PyTorch's {@code state_dict()}: {@code "state"} by parameter index, {@code "param_groups"} with index lists. */
    public Map<String, Object> stateDict() {
        return StateDict.pack(groups, state);
    }

    /** PyTorch's {@code load_state_dict}: checks everything, then replaces options and state; changes nothing on error. */
    public void loadStateDict(Map<String, Object> stateDict) {
        Args.nonNull(stateDict, "stateDict");
        StateDict.Loaded loaded = StateDict.unpack(stateDict, groups, defaults, this::stateShapedLikeParam);
        loaded.options().forEach((group, options) -> validate(group.withOptions(options)));
        loaded.options().forEach((group, options) -> options.forEach(group::put));
        state.clear();
        state.putAll(loaded.state());
    }
}
