package org.autograd4j.memory;

/** A manageable JVM flag, read and written at run time (a fake one in the tests). */
interface VmFlag {
    /** The flag's current value, as the JVM prints it. */
    String value();

    /** Whether the value came from the user (command line, environment, a management client), not the JVM's default. */
    boolean setByUser();

    /**
     * Sets the flag for the whole JVM.
     *
     * @throws RuntimeException if the JVM refuses (not manageable, not permitted)
     */
    void set(String value);
}
