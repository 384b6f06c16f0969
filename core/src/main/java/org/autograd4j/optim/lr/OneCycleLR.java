package org.autograd4j.optim.lr;

import java.util.List;
import java.util.Map;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/**
 * The 1cycle policy ({@code torch.optim.lr_scheduler.OneCycleLR}), stepped after every batch: the
 * learning rate rises from {@code maxLr / divFactor} to {@code maxLr} over the first
 * {@code pctStart} of {@code totalSteps}, then falls to {@code initial / finalDivFactor}; momentum
 * (SGD's {@code momentum}, or Adam's first beta) moves the opposite way between
 * {@code maxMomentum} and {@code baseMomentum}. Keeps PyTorch's entries in each group:
 * {@code initial_lr}, {@code max_lr}, {@code min_lr}, {@code max_momentum}, {@code base_momentum}.
 */
public final class OneCycleLR extends LRScheduler {
    private final Options options;
    private final List<Phase> phases;

    /** One stretch of the cycle: until {@code endStep}, anneal between the named group entries. */
    private record Phase(double endStep, String startLr, String endLr, String startMomentum, String endMomentum) {
    }

    /** The settings, by PyTorch's keyword arguments, with its defaults. */
    public static final class Options {
        private final double maxLr;
        private final int totalSteps;
        private double pctStart = 0.3;
        private boolean cosine = true;
        private boolean cycleMomentum = true;
        private double baseMomentum = 0.85;
        private double maxMomentum = 0.95;
        private double divFactor = 25;
        private double finalDivFactor = 1e4;
        private boolean threePhase;

        private Options(double maxLr, int totalSteps) {
            this.maxLr = maxLr;
            this.totalSteps = totalSteps;
        }

        /** Fraction of the cycle spent raising the learning rate ({@code pct_start}, default 0.3). */
        public Options pctStart(double pctStart) {
            this.pctStart = pctStart;
            return this;
        }

        /** "cos" (the default) or "linear". */
        public Options annealStrategy(String strategy) {
            Args.nonNull(strategy, "strategy");
            if (!strategy.equals("cos") && !strategy.equals("linear")) {
                throw new IllegalArgumentException("anneal_strategy must by one of 'cos' or 'linear', instead got "
                        + strategy);
            }
            this.cosine = strategy.equals("cos");
            return this;
        }

        /** Move momentum opposite to the learning rate ({@code cycle_momentum}, default true). */
        public Options cycleMomentum(boolean cycleMomentum) {
            this.cycleMomentum = cycleMomentum;
            return this;
        }

        /** The lowest momentum ({@code base_momentum}, default 0.85). */
        public Options baseMomentum(double baseMomentum) {
            this.baseMomentum = baseMomentum;
            return this;
        }

        /** The highest momentum ({@code max_momentum}, default 0.95). */
        public Options maxMomentum(double maxMomentum) {
            this.maxMomentum = maxMomentum;
            return this;
        }

        /** The starting learning rate is {@code maxLr / divFactor} ({@code div_factor}, default 25). */
        public Options divFactor(double divFactor) {
            this.divFactor = divFactor;
            return this;
        }

        /** The last learning rate is the starting one / {@code finalDivFactor} ({@code final_div_factor}, default 1e4). */
        public Options finalDivFactor(double finalDivFactor) {
            this.finalDivFactor = finalDivFactor;
            return this;
        }

        /** Fall back to the starting rate before annealing ({@code three_phase}). */
        public Options threePhase(boolean threePhase) {
            this.threePhase = threePhase;
            return this;
        }
    }

    /** The required settings: the peak learning rate and the number of steps in the cycle. */
    public static Options options(double maxLr, int totalSteps) {
        return new Options(maxLr, totalSteps);
    }

    /** {@code OneCycleLR(optimizer, max_lr, total_steps)}. */
    public OneCycleLR(Optimizer optimizer, double maxLr, int totalSteps) {
        this(optimizer, options(maxLr, totalSteps));
    }

    /** {@code OneCycleLR(optimizer, max_lr, total_steps, ...)}. */
    public OneCycleLR(Optimizer optimizer, Options options) {
        super(prepare(optimizer, options));
        this.options = options;
        double total = options.totalSteps;
        double up = options.pctStart * total - 1;
        this.phases = options.threePhase
                ? List.of(new Phase(up, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                        new Phase(2 * options.pctStart * total - 2, "max_lr", "initial_lr", "base_momentum",
                                "max_momentum"),
                        new Phase(total - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum"))
                : List.of(new Phase(up, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                        new Phase(total - 1, "max_lr", "min_lr", "base_momentum", "max_momentum"));
        start();
    }

    /** Checks the settings and writes the cycle's entries into the groups, before the base reads "initial_lr". */
    private static Optimizer prepare(Optimizer optimizer, Options options) {
        Args.nonNull(optimizer, "optimizer");
        Args.nonNull(options, "options");
        if (options.totalSteps <= 0) {
            throw new IllegalArgumentException("Expected positive integer total_steps, but got " + options.totalSteps);
        }
        if (!(options.pctStart >= 0 && options.pctStart <= 1)) {
            throw new IllegalArgumentException("Expected float between 0 and 1 pct_start, but got " + options.pctStart);
        }
        boolean betas = optimizer.defaults().containsKey("betas");
        if (options.cycleMomentum && !betas && !optimizer.defaults().containsKey("momentum")) {
            throw new IllegalArgumentException("optimizer must support momentum with `cycle_momentum` option enabled");
        }
        for (ParamGroup group : optimizer.paramGroups()) {
            group.put("initial_lr", options.maxLr / options.divFactor);
            group.put("max_lr", options.maxLr);
            group.put("min_lr", options.maxLr / options.divFactor / options.finalDivFactor);
            if (options.cycleMomentum) {
                setMomentum(group, options.maxMomentum);
                group.put("max_momentum", options.maxMomentum);
                group.put("base_momentum", options.baseMomentum);
            }
        }
        return optimizer;
    }

    /** SGD's momentum, or the first of Adam's betas. */
    private static void setMomentum(ParamGroup group, double momentum) {
        if (group.has("betas")) {
            group.set("betas", List.of(momentum, ((List<?>) group.get("betas")).get(1)));
        } else {
            group.set("momentum", momentum);
        }
    }

    @Override
    protected double nextLr(ParamGroup group, double baseLr) {
        if (lastEpoch > options.totalSteps) {
            throw new IllegalStateException("Tried to step " + (lastEpoch + 1) + " times. The specified number of "
                    + "total steps is " + options.totalSteps);
        }
        double startStep = 0;
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            if (lastEpoch <= phase.endStep() || i == phases.size() - 1) {
                double pct = (lastEpoch - startStep) / (phase.endStep() - startStep);
                if (options.cycleMomentum) {
                    setMomentum(group, anneal(group.getDouble(phase.startMomentum()),
                            group.getDouble(phase.endMomentum()), pct));
                }
                return anneal(group.getDouble(phase.startLr()), group.getDouble(phase.endLr()), pct);
            }
            startStep = phase.endStep();
        }
        throw new AssertionError("the last phase always applies");
    }

    private double anneal(double start, double end, double pct) {
        return options.cosine ? end + (start - end) / 2.0 * (Math.cos(Math.PI * pct) + 1) : (end - start) * pct + start;
    }

    @Override
    protected void describe(Map<String, Object> dict) {
        dict.put("total_steps", options.totalSteps);
        dict.put("anneal_strategy", options.cosine ? "cos" : "linear");
        dict.put("cycle_momentum", options.cycleMomentum);
        dict.put("use_beta1", optimizer.defaults().containsKey("betas"));
    }
}
