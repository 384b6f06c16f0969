package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Node names are written once: each PyTorch node name appears as a literal in exactly one place
 * of the main sources (the op that records it), so a node cannot have two formulas; docs/OPS.md
 * names every recorded node, and its node column names only nodes that some op records.
 */
class NodeNamesTest {
    private static final Pattern NAME = Pattern.compile("\"([A-Z][A-Za-z0-9]*Backward[0-9])\"");
    private static final Pattern DOC_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*Backward[0-9])`");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static Map<String, List<String>> places;

    @BeforeAll
    static void scanSources() throws IOException {
        places = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Matcher m = NAME.matcher(code);
                while (m.find()) {
                    places.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file.getFileName().toString());
                }
            }
        }
    }

    @Test
    void everyNodeNameIsWrittenInExactlyOnePlace() {
        assertTrue(places.size() > 150, "scanned " + places.size() + " node names; is the source path right?");
        Map<String, List<String>> repeated = new TreeMap<>(places);
        repeated.values().removeIf(files -> files.size() == 1);
        assertEquals(Map.of(), repeated, "node names written in more than one place");
    }

    @Test
    void opsMdNamesEveryRecordedNode() throws IOException {
        String doc = Files.readString(Path.of("../docs/OPS.md"));
        Set<String> undocumented = new TreeSet<>();
        for (String name : places.keySet()) {
            if (!doc.contains("`" + name + "`")) {
                undocumented.add(name);
            }
        }
        assertEquals(Set.of(), undocumented, "nodes recorded but not named in docs/OPS.md");
    }

    @Test
    void opsMdNodeColumnNamesRecordedNodes() throws IOException {
        Set<String> recorded = new TreeSet<>(places.keySet());
        for (String name : places.keySet()) {
            recorded.add(PointwiseGrad.backwardName(name));
        }
        Set<String> unknown = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("../docs/OPS.md"))) {
            String[] columns = line.split("\\|");
            if (line.startsWith("|") && columns.length > 3) {
                Matcher m = DOC_NAME.matcher(columns[3]);
                while (m.find()) {
                    unknown.add(m.group(1));
                }
            }
        }
        unknown.removeAll(recorded);
        assertEquals(Set.of(), unknown, "docs/OPS.md names nodes that no op records");
    }
}
