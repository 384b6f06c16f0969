package org.autograd4j.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader and writer for file headers, so the core needs no library. Objects read as
 * {@code LinkedHashMap<String, Object>} in file order, arrays as {@code List<Object>}, integers as {@link Long},
 * other numbers as {@link Double}, then {@link String}, {@link Boolean} and {@code null}.
 *
 * <p>Strict means RFC 8259 and no more: no comments, trailing commas, single quotes, NaN or leading zeros, and a
 * key may appear once per object. Nesting is capped, so a hostile header cannot exhaust the stack.
 */
final class Json {
    /** Deep enough for any header; a deeper text is refused rather than recursed into. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** The value {@code text} holds, which must be all of it (surrounding whitespace aside). */
    static Object parse(String text) throws FileFormatException {
        Json p = new Json(text);
        Object value = p.value(0);
        p.skipWhitespace();
        if (p.pos < text.length()) {
            throw p.error("unexpected " + p.describe() + " after the JSON value");
        }
        return value;
    }

    private Object value(int depth) throws FileFormatException {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of the JSON text");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected " + describe());
        }
    }

    private Map<String, Object> object(int depth) throws FileFormatException {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        if (skipWhitespace() == '}') {
            pos++;
            return map;
        }
        while (true) {
            if (skipWhitespace() != '"') {
                throw error("expected a string key, found " + describe());
            }
            int keyAt = pos;
            String key = string();
            expect(':');
            Object value = value(depth + 1);
            if (map.containsKey(key)) {
                pos = keyAt;
                throw error("duplicate key \"" + key + "\"");
            }
            map.put(key, value);
            if (!separator('}')) {
                return map;
            }
        }
    }

    private List<Object> array(int depth) throws FileFormatException {
        List<Object> list = new ArrayList<>();
        pos++;
        if (skipWhitespace() == ']') {
            pos++;
            return list;
        }
        do {
            list.add(value(depth + 1));
        } while (separator(']'));
        return list;
    }

    /** After a member: true on a comma (another follows), false on the closing bracket. */
    private boolean separator(char close) throws FileFormatException {
        char c = skipWhitespace();
        if (c == ',') {
            pos++;
            return true;
        }
        if (c == close) {
            pos++;
            return false;
        }
        throw error("expected ',' or '" + close + "', found " + describe());
    }

    private String string() throws FileFormatException {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character U+" + String.format("%04X", (int) c) + " in a string");
            }
            out.append(c == '\\' ? escape() : c);
        }
    }

    private char escape() throws FileFormatException {
        if (pos >= text.length()) {
            throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                    throw error("bad \\u escape");
                }
                pos += 4;
                return (char) Integer.parseInt(text.substring(pos - 4, pos), 16);
            default:
                pos--;
                throw error("bad escape \\" + c);
        }
    }

    private Object number() throws FileFormatException {
        int start = pos;
        accept('-');
        if (!accept('0')) {
            digits("a digit");
        }
        boolean integral = true;
        if (accept('.')) {
            digits("a digit after the decimal point");
            integral = false;
        }
        if (accept('e') || accept('E')) {
            if (!accept('+')) {
                accept('-');
            }
            digits("a digit in the exponent");
            integral = false;
        }
        String literal = text.substring(start, pos);
        if (!integral) {
            return Double.parseDouble(literal);
        }
        try {
            return Long.parseLong(literal);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("integer " + literal + " is out of range");
        }
    }

    private void digits(String what) throws FileFormatException {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw error("expected " + what + ", found " + describe());
        }
    }

    private boolean accept(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws FileFormatException {
        if (skipWhitespace() != c) {
            throw error("expected '" + c + "', found " + describe());
        }
        pos++;
    }

    private Object literal(String word, Object value) throws FileFormatException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe());
        }
        pos += word.length();
        return value;
    }

    /** Skips JSON whitespace; returns the next character, or 0 at the end. */
    private char skipWhitespace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private String describe() {
        if (pos >= text.length()) {
            return "the end of the text";
        }
        char c = text.charAt(pos);
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : "U+" + String.format("%04X", (int) c);
    }

    private FileFormatException error(String problem) {
        return new FileFormatException("invalid JSON at character " + pos + ": " + problem);
    }

    // ---------------------------------------------------------------- writing

    /** {@code value} as compact JSON: maps with string keys, lists, strings, numbers, booleans and null. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map) {
            out.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.append(sep);
                quote((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
                sep = ",";
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            String sep = "";
            for (Object item : (List<?>) value) {
                out.append(sep);
                write(item, out);
                sep = ",";
            }
            out.append(']');
        } else if (value instanceof String) {
            quote((String) value, out);
        } else if (value == null || value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
