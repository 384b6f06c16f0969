package org.autograd4j.ops;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * {@code torch.cov} and {@code torch.corrcoef}: rows are variables, columns observations. PyTorch's compositions
 * (weighted mean, centring, mm, division, squeeze; corrcoef divides by the standard deviations and clamps), so
 * they record those nodes ({@code SqueezeBackward0}, {@code ClampBackward1}).
 */
public final class Covariance {
    private Covariance() {
    }

    /**
     * {@code torch.cov(input, correction, fweights, aweights)}: the covariance matrix, weighted by integer
     * frequencies and floating observation weights (either may be null); a 0-d result for one variable.
     */
    public static Tensor cov(Tensor x, int correction, Tensor fweights, Tensor aweights) {
        checkRank(x, "cov");
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("cov(): bool dtype is not supported for input");
        }
        Tensor in = x.dim() < 2 ? x.view(1, -1) : x;
        Shapes.numel(in.shape()); // the centred copy must fit one array: refuse a huge view before summing it
        int observations = in.size(1);
        Tensor w = null;
        if (fweights != null) {
            checkWeights(fweights, "fweights", !fweights.dtype().isFloatingPoint() && fweights.dtype() != DType.BOOL,
                    "integral", observations);
            w = fweights;
        }
        if (aweights != null) {
            checkWeights(aweights, "aweights", aweights.dtype().isFloatingPoint(), "floating point", observations);
            w = w == null ? aweights : w.mul(aweights);
        }
        Tensor weightSum = w == null ? Tensor.scalar((long) observations) : w.sum();
        if (w != null && weightSum.ne(0).item() == 0) {
            throw new IllegalArgumentException("cov(): weights sum to zero, can't be normalized");
        }
        Tensor average = (w == null ? in : in.mul(w)).sum(1).div(weightSum);
        Tensor normFactor = w != null && aweights != null && correction != 0
                ? weightSum.sub(w.mul(aweights).sum().mul(correction).div(weightSum))
                : weightSum.sub(correction);
        if (normFactor.le(0).item() != 0) {
            normFactor = Tensor.zerosLike(normFactor); // PyTorch warns "degrees of freedom is <= 0" and divides by 0
        }
        Tensor centred = in.sub(average.unsqueeze(1));
        Tensor products = centred.mm((w == null ? centred : centred.mul(w)).t());
        return products.div(normFactor).squeeze();
    }

    private static void checkWeights(Tensor weights, String name, boolean rightType, String type, int observations) {
        if (weights.dim() > 1) {
            throw new IllegalArgumentException("cov(): expected " + name + " to have one or fewer dimensions but got "
                    + name + " with " + weights.dim() + " dimensions");
        }
        if (!rightType) {
            throw new IllegalArgumentException("cov(): expected " + name + " to have " + type + " dtype but got " + name
                    + " with " + weights.dtype().scalarTypeName() + " dtype");
        }
        if (weights.numel() != observations) {
            throw new IllegalArgumentException("cov(): expected " + name + " to have the same numel as there are "
                    + "observations in the input but got " + weights.numel() + " != " + observations);
        }
        if (observations > 0 && weights.detach().min().item() < 0) {
            throw new IllegalArgumentException("cov(): " + name + " cannot be negative");
        }
    }

    /** {@code torch.corrcoef(input)}: the Pearson correlation matrix, clamped to [-1, 1]; c / c for one variable. */
    public static Tensor corrcoef(Tensor x) {
        checkRank(x, "corrcoef");
        Tensor c = cov(x, 1, null, null);
        if (c.dim() == 0) {
            return c.div(c);
        }
        Tensor stddev = c.diag().sqrt();
        return c.div(stddev.view(-1, 1)).div(stddev.view(1, -1)).clamp(-1.0, 1.0);
    }

    private static void checkRank(Tensor x, String op) {
        if (x.dim() > 2) {
            throw new IllegalArgumentException(op + "(): expected input to have two or fewer dimensions but got an "
                    + "input with " + x.dim() + " dimensions");
        }
    }
}
