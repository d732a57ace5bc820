# shellcheck shell=bash
# Sourced by ./verbatim and .ci/run: points JAVA_HOME at a JDK 21 or newer (Elasticsearch 9 and Lucene 10 need
# it): JAVA_HOME itself when it is one, else the newest under /usr/lib/jvm (VERBATIM_JVM_DIR overrides that).

# The major version of the JDK at $1 (17, 21, 25), or nothing when it is not a JDK.
verbatim_jdk_major() {
  local home=$1 version
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/ {print $2; exit}')
  version=${version#1.}
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version"
  return 0
}

verbatim_find_jdk() {
  local major best="" best_major=0 candidate
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(verbatim_jdk_major "$JAVA_HOME")
    if [[ -n "$major" && "$major" -ge 21 ]]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in "${VERBATIM_JVM_DIR:-/usr/lib/jvm}"/*; do
    [[ -d "$candidate" ]] || continue
    major=$(verbatim_jdk_major "$candidate")
    if [[ -n "$major" && "$major" -ge 21 && "$major" -gt "$best_major" ]]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [[ -z "$best" ]]; then
    echo "Verbatim needs a JDK 21 or newer; none found in JAVA_HOME or ${VERBATIM_JVM_DIR:-/usr/lib/jvm}." \
      "Install one (e.g. Temurin 21+) and set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
