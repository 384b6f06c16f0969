package org.autograd4j.optim.lr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/**
 * Divides the learning rate by {@code 1/factor} when a metric has stopped improving for
 * {@code patience} epochs ({@code torch.optim.lr_scheduler.ReduceLROnPlateau}); step it with the
 * metric, e.g. the validation loss, once per epoch.
 */
public final class ReduceLROnPlateau {
    private final Optimizer optimizer;
    private final Options options;
    private double best;
    private int numBadEpochs;
    private int cooldownCounter;
    private int lastEpoch;
    private List<Double> lastLr;

    /** The settings, by PyTorch's keyword arguments, with its defaults. */
    public static final class Options {
        private String mode = "min";
        private double factor = 0.1;
        private int patience = 10;
        private double threshold = 1e-4;
        private String thresholdMode = "rel";
        private int cooldown;
        private double minLr;
        private double eps = 1e-8;

        /** "min" (the metric should fall) or "max". */
        public Options mode(String mode) {
            Args.nonNull(mode, "mode");
            this.mode = mode;
            return this;
        }

        /** The learning rate is multiplied by this on a plateau ({@code factor}, default 0.1). */
        public Options factor(double factor) {
            this.factor = factor;
            return this;
        }

        /** Epochs without improvement tolerated ({@code patience}, default 10). */
        public Options patience(int patience) {
            this.patience = patience;
            return this;
        }

        /** The least change that counts as improvement ({@code threshold}, default 1e-4). */
        public Options threshold(double threshold) {
            this.threshold = threshold;
            return this;
        }

        /** "rel" (improve by a fraction {@code threshold} of the best) or "abs". */
        public Options thresholdMode(String thresholdMode) {
            Args.nonNull(thresholdMode, "thresholdMode");
            this.thresholdMode = thresholdMode;
            return this;
        }

        /** Epochs to wait after a reduction ({@code cooldown}). */
        public Options cooldown(int cooldown) {
            this.cooldown = cooldown;
            return this;
        }

        /** The lowest learning rate ({@code min_lr}). */
        public Options minLr(double minLr) {
            this.minLr = minLr;
            return this;
        }

        /** Reductions smaller than this are skipped ({@code eps}, default 1e-8). */
        public Options eps(double eps) {
            this.eps = eps;
            return this;
        }
    }

    /** PyTorch's defaults, to change with the setters. */
    public static Options options() {
        return new Options();
    }

    /** {@code ReduceLROnPlateau(optimizer)}. */
    public ReduceLROnPlateau(Optimizer optimizer) {
        this(optimizer, options());
    }

    /** {@code ReduceLROnPlateau(optimizer, mode, factor, ...)}. */
    public ReduceLROnPlateau(Optimizer optimizer, Options options) {
        Args.nonNull(optimizer, "optimizer");
        Args.nonNull(options, "options");
        if (options.factor >= 1.0) {
            throw new IllegalArgumentException("Factor should be < 1.0.");
        }
        if (!options.mode.equals("min") && !options.mode.equals("max")) {
            throw new IllegalArgumentException("mode " + options.mode + " is unknown!");
        }
        if (!options.thresholdMode.equals("rel") && !options.thresholdMode.equals("abs")) {
            throw new IllegalArgumentException("threshold mode " + options.thresholdMode + " is unknown!");
        }
        this.optimizer = optimizer;
        this.options = options;
        this.best = worst();
        this.lastLr = currentLrs();
    }

    private double worst() {
        return options.mode.equals("min") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** Records one epoch's metric and reduces the learning rates when it has not improved for long enough. */
    public void step(double metric) {
        lastEpoch++;
        if (isBetter(metric)) {
            best = metric;
            numBadEpochs = 0;
        } else {
            numBadEpochs++;
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            numBadEpochs = 0;
        }
        if (numBadEpochs > options.patience) {
            reduceLr();
            cooldownCounter = options.cooldown;
            numBadEpochs = 0;
        }
        lastLr = currentLrs();
    }

    private boolean isBetter(double metric) {
        boolean min = options.mode.equals("min");
        if (options.thresholdMode.equals("rel")) {
            return min ? metric < best * (1 - options.threshold) : metric > best * (options.threshold + 1);
        }
        return min ? metric < best - options.threshold : metric > best + options.threshold;
    }

    private void reduceLr() {
        for (ParamGroup group : optimizer.paramGroups()) {
            double old = group.lr();
            double reduced = Math.max(old * options.factor, options.minLr);
            if (old - reduced > options.eps) {
                group.setLr(reduced);
            }
        }
    }

    private List<Double> currentLrs() {
        return optimizer.paramGroups().stream().map(ParamGroup::lr).toList();
    }

    /** Each group's learning rate after the last step ({@code get_last_lr}). */
    public List<Double> getLastLr() {
        return lastLr;
    }

    /** The progress by PyTorch's field names, and the settings. */
    public Map<String, Object> stateDict() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("factor", options.factor);
        dict.put("min_lrs", java.util.Collections.nCopies(optimizer.paramGroups().size(), options.minLr));
        dict.put("patience", options.patience);
        dict.put("cooldown", options.cooldown);
        dict.put("cooldown_counter", cooldownCounter);
        dict.put("mode", options.mode);
        dict.put("threshold", options.threshold);
        dict.put("threshold_mode", options.thresholdMode);
        dict.put("best", best);
        dict.put("num_bad_epochs", numBadEpochs);
        dict.put("eps", options.eps);
        dict.put("last_epoch", lastEpoch);
        dict.put("_last_lr", lastLr);
        return dict;
    }

    /** Restores the progress of a state dict from {@link #stateDict()}; settings stay as constructed. */
    public void loadStateDict(Map<String, Object> dict) {
        Args.nonNull(dict, "dict");
        best = ((Number) dict.get("best")).doubleValue();
        numBadEpochs = ((Number) dict.get("num_bad_epochs")).intValue();
        cooldownCounter = ((Number) dict.get("cooldown_counter")).intValue();
        lastEpoch = ((Number) dict.get("last_epoch")).intValue();
        lastLr = ((List<?>) dict.get("_last_lr")).stream().map(lr -> ((Number) lr).doubleValue()).toList();
    }
}
