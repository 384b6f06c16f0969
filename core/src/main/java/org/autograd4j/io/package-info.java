/**
 * Reading and writing tensors in files: {@link org.autograd4j.io.SafeTensors} (Hugging Face's safetensors, the
 * checkpoint format) and the hostile-file discipline every reader follows ({@link
 * org.autograd4j.io.FileFormatException}).
 */
package org.autograd4j.io;
