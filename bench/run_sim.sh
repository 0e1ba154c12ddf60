#!/usr/bin/env bash
# B3/B4: the simulator's speed against a straight Python port of its formulas,
# on the same designs in the same run. usage: bench/run_sim.sh BUILD_DIR
# Prints JSON lines {"bench","metric","value","unit","peer","ratio",...}.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:?usage: bench/run_sim.sh BUILD_DIR}"
BIN="$BUILD_DIR/bench/bench_sim_throughput"
WORK="${PRIME_BENCH_DIR:-$BUILD_DIR/bench-data}/sim"
REPS="${PRIME_BENCH_REPS:-3}"
PEER_DESIGNS="${PRIME_BENCH_SIM_PEER_DESIGNS:-2000}"
export PRIME_RESOURCE_DIR="${PRIME_RESOURCE_DIR:-$ROOT/resources}"
mkdir -p "$WORK"
"$BIN" prepare "$WORK" "$PEER_DESIGNS"
PEER="$(/usr/bin/python3 "$ROOT/bench/peers/sim_peer.py" "$WORK" "$REPS")"
"$BIN" run "$REPS" "$PEER" 2>/dev/null
