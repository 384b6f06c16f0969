package org.autograd4j.spark;

/**
 * What one job of training did, as a {@link TrainingListener} hears it. A job is one step in synchronous
 * training, or k local steps with parameter averaging. Times are wall-clock nanoseconds.
 *
 * @param step the steps done so far, this job's included
 * @param steps the steps the run will do
 * @param loss the mean loss over the job's samples, at the parameters each was computed with
 * @param examples samples the job computed with
 * @param nanos the whole job, from broadcasting to the updated parameters
 * @param broadcastNanos on the driver: flattening the parameters and creating the broadcast
 * @param jobNanos the Spark job (tasks, fetching the broadcast, computing, {@code treeAggregate}), as the driver
 *     waits for it
 * @param fetchNanos the slowest partition's wait for the broadcast value
 * @param computeNanos the slowest partition's computation (forward, backward, or the local steps)
 * @param updateNanos on the driver: the optimizer step, or loading the averaged parameters
 */
public record StepReport(int step, int steps, double loss, long examples, long nanos, long broadcastNanos,
        long jobNanos, long fetchNanos, long computeNanos, long updateNanos) {
    /** Samples per second over the whole job. */
    public double examplesPerSecond() {
        return examples / (nanos / 1e9);
    }

    /** The job's time not spent in the slowest partition's work: scheduling, shipping and aggregating. */
    public long overheadNanos() {
        return jobNanos - fetchNanos - computeNanos;
    }
}
