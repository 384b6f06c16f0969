#!/usr/bin/env bash
# Profiles the workloads behind issue 14's targets, as a user runs them (no JVM flags besides the
# recording): one JFR recording per workload and JDK, summarised by bench/jfr_top.py, and PyTorch's
# twin under `perf record -e cpu-clock` where perf works (software sampling; no hardware counters
# needed), to see OpenBLAS's kernel and packing shares.
#
#   bench/profile-targets.sh [--out DIR] [--only REGEX] [--seconds S] [--java-only] [JAVA_HOME...]
#     --out DIR     where recordings and summaries go (default /tmp/autograd4j-profiles)
#     --only REGEX  profile only the cases matching REGEX, e.g. --only 'mlp|cnn'
#     --seconds S   seconds recorded before the timed repetitions (default 10; more on a busy machine)
#     --java-only   skips the PyTorch side
#     JAVA_HOME     default: JDK 17 and 25 where installed, else the java on PATH
#
# Each case writes DIR/NAME-jdkV.json (the runner's JSON line), NAME-jdkV.jfr and NAME-jdkV.txt
# (the summary), and NAME-torch.txt (PyTorch's profiler table, then perf's shares by library and
# symbol). The recording starts 6 s into the warm-up, so it holds the compiled steady state, not the
# interpreter's first seconds.
# Shares are proportions within one process: they hold on a busy machine, wall times do not.
set -euo pipefail
cd "$(dirname "$0")/.."
out=/tmp/autograd4j-profiles
only=.
seconds=10
torch_side=true
jdks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --java-only) torch_side=false; shift ;;
    *) jdks+=("$1"); shift ;;
  esac
done
# shellcheck source=bench/default-jdks.sh
. bench/default-jdks.sh
[ ${#jdks[@]} -eq 0 ] && mapfile -t jdks < <(default_jdks)
mkdir -p "$out"
[ -f bench/target/autograd4j-bench.jar ] || mvn -B -q -pl bench -am -DskipTests package

# name|workload arguments
cases=("mlp1|mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 1"
       "mlp2|mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 2"
       "cnn2|cnn --batch 64 --threads 2"
       "matmul1024-1|matmul --n 1024 --threads 1"
       "matmul1024-2|matmul --n 1024 --threads 2"
       "matmul128-2|matmul --n 128 --threads 2"
       "sum|elementwise --op sum --size 16777216 --threads 2"
       "softmax|elementwise --op softmax --size 4194304 --threads 2")
# Samples are charged to GEMM packing first, then to the op or optimizer that ran the kernel (the op
# above ops.LinearAlgebra's GEMM helper: addmm's forward, or its backward lambda).
groups=(--group 'StreamingFloatGemm\.(packB|loadC|storeC)' --group 'ops\.(?!LinearAlgebra)' --group 'optim\.')
perf_works=false
perf stat -e cpu-clock -- true >/dev/null 2>&1 && perf_works=true

for c in "${cases[@]}"; do
  IFS='|' read -r name args <<< "$c"
  [[ "$name $args" =~ $only ]] || continue
  for jdk in "${jdks[@]}"; do
    v=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    base="$out/$name-jdk$v"
    # shellcheck disable=SC2086
    "$jdk/bin/java" -XX:StartFlightRecording=settings=profile,delay=6s,filename="$base.jfr" \
        -Dautograd4j.bench.quietWaitSeconds=0 -Dautograd4j.bench.warmUpSeconds=$((seconds + 6)) \
        -jar bench/target/autograd4j-bench.jar $args 2>/dev/null | grep '^{' > "$base.json"
    { cat "$base.json"; python3 bench/jfr_top.py "$base.jfr" --jfr "$jdk/bin/jfr" "${groups[@]}"; } > "$base.txt"
    echo "$base.txt"
  done
  $torch_side || continue
  torch=(env TORCH_SIDE_PROFILE=1 /usr/bin/python3 bench/torch_side.py)
  $perf_works && torch=(perf record -q -e cpu-clock -F 999 -o "$out/$name-torch.perf" -- "${torch[@]}")
  # shellcheck disable=SC2086
  "${torch[@]}" $args > "$out/$name-torch.txt" 2>&1
  if $perf_works; then
    perf report -q -i "$out/$name-torch.perf" --stdio --sort dso,sym --percent-limit 0.5 2>/dev/null \
        >> "$out/$name-torch.txt"
  fi
  echo "$out/$name-torch.txt"
done
