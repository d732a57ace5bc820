# Sourced by bench/eval and bench/throughput: picks a JDK 21 or newer and builds the bench jar if needed.

java_major() {
    "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

find_java_home() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
        echo "$JAVA_HOME"
        return
    fi
    local best="" best_major=0 dir major
    for dir in /usr/lib/jvm/*; do
        [ -x "$dir/bin/java" ] || continue
        major=$(java_major "$dir")
        if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
            best="$dir"
            best_major="$major"
        fi
    done
    echo "$best"
}

JAVA_HOME=$(find_java_home)
if [ -z "$JAVA_HOME" ]; then
    echo "no JDK 21 or newer found: set JAVA_HOME to one (checked \$JAVA_HOME and /usr/lib/jvm/*)" >&2
    exit 1
fi
export JAVA_HOME

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_JAR="$REPO_ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
if [ ! -f "$BENCH_JAR" ] || [ -n "$(find "$REPO_ROOT/parser/src" "$REPO_ROOT/bench/src" -newer "$BENCH_JAR" -type f -print -quit)" ]; then
    echo "building parser and bench..." >&2
    (cd "$REPO_ROOT" && ./mvnw -B -q -pl bench -am package -DskipTests) || exit 1
fi
BENCH_CLASSPATH="$BENCH_JAR:$REPO_ROOT/bench/target/lib/*"
