package org.autograd4j.nn;

/** Returned when a hook is registered; {@link #remove()} unregisters it (PyTorch's {@code RemovableHandle}). */
public final class HookHandle {
    private final Runnable remover;

    HookHandle(Runnable remover) {
        this.remover = remover;
    }

    public void remove() {
        remover.run();
    }
}
