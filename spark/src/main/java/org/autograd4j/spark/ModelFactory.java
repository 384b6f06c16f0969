package org.autograd4j.spark;

import java.io.Serializable;
import org.autograd4j.nn.Module;

/**
 * Builds a fresh model. Spark ships it to every executor, which builds its own replicas from it, so it must be
 * serializable: a lambda typed as this interface is ({@code () -> new Mlp(784, 10)}).
 */
@FunctionalInterface
public interface ModelFactory extends Serializable {
    /** A new model; its initial values do not matter on the executors, which load the driver's parameters. */
    Module create();
}
