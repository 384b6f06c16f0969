package org.autograd4j.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** The program's version, from {@code version.txt}, which the build fills in from the POM. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        try (InputStream in = Version.class.getResourceAsStream("version.txt")) {
            String version = in == null ? "(unknown version)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new String[] {"autograd4j " + version.strip()};
        }
    }
}
