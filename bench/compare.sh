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
# The main column runs `java -jar` with no flags at all, as a user starts it (without
# --add-modules jdk.incubator.vector the scalar provider runs); the "tuned" column beside it adds the
# Vector API module and AUTOGRAD4J_JVM_FLAGS, e.g. the fixed pre-touched heap
# "-Xms4g -Xmx4g -XX:+AlwaysPreTouch" that the 16M-element workloads profit from on this VM.
# shellcheck disable=SC2206
tuned_flags=(--add-modules jdk.incubator.vector ${AUTOGRAD4J_JVM_FLAGS:-})

cases=(
  "matmul --n 1024 --threads 2"
  "matmul --n 1024 --threads 1"
  "matmul --n 512 --threads 2"
  "matmul --n 512 --threads 1"
  "matmul --n 256 --threads 2"
  "matmul --n 256 --threads 1"
  "matmul --n 128 --threads 2"
  "matmul --n 128 --threads 1"
  "overhead --shape 4 --ops 100"
  "micrograd --points 16"
  "mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 1"
  "mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 2"
  "mlp --model 784-512-256-10 --batch 128 --opt adam --threads 2"
  "mlp --model 64-32-10 --batch 32 --opt sgd --threads 1"
  "cnn --batch 64 --threads 1"
  "cnn --batch 64 --threads 2"
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
    "$jdk/bin/java" -jar bench/target/autograd4j-bench.jar $c 2>/dev/null | sed 's/^/ours /' >> "$out"
    # shellcheck disable=SC2086
    "$jdk/bin/java" "${tuned_flags[@]}" -jar bench/target/autograd4j-bench.jar $c 2>/dev/null | sed 's/^/tuned /' >> "$out"
  done
  # shellcheck disable=SC2086
  /usr/bin/python3 bench/torch_side.py $c | sed 's/^/torch /' >> "$out"
  # What the machine did in each of the case's runs (steal, other processes, waits, clock), as it goes.
  tail -n $((2 * ${#jdks[@]} + 1)) "$out" | python3 bench/machine_readings.py >&2
done
python3 bench/report.py "$out" docs/BENCHMARKS.md "$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
rm -f "$out"
