package org.autograd4j.autograd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autograd4j.Tensor;

/**
 * The autograd graph behind some tensors as Graphviz DOT text, drawn as torchviz's {@code make_dot} draws it: one
 * box per {@code gradFn()} labelled with its {@link Node#name() name} ({@code SumBackward0}), each leaf as its
 * {@code AccumulateGrad} box fed by a light blue box with the leaf's name and shape, and the outputs in green, with
 * edges in the direction of the forward pass:
 * <pre>
 * Tensor a = Tensor.of(1f, 2f, 3f).requiresGrad(true);
 * Tensor out = a.add(2).pow(2).sum();
 * String dot = GraphViz.toDot(Map.of("a", a), out);   // model.namedParameters() names a model's weights
 * GraphViz.render(dot, Path.of("graph.svg"));        // SVG when Graphviz's dot is installed, else graph.dot
 * </pre>
 */
public final class GraphViz {
    private static final String HEADER = "digraph {\n"
            + "\tgraph [size=\"12,12\"]\n"
            + "\tnode [align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled]\n";

    private final StringBuilder dot = new StringBuilder(HEADER);
    private final Map<Object, String> ids = new IdentityHashMap<>();
    private final Map<Tensor, String> names = new IdentityHashMap<>();

    private GraphViz(Map<String, Tensor> names) {
        names.forEach((name, t) -> this.names.put(t, name));
    }

    /** The graph behind {@code outputs}, leaves unnamed. */
    public static String toDot(Tensor... outputs) {
        return toDot(Map.of(), outputs);
    }

    /** The graph behind {@code outputs}, leaves found in {@code names} labelled with their key (e.g. {@code fc1.weight}). */
    public static String toDot(Map<String, Tensor> names, Tensor... outputs) {
        GraphViz graph = new GraphViz(names);
        for (Tensor out : outputs) {
            graph.addOutput(out);
        }
        return graph.dot.append("}\n").toString();
    }

    private void addOutput(Tensor out) {
        String id = newId(out);
        box(id, label(out), "darkolivegreen1");
        Node fn = out.gradFn();
        if (fn != null) {
            addNodes(fn);
            edge(ids.get(fn), id);
        }
    }

    /** Every node reachable from {@code root}, once each; iterative, so deep graphs cannot overflow the stack. */
    private void addNodes(Node root) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        newId(root);
        while (!pending.isEmpty()) {
            Node fn = pending.pop();
            String id = ids.get(fn);
            box(id, fn.name(), null);
            if (fn instanceof AccumulateGrad accumulate) {
                Tensor leaf = accumulate.variable();
                String leafId = newId(leaf);
                box(leafId, label(leaf), "lightblue");
                edge(leafId, id);
            }
            for (Edge e : fn.nextFunctions()) {
                if (e.isValid()) {
                    if (!ids.containsKey(e.node())) {
                        newId(e.node());
                        pending.push(e.node());
                    }
                    edge(ids.get(e.node()), id);
                }
            }
        }
    }

    private String newId(Object o) {
        String id = "n" + ids.size();
        ids.put(o, id);
        return id;
    }

    /** A tensor's label as torchviz's: its name if known, then its shape such as {@code (2, 3)}. */
    private String label(Tensor t) {
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < t.dim(); i++) {
            shape.append(i == 0 ? "" : ", ").append(t.shape()[i]);
        }
        return names.getOrDefault(t, "") + "\n " + shape.append(')');
    }

    private void box(String id, String label, String color) {
        dot.append('\t').append(id).append(" [label=").append(quoted(label));
        if (color != null) {
            dot.append(" fillcolor=").append(color);
        }
        dot.append("]\n");
    }

    private void edge(String from, String to) {
        dot.append('\t').append(from).append(" -> ").append(to).append('\n');
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /**
     * Writes {@code dot} to {@code target}: rendered by Graphviz's {@code dot} program when it is installed and
     * the target ends in {@code .svg}, {@code .png} or {@code .pdf}; otherwise as DOT text beside it
     * ({@code graph.svg} becomes {@code graph.dot}), with a line on standard error saying how to render it.
     * Returns the file written.
     */
    public static Path render(String dot, Path target) throws IOException, InterruptedException {
        String name = target.getFileName().toString();
        int extension = name.lastIndexOf('.');
        String format = extension < 0 ? "" : name.substring(extension + 1);
        Path dotFile = target.resolveSibling((extension < 0 ? name : name.substring(0, extension)) + ".dot");
        Files.writeString(dotFile, dot);
        if (!format.matches("svg|png|pdf")) {
            return dotFile;
        }
        if (runDot(format, dotFile, target)) {
            Files.delete(dotFile);
            return target;
        }
        System.err.println("Graphviz's dot was not found: wrote " + dotFile + "; render it with: dot -T" + format
                + " " + dotFile + " -o " + target);
        return dotFile;
    }

    /** Runs {@code dot -T<format>}; false when the program is not installed. */
    private static boolean runDot(String format, Path in, Path out) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("dot", "-T" + format, in.toString(), "-o", out.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return false;
        }
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("dot -T" + format + " failed on " + in + ": " + output);
        }
        return true;
    }
}
