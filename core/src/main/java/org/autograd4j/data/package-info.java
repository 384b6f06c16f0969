/**
 * {@code torch.utils.data}: data sets ({@link org.autograd4j.data.Dataset}, {@link
 * org.autograd4j.data.TensorDataset}, {@link org.autograd4j.data.Subset}, {@link
 * org.autograd4j.data.ConcatDataset}, {@link org.autograd4j.data.RandomSplit}), the {@link
 * org.autograd4j.data.DataLoader} that batches them, and readers for the IDX (MNIST) and CSV files data sets
 * come in.
 */
package org.autograd4j.data;
