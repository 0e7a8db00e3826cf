#!/usr/bin/env bash
# Wall time of `sentinel-forge kql check --jsonl` versus Microsoft's parser (`node oracle.js`) on the
# same corpus, whole processes (JVM and Node start-up included), run alternately.
# Usage: scripts/compare-oracle-speed.sh [RUNS] [CORPUS.jsonl] [ORACLE_DIR]
# ORACLE_DIR needs `npm ci` once; ../shared is read-only, so copy it first:
#   cp -r ../shared/tools/kql-oracle /tmp/kql-oracle && (cd /tmp/kql-oracle && npm ci)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
corpus="$(realpath "${2:-$here/../shared/corpus/kql/dev.jsonl}")"
oracle="${3:-/tmp/kql-oracle}"
[ -d "$oracle/node_modules" ] || { echo "run npm ci in $oracle first (see the header)" >&2; exit 2; }
"$here/sentinel-forge" --version > /dev/null   # builds the jar if needed, outside the timing

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
ours=(); theirs=()
for ((i = 1; i <= runs; i++)); do
  o=$(seconds "$here/sentinel-forge" kql check --jsonl "$corpus")
  t=$(seconds bash -c "cd '$oracle' && node oracle.js < '$corpus'")
  ours+=("$o"); theirs+=("$t")
  printf 'run %d: sentinel-forge %6.2f s   oracle %6.2f s   ratio %.3f\n' "$i" "$o" "$t" "$(echo "$o / $t" | bc -l)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mo=$(median "${ours[@]}"); mt=$(median "${theirs[@]}")
printf 'median: sentinel-forge %.2f s, oracle %.2f s, ratio %.3f (target <= 0.200)\n' "$mo" "$mt" "$(echo "$mo / $mt" | bc -l)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
