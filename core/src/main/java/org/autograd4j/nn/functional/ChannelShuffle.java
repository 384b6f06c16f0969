package org.autograd4j.nn.functional;

import java.util.Arrays;
import org.autograd4j.Tensor;

/**
 * {@code F.channel_shuffle}: channels taken in {@code groups} groups and interleaved, composed as
 * PyTorch's math path (view, permute, contiguous copy, view back). PyTorch 1.13 defines no gradient for
 * it; this composition is differentiable.
 */
public final class ChannelShuffle {
    private ChannelShuffle() {
    }

    /** {@code F.channel_shuffle(input, groups)} on [N, C, *] input with at least one trailing dim. */
    public static Tensor channelShuffle(Tensor input, int groups) {
        if (input.dim() <= 2) {
            throw new IllegalArgumentException("channel_shuffle expects input with > 2 dims, but got input with sizes "
                    + Arrays.toString(input.shape()));
        }
        if (groups <= 0) {
            throw new IllegalArgumentException("Number of groups to divide channels in must be positive. Value of "
                    + "groups:" + groups);
        }
        int channels = input.size(1);
        if (channels % groups != 0) {
            throw new IllegalArgumentException("Number of channels must be divisible by groups. Got " + channels
                    + " channels and " + groups + " groups.");
        }
        int batch = input.size(0);
        int rest = Arrays.stream(input.shape()).skip(2).reduce(1, (a, b) -> a * b);
        return input.reshape(batch, groups, channels / groups, rest).permute(0, 2, 1, 3).contiguous()
                .reshape(input.shape());
    }
}
