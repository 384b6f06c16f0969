package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the module path, so this checks the module descriptor the library ships:
 * the user packages are exported, the operators, kernels, storage and internals are not.
 */
class ModuleTest {
    @Test
    void exportsTheUserPackagesOnly() {
        Module module = Tensor.class.getModule();
        assertTrue(module.isNamed(), "core should run as the named module org.autograd4j");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertEquals("org.autograd4j", descriptor.name());
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        for (String api : new String[] {"org.autograd4j", "org.autograd4j.autograd", "org.autograd4j.nn",
                "org.autograd4j.optim", "org.autograd4j.optim.lr", "org.autograd4j.linalg"}) {
            assertTrue(exported.contains(api), api + " should be exported");
        }
        for (String internal : new String[] {"org.autograd4j.ops", "org.autograd4j.kernels", "org.autograd4j.tensor",
                "org.autograd4j.internal", "org.autograd4j.autograd.engine", "org.autograd4j.nn.functional",
                "org.autograd4j.kernels.linalg", "org.autograd4j.memory"}) {
            assertFalse(exported.contains(internal), internal + " should not be exported");
        }
    }

    @Test
    void theVectorApiIsOptional() {
        ModuleDescriptor.Requires vector = Tensor.class.getModule().getDescriptor().requires().stream()
                .filter(r -> r.name().equals("jdk.incubator.vector"))
                .findFirst()
                .orElseThrow();
        assertTrue(vector.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
