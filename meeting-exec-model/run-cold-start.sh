#!/usr/bin/env bash
# Cold start of the rules, run-time DRL versus precompiled executable model, in fresh JVMs run
# INTERLEAVED (drl, exec, [engine,] drl, exec, …) so that every variant sees the same load:
#   drl    ExecModelColdStart drl:  KieHelper compiles meeting-rules' nine DRL files (as
#          ComplianceEngine does), then the golden meeting's facts are inserted and the rules fired;
#   exec   ExecModelColdStart exec: the same with the executable model precompiled into this
#          module's kjar, loaded from the classpath;
#   engine meeting-benchmarks' ColdStart (ComplianceEngine.createDefault() + check, i.e. also
#          validation, rule metadata and the report), if meeting-benchmarks/target/benchmarks.jar
#          exists: the reference figure of docs/PERFORMANCE.md.
# Prints each run's line, then min / median / max per variant of JVM start -> rule base ready, JVM
# start -> first report (rules fired), and process wall time. RUNS (default 7) rounds; extra
# arguments go to every JVM, e.g. meeting-exec-model/run-cold-start.sh -XX:TieredStopAtLevel=1
# CDS=1 first makes one AppCDS archive per variant (an untimed run with
# -XX:ArchiveClassesAtExit=target/cds-<variant>.jsa) and then runs each variant with its own archive
# (a variant whose archive could not be made runs without one, and the script says so).
# Needs: mvn -B -Pexec-model package -DskipTests (from the root; -pl meeting-exec-model if the rest
# is installed).
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/meeting-exec-model-0.1.0-SNAPSHOT.jar
BENCH=../meeting-benchmarks/target/benchmarks.jar
RUNS=${RUNS:-7}
[ -f "$JAR" ] && [ -f target/classpath.txt ] || {
  echo "build first: mvn -B -Pexec-model package -DskipTests" >&2
  exit 1
}
CP="$JAR:$(cat target/classpath.txt)"
variants=(drl exec)
[ -f "$BENCH" ] && variants+=(engine)
LOG=-Dorg.slf4j.simpleLogger.defaultLogLevel=warn
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%H:%M:%S) UTC; runs: $RUNS; JVM options: ${*:-none}; CDS=${CDS:-0}"
run() { # variant, JVM options...
  local v=$1
  shift
  if [ "$v" = engine ]; then
    java "$@" "$LOG" -cp "$BENCH" org.meetingpolicy.benchmarks.ColdStart 2>/dev/null
  else
    java "$@" "$LOG" -cp "$CP" org.meetingpolicy.execmodel.ExecModelColdStart "$v" 2>/dev/null
  fi
}
declare -A cds
for v in "${variants[@]}"; do
  cds[$v]=""
  if [ "${CDS:-0}" = 1 ]; then
    rm -f "target/cds-$v.jsa"
    if run "$v" "$@" -XX:ArchiveClassesAtExit="target/cds-$v.jsa" >/dev/null && [ -f "target/cds-$v.jsa" ]; then
      cds[$v]="-XX:SharedArchiveFile=target/cds-$v.jsa"
      echo "archive for $v: $(du -h "target/cds-$v.jsa" | cut -f1)"
    else
      # Seen with the drl variant on 17.0.15: SIGSEGV in
      # SystemDictionaryShared::adjust_lambda_proxy_class_dictionary while dumping.
      echo "archive for $v: FAILED (the JVM making it did not exit cleanly); $v runs without one"
      rm -f hs_err_pid*.log
    fi
  fi
done
declare -A ready first wall
for round in $(seq "$RUNS"); do
  for v in "${variants[@]}"; do
    t0=$(date +%s%N)
    # shellcheck disable=SC2086 # ${cds[$v]} is one option or none
    line=$(run "$v" "$@" ${cds[$v]})
    if [ "$v" = engine ]; then
      # ColdStart prints build= (engine construction, ms) but not the ms since JVM start at which
      # the engine was ready: jvm-to-main + build is that figure.
      r=$(sed -E 's/.*jvm-to-main=([0-9]+).*build=([0-9]+).*/\1 \2/' <<<"$line" | awk '{print $1 + $2}')
    else
      r=$(sed -E 's/.*kiebase-ready=([0-9]+).*/\1/' <<<"$line")
    fi
    t1=$(date +%s%N)
    echo "round $round $v: $line"
    ready[$v]+="$r "
    first[$v]+="$(sed -E 's/.*first-report=([0-9]+).*/\1/' <<<"$line") "
    wall[$v]+="$(((t1 - t0) / 1000000)) "
  done
done
stats() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {printf "%6d / %6d / %6d", a[1], a[int((NR+1)/2)], a[NR]}'; }
echo "ms, min / median / max over $RUNS runs each:"
printf '%-7s %-26s %-26s %-26s\n' variant "JVM start -> rules ready" "JVM start -> first report" "process wall time"
for v in "${variants[@]}"; do
  printf '%-7s %-26s %-26s %-26s\n' "$v" "$(stats "${ready[$v]}")" "$(stats "${first[$v]}")" "$(stats "${wall[$v]}")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%H:%M:%S) UTC"
