package org.autograd4j.optim.lr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/**
 * Base of the epoch-driven schedulers, as {@code torch.optim.lr_scheduler._LRScheduler}: each
 * {@link #step()} advances {@code last_epoch} and writes a new {@code "lr"} into every parameter
 * group. The first step happens on construction (epoch 0), so call {@code optimizer.step()} and then
 * {@code scheduler.step()} once per epoch, as in PyTorch. Each group's starting learning rate is
 * kept in the group as {@code "initial_lr"}.
 *
 * <p>Subclasses give PyTorch's recursive ("chainable") formula, which reads each group's current
 * learning rate, and where PyTorch has one the closed form used when a {@link SequentialLR} restarts
 * a scheduler at epoch 0. Their constructors end by calling {@link #start()}, after their own fields
 * are set (Java runs the base constructor first).
 */
public abstract class LRScheduler {
    /** The optimizer whose groups this scheduler sets. */
    protected final Optimizer optimizer;
    /** Each group's {@code "initial_lr"} ({@code base_lrs}). */
    protected final List<Double> baseLrs = new ArrayList<>();
    /** The epoch of the last step; -1 before the first ({@code last_epoch}). */
    protected int lastEpoch = -1;
    /** Steps taken, counting the one on construction ({@code _step_count}). */
    protected int stepCount;
    private List<Double> lastLr = List.of();

    /** Records each group's starting learning rate; subclasses then call {@link #start()}. */
    protected LRScheduler(Optimizer optimizer) {
        this.optimizer = Args.nonNull(optimizer, "optimizer");
        for (ParamGroup group : optimizer.paramGroups()) {
            if (!group.has("initial_lr")) {
                group.put("initial_lr", group.lr());
            }
            baseLrs.add(group.getDouble("initial_lr"));
        }
    }

    /** The learning rate for the next epoch from the group's current one (PyTorch's {@code get_lr}). */
    protected abstract double nextLr(ParamGroup group, double baseLr);

    /** The learning rate at {@link #lastEpoch} from the base alone ({@code _get_closed_form_lr}), where it exists. */
    protected double closedFormLr(ParamGroup group, double baseLr) {
        return nextLr(group, baseLr);
    }

    /** The construction-time step to epoch 0; the last line of every subclass constructor. */
    protected final void start() {
        stepCount = 0;
        step();
    }

    /** Advances one epoch and sets every group's learning rate. */
    public void step() {
        stepCount++;
        lastEpoch++;
        apply(false);
    }

    /** Jumps to {@code epoch} using the closed form (PyTorch's deprecated {@code step(epoch)}); for {@link SequentialLR}. */
    void stepTo(int epoch) {
        stepCount++;
        lastEpoch = epoch;
        apply(true);
    }

    private void apply(boolean closedForm) {
        List<ParamGroup> groups = optimizer.paramGroups();
        double[] lrs = new double[groups.size()];
        for (int i = 0; i < lrs.length; i++) {
            lrs[i] = closedForm ? closedFormLr(groups.get(i), baseLrs.get(i)) : nextLr(groups.get(i), baseLrs.get(i));
        }
        for (int i = 0; i < lrs.length; i++) {
            groups.get(i).setLr(lrs[i]);
        }
        lastLr = groups.stream().map(ParamGroup::lr).toList();
    }

    /** The learning rates this scheduler set last, one per group ({@code get_last_lr}). */
    public List<Double> getLastLr() {
        return lastLr;
    }

    /** The epoch of the last step ({@code last_epoch}). */
    public int lastEpoch() {
        return lastEpoch;
    }

    /** PyTorch's {@code state_dict()}: the scheduler's fields by their Python names, without the optimizer. */
    public Map<String, Object> stateDict() {
        Map<String, Object> dict = new LinkedHashMap<>();
        describe(dict);
        dict.put("base_lrs", List.copyOf(baseLrs));
        dict.put("last_epoch", lastEpoch);
        dict.put("_step_count", stepCount);
        dict.put("_last_lr", lastLr);
        return dict;
    }

    /** Adds the subclass's settings (e.g. {@code "step_size"}, {@code "gamma"}) to a state dict. */
    protected abstract void describe(Map<String, Object> dict);

    /** Restores the progress of a state dict from {@link #stateDict()}; settings stay as constructed. */
    public void loadStateDict(Map<String, Object> dict) {
        Args.nonNull(dict, "dict");
        List<?> bases = (List<?>) dict.get("base_lrs");
        if (bases.size() != baseLrs.size()) {
            throw new IllegalArgumentException("loaded scheduler state has " + bases.size()
                    + " base learning rates, the optimizer has " + baseLrs.size() + " parameter groups");
        }
        baseLrs.clear();
        bases.forEach(lr -> baseLrs.add(((Number) lr).doubleValue()));
        lastEpoch = ((Number) dict.get("last_epoch")).intValue();
        stepCount = ((Number) dict.get("_step_count")).intValue();
        lastLr = ((List<?>) dict.get("_last_lr")).stream().map(lr -> ((Number) lr).doubleValue()).toList();
    }
}
