package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.autograd4j.Index;
import org.autograd4j.Tensor;
import org.autograd4j.nn.F;
import org.autograd4j.tensor.MemoryOverlap;
import org.junit.jupiter.api.Test;

/**
 * In-place writes into an expanded view ({@code arange(3.).reshape(1, 3).expand(4, 3)}), op by op,
 * against what PyTorch 1.13 does ({@code inplace_overlap.txt}, made by
 * {@code core/src/test/python/gen_inplace_overlap_test.py}, whose lambdas these mirror by name):
 * refused with {@code assert_no_internal_overlap}'s message, refused with PyTorch's deprecation
 * warning as the message (PyTorch warns and writes), or written with PyTorch's values.
 */
class InPlaceOverlapTest {
    private static final Tensor IDX = Tensor.of(new long[] {0, 1, 2, 1, 2, 0}, 2, 3);
    private static final Tensor MASK = Tensor.of(true, false, true);

    private static Map<String, Consumer<Tensor>> cases() {
        Map<String, Consumer<Tensor>> c = new LinkedHashMap<>();
        c.put("abs_", Tensor::abs_);
        c.put("add_", x -> x.add_(1));
        c.put("add_tensor", x -> x.add_(Tensor.ones(3)));
        c.put("addcdiv_", x -> x.addcdiv_(Tensor.ones(3), Tensor.ones(3), 1));
        c.put("addcmul_", x -> x.addcmul_(Tensor.ones(3), Tensor.ones(3), 1));
        c.put("bernoulli_", x -> x.bernoulli_(0.5));
        c.put("bernoulli_tensor", x -> x.bernoulli_(Tensor.full(new int[] {4, 3}, 0.5)));
        c.put("cauchy_", Tensor::cauchy_);
        c.put("ceil_", Tensor::ceil_);
        c.put("clamp_", x -> x.clamp_(0.0, 1.0));
        c.put("clamp_min_", x -> x.clampMin_(0));
        c.put("clamp_max_", x -> x.clampMax_(0));
        c.put("copy_", x -> x.copy_(Tensor.zeros(4, 3)));
        c.put("copy_0d", x -> x.copy_(Tensor.scalar(2f)));
        c.put("div_", x -> x.div_(2));
        c.put("div_floor", x -> x.div_(2, "floor"));
        c.put("exp_", Tensor::exp_);
        c.put("exponential_", Tensor::exponential_);
        c.put("fill_", x -> x.fill_(2));
        c.put("floor_", Tensor::floor_);
        c.put("geometric_", x -> x.geometric_(0.5));
        c.put("index_add_", x -> x.indexAdd_(0, Tensor.of(0L), Tensor.ones(1, 3)));
        c.put("index_put_", x -> x.indexPut_(new Tensor[] {Tensor.of(0L)}, Tensor.scalar(5f)));
        c.put("index_put_accumulate", x -> x.indexPut_(new Tensor[] {Tensor.of(0L)}, Tensor.scalar(5f), true));
        c.put("index_reduce_", x -> x.indexReduce_(0, Tensor.of(0L), Tensor.ones(1, 3), "prod", true));
        c.put("lerp_", x -> x.lerp_(Tensor.zeros(3), 0.5));
        c.put("log_normal_", Tensor::logNormal_);
        c.put("log_", Tensor::log_);
        c.put("masked_fill_", x -> x.maskedFill_(MASK, 2));
        c.put("masked_fill_tensor", x -> x.maskedFill_(MASK, Tensor.scalar(2f)));
        c.put("mul_", x -> x.mul_(2));
        c.put("nan_to_num_", x -> x.nanToNum_(0, null, null));
        c.put("neg_", Tensor::neg_);
        c.put("normal_", Tensor::normal_);
        c.put("pow_", x -> x.pow_(2));
        c.put("random_", Tensor::random_);
        c.put("random_to", x -> x.random_(5));
        c.put("random_from_to", x -> x.random_(1, 5));
        c.put("reciprocal_", Tensor::reciprocal_);
        c.put("relu_", Tensor::relu_);
        c.put("round_", Tensor::round_);
        c.put("scatter_add_", x -> x.scatterAdd_(1, IDX, Tensor.ones(2, 3)));
        c.put("scatter_reduce_", x -> x.scatterReduce_(1, IDX, Tensor.ones(2, 3), "sum", true));
        c.put("scatter_", x -> x.scatter_(1, IDX, Tensor.ones(2, 3)));
        c.put("scatter_value", x -> x.scatter_(1, IDX, 2));
        c.put("sigmoid_", Tensor::sigmoid_);
        c.put("sqrt_", Tensor::sqrt_);
        c.put("sub_", x -> x.sub_(1));
        c.put("tanh_", Tensor::tanh_);
        c.put("trunc_", Tensor::trunc_);
        c.put("uniform_", Tensor::uniform_);
        c.put("zero_", Tensor::zero_);
        c.put("set_element", x -> x.set(5, 0, 1));
        c.put("set_column_number", x -> x.set(5, Index.slice(null, null), Index.at(0)));
        c.put("set_row_number", x -> x.set(5, 0));
        c.put("set_all_number", x -> x.set(5, Index.ellipsis()));
        c.put("set_all_0d", x -> x.set(Tensor.scalar(5f), Index.ellipsis()));
        c.put("set_all_tensor", x -> x.set(Tensor.ones(3), Index.ellipsis()));
        c.put("set_column_tensor", x -> x.set(Tensor.ones(4), Index.slice(null, null), Index.at(0)));
        c.put("set_row_tensor", x -> x.set(Tensor.ones(3), Index.at(0)));
        c.put("set_index_tensor", x -> x.set(5, Index.tensor(Tensor.of(0L, 1L))));
        c.put("F.relu", x -> F.relu(x, true));
        c.put("F.relu6", x -> F.relu6(x, true));
        c.put("F.leaky_relu", x -> F.leakyRelu(x, 0.01, true));
        c.put("F.elu", x -> F.elu(x, 1, true));
        c.put("F.selu", x -> F.selu(x, true));
        c.put("F.celu", x -> F.celu(x, 1, true));
        c.put("F.silu", x -> F.silu(x, true));
        c.put("F.mish", x -> F.mish(x, true));
        c.put("F.hardtanh", x -> F.hardtanh(x, -1, 1, true));
        c.put("F.hardsigmoid", x -> F.hardsigmoid(x, true));
        c.put("F.hardswish", x -> F.hardswish(x, true));
        c.put("F.threshold", x -> F.threshold(x, 0.5, -1, true));
        c.put("F.dropout", x -> F.dropout(x, 0.5, true, true));
        c.put("F.dropout_eval", x -> F.dropout(x, 0.5, false, true));
        return c;
    }

    @Test
    void everyInPlaceOpTreatsAnExpandedViewAsPyTorch() throws IOException {
        Map<String, Consumer<Tensor>> cases = cases();
        List<String> differing = new ArrayList<>();
        int refused = 0;
        for (String line : expectations()) {
            String[] f = line.split(" ");
            Consumer<Tensor> op = cases.remove(f[0]);
            String outcome = outcome(op);
            String expected = f[1].equals("ok") ? String.join(" ", Arrays.copyOfRange(f, 1, f.length)) : f[1];
            if (!outcome.equals(expected)) {
                differing.add(f[0] + ": PyTorch " + expected + ", here " + outcome);
            }
            refused += f[1].equals("refused") ? 1 : 0;
        }
        assertEquals(List.of(), differing);
        assertEquals(Map.of(), cases, "cases the generator does not know");
        assertEquals(60, refused);
    }

    /** "refused", "deprecated" (refused with PyTorch's deprecation warning) or "ok" and the base's values. */
    private static String outcome(Consumer<Tensor> op) {
        Tensor base = Tensor.arange(0.0, 3.0, 1.0).reshape(1, 3);
        try {
            op.accept(base.expand(4, 3));
        } catch (UnsupportedOperationException e) {
            if (e.getMessage().equals(MemoryOverlap.MESSAGE)) {
                return "refused";
            }
            assertTrue(e.getMessage().matches("Use of (index_put_|masked_fill_) on expanded tensors is deprecated\\. "
                    + "Please clone\\(\\) the tensor before performing this operation\\. .*"), e.getMessage());
            return "deprecated";
        }
        StringBuilder values = new StringBuilder("ok");
        for (double v : base.toDoubleArray()) {
            values.append(' ').append(v);
        }
        return values.toString();
    }

    @Test
    void autogradsChecksComeFirstAndRecordedWritesAreCheckedToo() {
        Tensor leaf = Tensor.ones(1, 3).requiresGrad(true);
        IllegalStateException leafFirst = assertThrows(IllegalStateException.class, () -> leaf.expand(4, 3).add_(1));
        assertTrue(leafFirst.getMessage().startsWith("a view of a leaf Variable"), leafFirst.getMessage());

        Tensor recorded = leaf.mul(2).expand(4, 3);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> recorded.mul_(2));
        assertEquals(MemoryOverlap.MESSAGE, e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> recorded.set(Tensor.ones(4), Index.slice(null, null),
                Index.at(0)));

        // a row of the expanded view has no aliases: written (every row shows it), and differentiated, as in PyTorch
        Tensor rows = leaf.mul(2).expand(4, 3);
        Tensor row = Tensor.of(7f, 8f, 9f).requiresGrad(true);
        rows.set(row, Index.at(0));
        assertArrayEquals(new double[] {7, 8, 9}, rows.select(0, 3).toDoubleArray());
        rows.sum().backward();
        assertArrayEquals(new double[] {0, 0, 0}, leaf.grad().toDoubleArray());
        assertArrayEquals(new double[] {4, 4, 4}, row.grad().toDoubleArray());
    }

    @Test
    void emptyExpandedViewsAreWritten() {
        Tensor empty = Tensor.ones(0, 1).expand(0, 3);
        assertEquals(0, empty.add_(1).numel());
        assertEquals(0, empty.copy_(Tensor.ones(0, 3)).numel());
    }

    private static List<String> expectations() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                InPlaceOverlapTest.class.getResourceAsStream("inplace_overlap.txt"), StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(line);
            }
            return out;
        }
    }
}
