package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.nn.Linear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOT text of real graphs, with PyTorch 1.13's node names (torchviz's make_dot draws the same boxes). */
class GraphVizTest {
    @TempDir
    Path dir;

    /** The seed tutorial's graph: out = ((a + 2) ** 2).sum(). */
    private static String tutorialGraph() {
        Tensor a = Tensor.of(1f, 2f, 3f).requiresGrad(true);
        return GraphViz.toDot(Map.of("a", a), a.add(2).pow(2).sum());
    }

    @Test
    void tutorialGraphAsTorchvizDrawsIt() {
        assertEquals("digraph {\n"
                + "\tgraph [size=\"12,12\"]\n"
                + "\tnode [align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled]\n"
                + "\tn0 [label=\"\\n ()\" fillcolor=darkolivegreen1]\n"
                + "\tn1 [label=\"SumBackward0\"]\n"
                + "\tn2 -> n1\n"
                + "\tn2 [label=\"PowBackward0\"]\n"
                + "\tn3 -> n2\n"
                + "\tn3 [label=\"AddBackward0\"]\n"
                + "\tn4 -> n3\n"
                + "\tn4 [label=\"AccumulateGrad\"]\n"
                + "\tn5 [label=\"a\\n (3)\" fillcolor=lightblue]\n"
                + "\tn5 -> n4\n"
                + "\tn1 -> n0\n"
                + "}\n", tutorialGraph());
    }

    @Test
    void theReadmePictureIsThisGraph() throws IOException {
        assertEquals(Files.readString(Path.of("../docs/tutorial-graph.dot")), tutorialGraph());
    }

    @Test
    void namesAModulesParametersAndVisitsSharedNodesOnce() {
        Linear fc1 = new Linear(3, 2);
        Tensor x = Tensor.ones(4, 3);
        Tensor y = fc1.call(x);
        String dot = GraphViz.toDot(fc1.namedParameters(), y.sum(), y.mean());
        assertTrue(dot.contains("[label=\"weight\\n (2, 3)\" fillcolor=lightblue]"), dot);
        assertTrue(dot.contains("[label=\"bias\\n (2)\" fillcolor=lightblue]"), dot);
        assertTrue(dot.contains("[label=\"AddmmBackward0\"]"), dot);
        assertTrue(dot.contains("[label=\"TBackward0\"]"), dot);
        assertEquals(1, dot.split("AddmmBackward0", -1).length - 1, "one box per node, even when reached twice");
        assertEquals(2, dot.split("darkolivegreen1", -1).length - 1);
        String twice = GraphViz.toDot(Map.of(), y, y.sum(), y);
        assertEquals(1, twice.split("\tn1 -> n0\n", -1).length - 1, "an output drawn once, its edges once: " + twice);
        assertEquals(1, twice.split("AddmmBackward0", -1).length - 1, twice);
    }

    @Test
    void showsSavedTensorsWhenAsked() {
        Tensor a = Tensor.of(1f, 2f, 3f).requiresGrad(true);
        Tensor b = Tensor.of(new float[] {4f, 5f, 6f, 7f, 8f, 9f}, 2, 3);
        Tensor out = a.mul(b).sum();
        String dot = GraphViz.toDot(Map.of("a", a), true, out);
        assertTrue(dot.contains("\tn2 [label=\"MulBackward0\"]\n\tn3 [label=\"\\n (2, 3)\" fillcolor=orange]\n"
                + "\tn3 -> n2 [dir=none]\n"), dot);
        assertTrue(!GraphViz.toDot(Map.of("a", a), out).contains("orange"));
        out.backward();
        assertTrue(!GraphViz.toDot(Map.of("a", a), true, out).contains("orange"), "released by backward");
    }

    @Test
    void writesDotTextWhereGraphvizIsMissingOrRendersWithIt() throws IOException, InterruptedException {
        Path written = GraphViz.render(tutorialGraph(), dir.resolve("graph.svg"));
        String text = Files.readString(written);
        if (written.toString().endsWith(".dot")) {
            assertEquals(tutorialGraph(), text);
        } else {
            assertTrue(text.contains("<svg"), text);
            for (String name : new String[] {"SumBackward0", "PowBackward0", "AddBackward0", "AccumulateGrad"}) {
                assertTrue(text.contains(name), name);
            }
        }
    }

    /**
     * Graphviz draws a real graph: the tutorial's nodes and a model's named parameters. CI ({@code .ci/run})
     * installs Graphviz and sets {@code AUTOGRAD4J_REQUIRE_GRAPHVIZ}, so there a missing {@code dot} fails.
     */
    @Test
    void rendersSvgWithGraphviz() throws IOException, InterruptedException {
        if (Boolean.parseBoolean(System.getenv("AUTOGRAD4J_REQUIRE_GRAPHVIZ"))) {
            assertTrue(dotInstalled(), "AUTOGRAD4J_REQUIRE_GRAPHVIZ is set, but Graphviz's dot does not run");
        }
        assumeTrue(dotInstalled(), "Graphviz's dot is not installed");
        Path svg = GraphViz.render(tutorialGraph(), dir.resolve("g.svg"));
        assertEquals(dir.resolve("g.svg"), svg);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text);
        for (String label : new String[] {"SumBackward0", "PowBackward0", "AddBackward0", "AccumulateGrad", "a",
            " (3)"}) {
            assertTrue(text.contains(">" + label + "</text>"), () -> label + " missing from\n" + text);
        }
    }

    private static boolean dotInstalled() {
        try {
            return new ProcessBuilder("dot", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
