package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's JShell session, run in the JDK's own jshell with the README's startup (DEFAULT, which
 * imports {@code java.util.function.*}, then {@code jshell/autograd4j.jsh}): the custom function
 * example must compile, so {@code Function} is not ambiguous, and print PyTorch's gradient, with no
 * log line on the way (the kernel choice is logged at DEBUG level unless {@code autograd4j.verbose}).
 */
class JShellStartupTest {
    private static final String SESSION = String.join("\n",
            "class Sq extends Function {",
            "    protected Tensor[] forward(FunctionContext ctx, Tensor... in) {",
            "        ctx.saveForBackward(in[0]);",
            "        return new Tensor[] {in[0].mul(in[0])};",
            "    }",
            "    protected Tensor[] backward(FunctionContext ctx, Tensor... g) {",
            "        return new Tensor[] {g[0].mul(ctx.savedTensors().get(0)).mul(2)};",
            "    }",
            "}",
            "Tensor x = Tensor.of(1f, 2f, 3f).requiresGrad(true);",
            "new Sq().apply1(x).sum().backward();",
            "System.out.println(\"grad \" + x.grad());",
            "/exit",
            "");

    @Test
    void theReadmeCustomFunctionRunsInJShell() throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        String classes = Path.of(Tensor.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path", classes, "--startup", "DEFAULT",
                "--startup", "../jshell/autograd4j.jsh", "--feedback", "concise"))
                .redirectErrorStream(true).start();
        p.getOutputStream().write(SESSION.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell did not finish: " + out);
        assertFalse(out.contains("Error") || out.contains("error:"), out);
        assertFalse(out.contains("INFO:"), "quiet by default: the kernel choice is logged at DEBUG level\n" + out);
        assertTrue(out.contains("grad tensor([2., 4., 6.])"), out);
    }
}
