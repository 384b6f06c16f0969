package org.autograd4j.examples.cli;

import org.autograd4j.examples.Tutorial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autograd4j tutorial}: PyTorch's autograd tutorial, step by step, in Java. */
@Command(name = "tutorial",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Runs PyTorch's autograd tutorial in Java.",
            "Each step prints its Java statement, then exactly what PyTorch prints for it."})
final class TutorialCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Tutorial.run(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
    }
}
