#!/usr/bin/env bash
# Cold start, process level: $RUNS (default 7) fresh JVMs, each building the default engine and checking the golden
# meeting (ColdStart), then prints min / median / max of JVM start -> first report, of engine
# construction, and of the whole process as the shell sees it. Extra arguments go to the JVM, e.g.
#   meeting-benchmarks/run-cold-start.sh -XX:TieredStopAtLevel=1
# Needs meeting-benchmarks/target/benchmarks.jar (mvn -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/benchmarks.jar
RUNS=${RUNS:-7}
[ -f "$JAR" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); runs: $RUNS; JVM options: ${*:-none}"
first=(); build=(); wall=()
for _ in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  line=$(java "$@" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$JAR" \
    org.meetingpolicy.benchmarks.ColdStart 2>/dev/null)
  t1=$(date +%s%N)
  first+=("$(sed -E 's/.*first-report=([0-9]+).*/\1/' <<<"$line")")
  build+=("$(sed -E 's/.*build=([0-9]+).*/\1/' <<<"$line")")
  wall+=("$(( (t1 - t0) / 1000000 ))")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "min %d  median %d  max %d ms\n", a[1], a[int((NR+1)/2)], a[NR]}'; }
echo "JVM start -> first report: $(stats "${first[@]}")"
echo "engine construction:       $(stats "${build[@]}")"
echo "process wall time:         $(stats "${wall[@]}")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
