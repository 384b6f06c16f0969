#!/usr/bin/env bash
# Runs the mlp and matmul workloads under the JVM flags a user plausibly has (none, other GCs, no
# tiered compilation, a small heap, a JFR recording, another process busy on the second core), on
# each JDK, once as a user starts the JVM (no module flag: the portable kernels) and once with the
# Vector API module added (the SIMD kernels), and writes one table to docs/BENCHMARKS.md (between the
# FLAG-MATRIX markers). Target: every cell within 1.25x of the best cell of its row.
#
#   bench/flag-matrix.sh [--repeat N] [--wait S] [--quick] [JAVA_HOME...]
#     --repeat N   runs with no flags N times (default 3)
#     --wait S     waits at most S seconds for a quiet machine before each run (default 20)
#     --quick      one workload per kind and no quiet-machine wait: to check the script, not to publish
#     JAVA_HOME    default: JDK 17 and 25 where installed, else the java on PATH
#
# Each cell is the median wall ms and the median CPU ms (of the Java threads) per call; the row's last
# columns are the worst cell over the best, for each. A JIT cliff shows in both; a machine busy with
# other work only in wall time. A second table gives each cell's machine readings (steal, other
# processes' load, run-queue wait, clock), and each run's are logged to stderr as it ends. The
# warm-up is 6 s rather than the runner's 2: on a loaded 2-core machine C2 finishes compiling the
# kernels 3-5 s into a run.
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=3
wait_seconds=20
quick=false
jdks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=$2; shift 2 ;;
    --wait) wait_seconds=$2; shift 2 ;;
    --quick) quick=true; shift ;;
    *) jdks+=("$1"); shift ;;
  esac
done
# shellcheck source=bench/default-jdks.sh
. bench/default-jdks.sh
[ ${#jdks[@]} -eq 0 ] && mapfile -t jdks < <(default_jdks)
mvn -B -q -pl bench -am -DskipTests package

cases=("${STEP_AND_PRODUCT_CASES[@]}")
if $quick; then
  cases=("mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 1" "matmul --n 512 --threads 1")
  wait_seconds=1
fi
# label|JVM flags|busy (keep the other core busy during the run)
columns=()
for i in $(seq "$repeat"); do columns+=("none #$i||no"); done
columns+=("none, other core busy||yes" "ParallelGC|-XX:+UseParallelGC|no" "SerialGC|-XX:+UseSerialGC|no"
          "no tiered|-XX:-TieredCompilation|no" "-Xmx512m|-Xmx512m|no"
          "JFR|-XX:StartFlightRecording=filename=/tmp/autograd4j-flag-matrix.jfr|no")

out=$(mktemp)
# label suffix|module flag
kernels=("|" " (Vector API)|--add-modules jdk.incubator.vector")
for c in "${cases[@]}"; do
  for jdk in "${jdks[@]}"; do
    for kernel in "${kernels[@]}"; do
      IFS='|' read -r suffix module <<< "$kernel"
      for col in "${columns[@]}"; do
        IFS='|' read -r label flags busy <<< "$col"
        busy_pid=
        quiet=$wait_seconds
        if [ "$busy" = yes ]; then
          (while :; do :; done) &
          busy_pid=$!
          quiet=0
        fi
        # shellcheck disable=SC2086
        line=$("$jdk/bin/java" $module $flags -Dautograd4j.bench.quietWaitSeconds=$quiet \
               -Dautograd4j.bench.warmUpSeconds=6 -jar bench/target/autograd4j-bench.jar $c 2>/dev/null \
               | grep '^{' || echo '{}')
        [ -n "$busy_pid" ] && kill "$busy_pid"
        printf '%s\t%s\t%s\n' "$c$suffix" "$label" "$line" >> "$out"
        printf '%s [%s] ' "$c$suffix" "$label" >&2
        python3 bench/machine_readings.py <<< "$line" >&2
      done
    done
  done
done
note=""
$quick && note=" Reduced run (--quick): fewer workloads, no wait for a quiet machine."
python3 bench/flag_matrix.py "$out" docs/BENCHMARKS.md "$note"
rm -f "$out" /tmp/autograd4j-flag-matrix.jfr
