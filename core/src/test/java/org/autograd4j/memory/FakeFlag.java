package org.autograd4j.memory;

/** A {@link VmFlag} in memory that can refuse to be set and remembers every value set. */
final class FakeFlag implements VmFlag {
    String value;
    final boolean setByUser;
    boolean refuses;
    int sets;

    FakeFlag(String value, boolean setByUser) {
        this.value = value;
        this.setByUser = setByUser;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean setByUser() {
        return setByUser;
    }

    @Override
    public void set(String newValue) {
        if (refuses) {
            throw new IllegalArgumentException("G1PeriodicGCInterval is not writeable");
        }
        sets++;
        value = newValue;
    }
}
