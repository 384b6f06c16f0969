package org.autograd4j.io;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of a {@code .npy} array: the Python dict literal NumPy writes, e.g.
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }}, parsed strictly (exactly these three keys,
 * strings, booleans and a tuple of non-negative integers; nothing is evaluated), and its dtype code decoded.
 */
record NpyHeader(SafeDType type, ByteOrder order, boolean fortranOrder, int[] shape, long numel) {
    private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

    /** Parses the dict literal {@code text}. */
    static NpyHeader parse(String text) throws FileFormatException {
        Map<String, Object> dict = new Parser(text).dict();
        if (!dict.keySet().equals(KEYS)) {
            throw new FileFormatException("the header has the keys " + dict.keySet()
                    + "; a .npy header has exactly 'descr', 'fortran_order' and 'shape'");
        }
        if (!(dict.get("descr") instanceof String descr)) {
            throw new FileFormatException("the header's 'descr' is " + dict.get("descr")
                    + ": structured dtypes are not supported, only plain numbers and bools");
        }
        if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
            throw new FileFormatException("the header's 'fortran_order' is not True or False");
        }
        if (!(dict.get("shape") instanceof int[] shape)) {
            throw new FileFormatException("the header's 'shape' is not a tuple of integers");
        }
        long numel = 1;
        for (int d : shape) {
            numel *= d;
            if (numel > Integer.MAX_VALUE - 8) {
                throw new FileFormatException("the shape " + NpyHeader.shapeText(shape) + " has more than "
                        + (Integer.MAX_VALUE - 8) + " elements, more than a tensor holds");
            }
        }
        return new NpyHeader(type(descr), order(descr), fortran, shape, numel);
    }

    long dataBytes() {
        return numel * type.size;
    }

    /** The header text NumPy writes for an array of this dtype code and shape, C order. */
    static String text(String descr, int[] shape) {
        return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText(shape) + ", }";
    }

    /** A shape as a Python tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String shapeText(int[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static ByteOrder order(String descr) {
        return descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** The element type of a dtype code such as {@code <f4}, {@code >i8} or {@code |b1}. */
    private static SafeDType type(String descr) throws FileFormatException {
        if (descr.length() >= 2 && descr.charAt(1) == 'O') {
            throw new FileFormatException("the array has dtype '" + descr + "' (Python objects), which is refused: "
                    + "loading it would mean unpickling code (numpy.load(allow_pickle=False) refuses it too)");
        }
        String code = descr.isEmpty() || "<>|=".indexOf(descr.charAt(0)) < 0 ? descr : descr.substring(1);
        switch (code) {
            case "b1": return SafeDType.BOOL;
            case "u1": return SafeDType.U8;
            case "i1": return SafeDType.I8;
            case "i2": return SafeDType.I16;
            case "u2": return SafeDType.U16;
            case "i4": return SafeDType.I32;
            case "u4": return SafeDType.U32;
            case "i8": return SafeDType.I64;
            case "f2": return SafeDType.F16;
            case "f4": return SafeDType.F32;
            case "f8": return SafeDType.F64;
            default:
                throw new FileFormatException("the array has dtype '" + descr + "', which autograd4j does not load "
                        + "(it loads b1, u1, i1, i2, u2, i4, u4, i8, f2, f4, f8)");
        }
    }

    /** A recursive-descent reader of the small subset of Python literals a .npy header uses. */
    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        Map<String, Object> dict() throws FileFormatException {
            expect('{');
            Map<String, Object> dict = new HashMap<>();
            while (!peek('}')) {
                String key = string();
                expect(':');
                if (dict.put(key, value()) != null) {
                    throw error("the key '" + key + "' appears twice");
                }
                if (!peek('}')) {
                    expect(',');
                }
            }
            expect('}');
            skipSpace();
            if (at != s.length()) {
                throw error("text follows the header's dict");
            }
            return dict;
        }

        private Object value() throws FileFormatException {
            skipSpace();
            if (peek('\'') || peek('"')) {
                return string();
            }
            if (peek('(')) {
                return tuple();
            }
            for (String word : List.of("True", "False")) {
                if (s.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("True");
                }
            }
            throw error("unexpected value");
        }

        private String string() throws FileFormatException {
            skipSpace();
            char quote = at < s.length() ? s.charAt(at) : 0;
            if (quote != '\'' && quote != '"') {
                throw error("a quoted string was expected");
            }
            int end = s.indexOf(quote, at + 1);
            if (end < 0) {
                throw error("a string is not closed");
            }
            String text = s.substring(at + 1, end);
            at = end + 1;
            return text;
        }

        private int[] tuple() throws FileFormatException {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            while (!peek(')')) {
                dims.add(dimension());
                if (!peek(')')) {
                    expect(',');
                }
            }
            expect(')');
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }

        private int dimension() throws FileFormatException {
            skipSpace();
            int start = at;
            while (at < s.length() && Character.isDigit(s.charAt(at)) && at - start < 11) {
                at++;
            }
            if (at == start) {
                throw error("a non-negative integer dimension was expected");
            }
            long d = Long.parseLong(s.substring(start, at));
            if (d > Integer.MAX_VALUE) {
                throw error("the dimension " + d + " is larger than a tensor dimension can be");
            }
            return (int) d;
        }

        private boolean peek(char c) {
            skipSpace();
            return at < s.length() && s.charAt(at) == c;
        }

        private void expect(char c) throws FileFormatException {
            if (!peek(c)) {
                throw error("'" + c + "' was expected");
            }
            at++;
        }

        private void skipSpace() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        private FileFormatException error(String problem) {
            return new FileFormatException("the header " + quoted() + " is malformed at character " + at + ": "
                    + problem);
        }

        private String quoted() {
            String shown = s.strip();
            return "\"" + (shown.length() > 120 ? shown.substring(0, 120) + "..." : shown) + "\"";
        }
    }
}
