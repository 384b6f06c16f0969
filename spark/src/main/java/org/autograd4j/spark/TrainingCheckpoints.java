package org.autograd4j.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.autograd4j.io.Checkpoint;
import org.autograd4j.nn.Module;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.lr.LRScheduler;

/**
 * The driver's checkpoints: {@code step-<n>.safetensors} files in one folder, each holding the model, the
 * optimizer's and the scheduler's state and the step, written every N steps. A run started on a folder that
 * holds some resumes from the last, and, since the batches are a function of the seed and the step, ends where
 * the uninterrupted run would have ended.
 */
final class TrainingCheckpoints {
    private static final Pattern NAME = Pattern.compile("step-(\\d+)\\.safetensors");

    private final Path folder;
    private final int every;
    /** What fixes the batches: a checkpoint is only resumed by a run that would take the same ones. */
    private final Map<String, Object> sampling;

    TrainingCheckpoints(Path folder, int every, long seed, int batchSize) {
        this.folder = folder;
        this.every = every;
        this.sampling = Map.of("seed", seed, "batch_size", (long) batchSize);
    }

    /** Whether a checkpoint falls due between step {@code before} and step {@code after}. */
    boolean due(int before, int after) {
        return after / every > before / every;
    }

    Path save(int step, Module model, Optimizer optimizer, LRScheduler scheduler) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("step", step);
        state.put("sampling", sampling);
        state.put("model", model.stateDict());
        state.put("optimizer", optimizer.stateDict());
        if (scheduler != null) {
            state.put("scheduler", scheduler.stateDict());
        }
        Path file = file(step);
        // Written aside, then renamed: a driver that dies while writing leaves the previous checkpoint the last.
        Path partial = folder.resolve(file.getFileName() + ".partial");
        Checkpoint.save(partial, state);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Loads the last checkpoint into the model, optimizer and scheduler; returns its step, or 0 if none. */
    int restore(Module model, Optimizer optimizer, LRScheduler scheduler) throws IOException {
        OptionalInt last = lastStep();
        if (last.isEmpty()) {
            return 0;
        }
        Path file = file(last.getAsInt());
        Map<String, Object> state = Checkpoint.load(file);
        if (!sampling.equals(Checkpoint.map(state.get("sampling")))) {
            throw new IllegalArgumentException(file + " was written by a run with sampling " + state.get("sampling")
                    + ", but this run has " + sampling + ": resuming would take other batches");
        }
        model.loadStateDict(Checkpoint.tensors(state.get("model")));
        optimizer.loadStateDict(Checkpoint.map(state.get("optimizer")));
        if (scheduler != null) {
            scheduler.loadStateDict(Checkpoint.map(state.get("scheduler")));
        }
        return ((Number) state.get("step")).intValue();
    }

    private Path file(int step) {
        return folder.resolve(String.format(Locale.ROOT, "step-%08d.safetensors", step));
    }

    private OptionalInt lastStep() throws IOException {
        if (!Files.isDirectory(folder)) {
            return OptionalInt.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> NAME.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max();
        }
    }
}
