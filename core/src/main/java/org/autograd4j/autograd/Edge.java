package org.autograd4j.autograd;

/**
 * Where a gradient goes next: input {@code inputNr} of {@code node}. A null node means the
 * corresponding forward input needs no gradient (PyTorch prints it as {@code (None, 0)}).
 */
public record Edge(Node node, int inputNr) {
    public boolean isValid() {
        return node != null;
    }

    @Override
    public String toString() {
        return "(" + (node == null ? "None" : node.toString()) + ", " + inputNr + ")";
    }
}
