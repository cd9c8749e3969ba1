#!/usr/bin/env bash
# Cold start of the command-line checker, process level: $RUNS (default 7) runs of meeting-check.jar
# on one record file, each a fresh JVM that builds the engine, reads the file, checks it and prints
# the report; prints min / median / max wall time as the shell sees it. Extra arguments go to the
# JVM, e.g.  meeting-benchmarks/run-cli-cold-start.sh -XX:TieredStopAtLevel=1
# Needs meeting-examples/target/meeting-check.jar (mvn -B install -DskipTests).
# INPUT (default: the compliant month sample) and AS_OF can be set in the environment.
# LAUNCHER=1 runs meeting-examples/bin/meeting-check instead (its C1 and class-data archive; the
# arguments then go to it through MEETING_CHECK_OPTS, and MEETING_CHECK_CDS=off turns the archive
# off). Its first run writes the archive and is not counted.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=meeting-examples/target/meeting-check.jar
INPUT=${INPUT:-meeting-examples/samples/compliant-month.json}
AS_OF=${AS_OF:-2026-12-10T12:00+08:00}
RUNS=${RUNS:-7}
[ -f "$JAR" ] || { echo "build first: mvn -B install -DskipTests" >&2; exit 1; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); runs: $RUNS; input: $INPUT; JVM options: ${*:-none}${LAUNCHER:+; launcher, archive ${MEETING_CHECK_CDS:-on}}"
run() {
  if [ -n "${LAUNCHER:-}" ]; then
    MEETING_CHECK_OPTS="$*" meeting-examples/bin/meeting-check --as-of "$AS_OF" "$INPUT"
  else
    java "$@" -jar "$JAR" --as-of "$AS_OF" "$INPUT"
  fi
}
[ -z "${LAUNCHER:-}" ] || run "$@" >/dev/null 2>&1 || true
wall=()
for _ in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  status=0
  run "$@" >/dev/null 2>&1 || status=$?
  t1=$(date +%s%N)
  # 0 = compliant, 1 = findings: both are a report; anything else is not a measurement.
  [ "$status" -le 1 ] || { echo "meeting-check exited with $status" >&2; exit 1; }
  wall+=("$(( (t1 - t0) / 1000000 ))")
done
printf '%s\n' "${wall[@]}" | sort -n |
  awk '{a[NR]=$1} END {printf "JVM start -> report printed, process wall time: min %d  median %d  max %d ms\n", a[1], a[int((NR+1)/2)], a[NR]}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
