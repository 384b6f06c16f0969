package org.autograd4j.nn;

import java.util.List;

/** What {@link Module#loadStateDict} did not match: keys the module wanted and keys it did not know. */
public record IncompatibleKeys(List<String> missingKeys, List<String> unexpectedKeys) {
}
