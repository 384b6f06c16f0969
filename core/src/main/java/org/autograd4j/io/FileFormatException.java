package org.autograd4j.io;

import java.io.IOException;

/**
 * A file that does not hold what its format promises: truncated, inconsistent, out of range or of an unknown
 * kind. The message names the file when known and the problem, with the offending values.
 *
 * <p>Readers treat every file as hostile: they check each size and offset against the bytes actually present
 * before allocating anything, so a malformed file ends in this exception, never in an OutOfMemoryError, a hang or
 * a partly loaded result.
 */
public class FileFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public FileFormatException(String message) {
        super(message);
    }

    public FileFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
