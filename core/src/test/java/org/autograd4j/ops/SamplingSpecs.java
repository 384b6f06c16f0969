package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;

/**
 * The op table rows for the samplers (see {@link OpSpec}). Each draws from a generator seeded afresh per call,
 * so the op is a deterministic function for gradcheck; PyTorch's gradient of a sample is zero (no
 * reparameterisation), which is what gradcheck sees: an in-place sampler's output does not depend on the old
 * value, and the probabilities or rates of bernoulli and poisson change the sample only by jumps.
 */
final class SamplingSpecs {
    private SamplingSpecs() {
    }

    private static Generator seeded() {
        return new Generator(11);
    }

    static List<OpSpec> specs() {
        int[] s0 = {};
        int[] s34 = {3, 4};
        int[] s20 = {20};
        int[] s4 = {4};
        return List.of(
                op("uniform_", in -> in[0].mul(2).uniform_(-1, 3, seeded())).node("UniformBackward0")
                        .float32DrawsItsOwnStream().shapes(s34).shapes(s0),
                op("normal_ block fill", in -> in[0].mul(2).normal_(1, 0.5, seeded())).node("NormalBackward0")
                        .float32DrawsItsOwnStream().shapes(s20),
                op("normal_ scalar", in -> in[0].mul(2).normal_(1, 0.5, seeded())).node("NormalBackward0").shapes(s34),
                op("exponential_", in -> in[0].mul(2).exponential_(0.5, seeded())).node("ExponentialBackward0")
                        .shapes(s34).shapes(s0),
                op("geometric_", in -> in[0].mul(2).geometric_(0.3, seeded())).node("GeometricBackward0").shapes(s34),
                op("logNormal_", in -> in[0].mul(2).logNormal_(0, 0.25, seeded())).node("LogNormalBackward0")
                        .shapes(s34),
                op("cauchy_", in -> in[0].mul(2).cauchy_(0, 0.1, seeded())).node("CauchyBackward0").shapes(s34),
                op("random_ from to", in -> in[0].mul(2).random_(-3, 7, seeded())).node("RandomBackward0").shapes(s34),
                op("random_ to", in -> in[0].mul(2).random_(5, seeded())).node("RandomBackward1").shapes(s0),
                op("random_", in -> in[0].mul(2).random_(seeded())).node("RandomBackward2")
                        .float32DrawsItsOwnStream().shapes(s4),
                op("bernoulli_ p", in -> in[0].mul(2).bernoulli_(0.4, seeded())).node("BernoulliBackward2").shapes(s34),
                op("bernoulli_ tensor p", in -> in[0].mul(2).bernoulli_(in[1], seeded())).node("BernoulliBackward1")
                        .float32DrawsItsOwnStream().range(0, 1).shapes(s34, s4).shapes(s34, s34),
                op("bernoulli", in -> in[0].bernoulli(seeded())).node("BernoulliBackward0").float32DrawsItsOwnStream()
                        .range(0, 1).shapes(s34).shapes(s0),
                op("poisson", in -> Tensor.poisson(in[0], seeded())).node("PoissonBackward0").range(0, 30)
                        .shapes(s34).shapes(s20));
    }
}
