#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fuzzes one Jazzer target for a number of minutes (FUZZING.md). Not part of the build or CI.
#
#   fuzz/run.sh TARGET MINUTES
#
# TARGET is one of: json yaml roundtrip names pod fabric8 podlist batch selector
# New corpus entries go to $FUZZ_SCRATCH/TARGET/corpus (default /tmp/wepkit-fuzz), never into the
# source tree; the log goes to $FUZZ_SCRATCH/TARGET/fuzz.log. An input that fails the target is
# written to the target's inputs directory under src/test/resources, where the build's regression
# run picks it up: fix the library, add a unit test, keep the input.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: fuzz/run.sh json|yaml|roundtrip|names|pod|fabric8|podlist|batch|selector MINUTES" >&2
  exit 2
}
[ $# -eq 2 ] || usage
target="$1"
minutes="$2"
case "$minutes" in '' | *[!0-9]*) usage ;; esac

case "$target" in
  json) module=core class=dev.wepkit.json.JsonDecodeFuzzTest method=decode ;;
  yaml) module=yaml class=dev.wepkit.yaml.YamlDecodeFuzzTest method=decode ;;
  roundtrip) module=yaml class=dev.wepkit.yaml.RoundTripFuzzTest method=roundTrip ;;
  names) module=core class=dev.wepkit.names.NamesFuzzTest method=names ;;
  pod) module=kubernetes class=dev.wepkit.kubernetes.PodConversionFuzzTest method=convert ;;
  fabric8) module=kubernetes class=dev.wepkit.kubernetes.Fabric8PodFuzzTest method=convert ;;
  podlist) module=kubernetes class=dev.wepkit.kubernetes.PodListFuzzTest method=read ;;
  batch) module=cli class=dev.wepkit.cli.BatchFuzzTest method=batch ;;
  selector) module=policy class=dev.wepkit.policy.SelectorFuzzTest method=selector ;;
  *) usage ;;
esac

scratch="${FUZZ_SCRATCH:-/tmp/wepkit-fuzz}/$target"
mkdir -p "$scratch/corpus"
# Jazzer writes failing inputs into this directory when it exists (else into the module's root).
package_dir="$(dirname "${class//.//}")"
simple="${class##*.}"
mkdir -p "$module/src/test/resources/$package_dir/${simple}Inputs/$method"

# JAZZER_FUZZ=1: fuzz instead of replaying the inputs. jazzer.hooks: the build turns Jazzer's
# instrumentation off for its regression runs; fuzzing needs it. jazzer.instrument: coverage of
# wepkit's own classes guides the fuzzer. jazzer.internal.arg.*: libFuzzer's command line: the
# scratch corpus first (libFuzzer adds new inputs to the first directory it is given), a per-input
# time limit of 10 s, and the final statistics. jazzer.keep_going: go on after a finding (up to
# $FUZZ_KEEP_GOING distinct ones, 50 by default), so that one run shows them all. JUnit's own timeouts would end the whole run, so
# they are off; surefire's fork timeout is raised past the run. -Xmx1g: an input that makes the
# library exhaust memory is a finding, not a machine brought to a halt.
set +e
JAZZER_FUZZ=1 mvn -B -o -pl "$module" -am test \
  -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true \
  -Djazzer.instrument='dev.wepkit.**' \
  -Djazzer.max_duration="${minutes}m" \
  -Djazzer.keep_going="${FUZZ_KEEP_GOING:-50}" \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1="$scratch/corpus" \
  -Djazzer.internal.arg.2=-timeout=10 \
  -Djazzer.internal.arg.3=-print_final_stats=1 \
  -Djunit.jupiter.execution.timeout.mode=disabled \
  -Dsurefire.timeout=$((minutes * 60 + 600)) \
  -DargLine=-Xmx1g \
  -Dspotless.check.skip=true -Denforcer.skip=true -Dmdep.analyze.skip=true \
  2>&1 | tee "$scratch/fuzz.log"
status=${PIPESTATUS[0]}
set -e

log="$scratch/fuzz.log"
echo "== $target: $(grep -aE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)"
grep -aE '^stat::number_of_executed_units|^Done [0-9]+ runs' "$log" | tail -2 || true
echo "== corpus: $(find "$scratch/corpus" -type f | wc -l) entries in $scratch/corpus"
# With keep_going a finding does not fail the JUnit run: count them here.
findings=$(grep -ac '^DEDUP_TOKEN:' "$log" || true)
echo "== findings: $findings distinct (inputs in $module/src/test/resources/$package_dir/${simple}Inputs/$method)"
if [ "$status" -eq 0 ] && [ "$findings" -gt 0 ]; then
  status=1
fi
exit "$status"
