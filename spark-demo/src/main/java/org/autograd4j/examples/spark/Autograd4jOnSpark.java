package org.autograd4j.examples.spark;

import java.io.PrintWriter;
import org.autograd4j.examples.cli.Autograd4j;

/**
 * The {@code autograd4j} program with one more command, {@code spark-train}: what {@code spark-submit} runs. It
 * lives in this module so that the main demo's build does not need Spark.
 */
public final class Autograd4jOnSpark {
    private Autograd4jOnSpark() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the program with {@code args}; returns the exit code, as {@link Autograd4j#run} does. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Autograd4j.run(args, out, err, new SparkTrainCommand());
    }
}
