package org.autograd4j.optim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.DType;
import org.autograd4j.Tensor;

/**
 * Values computed by PyTorch 1.13, read from a test resource made by the script beside it: lines of
 * {@code <case> <dtype> <what> <numbers...>} (the model's inputs and initial parameters are the
 * {@code init} rows of optim_reference.txt). Also builds the scripts' model: loss =
 * mean((tanh(x W^T + b) V - y)^2), with V a transposed (non-contiguous) leaf.
 */
public final class TestModel {
    private final Map<String, double[]> rows = new HashMap<>();
    final DType dtype;

    private TestModel(String resource, DType dtype) {
        this.dtype = dtype;
        read("optim_reference.txt");
        read(resource);
    }

    /** Adds the rows of one resource file for this dtype. */
    private void read(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TestModel.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.trim().split(" ");
                if (parts[1].equals(dtype.toString().toLowerCase()) || parts[1].equals(name(dtype))) {
                    rows.put(parts[0] + " " + parts[2], Arrays.stream(parts, 3, parts.length)
                            .mapToDouble(Double::parseDouble).toArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestModel load(String resource, DType dtype) {
        return new TestModel(resource, dtype);
    }

    private static String name(DType dtype) {
        return dtype == DType.FLOAT32 ? "float32" : "float64";
    }

    public double[] get(String testCase, String what) {
        double[] values = rows.get(testCase + " " + what);
        if (values == null) {
            throw new IllegalArgumentException("no reference for " + testCase + " " + what);
        }
        return values;
    }

    Tensor tensor(String what, int... shape) {
        return Tensor.of(get("init", what), shape).to(dtype);
    }

    /** W (3x4), b (3) and V (3x2, the transpose of a 2x3 tensor), requiring grad. */
    public List<Tensor> freshParams() {
        return freshParams(false);
    }

    /** The parameters, with V copied to a contiguous tensor if asked (PyTorch's L-BFGS needs that). */
    public List<Tensor> freshParams(boolean contiguous) {
        Tensor v = tensor("V", 2, 3).t();
        return List.of(tensor("W", 3, 4).requiresGrad(true), tensor("b", 3).requiresGrad(true),
                (contiguous ? v.contiguous() : v).requiresGrad(true));
    }

    public Tensor loss(List<Tensor> params) {
        Tensor hidden = tensor("x", 5, 4).matmul(params.get(0).t()).add(params.get(1)).tanh();
        return hidden.matmul(params.get(2)).sub(tensor("y", 5, 2)).pow(2).mean();
    }

    /** Runs {@code steps} steps, each with a closure that zeroes the gradients, backpropagates the loss and returns it. */
    void train(Optimizer optimizer, List<Tensor> params, int steps) {
        for (int s = 0; s < steps; s++) {
            optimizer.step(() -> {
                optimizer.zeroGrad();
                Tensor loss = loss(params);
                loss.backward();
                return loss;
            });
        }
    }
}
