"""sgemm rates, ours against PyTorch's OpenBLAS, in the same minutes: for each size and thread count,
the runner's `matmul` (no JVM flags, as a user runs it) on each JDK and `torch_side.py matmul` back
to back, as wall time and as GFLOP/s per CPU-second, which a busy machine inflates far less.

  python3 bench/gemm_rates.py [--sizes 128,256,512,1024] [--threads 1,2] [--peak 93] [JAVA_HOME ...]

Prints a markdown table. "GFLOP/s per CPU-s" is 2n^3 over the CPU time of the product: ours the
Java threads' (caller and workers), PyTorch's the whole process's, which with 2 threads includes
OpenBLAS's workers spinning while they wait, so its 2-thread CPU rate is a lower bound. "% of peak"
is that per-core rate over --peak, the FMA peak of one core (../shared/anchors/peak/; 93 GFLOP/s
on the AVX2 Zen 3 of docs/BENCHMARKS.md). Run from the repository root after building the bench jar.
"""
import argparse
import json
import os
import subprocess

JAR = "bench/target/autograd4j-bench.jar"
DEFAULT_JDKS = ["/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/temurin-25-jdk-amd64"]


def json_line(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def ours(jdk, n, threads):
    return json_line([os.path.join(jdk, "bin", "java"), "-Dautograd4j.bench.quietWaitSeconds=0", "-jar", JAR,
                      "matmul", "--n", str(n), "--threads", str(threads)])


def torch(n, threads):
    return json_line(["/usr/bin/python3", "bench/torch_side.py", "matmul", "--n", str(n), "--threads", str(threads)])


def rate(n, ms):
    return 2.0 * n ** 3 / (ms / 1000) / 1e9


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="128,256,512,1024")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--peak", type=float, default=93.0, help="FMA peak of one core, GFLOP/s")
    p.add_argument("jdks", nargs="*")
    a = p.parse_args()
    jdks = a.jdks or [j for j in DEFAULT_JDKS if os.path.exists(os.path.join(j, "bin", "java"))]
    print("| n | threads | side | wall ms | CPU ms | GFLOP/s (wall) | GFLOP/s per CPU-s | % of peak per core "
          "| ratio of times (wall / CPU) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in (int(s) for s in a.sizes.split(",")):
        for threads in (int(s) for s in a.threads.split(",")):
            t = torch(n, threads)
            rows = [("PyTorch " + t["torch"], t)] + [("JDK %s [%s]" % (d["jdk"], d["provider"]), d)
                                                     for d in (ours(jdk, n, threads) for jdk in jdks)]
            for side, d in rows:
                cpu_rate = rate(n, d["cpu_ms"])
                ratios = "%.2fx / %.2fx" % (d["median_ms"] / t["median_ms"], d["cpu_ms"] / t["cpu_ms"])
                print("| %d | %d | %s | %.3g | %.3g | %.1f | %.1f | %.0f%% | %s |"
                      % (n, threads, side, d["median_ms"], d["cpu_ms"], rate(n, d["median_ms"]), cpu_rate,
                         100 * cpu_rate / a.peak, "" if d is t else ratios), flush=True)


if __name__ == "__main__":
    main()
