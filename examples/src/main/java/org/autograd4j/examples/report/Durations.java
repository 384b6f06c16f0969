package org.autograd4j.examples.report;

/** Durations as people read them. */
public final class Durations {
    private Durations() {
    }

    /** {@code 75.4} seconds as {@code 1:15}. */
    public static String minutesSeconds(double seconds) {
        long whole = Math.round(seconds);
        return String.format("%d:%02d", whole / 60, whole % 60);
    }
}
