#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the JMH benchmarks with the GC profiler and prints the wepkit-vs-peers table.
#
#   benchmarks/run.sh [--quick|--full] [--rebuild] [-- extra JMH options]
#
#   --quick    (default) 1 fork, 4 x 1 s warm-up, 4 x 1 s measurement, all but name parsing:
#              6 to 8 minutes on 2 cores
#   --full     2 forks, 5 x 2 s warm-up, 5 x 2 s measurement: about 40 minutes on 2 cores
#   --rebuild  rebuild benchmarks/target/benchmarks.jar even if it exists
#
# The JMH log and JSON result go to benchmarks/target/jmh-<profile>.{log,json}; the table, which is
# what benchmarks/RESULTS.md shows, goes to stdout and benchmarks/target/jmh-<profile>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=quick
rebuild=false
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) profile=quick ;;
    --full) profile=full ;;
    --rebuild) rebuild=true ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '3,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (use --quick, --full, --rebuild, or -- JMH options)" >&2; exit 2 ;;
  esac
  shift
done

jar=benchmarks/target/benchmarks.jar
if [ "$rebuild" = true ] || [ ! -f "$jar" ]; then
  echo "Building $jar ..."
  mvn -B -q -DskipTests -pl benchmarks -am package
fi

case "$profile" in
  # Quick leaves out name parsing, which has no target.
  quick) options=(-f 1 -wi 4 -i 4 -w 1s -r 1s -e 'NamesBenchmark[.](parse|naiveParse)$') ;;
  full) options=(-f 2 -wi 5 -i 5 -w 2s -r 2s) ;;
esac

out=benchmarks/target/jmh-$profile
echo "Running the $profile profile; JMH log: $out.log"
# Other work on the machine skews every number: the load is printed with the table.
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
java -jar "$jar" "${options[@]}" -prof gc -rf json -rff "$out.json" "${extra[@]}" \
    > "$out.log" 2>&1 &
jmh=$!
# A line of progress per benchmark, so a long run is visibly alive.
tail -n +1 -f "$out.log" --pid "$jmh" | awk '
  /^# Benchmark: / { name = $3; params = "" }
  /^# Parameters: / { params = " " substr($0, 15) }
  /^# Run progress: / { sub(/^dev[.]wepkit[.]benchmarks[.]/, "", name); print "  " $4 " " name params; fflush() }' || true
if ! wait "$jmh"; then
  echo "JMH failed; the end of its log:" >&2
  tail -n 40 "$out.log" >&2
  exit 1
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
{
  java -cp "$jar" dev.wepkit.benchmarks.ResultsTable "$out.json"
  echo
  echo "Load average (1, 5, 15 min) before the run: $load_before; after: $load_after; CPUs: $(nproc)."
} | tee "$out.md"
