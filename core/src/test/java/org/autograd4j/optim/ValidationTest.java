package org.autograd4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid hyper-parameters are refused at construction with PyTorch's messages, numbers printed as Python prints them. */
class ValidationTest {
    private static final List<Tensor> PARAMS = List.of(Tensor.ones(2).requiresGrad(true));

    private static void assertMessage(String expected, Executable construction) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, construction).getMessage());
    }

    @Test
    void sgd() {
        assertMessage("Invalid learning rate: nan", () -> new SGD(PARAMS, Double.NaN));
        assertMessage("Invalid learning rate: -1.0", () -> new SGD(PARAMS, -1));
        assertMessage("Invalid momentum value: -0.9", () -> new SGD(PARAMS, 0.1, -0.9));
        assertMessage("Invalid weight_decay value: -1e-05", () -> new SGD(PARAMS, SGD.options().lr(0.1).weightDecay(-1e-5)));
        assertMessage("Nesterov momentum requires a momentum and zero dampening",
                () -> new SGD(PARAMS, SGD.options().lr(0.1).nesterov(true)));
        assertMessage("parameter group didn't specify a value of required optimization parameter lr",
                () -> new SGD(PARAMS, SGD.options().momentum(0.9)));
    }

    @Test
    void adamFamily() {
        assertMessage("Invalid learning rate: -inf", () -> new Adam(PARAMS, Double.NEGATIVE_INFINITY));
        assertMessage("Invalid epsilon value: -1e-08", () -> new Adam(PARAMS, Adam.options().eps(-1e-8)));
        assertMessage("Invalid beta parameter at index 0: 1.0", () -> new Adam(PARAMS, Adam.options().betas(1.0, 0.9)));
        assertMessage("Invalid beta parameter at index 1: nan",
                () -> new AdamW(PARAMS, Adam.options().betas(0.9, Double.NaN)));
        assertMessage("Invalid weight_decay value: -0.01", () -> new AdamW(PARAMS, Adam.options().weightDecay(-0.01)));
    }

    @Test
    void others() {
        assertMessage("Invalid alpha value: -0.5", () -> new RMSprop(PARAMS, RMSprop.options().alpha(-0.5)));
        assertMessage("Invalid momentum value: nan", () -> new RMSprop(PARAMS, RMSprop.options().momentum(Double.NaN)));
        assertMessage("Invalid lr_decay value: -0.1", () -> new Adagrad(PARAMS, Adagrad.options().lrDecay(-0.1)));
        assertMessage("Invalid initial_accumulator_value value: -1.0",
                () -> new Adagrad(PARAMS, Adagrad.options().initialAccumulatorValue(-1)));
        assertMessage("Invalid rho value: 1.5", () -> new Adadelta(PARAMS, Adadelta.options().rho(1.5)));
        assertMessage("only 'strong_wolfe' is supported", () -> new LBFGS(PARAMS, LBFGS.options().lineSearchFn("armijo")));
    }

    @Test
    void parameterGroups() {
        Tensor a = Tensor.ones(2).requiresGrad(true);
        Tensor b = Tensor.ones(3).requiresGrad(true);
        assertMessage("optimizer got an empty parameter list", () -> new SGD(List.of(), 0.1));
        assertMessage("some parameters appear in more than one parameter group", () -> new SGD(SGD.options().lr(0.1),
                List.of(ParamGroup.of(List.of(a, b)), ParamGroup.of(List.of(b)))));
        assertMessage("optimizer contains a parameter group with duplicate parameters",
                () -> new SGD(List.of(a, b, a), 0.1));
        assertMessage("Invalid learning rate: -0.5", () -> new SGD(SGD.options().lr(0.1),
                List.of(ParamGroup.of(List.of(a)), ParamGroup.of(List.of(b), SGD.options().lr(-0.5)))));
        SGD sgd = new SGD(List.of(a), 0.1);
        assertMessage("SGD has no option 'betas'; its options are [lr, momentum, dampening, weight_decay, nesterov, "
                + "maximize]", () -> sgd.addParamGroup(ParamGroup.of(List.of(b), Adam.options().betas(0.9, 0.99))));
        LBFGS lbfgs = new LBFGS(List.of(a));
        assertMessage("LBFGS doesn't support per-parameter options (parameter groups)",
                () -> lbfgs.addParamGroup(ParamGroup.of(List.of(b))));
        assertMessage("can't optimize a non-leaf Tensor", () -> new SGD(List.of(a.mul(2)), 0.1));
        assertMessage("optimizer parameters must be floating point tensors, got torch.int64",
                () -> new SGD(List.of(Tensor.of(1L, 2L)), 0.1));
    }

    @Test
    void numbersPrintAsInPython() {
        assertEquals("1e-08", Checks.python(1e-8));
        assertEquals("0.0001", Checks.python(1e-4));
        assertEquals("1e-05", Checks.python(1e-5));
        assertEquals("123.5", Checks.python(123.5));
        assertEquals("1e+16", Checks.python(1e16));
        assertEquals("1234567890123456.0", Checks.python(1234567890123456.0));
        assertEquals("-2.5e-07", Checks.python(-2.5e-7));
        assertEquals("-inf", Checks.python(Double.NEGATIVE_INFINITY));
        assertEquals("-0.0", Checks.python(-0.0));
    }
}
