package org.autograd4j.examples.spark;

import java.io.PrintWriter;
import java.util.Locale;
import org.autograd4j.spark.StepReport;
import org.autograd4j.spark.TrainingListener;

/** Prints a line every few steps of a Spark run: the step, the loss, the speed and where a step's time goes. */
public final class ProgressLines implements TrainingListener {
    private final PrintWriter out;
    private final int every;
    private long examples;
    private long nanos;
    private double lossSum;
    private int reports;

    /** Prints every {@code every} steps (at least every step) and after the last. */
    public ProgressLines(PrintWriter out, int every) {
        this.out = out;
        this.every = Math.max(1, every);
    }

    @Override
    public void stepFinished(StepReport report) {
        examples += report.examples();
        nanos += report.nanos();
        lossSum += report.loss();
        reports++;
        if (report.step() % every == 0 || report.step() == report.steps()) {
            out.printf(Locale.ROOT, "step %d/%d  loss %.4f  %.0f samples/s  (last step: %.0f ms, of which "
                    + "compute %.0f, Spark job overhead %.0f)%n", report.step(), report.steps(), lossSum / reports,
                    examples / (nanos / 1e9), report.nanos() / 1e6, report.computeNanos() / 1e6,
                    report.overheadNanos() / 1e6);
            out.flush();
            examples = 0;
            nanos = 0;
            lossSum = 0;
            reports = 0;
        }
    }
}
