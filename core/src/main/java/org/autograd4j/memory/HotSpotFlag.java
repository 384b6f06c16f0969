package org.autograd4j.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/** A HotSpot flag through {@link HotSpotDiagnosticMXBean}. */
final class HotSpotFlag implements VmFlag {
    private final HotSpotDiagnosticMXBean hotspot;
    private final String name;

    HotSpotFlag(HotSpotDiagnosticMXBean hotspot, String name) {
        this.hotspot = hotspot;
        this.name = name;
    }

    @Override
    public String value() {
        return hotspot.getVMOption(name).getValue();
    }

    @Override
    public boolean setByUser() {
        return hotspot.getVMOption(name).getOrigin() != VMOption.Origin.DEFAULT;
    }

    @Override
    public void set(String value) {
        hotspot.setVMOption(name, value);
    }
}
