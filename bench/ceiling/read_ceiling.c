/*
 * The machine's ceiling for a 16M-float sum: AVX2 loads of 64 MiB added into four vector
 * accumulators (no stores), on 1 or 2 threads that each read one half, started together by a
 * barrier for every pass. Prints the minimum and median wall time per pass, GB/s at both, and the
 * readers' CPU time per element (mean over passes, summed over threads), comparable with the
 * in-process CPU ns per element of docs/BENCHMARKS.md and with `cpu_ms` of the bench runner. On a
 * shared machine the minimum over many passes is the quiet moment's figure; time the other sides
 * over as many calls.
 *
 *   gcc -O2 -mavx2 -pthread -o /tmp/read_ceiling bench/ceiling/read_ceiling.c && /tmp/read_ceiling 2 [PASSES]
 *
 * docs/BENCHMARKS.md ("Session 8: sum from memory") compares it with PyTorch's and our sums.
 */
#include <immintrin.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N (1L << 24)
#define MAX_PASSES 1000

static float *x;
static int threads;
static int passes = 41;
static float partial[2];
static double cpu_ns[2];
static pthread_barrier_t barrier;

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static double thread_cpu_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static float read_sum(const float *p, long n) {
    __m256 a = _mm256_setzero_ps(), b = a, c = a, d = a;
    for (long i = 0; i < n; i += 32) {
        a = _mm256_add_ps(a, _mm256_loadu_ps(p + i));
        b = _mm256_add_ps(b, _mm256_loadu_ps(p + i + 8));
        c = _mm256_add_ps(c, _mm256_loadu_ps(p + i + 16));
        d = _mm256_add_ps(d, _mm256_loadu_ps(p + i + 24));
    }
    float lanes[8];
    _mm256_storeu_ps(lanes, _mm256_add_ps(_mm256_add_ps(a, b), _mm256_add_ps(c, d)));
    return lanes[0] + lanes[1] + lanes[2] + lanes[3] + lanes[4] + lanes[5] + lanes[6] + lanes[7];
}

static void *reader(void *arg) {
    long id = (long) arg, n = N / threads;
    for (int pass = 0; pass < passes; pass++) {
        pthread_barrier_wait(&barrier);
        double start = thread_cpu_ns();
        partial[id] += read_sum(x + id * n, n);
        cpu_ns[id] += thread_cpu_ns() - start;
        pthread_barrier_wait(&barrier);
    }
    return NULL;
}

static int by_value(const void *a, const void *b) {
    double d = *(const double *) a - *(const double *) b;
    return d < 0 ? -1 : d > 0;
}

int main(int argc, char **argv) {
    threads = argc > 1 ? atoi(argv[1]) : 1;
    passes = argc > 2 ? atoi(argv[2]) : passes;
    if (threads < 1 || threads > 2 || passes < 1 || passes > MAX_PASSES) {
        fprintf(stderr, "usage: read_ceiling 1|2 [passes, at most %d]\n", MAX_PASSES);
        return 2;
    }
    x = aligned_alloc(64, N * sizeof(float));
    for (long i = 0; i < N; i++) {
        x[i] = (float) (i % 7);
    }
    pthread_barrier_init(&barrier, NULL, threads + 1);
    pthread_t readers[2];
    for (long i = 0; i < threads; i++) {
        pthread_create(&readers[i], NULL, reader, (void *) i);
    }
    double ms[MAX_PASSES];
    for (int pass = 0; pass < passes; pass++) {
        double start = now_ms();
        pthread_barrier_wait(&barrier);
        pthread_barrier_wait(&barrier);
        ms[pass] = now_ms() - start;
    }
    for (long i = 0; i < threads; i++) {
        pthread_join(readers[i], NULL);
    }
    qsort(ms, passes, sizeof(double), by_value);
    double bytes = N * sizeof(float);
    printf("read_ceiling threads %d: min %.2f ms, median %.2f ms (%.1f GB/s at the median, %.1f at the min), "
           "CPU %.3f ns per element [%g]\n",
           threads, ms[0], ms[passes / 2], bytes / ms[passes / 2] / 1e6, bytes / ms[0] / 1e6,
           (cpu_ns[0] + cpu_ns[1]) / passes / N, (double) (partial[0] + partial[1]));
    return 0;
}
