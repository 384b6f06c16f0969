package org.autograd4j.optim.lr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/**
 * Runs schedulers one after another, switching at the milestone epochs and restarting each from its
 * base learning rates ({@code torch.optim.lr_scheduler.SequentialLR}), e.g. a {@link LinearLR}
 * warm-up followed by {@link CosineAnnealingLR}.
 */
public final class SequentialLR {
    private final List<LRScheduler> schedulers;
    private final List<Integer> milestones;
    private int lastEpoch;
    private List<Double> lastLr;

    /** {@code SequentialLR(optimizer, schedulers, milestones)}; the schedulers must drive {@code optimizer}. */
    public SequentialLR(Optimizer optimizer, List<LRScheduler> schedulers, List<Integer> milestones) {
        Args.nonNull(optimizer, "optimizer");
        Args.nonNullElements(schedulers, "schedulers");
        Args.nonNullElements(milestones, "milestones");
        for (int i = 0; i < schedulers.size(); i++) {
            if (schedulers.get(i).optimizer != optimizer) {
                throw new IllegalArgumentException("Sequential Schedulers expects all schedulers to belong to the same "
                        + "optimizer, but got schedulers at index " + i + " to be different than the optimizer passed in.");
            }
        }
        if (milestones.size() != schedulers.size() - 1) {
            throw new IllegalArgumentException("Sequential Schedulers expects number of schedulers provided to be one "
                    + "more than the number of milestone points, but got number of schedulers " + schedulers.size()
                    + " and the number of milestones to be equal to " + milestones.size());
        }
        this.schedulers = List.copyOf(schedulers);
        this.milestones = List.copyOf(milestones);
        for (ParamGroup group : optimizer.paramGroups()) {
            group.setLr(group.getDouble("initial_lr"));
        }
        schedulers.forEach(s -> s.lastEpoch--);
        schedulers.get(0).start();
        lastLr = schedulers.get(0).getLastLr();
    }

    /** Advances one epoch with the scheduler whose turn it is, restarting it at epoch 0 on its milestone. */
    public void step() {
        lastEpoch++;
        int index = (int) milestones.stream().filter(m -> m <= lastEpoch).count();
        LRScheduler scheduler = schedulers.get(index);
        if (index > 0 && milestones.get(index - 1) == lastEpoch) {
            scheduler.stepTo(0);
        } else {
            scheduler.step();
        }
        lastLr = scheduler.getLastLr();
    }

    /** Each group's learning rate after the last step ({@code get_last_lr}). */
    public List<Double> getLastLr() {
        return lastLr;
    }

    /** The progress and each scheduler's own state dict, as PyTorch's {@code state_dict()}. */
    public Map<String, Object> stateDict() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("_milestones", milestones);
        dict.put("last_epoch", lastEpoch);
        dict.put("_last_lr", lastLr);
        List<Map<String, Object>> inner = new ArrayList<>();
        schedulers.forEach(s -> inner.add(s.stateDict()));
        dict.put("_schedulers", inner);
        return dict;
    }

    /** Restores the progress of a state dict from {@link #stateDict()}, each scheduler's too. */
    public void loadStateDict(Map<String, Object> dict) {
        List<?> inner = (List<?>) dict.get("_schedulers");
        if (inner.size() != schedulers.size()) {
            throw new IllegalArgumentException("loaded state has " + inner.size() + " schedulers, this SequentialLR has "
                    + schedulers.size());
        }
        for (int i = 0; i < inner.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) inner.get(i);
            schedulers.get(i).loadStateDict(state);
        }
        lastEpoch = ((Number) dict.get("last_epoch")).intValue();
        lastLr = ((List<?>) dict.get("_last_lr")).stream().map(lr -> ((Number) lr).doubleValue()).toList();
    }
}
