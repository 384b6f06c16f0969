package org.autograd4j;

import org.autograd4j.kernels.Kernels;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigTest {
    @Test
    void showsTheKernelConfiguration() {
        assertEquals(Kernels.describe(), Config.show());
    }
}
