package org.autograd4j.io;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pickle reader that understands only what {@code torch.save} writes, like PyTorch's
 * {@code torch.load(weights_only=True)}: the opcodes of plain containers, numbers, strings and memo references,
 * and the globals of an allowlist ({@code collections.OrderedDict}, the tensor rebuild functions, the storage
 * types, {@code torch.Size}). Any other global is refused where it appears, so no code is ever run: a global is
 * only a name here, and "calling" one means building the Java value it stands for.
 *
 * <p>Python values become Java ones: dicts and OrderedDicts {@link LinkedHashMap}, lists {@link ArrayList},
 * tuples and {@code torch.Size} unmodifiable lists, ints {@link Long}, floats {@link Double}, strings, booleans,
 * None null, and tensors what the {@link Tensors} callback builds.
 */
final class TorchUnpickler {
    /** Builds tensors from the storages and arguments a pickle names; the checkpoint reader implements it. */
    interface Tensors {
        /** The storage the persistent id {@code ('storage', type, key, location, numel)} names. */
        Object storage(String type, String key, long numel) throws FileFormatException;

        /** {@code torch._utils._rebuild_tensor_v2(storage, offset, size, stride, ...)}. */
        Object tensor(Object storage, long offset, List<Object> size, List<Object> stride) throws FileFormatException;
    }

    /** A global the allowlist admits, by its full name. */
    private record Global(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String REBUILD_TENSOR = "torch._utils._rebuild_tensor_v2";
    private static final String REBUILD_PARAMETER = "torch._utils._rebuild_parameter";
    private static final String ORDERED_DICT = "collections.OrderedDict";
    private static final String SIZE = "torch.Size";
    /** The longest value an error message shows: a pickle's values may be huge, or contain themselves. */
    private static final int BRIEF_CHARS = 200;
    /** The deepest nesting of containers an error message shows. */
    private static final int BRIEF_DEPTH = 4;
    /** The deepest nesting of MARKs followed; deeper pickles are refused rather than risking the heap. */
    private static final int MAX_MARKS = 10_000;

    private final ByteBuffer in;
    private final Tensors tensors;
    private final Map<Long, Object> memo = new HashMap<>();
    private final Deque<List<Object>> marks = new ArrayDeque<>();
    private List<Object> stack = new ArrayList<>();

    private TorchUnpickler(ByteBuffer in, Tensors tensors) {
        this.in = in.order(ByteOrder.LITTLE_ENDIAN);
        this.tensors = tensors;
    }

    /** The value {@code pickle} holds. */
    static Object load(byte[] pickle, Tensors tensors) throws FileFormatException {
        return load(ByteBuffer.wrap(pickle), tensors);
    }

    /**
     * The value of the pickle at {@code in}'s position, which is left after its STOP opcode (the legacy format
     * writes several pickles one after another).
     */
    static Object load(ByteBuffer in, Tensors tensors) throws FileFormatException {
        return new TorchUnpickler(in, tensors).run();
    }

    private Object run() throws FileFormatException {
        while (true) {
            if (!in.hasRemaining()) {
                throw new FileFormatException("the pickle ends without its STOP opcode (it is truncated)");
            }
            int at = in.position();
            int op = in.get() & 0xff;
            if (op == '.') {
                return pop(at);
            }
            step(op, at);
        }
    }

    private void step(int op, int at) throws FileFormatException {
        switch (op) {
            case 0x80: bytes(1, at); break;                                    // PROTO
            case 0x95: bytes(8, at); break;                                    // FRAME (a hint only)
            case '(': mark(); break;                                           // MARK
            case ')': stack.add(Collections.emptyList()); break;               // EMPTY_TUPLE
            case ']': stack.add(new ArrayList<>()); break;                     // EMPTY_LIST
            case '}': stack.add(new LinkedHashMap<>()); break;                 // EMPTY_DICT
            case 't': push(tuple(popMark(at))); break;                         // TUPLE
            case 0x85: stack.add(tuple(popN(1, at))); break;                   // TUPLE1
            case 0x86: stack.add(tuple(popN(2, at))); break;                   // TUPLE2
            case 0x87: stack.add(tuple(popN(3, at))); break;                   // TUPLE3
            case 'a': append(at); break;                                       // APPEND
            case 'e': appends(at); break;                                      // APPENDS
            case 's': setItems(popN(2, at), at); break;                        // SETITEM
            case 'u': setItems(popMark(at), at); break;                        // SETITEMS
            case 'N': stack.add(null); break;                                  // NONE
            case 0x88: stack.add(Boolean.TRUE); break;                         // NEWTRUE
            case 0x89: stack.add(Boolean.FALSE); break;                        // NEWFALSE
            case 'J': stack.add((long) bytes(4, at).getInt()); break;          // BININT
            case 'K': stack.add((long) (bytes(1, at).get() & 0xff)); break;    // BININT1
            case 'M': stack.add((long) (bytes(2, at).getShort() & 0xffff)); break; // BININT2
            case 0x8a: stack.add(long1(at)); break;                            // LONG1
            case 'G': stack.add(bytes(8, at).order(ByteOrder.BIG_ENDIAN).getDouble()); break; // BINFLOAT
            case 'X': stack.add(string(bytes(4, at).getInt() & 0xffffffffL, at)); break; // BINUNICODE
            case 0x8c: stack.add(string(bytes(1, at).get() & 0xff, at)); break; // SHORT_BINUNICODE
            case 'U': stack.add(string(bytes(1, at).get() & 0xff, at)); break; // SHORT_BINSTRING
            case 'q': memo.put((long) (bytes(1, at).get() & 0xff), top(at)); break; // BINPUT
            case 'r': memo.put(bytes(4, at).getInt() & 0xffffffffL, top(at)); break; // LONG_BINPUT
            case 0x94: memo.put((long) memo.size(), top(at)); break;           // MEMOIZE
            case 'h': stack.add(memoized(bytes(1, at).get() & 0xff, at)); break; // BINGET
            case 'j': stack.add(memoized(bytes(4, at).getInt() & 0xffffffffL, at)); break; // LONG_BINGET
            case 'c': stack.add(global(at)); break;                            // GLOBAL
            case 'Q': stack.add(persistent(pop(at), at)); break;               // BINPERSID
            case 'R': reduce(at); break;                                       // REDUCE
            case 'b': build(at); break;                                        // BUILD
            default:
                throw new FileFormatException(String.format("the pickle opcode 0x%02x at byte %d is not one a "
                        + "checkpoint uses; it is refused", op, at));
        }
    }

    /** Pushes {@code value} on the stack current after it was computed (computing it may pop a MARK). */
    private void push(Object value) {
        stack.add(value);
    }

    private ByteBuffer bytes(int n, int at) throws FileFormatException {
        if (in.remaining() < n) {
            throw new FileFormatException("the pickle ends inside the opcode at byte " + at + " (it is truncated)");
        }
        ByteBuffer slice = in.slice(in.position(), n).order(ByteOrder.LITTLE_ENDIAN);
        in.position(in.position() + n);
        return slice;
    }

    private String string(long length, int at) throws FileFormatException {
        if (length > in.remaining()) {
            throw new FileFormatException("the string at byte " + at + " claims " + length + " bytes, but only "
                    + in.remaining() + " remain in the pickle");
        }
        ByteBuffer b = bytes((int) length, at);
        return StandardCharsets.UTF_8.decode(b).toString();
    }

    /** LONG1: a little-endian two's complement integer of up to 8 bytes (larger ones never describe tensors). */
    private Long long1(int at) throws FileFormatException {
        int n = bytes(1, at).get() & 0xff;
        if (n > 8) {
            throw new FileFormatException("the integer at byte " + at + " has " + n + " bytes; at most 8 load");
        }
        byte[] little = new byte[n];
        bytes(n, at).get(little);
        byte[] big = new byte[Math.max(n, 1)];
        for (int i = 0; i < n; i++) {
            big[n - 1 - i] = little[i];
        }
        return n == 0 ? 0L : new BigInteger(big).longValue();
    }

    private Object global(int at) throws FileFormatException {
        String module = line(at);
        String name = line(at);
        String full = module + "." + name;
        boolean allowed = full.equals(REBUILD_TENSOR) || full.equals(REBUILD_PARAMETER) || full.equals(ORDERED_DICT)
                || full.equals(SIZE) || module.equals("torch") && TorchStorageType.isStorage(name);
        if (!allowed) {
            throw new FileFormatException("the pickle names the global " + full + " at byte " + at + ", which is "
                    + "refused: a checkpoint loads only collections.OrderedDict, torch._utils._rebuild_tensor_v2, "
                    + "torch._utils._rebuild_parameter, torch.Size and the torch storage types, and never runs code");
        }
        return new Global(full);
    }

    /** A newline-terminated name of at most 256 bytes. */
    private String line(int at) throws FileFormatException {
        int start = in.position();
        int limit = Math.min(in.limit(), start + 256);
        for (int i = start; i < limit; i++) {
            if (in.get(i) == '\n') {
                String text = StandardCharsets.UTF_8.decode(in.slice(start, i - start)).toString();
                in.position(i + 1);
                return text;
            }
        }
        throw new FileFormatException("the global at byte " + at + " has no name line of at most 256 bytes");
    }

    /**
     * A persistent id names a storage: {@code ('storage', type, key, location, numel)} in the zip format, with a
     * sixth item, the view metadata, in the legacy one (always None since PyTorch 0.4 stopped saving storage views).
     */
    private Object persistent(Object pid, int at) throws FileFormatException {
        if (!(pid instanceof List<?> id) || id.size() < 5 || id.size() > 6 || !"storage".equals(id.get(0))
                || !(id.get(1) instanceof Global type) || !(id.get(2) instanceof String key)
                || !(id.get(4) instanceof Long numel) || id.size() == 6 && id.get(5) != null) {
            throw new FileFormatException("the persistent id at byte " + at + " is " + brief(pid)
                    + "; only ('storage', type, key, location, numel) and, in the legacy format, the same with a "
                    + "sixth item None load");
        }
        if (!type.name().startsWith("torch.") || !TorchStorageType.isStorage(type.name().substring(6))) {
            throw new FileFormatException("the persistent id at byte " + at + " names " + type.name()
                    + ", not a storage type");
        }
        return tensors.storage(type.name().substring(6), key, numel);
    }

    private void reduce(int at) throws FileFormatException {
        Object args = pop(at);
        Object function = pop(at);
        if (!(function instanceof Global global) || !(args instanceof List<?> a)) {
            throw new FileFormatException("the REDUCE at byte " + at + " calls " + brief(function)
                    + ", which is not an allowed global");
        }
        switch (global.name()) {
            case ORDERED_DICT: stack.add(new LinkedHashMap<>()); break;
            case SIZE: stack.add(a.isEmpty() ? a : a.get(0)); break;
            case REBUILD_PARAMETER: stack.add(argument(a, 0, Object.class, global, at)); break;
            case REBUILD_TENSOR:
                stack.add(tensors.tensor(argument(a, 0, Object.class, global, at), argument(a, 1, Long.class, global, at),
                        listArgument(a, 2, global, at), listArgument(a, 3, global, at)));
                break;
            default:
                throw new FileFormatException("the REDUCE at byte " + at + " calls " + global.name()
                        + ", which is a type, not a function");
        }
    }

    private static <T> T argument(List<?> args, int i, Class<T> type, Global f, int at) throws FileFormatException {
        if (args.size() <= i || !type.isInstance(args.get(i))) {
            throw new FileFormatException("the call of " + f.name() + " at byte " + at + " has the arguments "
                    + brief(args) + "; argument " + i + " is not a " + type.getSimpleName());
        }
        return type.cast(args.get(i));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listArgument(List<?> args, int i, Global f, int at) throws FileFormatException {
        return (List<Object>) argument(args, i, List.class, f, at);
    }

    /** BUILD sets attributes; only an OrderedDict's (a state dict's {@code _metadata}) occur, and are dropped. */
    private void build(int at) throws FileFormatException {
        Object state = pop(at);
        if (!(top(at) instanceof Map) || !(state instanceof Map)) {
            throw new FileFormatException("the BUILD at byte " + at + " sets the state of " + describe(top(at))
                    + "; only an OrderedDict's attributes are accepted");
        }
    }

    private void mark() throws FileFormatException {
        if (marks.size() >= MAX_MARKS) {
            throw new FileFormatException("the pickle nests more than " + MAX_MARKS + " levels deep");
        }
        marks.push(stack);
        stack = new ArrayList<>();
    }

    private List<Object> popMark(int at) throws FileFormatException {
        if (marks.isEmpty()) {
            throw new FileFormatException("the opcode at byte " + at + " needs a MARK, and there is none");
        }
        List<Object> items = stack;
        stack = marks.pop();
        return items;
    }

    private List<Object> popN(int n, int at) throws FileFormatException {
        if (stack.size() < n) {
            throw stackUnderflow(at);
        }
        List<Object> top = new ArrayList<>(stack.subList(stack.size() - n, stack.size()));
        stack.subList(stack.size() - n, stack.size()).clear();
        return top;
    }

    private Object pop(int at) throws FileFormatException {
        Object top = top(at);
        stack.remove(stack.size() - 1);
        return top;
    }

    private Object top(int at) throws FileFormatException {
        if (stack.isEmpty()) {
            throw stackUnderflow(at);
        }
        return stack.get(stack.size() - 1);
    }

    private static FileFormatException stackUnderflow(int at) {
        return new FileFormatException("the opcode at byte " + at + " finds too few values on the pickle's stack");
    }

    private Object memoized(long index, int at) throws FileFormatException {
        if (!memo.containsKey(index)) {
            throw new FileFormatException("the pickle refers at byte " + at + " to memo entry " + index
                    + ", which was never stored");
        }
        return memo.get(index);
    }

    private static List<Object> tuple(List<Object> items) {
        return Collections.unmodifiableList(items);
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(int at) throws FileFormatException {
        if (!(top(at) instanceof ArrayList)) {
            throw new FileFormatException("the APPEND at byte " + at + " appends to " + describe(top(at))
                    + ", not a list");
        }
        return (List<Object>) top(at);
    }

    private void append(int at) throws FileFormatException {
        Object item = pop(at);
        list(at).add(item);
    }

    private void appends(int at) throws FileFormatException {
        List<Object> items = popMark(at);
        list(at).addAll(items);
    }

    @SuppressWarnings("unchecked")
    private void setItems(List<Object> keysAndValues, int at) throws FileFormatException {
        if (!(top(at) instanceof LinkedHashMap) || keysAndValues.size() % 2 != 0) {
            throw new FileFormatException("the SETITEMS at byte " + at + " sets items of " + describe(top(at))
                    + ", not a dict");
        }
        Map<Object, Object> dict = (Map<Object, Object>) top(at);
        for (int i = 0; i < keysAndValues.size(); i += 2) {
            Object key = keysAndValues.get(i);
            if (key != null && !(key instanceof String || key instanceof Long || key instanceof Double
                    || key instanceof Boolean)) {
                throw new FileFormatException("the dict at byte " + at + " has the key " + describe(key)
                        + "; only strings, numbers, booleans and None load as keys");
            }
            dict.put(key, keysAndValues.get(i + 1));
        }
    }

    /**
     * {@code value} for an error message, as Java prints lists and maps but cut to {@value #BRIEF_CHARS}
     * characters and {@value #BRIEF_DEPTH} levels: a small pickle can build a list that holds itself, or lists of
     * lists sharing their items, which would print forever.
     */
    static String brief(Object value) {
        StringBuilder out = new StringBuilder();
        appendBrief(out, value, 0);
        return out.length() > BRIEF_CHARS ? out.substring(0, BRIEF_CHARS) + "..." : out.toString();
    }

    private static void appendBrief(StringBuilder out, Object value, int depth) {
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            boolean list = value instanceof List<?>;
            Iterable<?> items = list ? (List<?>) value : ((Map<?, ?>) value).entrySet();
            out.append(list ? '[' : '{');
            if (depth == BRIEF_DEPTH) {
                out.append("...");
            }
            for (var it = items.iterator(); depth < BRIEF_DEPTH && it.hasNext() && out.length() <= BRIEF_CHARS;) {
                Object item = it.next();
                if (item instanceof Map.Entry<?, ?> e) {
                    appendBrief(out, e.getKey(), depth + 1);
                    out.append('=');
                    item = e.getValue();
                }
                appendBrief(out, item, depth + 1);
                out.append(it.hasNext() ? ", " : "");
            }
            out.append(list ? ']' : '}');
        } else if (value instanceof String s) {
            out.append(s, 0, Math.min(s.length(), BRIEF_CHARS + 1));
        } else if (value == null) {
            out.append("None");
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Global) {
            out.append(value);
        } else {
            out.append("a ").append(value.getClass().getSimpleName());
        }
    }

    private static String describe(Object o) {
        return o == null ? "None" : "a " + o.getClass().getSimpleName();
    }
}
