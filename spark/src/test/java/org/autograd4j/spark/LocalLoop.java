package org.autograd4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.data.Batch;
import org.autograd4j.nn.F;
import org.autograd4j.nn.Module;
import org.autograd4j.nn.utils.ParameterVector;
import org.autograd4j.optim.Optimizer;

/**
 * The reference: PyTorch's training loop on one machine (mean cross-entropy, backward, step), over the batches a
 * shuffled DataLoader with the sampling seed gives, from a model built after {@code Tensor.manualSeed(modelSeed)}.
 */
final class LocalLoop {
    private LocalLoop() {
    }

    /** The parameters, flattened, after {@code steps} steps. */
    static float[] train(List<Sample> samples, Collator<Sample> collator, ModelFactory factory, long modelSeed,
            OptimizerFactory optimizerFactory, int batchSize, int steps, long samplingSeed) {
        Tensor.manualSeed(modelSeed);
        Module model = factory.create();
        Optimizer optimizer = optimizerFactory.create(model.parameters());
        StepSampler sampler = new StepSampler(samples.size(), batchSize, samplingSeed);
        for (int step = 0; step < steps; step++) {
            List<Sample> batchSamples = new ArrayList<>();
            for (long index : sampler.batch(step)) {
                batchSamples.add(samples.get((int) index));
            }
            Batch batch = collator.collate(batchSamples);
            Tensor loss = F.crossEntropy(model.call(batch.x()), batch.y());
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
        }
        return flat(model);
    }

    static float[] flat(Module model) {
        return ParameterVector.parametersToVector(model.parameters()).detach().toFloatArray();
    }

    static float maxDifference(float[] a, float[] b) {
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
