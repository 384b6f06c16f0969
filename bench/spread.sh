#!/usr/bin/env bash
# Repeats the same no-flag runs of the MLP step (1 and 2 threads) and sgemm n = 1024, on each JDK and
# with PyTorch, interleaved round by round, and prints per workload the runs sorted by time beside what
# the machine did during each (steal, other processes' load, run-queue wait, involuntary switches, the
# clock and FMA rate before and after) with the rank correlation of each reading with the time; then the
# 2-thread/1-thread ratio of every round. For finding where the run-to-run spread comes from
# (docs/BENCHMARKS.md, "Session 8").
#
#   bench/spread.sh [--rounds N] [--warm-up S] [--keep FILE] [JAVA_HOME...]
#     --rounds N    rounds (default 10)
#     --warm-up S   the Java runner's warm-up in seconds (default 4)
#     --keep FILE   also keeps the raw result lines (round, side, JSON) in FILE, for bench/spread.py
#     JAVA_HOME     default: JDK 17 and 25 where installed, else the java on PATH
#
# No quiet-machine wait: the point is to time the machine as it is, and to read what it was doing.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=10
warm_up=4
keep=
jdks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --warm-up) warm_up=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) jdks+=("$1"); shift ;;
  esac
done
# shellcheck source=bench/default-jdks.sh
. bench/default-jdks.sh
[ ${#jdks[@]} -eq 0 ] && mapfile -t jdks < <(default_jdks)
mvn -B -q -pl bench -am -DskipTests package

cases=("${STEP_AND_PRODUCT_CASES[@]}")
out=${keep:-$(mktemp)}
: > "$out"
for r in $(seq "$rounds"); do
  for c in "${cases[@]}"; do
    for jdk in "${jdks[@]}"; do
      # shellcheck disable=SC2086
      line=$("$jdk/bin/java" -Dautograd4j.bench.quietWaitSeconds=0 -Dautograd4j.bench.warmUpSeconds="$warm_up" \
             -jar bench/target/autograd4j-bench.jar $c 2>/dev/null | grep '^{' || true)
      [ -n "$line" ] && printf '%s\tjava\t%s\n' "$r" "$line" >> "$out"
    done
    # shellcheck disable=SC2086
    line=$(/usr/bin/python3 bench/torch_side.py $c | grep '^{' || true)
    [ -n "$line" ] && printf '%s\ttorch\t%s\n' "$r" "$line" >> "$out"
  done
  echo "round $r of $rounds done, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
python3 bench/spread.py "$out"
[ -n "$keep" ] || rm -f "$out"
