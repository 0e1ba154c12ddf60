#!/usr/bin/env bash
# B7 and B9: search speed and offline-optimization quality.
# usage: bench/run_quality.sh BUILD_DIR     (env PRIME_B9_FULL=1 runs the full B9, ~1 h)
# Prints JSON lines {"bench","metric","value","unit","peer","ratio",...}; B9's
# Markdown table and JSON go to bench/results/b9-quality[-quick].{md,json}.
set -euo pipefail
BUILD_DIR="$(cd "${1:?usage: run_quality.sh BUILD_DIR}" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPS="${PRIME_BENCH_REPS:-50}"
CORES="$(nproc)"
export PRIME_RESOURCE_DIR="${PRIME_RESOURCE_DIR:-$ROOT/resources}"

if [[ -x "$BUILD_DIR/bench/bench_study" ]]; then
  o=$(OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 "$BUILD_DIR/bench/bench_study" generation "$REPS")
  /usr/bin/python3 -c '
import json, sys
o = json.loads(sys.argv[1])
print(json.dumps({"bench": "B7", "metric": "search_generation_256_default_surrogate", "value": round(o["median_s"], 5),
                  "unit": "s", "peer": None, "ratio": None, "bar_s": 0.020, "threads": o["threads"], "cores": int(sys.argv[2])}))' "$o" "$CORES"
fi

MODE=--quick
[[ "${PRIME_B9_FULL:-0}" == 1 ]] && MODE=
"$BUILD_DIR/app/prime-cli" benchmark $MODE -o "$ROOT/bench/results"
