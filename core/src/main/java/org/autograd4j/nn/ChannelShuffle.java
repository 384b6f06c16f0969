package org.autograd4j.nn;

import org.autograd4j.Tensor;

/** Interleaves the channels of {@code groups} groups, as {@code nn.ChannelShuffle} (see {@link F#channelShuffle}). */
public class ChannelShuffle extends Module {
    private final int groups;

    public ChannelShuffle(int groups) {
        this.groups = groups;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.channelShuffle(input, groups);
    }

    @Override
    public String extraRepr() {
        return "groups=" + groups;
    }
}
