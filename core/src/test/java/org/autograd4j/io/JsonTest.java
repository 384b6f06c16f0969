package org.autograd4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static String error(String text) {
        return assertThrows(FileFormatException.class, () -> Json.parse(text)).getMessage();
    }

    @Test
    void readsEveryKindOfValueKeepingKeyOrder() throws FileFormatException {
        Object v = Json.parse(" {\"b\": [1, -20, 3.5, 1e2, true, false, null], \"a\": {\"s\": \"x\\\"\\u00e9\\n\"}} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", Arrays.asList(1L, -20L, 3.5, 100.0, true, false, null));
        expected.put("a", Map.of("s", "x\"é\n"));
        assertEquals(expected, v);
        assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) v).keySet()));
    }

    @Test
    void writesWhatItReads() throws FileFormatException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k\"\\\u0001", List.of(1L, 2, "é", true));
        m.put("n", null);
        String text = Json.write(m);
        assertEquals("{\"k\\\"\\\\\\u0001\":[1,2,\"é\",true],\"n\":null}", text);
        assertEquals(Json.write(Json.parse(text)), text);
    }

    @Test
    void refusesAnythingButStrictJson() {
        assertEquals("invalid JSON at character 1: expected a string key, found ','", error("{,}"));
        assertEquals("invalid JSON at character 8: expected a string key, found '}'", error("{\"a\": 1,}"));
        assertEquals("invalid JSON at character 1: expected a string key, found '''", error("{'a': 1}"));
        assertEquals("invalid JSON at character 7: duplicate key \"a\"", error("{\"a\":1,\"a\":2}"));
        assertEquals("invalid JSON at character 1: unexpected ','", error("[,1]"));
        assertEquals("invalid JSON at character 1: unexpected 'N'", error("[NaN]"));
        assertEquals("invalid JSON at character 2: expected ',' or ']', found '1'", error("[01]"));
        assertEquals("invalid JSON at character 3: expected a digit after the decimal point, found ']'", error("[1.]"));
        assertEquals("invalid JSON at character 1: integer 9223372036854775808 is out of range",
                error("[9223372036854775808]"));
        assertEquals("invalid JSON at character 2: control character U+000A in a string", error("\"a\nb\""));
        assertEquals("invalid JSON at character 3: bad escape \\x", error("\"a\\x\""));
        assertEquals("invalid JSON at character 4: unterminated string", error("\"abc"));
        assertEquals("invalid JSON at character 3: unexpected 'x' after the JSON value", error("{} x"));
        assertEquals("invalid JSON at character 0: unexpected end of the JSON text", error(""));
        assertEquals("invalid JSON at character 1: unexpected '/'", error("[// comment\n]"));
    }

    @Test
    void refusesDeepNestingInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(1_000_000);
        assertEquals("invalid JSON at character 65: nested deeper than 64 levels", error(deep));
    }
}
