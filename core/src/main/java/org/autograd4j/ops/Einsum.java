package org.autograd4j.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;

/**
 * {@code torch.einsum} for explicit and implicit equations over letters, built from differentiable
 * sums, permutes, reshapes, {@code mul} and {@code bmm} as PyTorch does: operands are contracted
 * left to right, each pair as one batched matrix product (or a broadcast {@code mul} when nothing
 * is summed). Ellipsis ({@code ...}) and repeated subscripts within one operand are not supported.
 */
public final class Einsum {
    private Einsum() {
    }

    public static Tensor einsum(String equation, Tensor... operands) {
        String eq = equation.replace(" ", "");
        if (eq.contains(".")) {
            throw new UnsupportedOperationException("einsum(): ellipsis ('...') is not supported: " + equation);
        }
        int arrow = eq.indexOf("->");
        String lhs = arrow < 0 ? eq : eq.substring(0, arrow);
        String[] terms = lhs.split(",", -1);
        if (terms.length > operands.length) {
            throw new IllegalArgumentException("einsum(): fewer operands were provided than specified in the equation");
        }
        if (terms.length < operands.length) {
            throw new IllegalArgumentException("einsum(): more operands were provided than specified in the equation");
        }
        Map<Character, Integer> sizes = new LinkedHashMap<>();
        int[] counts = new int[128];
        for (int i = 0; i < terms.length; i++) {
            checkTerm(terms[i], operands[i], i, sizes);
            for (char c : terms[i].toCharArray()) {
                counts[c]++;
            }
        }
        String output = arrow < 0 ? implicitOutput(counts) : eq.substring(arrow + 2);
        for (char c : output.toCharArray()) {
            if (!sizes.containsKey(c)) {
                throw new IllegalArgumentException("einsum(): output subscript " + c
                        + " does not appear in the equation for any input operand");
            }
            if (output.indexOf(c) != output.lastIndexOf(c)) {
                throw new IllegalArgumentException("einsum(): output subscript " + c + " appears more than once in the output");
            }
        }
        if (terms.length == 1) {
            return reduceOne(operands[0], terms[0], output);
        }
        Tensor acc = operands[0];
        String accLabels = terms[0];
        for (int i = 1; i < terms.length; i++) {
            StringBuilder later = new StringBuilder(output);
            for (int j = i + 1; j < terms.length; j++) {
                later.append(terms[j]);
            }
            String keep = later.toString();
            acc = sumOut(acc, accLabels, terms[i] + keep);
            accLabels = remaining(accLabels, terms[i] + keep);
            Tensor b = sumOut(operands[i], terms[i], accLabels + keep);
            String bLabels = remaining(terms[i], accLabels + keep);
            String[] result = new String[1];
            acc = contract(acc, accLabels, b, bLabels, keep, sizes, result);
            accLabels = result[0];
        }
        acc = sumOut(acc, accLabels, output);
        accLabels = remaining(accLabels, output);
        return permuteTo(acc, accLabels, output);
    }

    private static void checkTerm(String term, Tensor t, int index, Map<Character, Integer> sizes) {
        if (term.length() != t.dim()) {
            throw new IllegalArgumentException("einsum(): the number of subscripts in the equation (" + term.length()
                    + ") does not match the number of dimensions (" + t.dim() + ") for operand " + index
                    + " and no ellipsis was given");
        }
        for (int d = 0; d < term.length(); d++) {
            char c = term.charAt(d);
            if (!Character.isLetter(c) || c > 127) {
                throw new IllegalArgumentException("einsum(): invalid subscript given at index " + d
                        + " in the equation string, subscripts must be in [a-zA-Z]");
            }
            if (term.indexOf(c) != d) {
                throw new UnsupportedOperationException("einsum(): repeated subscript " + c
                        + " within one operand (a diagonal) is not supported");
            }
            Integer seen = sizes.putIfAbsent(c, t.size(d));
            if (seen != null && seen != t.size(d)) {
                throw new IllegalArgumentException("einsum(): subscript " + c + " has size " + t.size(d) + " for operand "
                        + index + " which does not broadcast with previously seen size " + seen);
            }
        }
    }

    /** Implicit mode: the labels that appear exactly once, in alphabetical order. */
    private static String implicitOutput(int[] counts) {
        StringBuilder sb = new StringBuilder();
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c) && counts[c] == 1) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The labels of {@code labels} that occur in {@code needed}, in order. */
    private static String remaining(String labels, String needed) {
        StringBuilder sb = new StringBuilder();
        for (char c : labels.toCharArray()) {
            if (needed.indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Sums away the dims whose label is not in {@code needed}. */
    private static Tensor sumOut(Tensor t, String labels, String needed) {
        List<Integer> dims = new ArrayList<>();
        for (int d = 0; d < labels.length(); d++) {
            if (needed.indexOf(labels.charAt(d)) < 0) {
                dims.add(d);
            }
        }
        if (dims.isEmpty()) {
            return t;
        }
        return t.sum(dims.stream().mapToInt(Integer::intValue).toArray(), false);
    }

    /**
     * A single operand, as PyTorch: permuted to the output's labels followed by the summed ones
     * (always, even when that order is the operand's own), then summed over the trailing ones.
     */
    private static Tensor reduceOne(Tensor t, String labels, String output) {
        String summed = labels.chars().filter(c -> output.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String order = output + summed;
        int[] perm = order.chars().map(labels::indexOf).toArray();
        Tensor permuted = t.permute(perm);
        if (summed.isEmpty()) {
            return permuted;
        }
        int[] trailing = java.util.stream.IntStream.range(output.length(), order.length()).toArray();
        return permuted.sum(trailing, false);
    }

    private static Tensor permuteTo(Tensor t, String labels, String target) {
        if (labels.equals(target)) {
            return t;
        }
        int[] perm = new int[target.length()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = labels.indexOf(target.charAt(i));
        }
        return t.permute(perm);
    }

    /**
     * Contracts a (labels la) with b (labels lb) over their shared labels not in {@code keep};
     * result[0] receives the labels of the returned tensor.
     */
    private static Tensor contract(Tensor a, String la, Tensor b, String lb, String keep, Map<Character, Integer> sizes,
            String[] result) {
        StringBuilder batch = new StringBuilder();
        StringBuilder summed = new StringBuilder();
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (char c : la.toCharArray()) {
            if (lb.indexOf(c) >= 0) {
                (keep.indexOf(c) >= 0 ? batch : summed).append(c);
            } else {
                left.append(c);
            }
        }
        for (char c : lb.toCharArray()) {
            if (la.indexOf(c) < 0) {
                right.append(c);
            }
        }
        String out = "" + batch + left + right;
        result[0] = out;
        if (summed.length() == 0) {
            return broadcastTo(a, la, out).mul(broadcastTo(b, lb, out));
        }
        int nb = product(batch, sizes);
        int nl = product(left, sizes);
        int nr = product(right, sizes);
        int ns = product(summed, sizes);
        Tensor a3 = permuteTo(a, la, "" + batch + left + summed).reshape(nb, nl, ns);
        Tensor b3 = permuteTo(b, lb, "" + batch + summed + right).reshape(nb, ns, nr);
        int[] shape = new int[out.length()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = sizes.get(out.charAt(i));
        }
        return a3.bmm(b3).view(shape);
    }

    /** Permutes t to the order of {@code target} and inserts size-1 dims for its missing labels. */
    private static Tensor broadcastTo(Tensor t, String labels, String target) {
        Tensor p = permuteTo(t, labels, remaining(target, labels));
        for (int i = 0; i < target.length(); i++) {
            if (labels.indexOf(target.charAt(i)) < 0) {
                p = p.unsqueeze(i);
            }
        }
        return p;
    }

    private static int product(CharSequence labels, Map<Character, Integer> sizes) {
        int n = 1;
        for (int i = 0; i < labels.length(); i++) {
            n *= sizes.get(labels.charAt(i));
        }
        return n;
    }
}
