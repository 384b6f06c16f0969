package org.autograd4j.autograd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.FunctionNode;
import org.autograd4j.autograd.engine.SavedTensor;

/**
 * The autograd graph behind some tensors as Graphviz DOT text, drawn as torchviz's {@code make_dot} draws it: one
 * box per {@code gradFn()} labelled with its {@link Node#name() name} ({@code SumBackward0}), each leaf as its
 * {@code AccumulateGrad} box fed by a light blue box with the leaf's name and shape, and the outputs in green, with
 * edges in the direction of the forward pass; optionally, the tensors each node saved for backward, in orange:
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
    private final Set<Object> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Tensor, String> names = new IdentityHashMap<>();
    private final boolean showSaved;

    private GraphViz(Map<String, Tensor> names, boolean showSaved) {
        names.forEach((name, t) -> this.names.put(t, name));
        this.showSaved = showSaved;
    }

    /** The graph behind {@code outputs}, leaves unnamed. */
    public static String toDot(Tensor... outputs) {
        return toDot(Map.of(), outputs);
    }

    /** The graph behind {@code outputs}, leaves found in {@code names} labelled with their key (e.g. {@code fc1.weight}). */
    public static String toDot(Map<String, Tensor> names, Tensor... outputs) {
        return toDot(names, false, outputs);
    }

    /**
     * The graph behind {@code outputs} as {@link #toDot(Map, Tensor...)}, with {@code showSaved} also each tensor
     * a node saved for backward (torchviz's {@code show_saved}), joined to its node by an undirected edge.
     */
    public static String toDot(Map<String, Tensor> names, boolean showSaved, Tensor... outputs) {
        GraphViz graph = new GraphViz(names, showSaved);
        for (Tensor out : outputs) {
            graph.addOutput(out);
        }
        return graph.dot.append("}\n").toString();
    }

    private void addOutput(Tensor out) {
        if (drawn.contains(out)) {
            return;
        }
        String id = box(out, label(out), "darkolivegreen1");
        Node fn = out.gradFn();
        if (fn != null) {
            if (!ids.containsKey(fn)) {
                addNodes(fn);
            }
            edge(ids.get(fn), id);
        }
    }

    /** Every node reachable from {@code root}, once each; iterative, so deep graphs cannot overflow the stack. */
    private void addNodes(Node root) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        id(root);
        while (!pending.isEmpty()) {
            Node fn = pending.pop();
            String id = box(fn, fn.name(), null);
            if (showSaved && fn instanceof FunctionNode function) {
                addSaved(function, id);
            }
            if (fn instanceof AccumulateGrad accumulate) {
                Tensor leaf = accumulate.variable();
                edge(box(leaf, label(leaf), "lightblue"), id);
            }
            for (Edge e : fn.nextFunctions()) {
                if (e.isValid()) {
                    if (!ids.containsKey(e.node())) {
                        pending.push(e.node());
                    }
                    edge(id(e.node()), id);
                }
            }
        }
    }

    /** The tensors {@code fn} saved and still holds (backward releases them unless the graph is retained). */
    private void addSaved(FunctionNode fn, String id) {
        for (SavedTensor s : fn.savedTensors()) {
            Tensor t = s.peek();
            if (t != null) {
                String savedId = box(t, label(t), t.isLeaf() && t.requiresGrad() ? "lightblue" : "orange");
                dot.append('\t').append(savedId).append(" -> ").append(id).append(" [dir=none]\n");
            }
        }
    }

    /** The object's node id, given on first sight. */
    private String id(Object o) {
        return ids.computeIfAbsent(o, k -> "n" + ids.size());
    }

    /** A tensor's label as torchviz's: its name if known, then its shape such as {@code (2, 3)}. */
    private String label(Tensor t) {
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < t.dim(); i++) {
            shape.append(i == 0 ? "" : ", ").append(t.shape()[i]);
        }
        return names.getOrDefault(t, "") + "\n " + shape.append(')');
    }

    /** Draws the box of {@code o} the first time it is met; returns its id. */
    private String box(Object o, String label, String color) {
        String id = id(o);
        if (drawn.add(o)) {
            dot.append('\t').append(id).append(" [label=").append(quoted(label));
            if (color != null) {
                dot.append(" fillcolor=").append(color);
            }
            dot.append("]\n");
        }
        return id;
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
