package org.autograd4j.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.autograd4j.nn.Module;

/**
 * The model replicas of one executor JVM, kept between steps so a model is built once per executor and task
 * slot, not once per step. Replicas are keyed by training run; only the few most recent runs keep theirs, so a
 * long-lived executor serving many runs does not fill up.
 */
final class WorkerModels {
    /** Runs whose replicas are kept; older runs' replicas are dropped. */
    private static final int RUNS_KEPT = 4;

    private static final Map<String, Deque<Module>> IDLE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Module>> eldest) {
            return size() > RUNS_KEPT;
        }
    };

    private WorkerModels() {
    }

    /**
     * An idle replica of run {@code runId}, or a new one. Building happens under the lock too: layers draw their
     * initial values from the global generator, which concurrent tasks must not share unsynchronised.
     */
    static synchronized Module borrow(String runId, ModelFactory factory) {
        Module idle = IDLE.computeIfAbsent(runId, id -> new ArrayDeque<>()).poll();
        return idle != null ? idle : factory.create();
    }

    /** Gives a replica back after a task, for the next step's task on this executor. */
    static synchronized void release(String runId, Module model) {
        IDLE.computeIfAbsent(runId, id -> new ArrayDeque<>()).push(model);
    }
}
