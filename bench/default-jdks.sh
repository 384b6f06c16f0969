# Sourced by the bench scripts. default_jdks prints, one per line, the JAVA_HOMEs to run when none is
# given: JDK 17 and 25 where installed, else the JDK of the java on PATH.
default_jdks() {
  local found=false j
  for j in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64; do
    if [ -x "$j/bin/java" ]; then
      echo "$j"
      found=true
    fi
  done
  $found || dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# The MLP training step on 1 and 2 threads and the 1024^3 product: the workloads whose spread across
# JVM flags (flag-matrix.sh) and across identical runs (spread.sh) issue 14 measures.
STEP_AND_PRODUCT_CASES=("mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 1"
                        "mlp --model 784-512-256-10 --batch 128 --opt sgd --threads 2"
                        "matmul --n 1024 --threads 1")
