package org.autograd4j.nn.functional;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.ops.MatrixProducts;

/** linear ({@code x·Wᵀ + b}) and bilinear, recorded with PyTorch's nodes (AddmmBackward0 for 2-D input with bias). */
public final class Linear {
    private Linear() {
    }

    /**
     * {@code input·weightᵀ + bias} over the last dimension; {@code bias} may be null. Takes PyTorch
     * 1.13's paths, so it records the same nodes: {@code addmm} for a 2-D input, or a contiguous
     * 3-D one viewed as 2-D, with bias; {@code matmul} then {@code add} otherwise.
     */
    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        int rank = input.dim();
        if (rank == 2 && bias != null) {
            return MatrixProducts.addmm(bias, input, weight.t(), 1, 1);
        }
        if (rank == 3 && bias != null && input.isContiguous()) {
            int[] shape = input.shape();
            Tensor out = MatrixProducts.addmm(bias, input.view(shape[0] * shape[1], shape[2]), weight.t(), 1, 1);
            return out.view(shape[0], shape[1], out.size(1));
        }
        Tensor out = input.matmul(weight.t());
        return bias == null ? out : out.add(bias);
    }

    /**
     * {@code y[..., o] = sum_ij x1[..., i] W[o, i, j] x2[..., j] + b[o]}, composed from matrix
     * products; {@code bias} may be null.
     */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        if (weight.dim() != 3) {
            throw new IllegalArgumentException("bilinear(): weight must be three-dimensional, but got " + weight.dim()
                    + "-dimensional weight");
        }
        int in1 = weight.size(1);
        int in2 = weight.size(2);
        int outF = weight.size(0);
        if (input1.size(-1) != in1) {
            throw new IllegalArgumentException("bilinear(): input1 size does not match weight size: got "
                    + input1.size(-1) + " but expected " + in1);
        }
        if (input2.size(-1) != in2) {
            throw new IllegalArgumentException("bilinear(): input2 size does not match weight size: got "
                    + input2.size(-1) + " but expected " + in2);
        }
        int[] lead = Arrays.copyOf(input1.shape(), input1.dim() - 1);
        int rows = input1.numel() / Math.max(in1, 1);
        Tensor x1 = input1.reshape(rows, in1);
        Tensor x2 = input2.reshape(rows, in2);
        // (rows, in1) · (in1, out*in2) -> (rows, out, in2), times x2 and summed over in2
        Tensor w = weight.permute(1, 0, 2).reshape(in1, outF * in2);
        Tensor out = x1.mm(w).view(rows, outF, in2).mul(x2.unsqueeze(1)).sum(2);
        int[] outShape = Arrays.copyOf(lead, lead.length + 1);
        outShape[lead.length] = outF;
        out = out.reshape(outShape);
        return bias == null ? out : out.add(bias);
    }
}
