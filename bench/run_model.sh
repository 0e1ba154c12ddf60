#!/usr/bin/env bash
# B5, B6, B10: the surrogate benchmarks. usage: bench/run_model.sh BUILD_DIR
# Prints JSON lines {"bench","metric","value","unit","peer","ratio",...}.
# ratio = peer time / our time for speed (above 1: we are faster), as in
# bench/emit.py. Env: PRIME_BENCH_REPS (default 5), PRIME_B10_SECONDS (120),
# PRIME_BENCH_ONLY=B5|B6|B10 to run one.
set -euo pipefail
BUILD_DIR="$(cd "${1:?usage: run_model.sh BUILD_DIR}" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$BUILD_DIR/bench/bench_model"
PEER="$ROOT/bench/peers/model_peer.py"
PY=/usr/bin/python3   # Debian's python3 with python3-torch
REPS="${PRIME_BENCH_REPS:-5}"
B10_SECONDS="${PRIME_B10_SECONDS:-120}"
ONLY="${PRIME_BENCH_ONLY:-all}"
CORES="$(nproc)"
export PRIME_RESOURCE_DIR="${PRIME_RESOURCE_DIR:-$ROOT/resources}"

# OpenBLAS keeps its own thread pool; pin it to the same count on both sides.
# PASSIVE: on a shared machine spinning OpenMP workers wait for a descheduled
# sibling and a 2-thread step got 6x slower (docs/model.md); same env for both.
ours() { local t="$1"; shift; OMP_WAIT_POLICY=PASSIVE OPENBLAS_NUM_THREADS="$t" OMP_NUM_THREADS="$t" "$BENCH" "$@"; }
peer() { local t="$1"; shift; OMP_WAIT_POLICY=PASSIVE OPENBLAS_NUM_THREADS="$t" OMP_NUM_THREADS="$t" "$PY" "$PEER" "$@"; }

# line BENCH METRIC OURS_JSON PEER_JSON|"" KEY UNIT [extra python dict literal]
line() {
  "$PY" - "$@" <<'PY'
import json, sys
bench, metric, ours, peer, key, unit, cores = sys.argv[1:8]
ours = json.loads(ours)
peer = json.loads(peer) if peer else None
out = {"bench": bench, "metric": metric, "value": round(ours[key], 5), "unit": unit,
       "peer": "python3-torch " + peer["torch"] if peer else None,
       "peer_value": round(peer[key], 5) if peer else None,
       "ratio": round(peer[key] / ours[key], 3) if peer else None,
       "threads": ours["threads"], "cores": int(cores)}
print(json.dumps(out))
PY
}

if [[ "$ONLY" == all || "$ONLY" == B5 ]]; then
  for m in transformer mlp; do
    o=$(ours 1 step "$m" 1 "$REPS"); p=$(peer 1 step "$m" 1 "$REPS")
    line B5 "train_step_256+256_${m}" "$o" "$p" median_s s "$CORES"
    # The full PRIME step (+256 negatives, 2 generations of 64 children): no Python peer.
    "$PY" -c 'import json,sys; o=json.loads(sys.argv[1]); print(json.dumps({"bench":"B5","metric":"train_step_full_prime_"+o["model"],"value":round(o["full_step_median_s"],5),"unit":"s","peer":None,"ratio":None,"mining_s":round(o["mining_s"],5),"mining_share_of_core_step":round(o["mining_s"]/o["median_s"],3),"threads":o["threads"],"cores":int(sys.argv[2])}))' "$o" "$CORES"
  done
fi

if [[ "$ONLY" == all || "$ONLY" == B6 ]]; then
  for m in mlp transformer; do
    n=100000; r=3
    for t in 1 2; do
      o=$(ours "$t" score "$m" "$t" "$n" "$r"); p=$(peer "$t" score "$m" "$t" "$n" "$r")
      line B6 "score_100k_${m}_${t}threads" "$o" "$p" median_s s "$CORES"
    done
  done
fi

if [[ "$ONLY" == all || "$ONLY" == B10 ]]; then
  for m in mlp transformer; do
    o=$(ours 2 curve "$m" 2 "$B10_SECONDS")
    "$PY" -c '
import json, sys
o = json.loads(sys.argv[1])
print(json.dumps({"bench": "B10", "metric": "heldout_spearman_" + o["model"], "value": o["selected_spearman"], "unit": "rho",
                  "selected_at_seconds": o["selected_seconds"], "latest_spearman": o["final_spearman"],
                  "peer": None, "ratio": None, "seconds": o["train_seconds"], "steps": o["steps"], "threads": o["threads"],
                  "cores": int(sys.argv[2]), "curve_seconds_spearman": o["curve"],
                  "mean_pred_feasible": o["mean_pred_feasible"], "mean_pred_infeasible": o["mean_pred_infeasible"]}))' "$o" "$CORES"
  done
fi
