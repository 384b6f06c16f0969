package org.autograd4j.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jar that holds a class, for {@code spark.jars}: a real deployment ships its application's jars to the
 * executors. A class compiled into a folder (the tests run from target/classes) is packed into a jar first.
 */
final class ShippedJars {
    private ShippedJars() {
    }

    static Path of(Class<?> type, Path scratch) throws IOException {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the classes of " + type.getName(), e);
        }
        if (!Files.isDirectory(location)) {
            return location;
        }
        Path jar = scratch.resolve(type.getSimpleName() + "-classes.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** The comma-separated list {@code spark.jars} takes. */
    static String list(List<Path> jars) {
        return String.join(",", jars.stream().map(Path::toString).toList());
    }
}
