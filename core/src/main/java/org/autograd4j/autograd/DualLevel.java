package org.autograd4j.autograd;

import org.autograd4j.autograd.engine.ForwardLevel;

/**
 * A forward-mode AD level (PyTorch's {@code forward_ad.dual_level}): while it is open, tensors made
 * dual in it ({@code ForwardAD.makeDual}) carry a tangent, and every op computes its output's tangent
 * with its forward (JVP) formula. Closing it drops every tangent made in it. As in PyTorch 1.13
 * there is one level at a time, for the whole process; a level is not nested in another.
 *
 * <p>This is the user's handle on the level; the tangents themselves are the engine's business
 * ({@code autograd.engine.ForwardLevel}, not exported).
 */
public final class DualLevel implements AutoCloseable {
    private final ForwardLevel level;

    private DualLevel(ForwardLevel level) {
        this.level = level;
    }

    /**
     * Opens the level ({@code torch.autograd.forward_ad.enter_dual_level}); refused while another is
     * open ({@code Nested forward mode AD is not supported at the moment}).
     */
    public static DualLevel enter() {
        return new DualLevel(ForwardLevel.enter());
    }

    /** Closes the level, dropping its tangents ({@code exit_dual_level}); closing it again does nothing. */
    @Override
    public void close() {
        level.close();
    }
}
