package org.autograd4j.ops;

import static org.autograd4j.ops.OpSpec.op;

import java.util.List;

/** The op table rows for the shape ops (see {@link OpSpec}). */
final class ShapeSpecs {
    private ShapeSpecs() {
    }

    static List<OpSpec> specs() {
        int[] s234 = {2, 3, 4};
        int[] s23 = {2, 3};
        int[] s0 = {};
        return List.of(
                op("flatten", in -> in[0].flatten()).node("ReshapeAliasBackward0").shapes(s234).shapes(s0),
                op("flatten range", in -> in[0].flatten(1, 2)).node("ReshapeAliasBackward0").shapes(s234),
                op("flatten non-viewable", in -> in[0].transpose(0, 1).flatten()).node("UnsafeViewBackward0")
                        .shapes(s23),
                op("unflatten", in -> in[0].unflatten(-1, 2, -1)).node("ViewBackward0").shapes(s234),
                op("expandAs", in -> in[0].expandAs(in[1])).node("ExpandBackward0")
                        .shapes(new int[] {3, 1}, new int[] {2, 3, 2}),
                op("repeat", in -> in[0].repeat(2, 1, 3)).node("RepeatBackward0").shapes(s23).shapes(s0)
                        .shapes(new int[] {2, 3, 4}),
                op("tile", in -> in[0].tile(2)).node("RepeatBackward0").shapes(s23).shapes(new int[] {3}),
                op("narrow", in -> in[0].narrow(1, -2, 2)).node("SliceBackward0").shapes(s234),
                op("swapaxes", in -> in[0].swapaxes(0, 2)).node("TransposeBackward0").shapes(s234),
                op("swapdims", in -> in[0].swapdims(-1, 0)).node("TransposeBackward0").shapes(s23),
                op("movedim", in -> in[0].movedim(0, 2)).node("PermuteBackward0").shapes(s234),
                op("movedim list", in -> in[0].movedim(new int[] {0, 1}, new int[] {2, 0})).node("PermuteBackward0")
                        .shapes(s234),
                op("split", in -> in[0].split(2, 2).get(1)).node("SplitBackward0").shapes(s234)
                        .shapes(new int[] {2, 3, 3}),
                op("split sum of pieces", in -> in[0].split(1, 1).get(0).mul(in[0].split(1, 1).get(2)))
                        .node("MulBackward0").shapes(s234),
                op("split sizes", in -> in[0].split(new int[] {1, 3}, 2).get(1)).node("SplitWithSizesBackward0")
                        .shapes(s234),
                op("chunk", in -> in[0].chunk(3, 1).get(1)).node("SplitBackward0").shapes(s234)
                        .shapes(new int[] {2, 4}),
                op("unbind", in -> in[0].unbind(1).get(1)).node("UnbindBackward0").shapes(s234).shapes(s23),
                op("flip", in -> in[0].flip(0, -1)).node("FlipBackward0").shapes(s234).shapes(s23),
                op("roll", in -> in[0].roll(1, 0)).node("RollBackward0").shapes(s23),
                op("roll dims", in -> in[0].roll(new int[] {-1, 5}, new int[] {2, 1})).node("RollBackward0")
                        .shapes(s234),
                op("roll flattened", in -> in[0].roll(4)).node("RollBackward0").shapes(s23).shapes(s0));
    }
}
