package org.autograd4j.examples.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code autograd4j} command-line program: trains a digit classifier on the shipped MNIST digits (the
 * default), classifies an image with a saved model, converts a model to and from PyTorch's .pt, exports a test
 * digit as a PNG, draws the autograd graph of a training step, or runs the autograd tutorial.
 */
@Command(name = "autograd4j",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "PyTorch's define-by-run autograd in pure Java, shown on handwritten digits.",
            "With no command, runs 'train' with its defaults: an MLP on 8,000 MNIST digits, tested on 2,000."},
        subcommands = {TrainCommand.class, PredictCommand.class, ExportCommand.class,
            ExportSampleCommand.class, GraphCommand.class, TutorialCommand.class},
        footer = {"",
            "Examples:",
            "  autograd4j                           train the MLP, save runs/mnist-mlp.*",
            "  autograd4j train --model cnn         train the CNN, save runs/mnist-cnn.*",
            "  autograd4j export-sample --out digit.png",
            "  autograd4j graph --out step.svg      draw the autograd graph of one training step",
            "  autograd4j predict --image digit.png",
            "  autograd4j export --format pt        the MLP as PyTorch's state dict, runs/mnist-mlp.pt",
            "  autograd4j predict --help            a command's options"})
public final class Autograd4j implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        // The chart is drawn off screen; this keeps AWT from looking for a display.
        System.setProperty("java.awt.headless", "true");
        int exitCode = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(exitCode);
    }

    /**
     * Runs the program with {@code args}, printing to {@code out} and {@code err}; returns the exit code: 0 on
     * success, 1 when a command fails, 2 for bad arguments (with the usage).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, new Object[0]);
    }

    /**
     * {@link #run(String[], PrintWriter, PrintWriter)} with more commands beside the program's own, for programs
     * that add one (the {@code spark-demo} module's {@code spark-train}) without this module depending on them.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Object... moreCommands) {
        CommandLine commandLine = new CommandLine(new Autograd4j());
        for (Object command : moreCommands) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Autograd4j::reportBadArguments)
                .setExecutionExceptionHandler(Autograd4j::reportFailure);
        return commandLine.execute(args);
    }

    /** With no command: {@code train} with its defaults. */
    @Override
    public Integer call() {
        return spec.subcommands().get("train").execute();
    }

    /** Bad arguments print one line saying what is wrong, the command's synopsis and where to find help. */
    private static int reportBadArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print(command.getHelp().fullSynopsis());
        err.printf("Try '%s --help' for more information.%n", command.getCommandSpec().qualifiedName());
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A command that failed while running prints one line, not a stack trace. */
    private static int reportFailure(Exception e, CommandLine command, ParseResult parsed) {
        String message = e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        command.getErr().println(command.getColorScheme().errorText(command.getCommandName() + ": " + message));
        return command.getCommandSpec().exitCodeOnExecutionException();
    }
}
