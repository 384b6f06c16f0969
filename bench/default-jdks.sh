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
