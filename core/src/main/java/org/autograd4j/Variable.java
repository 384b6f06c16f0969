package org.autograd4j;

import org.autograd4j.autograd.Node;
import org.autograd4j.internal.Args;

/**
 * The pre-0.4 PyTorch wrapper {@code torch.autograd.Variable}, kept for code written the old way.
 *
 * <p>As in PyTorch since 0.4, {@link Tensor} itself carries {@code data}, {@code grad},
 * {@code gradFn} and {@code backward}; new code should use Tensor directly. A Variable wraps a
 * tensor (sharing its storage) and forwards to it; arithmetic returns Variables. Every method is a
 * one-line delegation to Tensor's, so the overloads repeat one shape, as Tensor's own do.
 */
public final class Variable {
    private final Tensor tensor;

    /** Wraps {@code data}; the variable does not require grad. */
    public Variable(Tensor data) {
        this(data, false);
    }

    /** Wraps {@code data} as a new leaf sharing its storage, optionally requiring grad. */
    public Variable(Tensor data, boolean requiresGrad) {
        Args.nonNull(data, "data");
        this.tensor = data.detach().requiresGrad(requiresGrad);
    }

    /** Wraps the result of an operation as it is, keeping its graph. */
    private Variable(Node unusedMarker, Tensor result) {
        this.tensor = result;
    }

    private static Variable of(Tensor result) {
        return new Variable(null, result);
    }

    /** The tensor of an operand, which must not be null. */
    private static Tensor tensorOf(Variable other) {
        return Args.nonNull(other, "other").tensor;
    }

    /** The wrapped tensor. */
    public Tensor tensor() {
        return tensor;
    }

    /** The data, outside the graph ({@code var.data}). */
    public Tensor data() {
        return tensor.data();
    }

    public Tensor grad() {
        return tensor.grad();
    }

    public Node gradFn() {
        return tensor.gradFn();
    }

    public boolean requiresGrad() {
        return tensor.requiresGrad();
    }

    public boolean isLeaf() {
        return tensor.isLeaf();
    }

    public void backward() {
        tensor.backward();
    }

    public void backward(Tensor gradient) {
        tensor.backward(gradient);
    }

    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
        tensor.backward(gradient, retainGraph, createGraph);
    }

    public Variable add(Variable other) {
        return of(tensor.add(tensorOf(other)));
    }

    public Variable add(double other) {
        return of(tensor.add(other));
    }

    public Variable sub(Variable other) {
        return of(tensor.sub(tensorOf(other)));
    }

    public Variable sub(double other) {
        return of(tensor.sub(other));
    }

    public Variable mul(Variable other) {
        return of(tensor.mul(tensorOf(other)));
    }

    public Variable mul(double other) {
        return of(tensor.mul(other));
    }

    public Variable div(Variable other) {
        return of(tensor.div(tensorOf(other)));
    }

    public Variable div(double other) {
        return of(tensor.div(other));
    }

    public Variable pow(double exponent) {
        return of(tensor.pow(exponent));
    }

    public Variable neg() {
        return of(tensor.neg());
    }

    public Variable matmul(Variable other) {
        return of(tensor.matmul(tensorOf(other)));
    }

    public Variable exp() {
        return of(tensor.exp());
    }

    public Variable tanh() {
        return of(tensor.tanh());
    }

    public Variable sum() {
        return of(tensor.sum());
    }

    public Variable mean() {
        return of(tensor.mean());
    }

    /** The wrapped tensor's repr: a Variable prints as a tensor, as in PyTorch. */
    @Override
    public String toString() {
        return tensor.toString();
    }
}
