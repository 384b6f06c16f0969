package org.autograd4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1 for a test: a master and workers, each its own JVM started from the
 * spark-core jars in {@code sparkHome/jars}, as {@code sbin/start-master.sh} and {@code start-worker.sh} would
 * start them. A worker starts its executors with the class path Spark's launcher builds from
 * {@code $SPARK_HOME/jars} ({@code AbstractCommandBuilder.buildClassPath}), which also needs the Scala version,
 * from {@code SPARK_SCALA_VERSION} when there are no build directories. Closing ends every process it started,
 * the workers' executors included.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path sparkHome;
    private final Path logs;
    private final int masterPort;
    private final int masterWebPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    StandaloneCluster(Path sparkHome, Path logs, int workerCount) throws IOException {
        if (!Files.isDirectory(sparkHome.resolve("jars"))) {
            throw new IllegalStateException(sparkHome.resolve("jars") + " is missing; run with -Pspark-cluster, "
                    + "which copies the Spark jars there");
        }
        this.sparkHome = sparkHome;
        this.logs = Files.createDirectories(logs);
        // The RELEASE file marks a binary distribution for Spark's scripts; the launcher itself reads jars/.
        Files.writeString(sparkHome.resolve("RELEASE"), "Spark 4.2.0 (jars copied by Maven for autograd4j's tests)\n");
        this.masterPort = freePort();
        this.masterWebPort = freePort();
        this.master = start("master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(masterWebPort));
        try {
            for (int i = 0; i < workerCount; i++) {
                Path work = Files.createDirectories(logs.resolve("work-" + i));
                workers.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                        "--webui-port", String.valueOf(freePort()), "--work-dir", work.toString(), masterUrl()));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Waits until the master leads and every worker has registered, as its web UI's JSON status tells: a
     * driver that comes earlier may be turned away by a master still starting, and gives up.
     */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterWebPort + "/json/")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(status, HttpResponse.BodyHandlers.ofString()).body();
                Matcher alive = ALIVE_WORKERS.matcher(last);
                if (last.matches("(?s).*\"status\"\\s*:\\s*\"ALIVE\".*") && alive.find()
                        && Integer.parseInt(alive.group(1)) == workers.size()) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the cluster was not ready after " + timeout + ": " + last);
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Kills worker {@code i} and its executors at once, as a machine that dies would end them. */
    void killWorker(int i) {
        kill(workers.get(i));
    }

    /** Every process the cluster started that is still running. */
    List<ProcessHandle> running() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Process p : processes()) {
            p.toHandle().descendants().filter(ProcessHandle::isAlive).forEach(out::add);
            if (p.isAlive()) {
                out.add(p.toHandle());
            }
        }
        return out;
    }

    @Override
    public void close() {
        for (Process p : processes()) {
            kill(p);
        }
    }

    private List<Process> processes() {
        List<Process> all = new ArrayList<>(workers);
        all.add(master);
        return all;
    }

    private static void kill(Process process) {
        List<ProcessHandle> family = new ArrayList<>(process.toHandle().descendants().toList());
        family.add(process.toHandle());
        family.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : family) {
            try {
                p.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("process " + p.pid() + " did not end", e);
            }
        }
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        command.addAll(List.of("-Xmx512m", "-cp", sparkHome.resolve("jars") + "/*", mainClass));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(Map.of(
                "SPARK_HOME", sparkHome.toString(),
                "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1"));
        return builder.start();
    }

    /** Spark's JVM options, which the build passes to the tests (see the module's pom). */
    static List<String> jvmFlags() {
        String flags = System.getProperty("autograd4j.spark.jvmFlags", "").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
