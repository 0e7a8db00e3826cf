#!/usr/bin/env bash
# Runs the evalbench KQL queries through `sentinel-forge kql run` on the evalbench data and checks
# each answer against the reference answers (expected.json). Run the DuckDB side in the same session
# (EVALBENCH_THREADS=1 bash ../shared/tools/evalbench/run.sh) and compare medians.
#
#   bash tools/evalbench-ours.sh [csv|jsonl]        (default csv)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="${EVALBENCH_HOME:-$here/../shared/tools/evalbench}"
data="${EVALBENCH_DATA:-/tmp/evalbench-data}"
out="${EVALBENCH_OUT:-/tmp/evalbench-results}/ours"
format="${1:-csv}"
runs="${EVALBENCH_RUNS:-5}"
mkdir -p "$out"
jar="${EVALBENCH_JAR:-$here/target/sentinel-forge.jar}"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -o -DskipTests -Dspotless.check.skip=true package)
queries=()
for q in Q1 Q2 Q2.check Q3 Q3.check Q4 Q4.check Q4.flipped Q5 Q5.check; do
  queries+=("$bench/queries/$q.kql")
done
# One JVM: the data is loaded once, then each query runs once to warm up and $runs timed times.
java ${EVALBENCH_JAVA_OPTS:--Xmx12g -Xss8m} -jar "$jar" kql run "${queries[@]}" \
  --table "SigninLogs=$data/SigninLogs.$format" --table "GraphActivity=$data/GraphActivity.$format" \
  --schema "$bench/schema.json" --format json --repeat "$runs" --now 2026-11-23T00:00:00Z \
  >"$out/results.txt" 2>"$out/timing.txt" || { cat "$out/timing.txt" >&2; exit 1; }
cat "$out/timing.txt" >&2
python3 - "$data/expected.json" "$out" <<'PY'
import json, sys, datetime
expected = json.load(open(sys.argv[1]))
def norm(v):
    s = str(v)
    for fmt in ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S.%f"):
        try:
            return datetime.datetime.strptime(s, fmt).isoformat()
        except ValueError:
            pass
    return s
results, name, chunk = {}, None, []
for line in open(sys.argv[2] + "/results.txt"):
    if line.startswith("== "):
        if name:
            results[name] = json.loads("".join(chunk))
        name, chunk = line[3:].strip().rsplit("/", 1)[-1][:-4], []
    else:
        chunk.append(line)
if name:
    results[name] = json.loads("".join(chunk))
bad = 0
for q, answer in expected.items():
    if q.startswith("_"):
        continue
    rows = results[q]
    ours = {k: norm(v) for k, v in rows[0].items()} if rows else {}
    for column, value in answer.items():
        ok = ours.get(column) == norm(value)
        bad += not ok
        print("%-10s %-20s expected %-28s ours %-28s %s" % (q, column, value, ours.get(column), "ok" if ok else "MISMATCH"))
sys.exit(1 if bad else 0)
PY
