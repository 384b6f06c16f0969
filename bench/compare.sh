#!/usr/bin/env bash
# Runs every benchmark workload with autograd4j and with PyTorch back to back on this machine and
# writes the side-by-side table to docs/BENCHMARKS.md (between the GENERATED markers).
#
#   bench/compare.sh [JAVA_HOME...]     default: the java on PATH
#
# Needs Debian's python3-torch for /usr/bin/python3 (apt-get install -y python3-torch libopenblas0-pthread).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am -DskipTests package
out=$(mktemp)
jdks=("$@")
[ ${#jdks[@]} -eq 0 ] && jdks=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
# No tuning flags: a user gets the JVM's defaults, and the kernels must be fast there (the GEMM
# micro-kernels are shaped so that JDK 17's C2 compiles them reliably; bench/flag-matrix.sh checks
# the flags a user plausibly sets). AUTOGRAD4J_JVM_FLAGS adds flags, e.g. the fixed pre-touched heap
# "-Xms4g -Xmx4g -XX:+AlwaysPreTouch" that the 16M-element workloads profit from on this VM, where the
# first touch of a fresh page is expensive.
# shellcheck disable=SC2206
jvm_flags=(--add-modules jdk.incubator.vector ${AUTOGRAD4J_JVM_FLAGS:-})

cases=(
  "matmul --n 1024 --threads 2"
  "matmul --n 1024 --threads 1"
  "matmul --n 256 --threads 2"
  "overhead --shape 4 --ops 100"
  "micrograd --points 16"
  "mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 1"
  "mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 2"
  "mlp --model 784-512-256-10 --batch 128 --opt adam --threads 2"
  "mlp --model 64-32-10 --batch 32 --opt sgd --threads 1"
  "fused --size 16777216 --threads 2"
  "elementwise --op add --size 16777216 --threads 2"
  "elementwise --op mul --size 16777216 --threads 2"
  "elementwise --op exp --size 16777216 --threads 2"
  "elementwise --op tanh --size 16777216 --threads 2"
  "elementwise --op sum --size 16777216 --threads 2"
  "elementwise --op softmax --size 4194304 --threads 2"
)
for c in "${cases[@]}"; do
  for jdk in "${jdks[@]}"; do
    # shellcheck disable=SC2086
    "$jdk/bin/java" "${jvm_flags[@]}" -jar bench/target/autograd4j-bench.jar $c 2>/dev/null | sed 's/^/ours /' >> "$out"
  done
  # shellcheck disable=SC2086
  /usr/bin/python3 bench/torch_side.py $c | sed 's/^/torch /' >> "$out"
done
python3 bench/report.py "$out" docs/BENCHMARKS.md
rm -f "$out"
