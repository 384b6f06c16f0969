package org.autograd4j.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Data files come plain or gzip-compressed; their first two bytes tell which. */
final class Gzip {
    private Gzip() {
    }

    /** {@code in}'s bytes, decompressed when they start with gzip's magic number. */
    static InputStream decompressIfGzipped(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        return gzip ? new GZIPInputStream(buffered) : buffered;
    }
}
