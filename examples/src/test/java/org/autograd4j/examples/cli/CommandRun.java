package org.autograd4j.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the program: its exit code and what it printed to each stream. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Autograd4j.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
