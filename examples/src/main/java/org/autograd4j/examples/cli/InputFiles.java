package org.autograd4j.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The files a command reads are checked before any work, so that a missing one is a bad argument. */
final class InputFiles {
    private InputFiles() {
    }

    /** Refuses {@code file}, given as {@code option}, unless it is a regular file; a missing model hints at 'train'. */
    static void require(CommandSpec spec, Path file, String option) {
        if (!Files.isRegularFile(file)) {
            String hint = option.equals("--model") ? " (train one first: autograd4j train)" : "";
            throw new ParameterException(spec.commandLine(), option + ": no such file: " + file + hint);
        }
    }
}
