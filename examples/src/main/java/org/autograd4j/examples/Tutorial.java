package org.autograd4j.examples;

import java.io.PrintWriter;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.Variable;

/**
 * PyTorch's autograd tutorial ("Autograd: automatic differentiation"), in Java. Every value it
 * prints is byte-for-byte what PyTorch prints for the same step; each step is echoed first as the
 * Java statement that produced it.
 *
 * <p>Run it with {@code autograd4j tutorial}.
 */
public final class Tutorial {
    private final PrintWriter out;

    private Tutorial(PrintWriter out) {
        this.out = out;
    }

    /** Runs the whole tutorial, printing to {@code out}. */
    public static void run(PrintWriter out) {
        new Tutorial(out).run();
    }

    private void run() {
        Tensor.manualSeed(0);
        leafAndForward();
        nonScalarBackward();
        oldStyleVariable();
        retainGrad();
        noGrad();
    }

    private void leafAndForward() {
        section("1. A leaf tensor that requires grad, and a small graph");
        step("Tensor a = Tensor.ones(2, 2).requiresGrad(true);");
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        show("a", a);
        step("Tensor b = a.add(2);");
        Tensor b = a.add(2);
        show("b", b);
        show("b.gradFn()", b.gradFn());
        show("b.gradFn().nextFunctions()", b.gradFn().nextFunctions());
        step("Tensor c = b.pow(2);");
        Tensor c = b.pow(2);
        show("c", c);
        step("Tensor out = c.sum();");
        Tensor out = c.sum();
        show("out", out);
        show("out.item()", out.item());

        section("2. out.backward() and the resulting grads");
        step("out.backward();");
        out.backward();
        show("a.grad()", a.grad());
        show("a.gradFn()", a.gradFn());
        show("b.grad()", b.grad());
        step("out.backward();  // a second time: the graph was freed");
        showError(out::backward);
    }

    private void nonScalarBackward() {
        section("3. backward() on a non-scalar output");
        step("Tensor x = Tensor.ones(2, 2).requiresGrad(true);");
        Tensor x = Tensor.ones(2, 2).requiresGrad(true);
        step("Tensor y = x.mul(3);");
        Tensor y = x.mul(3);
        show("y", y);
        step("y.backward();");
        showError(y::backward);
        step("y.backward(Tensor.of(new float[][] {{1f, 0.1f}, {0.01f, 0.001f}}));");
        y.backward(Tensor.of(new float[][] {{1f, 0.1f}, {0.01f, 0.001f}}));
        show("x.grad()", x.grad());
    }

    private void oldStyleVariable() {
        section("4. The same with the old Variable API");
        step("Variable var = new Variable(Tensor.rand(5), true);");
        Variable var = new Variable(Tensor.rand(5), true);
        show("var", var);
        step("Variable v = new Variable(Tensor.ones(2, 2), true);");
        Variable v = new Variable(Tensor.ones(2, 2), true);
        step("Variable vOut = v.add(2).pow(2).sum();");
        Variable vOut = v.add(2).pow(2).sum();
        show("vOut", vOut);
        step("vOut.backward();");
        vOut.backward();
        show("v.grad()", v.grad());
        show("v.data()", v.data());
    }

    private void retainGrad() {
        section("5. retainGrad() on a non-leaf");
        step("Tensor a = Tensor.ones(2, 2).requiresGrad(true);");
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        step("Tensor b = a.add(2); b.retainGrad();");
        Tensor b = a.add(2);
        b.retainGrad();
        step("b.pow(2).sum().backward();");
        b.pow(2).sum().backward();
        show("b.grad()", b.grad());
    }

    private void noGrad() {
        section("6. Autograd.noGrad()");
        step("Tensor a = Tensor.ones(2, 2).requiresGrad(true);");
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        step("try (var g = Autograd.noGrad()) { n = a.mul(2); }");
        Tensor n;
        try (var g = Autograd.noGrad()) {
            n = a.mul(2);
        }
        show("n", n);
        show("n.requiresGrad()", n.requiresGrad());
        step("a.add_(1);");
        showError(() -> a.add_(1));
    }

    private void section(String title) {
        out.println();
        out.println("=".repeat(72));
        out.println(title);
        out.println("=".repeat(72));
    }

    private void step(String javaStatement) {
        out.println(">>> " + javaStatement);
    }

    private void show(String expression, Object value) {
        out.println(">>> System.out.println(" + expression + ");");
        out.println(value);
    }

    private void showError(Runnable action) {
        try {
            action.run();
            out.println("(no error)");
        } catch (RuntimeException e) {
            out.println("[error] " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
