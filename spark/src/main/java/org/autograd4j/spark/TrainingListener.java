package org.autograd4j.spark;

import java.nio.file.Path;

/** Hears about a {@link SparkTrainer}'s progress, on the driver's training thread. */
@FunctionalInterface
public interface TrainingListener {
    /** A job (one step, or k averaged local steps) has finished and the driver's model is updated. */
    void stepFinished(StepReport report);

    /** Called when a checkpoint has been written after step {@code step}. */
    default void checkpointSaved(int step, Path file) {
    }
}
