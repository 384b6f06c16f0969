package org.autograd4j.spark;

import java.io.Serializable;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.Threads;
import org.autograd4j.data.Batch;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.utils.ParameterVector;
import org.autograd4j.optim.Optimizer;

/**
 * Everything an executor needs to compute with the model: how to build it, how to batch samples and the loss.
 * It computes with a cached replica ({@link WorkerModels}) that first loads the driver's parameters.
 *
 * @param <T> the sample type
 */
final class Replica<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String runId;
    private final ModelFactory factory;
    private final Collator<T> collator;
    private final SumLoss loss;
    /** Threads per task for autograd4j's large operations; 0 leaves the executor's setting alone. */
    private final int threads;

    Replica(String runId, ModelFactory factory, Collator<T> collator, SumLoss loss, int threads) {
        this.runId = runId;
        this.factory = factory;
        this.collator = collator;
        this.loss = loss;
        this.threads = threads;
    }

    /** The gradient of the summed loss of {@code samples} at {@code parameters}, with that loss and the count. */
    VectorSum gradient(float[] parameters, List<T> samples) {
        Module model = loaded(parameters);
        try {
            Tensor summed = summedLoss(model, samples);
            summed.backward();
            float[] gradient = ParameterVector.gradientsToVector(model.parameters()).toFloatArray();
            return VectorSum.of(gradient, summed.item(), samples.size());
        } finally {
            WorkerModels.release(runId, model);
        }
    }

    /**
     * Runs one local optimizer step per list in {@code steps} (each on its mean loss), starting at
     * {@code parameters} with fresh optimizer state; returns the final parameters times the number of samples
     * seen, so that the driver's division by the total count gives the sample-weighted average.
     */
    VectorSum localSteps(float[] parameters, List<List<T>> steps, OptimizerFactory optimizerFactory) {
        Module model = loaded(parameters);
        try {
            Optimizer optimizer = optimizerFactory.create(model.parameters());
            double lossSum = 0;
            long count = 0;
            for (List<T> samples : steps) {
                if (samples.isEmpty()) {
                    continue;
                }
                optimizer.zeroGrad();
                Tensor summed = summedLoss(model, samples);
                summed.div(samples.size()).backward();
                optimizer.step();
                lossSum += summed.item();
                count += samples.size();
            }
            Tensor weighted = ParameterVector.parametersToVector(model.parameters()).detach().mul(count);
            return VectorSum.of(weighted.toFloatArray(), lossSum, count);
        } finally {
            WorkerModels.release(runId, model);
        }
    }

    private Module loaded(float[] parameters) {
        if (threads > 0) {
            Threads.set(threads);
        }
        Module model = WorkerModels.borrow(runId, factory);
        ParameterVector.vectorToParameters(Tensor.of(parameters), model.parameters());
        model.zeroGrad();
        model.train();
        return model;
    }

    private Tensor summedLoss(Module model, List<T> samples) {
        Batch batch = collator.collate(samples);
        return loss.sum(model.call(batch.x()), batch.y());
    }
}
