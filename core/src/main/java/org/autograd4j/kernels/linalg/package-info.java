/**
 * The numerical loops of {@code torch.linalg}: factorizations and triangular solves on one
 * row-major float64 matrix at a time (Cholesky, LU with partial pivoting, determinants from it and triangular solves,
 * blocked so that their trailing updates run on the GEMM kernel; Householder QR; symmetric
 * eigenproblems by tridiagonal QL, or cyclic Jacobi for the smallest; one-sided Jacobi SVD). The
 * {@code ops} layer loops over the batch and records the nodes; nothing here knows about tensors
 * or autograd.
 */
package org.autograd4j.kernels.linalg;
