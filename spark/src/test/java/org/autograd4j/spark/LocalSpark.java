package org.autograd4j.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One {@code local[2]} Spark context for every test of the JVM: starting Spark takes seconds, so the test classes
 * share it, and it stops when the JVM ends (or when a test needs a context of its own). Bound to 127.0.0.1, so
 * no network interface is needed.
 */
final class LocalSpark {
    private static JavaSparkContext context;

    private LocalSpark() {
    }

    static synchronized JavaSparkContext context() {
        if (context == null) {
            context = new JavaSparkContext(conf("local[2]"));
            Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
        }
        return context;
    }

    /** Stops the shared context, for a test that needs a context of its own (Spark allows one per JVM). */
    static synchronized void stop() {
        if (context != null) {
            context.stop();
            context = null;
        }
    }

    /** A quiet configuration for tests, on the loopback interface. */
    static SparkConf conf(String master) {
        return new SparkConf()
                .setMaster(master)
                .setAppName("autograd4j-spark-test")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
    }
}
