#!/usr/bin/env bash
# B1 as users meet it: whole processes, start-up included. prime-cli against
# pandas.read_csv in its own python3 process, in turn, PRIME_BENCH_PAIRS pairs
# (default 5), median wall time and peak RSS (GNU time). Also prime-cli
# --version and info on a small file against python3 doing nothing
# (`python3 -c pass`, the floor of any Python peer).
# usage: bench/run_startup.sh BUILD_DIR CSV...   prints JSON lines
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:?usage: bench/run_startup.sh BUILD_DIR CSV...}"; shift
CLI="$BUILD_DIR/app/prime-cli"
PY=/usr/bin/python3
PAIRS="${PRIME_BENCH_PAIRS:-5}"
SMALL="$ROOT/tests/fixtures/prime-sample.csv"

# measure CMD...: one run; prints "seconds kilobytes"
measure() { /usr/bin/time -f "%e %M" -o /tmp/prime-startup.$$ "$@" >/dev/null 2>&1; cat /tmp/prime-startup.$$; }
# pairs NAME PEER_NAME ROWS -- OURS... -- PEER...: alternates the two, prints one JSON line
pairs() {
  local name="$1" peer_name="$2" rows="$3"; shift 4
  local ours=() peer=(); while [ "$1" != "--" ]; do ours+=("$1"); shift; done; shift; peer=("$@")
  local o=() p=() i
  for ((i = 0; i < PAIRS; i++)); do o+=("$(measure "${ours[@]}")"); p+=("$(measure "${peer[@]}")"); done
  "$PY" - "$name" "$peer_name" "$rows" "$(nproc)" "${o[@]}" -- "${p[@]}" <<'PYEOF'
import json, statistics, sys
name, peer_name, rows, cores = sys.argv[1:5]
rest = sys.argv[5:]; cut = rest.index("--")
def stats(runs):
    secs = [float(r.split()[0]) for r in runs]; kb = [int(r.split()[1]) for r in runs]
    return statistics.median(secs), statistics.median(kb)
(os_, ok), (ps, pk) = stats(rest[:cut]), stats(rest[cut + 1:])
print(json.dumps({"bench": name, "metric": "process_seconds_median", "value": os_, "unit": "s",
                  "peer": peer_name, "peer_value": ps, "ratio": round(ps / os_, 2) if os_ > 0 else None,
                  "peak_rss_mb": round(ok / 1024, 1), "peer_peak_rss_mb": round(pk / 1024, 1),
                  "rows": int(rows), "pairs": len(rest[:cut]), "cores": int(cores)}))
PYEOF
}

pairs startup-version "python3 -c pass" 0 -- "$CLI" --version -- "$PY" -c pass
pairs startup-info-small "python3 -c pass" 200 -- "$CLI" info "$SMALL" -- "$PY" -c pass
for csv in "$@"; do
  rows=$(($(wc -l <"$csv") - 1))
  pairs B1-process "pandas.read_csv (python3 process)" "$rows" -- "$CLI" info "$csv" -- \
    "$PY" -c "import sys, pandas; pandas.read_csv(sys.argv[1])" "$csv"
done
