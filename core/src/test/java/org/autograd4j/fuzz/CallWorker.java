package org.autograd4j.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the fuzzers' calls one at a time on a daemon thread, so that a call that hangs is reported
 * (and abandoned) instead of stopping the build.
 */
final class CallWorker implements AutoCloseable {
    private final ExecutorService thread;

    CallWorker(String name) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * What {@code call} threw (unwrapped from reflection), a {@link TimeoutException} if it ran
     * longer than {@code seconds}, or null if it returned.
     */
    Throwable run(Callable<?> call, int seconds) throws InterruptedException {
        Future<?> result = thread.submit(call);
        try {
            result.get(seconds, TimeUnit.SECONDS);
            return null;
        } catch (TimeoutException e) {
            result.cancel(true);
            return e;
        } catch (ExecutionException e) {
            return e.getCause() instanceof InvocationTargetException ? e.getCause().getCause() : e.getCause();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
