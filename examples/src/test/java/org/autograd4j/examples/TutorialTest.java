package org.autograd4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The tutorial prints exactly what PyTorch prints. Each expected block below is copied verbatim
 * from PyTorch 1.13's output of the same steps (shared/anchors/pytorch/seed_tutorial.out.txt).
 */
class TutorialTest {

    private static String runTutorial() {
        StringWriter text = new StringWriter();
        Tutorial.run(new PrintWriter(text, true));
        return text.toString();
    }

    @Test
    void printsPyTorchsText() {
        String out = runTutorial();
        String[] expectedBlocks = {
            "tensor([[1., 1.],\n        [1., 1.]], requires_grad=True)\n",
            "tensor([[3., 3.],\n        [3., 3.]], grad_fn=<AddBackward0>)\n",
            "[(<AccumulateGrad>, 0), (None, 0)]\n",
            "tensor([[9., 9.],\n        [9., 9.]], grad_fn=<PowBackward0>)\n",
            "tensor(36., grad_fn=<SumBackward0>)\n",
            "36.0\n",
            "System.out.println(a.grad());\ntensor([[6., 6.],\n        [6., 6.]])\n",
            "[error] IllegalStateException: Trying to backward through the graph a second time (or directly access saved "
                    + "tensors after they have already been freed). Saved intermediate values of the graph are freed "
                    + "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward "
                    + "through the graph a second time or if you need to access saved tensors after calling backward.\n",
            "tensor([[3., 3.],\n        [3., 3.]], grad_fn=<MulBackward0>)\n",
            "[error] IllegalStateException: grad can be implicitly created only for scalar outputs\n",
            "tensor([[3.0000, 0.3000],\n        [0.0300, 0.0030]])\n",
            "tensor([0.4963, 0.7682, 0.0885, 0.1320, 0.3074], requires_grad=True)\n",
            "System.out.println(b.grad());\ntensor([[6., 6.],\n        [6., 6.]])\n",
            "tensor([[2., 2.],\n        [2., 2.]])\n",
            "[error] IllegalStateException: a leaf Variable that requires grad is being used in an in-place operation.\n",
        };
        for (String block : expectedBlocks) {
            assertTrue(out.contains(block), "missing from the tutorial's output:\n" + block + "\n--- output ---\n" + out);
        }
    }
}
