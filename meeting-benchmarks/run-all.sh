#!/usr/bin/env bash
# Every measurement of docs/PERFORMANCE.md, one after the other (about 40 minutes on 2 cores):
# JMH results as JSON in $OUT (default target/perf-<time>), cold-start lines in $OUT/cold-start.txt,
# the load average before each step in $OUT/load.txt, and summarize.py's tables in
# $OUT/summary.txt. Needs a build first: mvn -B install -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-target/perf-$(date +%Y%m%d-%H%M)}
mkdir -p "$OUT"
B=(java -jar target/benchmarks.jar)
step() {
  local name=$1
  shift
  echo "$(date +%T) $name load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"
  "${B[@]}" "$@" -rf json -rff "$OUT/$name.json" >"$OUT/$name.log" 2>&1
}
{
  ./run-cold-start.sh
  ./run-cold-start.sh -XX:TieredStopAtLevel=1
  ./run-cli-cold-start.sh
  ./run-cli-cold-start.sh -XX:TieredStopAtLevel=1
} 2>&1 | tee "$OUT/cold-start.txt"
step check CheckBenchmark -f 3 -wi 4 -w 4 -i 3 -r 4 -prof gc
step batch10k-t1 'BatchBenchmark.records10k' -t 1 -f 3 -wi 3 -w 8 -i 3 -r 8 -prof gc
step batch10k-t2 'BatchBenchmark.records10k' -t 2 -f 3 -wi 2 -w 8 -i 3 -r 8
step batch100k-t1 'BatchBenchmark.records100k' -t 1 -f 3 -wi 1 -i 1 -prof gc
# Two threads each hold 100,000 reports: more heap than the benchmark's default 4 GiB.
step batch100k-t2 'BatchBenchmark.records100k' -t 2 -f 3 -wi 1 -i 1 -jvmArgsAppend '-Xms12g -Xmx12g'
step series SeriesBenchmark -p rules=series -p meetings=1000,10000,100000 -f 3 -wi 2 -w 5 -i 3 -r 5 -prof gc
step notice NoticeRulesBenchmark -f 3 -wi 3 -w 8 -i 3 -r 8
echo "$(date +%T) done load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"
./summarize.py "$OUT"/*.json | tee "$OUT/summary.txt"
