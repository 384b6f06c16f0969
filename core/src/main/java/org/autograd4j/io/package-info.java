/**
 * Reading and writing tensors in files: {@link org.autograd4j.io.SafeTensors} (Hugging Face's safetensors, the
 * checkpoint format), NumPy's {@link org.autograd4j.io.Npy} and {@link org.autograd4j.io.Npz}, PyTorch's own
 * {@link org.autograd4j.io.TorchCheckpoint} (read without running code), and the hostile-file discipline every
 * reader follows ({@link org.autograd4j.io.FileFormatException}).
 */
package org.autograd4j.io;
