package org.autograd4j.nn;

/**
 * What a recurrent layer returns: {@code output}, the last layer's hidden state at every step
 * ([L, N, directions * hidden], or [N, L, ...] when batch first), and the final {@code state} of every layer.
 */
public record RecurrentOutput(org.autograd4j.Tensor output, RecurrentState state) {
}
