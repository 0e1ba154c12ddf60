#!/usr/bin/env bash
# Runs prime-cli's pipeline (generate, train, search, report, benchmark) with
# fixed seeds on small settings and writes the outputs that must not change
# when the code is restructured into OUT_DIR. Used by pipeline_golden_test.sh
# and, once, to write tests/cli/golden/ (see that folder's README).
# usage: pipeline_outputs.sh PRIME_CLI OUT_DIR
set -euo pipefail
CLI="$1"
OUT="$2"
mkdir -p "$OUT"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
export OMP_NUM_THREADS=1
"$CLI" generate --workloads MobileNetV2,M4 --designs 400 --seed 3 --jobs 1 -o "$W/log.csv" 2>/dev/null
# One torch thread: training is then deterministic for a seed (conservative_trainer.h).
"$CLI" train --log "$W/log.csv" --arch mlp --steps 60 --eval-every 30 --threads 1 --seed 2 --json -o "$W/model" \
  > "$OUT/train.json" 2>/dev/null
"$CLI" search --model "$W/model" --log "$W/log.csv" --apps MobileNetV2,M4 --area-budget 40 \
  --generations 6 --population 48 --k 8 --seed 5 --jobs 1 --threads 1 --json -o "$W/search" \
  > "$OUT/search-report.json" 2>/dev/null
cp "$W/search/designs.json" "$OUT/search-designs.json"
"$CLI" report "$W/search/designs.json" --log "$W/log.csv" --area-budget 30 --json > "$OUT/report.json" 2>/dev/null
"$CLI" benchmark --quick --apps MobileNetV2,M4 --seeds 1 --designs 300 --train-steps 40 --optimum-calls 20000 --threads 1 \
  -o "$W/bench" > /dev/null 2>&1
cp "$W/bench/b9-quality-quick.json" "$OUT/benchmark.json"
