package org.autograd4j.examples.report;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn in place with a carriage return, kept within 80 columns so that it never wraps
 * (a wrapped line cannot be redrawn): {@code epoch 2/5 [######---------] loss 0.1432 acc 95.81% 6120 samples/s 0:01 left}.
 * It redraws at most ten times a second, so a fast loop does not spend its time printing.
 */
public final class ProgressBar {
    private static final int WIDTH = 15;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    /** When the bar was last drawn; as if long ago, so the first update draws. */
    private long lastDraw = start - REDRAW_NANOS;
    private int lastLength;

    /** A bar for {@code total} items, drawn to {@code out} after {@code label}. */
    public ProgressBar(PrintWriter out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    /** {@code done} items of the total are finished; {@code status} follows the counts. */
    public void update(int done, String status) {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(done, status, timeLeft(done, now));
        }
    }

    /** Draws the full bar with the elapsed time and ends the line. */
    public void finish(String status) {
        draw(total, status, "in " + Durations.minutesSeconds(elapsedSeconds(System.nanoTime())));
        out.println();
    }

    private void draw(int done, String status, String time) {
        String line = String.format(Locale.ROOT, "%s [%s] %s %s %s", label, bar(done), status, rate(done), time);
        // Spaces cover whatever was longer in the previous drawing.
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
    }

    private String bar(int done) {
        int filled = (int) ((long) WIDTH * done / total);
        return "#".repeat(filled) + "-".repeat(WIDTH - filled);
    }

    private String rate(int done) {
        double seconds = elapsedSeconds(System.nanoTime());
        return seconds > 0 ? String.format(Locale.ROOT, "%.0f samples/s", done / seconds) : "";
    }

    private String timeLeft(int done, long now) {
        if (done == 0) {
            return "";
        }
        double seconds = elapsedSeconds(now) * (total - done) / done;
        return Durations.minutesSeconds(seconds) + " left";
    }

    private double elapsedSeconds(long now) {
        return (now - start) / 1e9;
    }
}
