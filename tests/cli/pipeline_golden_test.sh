#!/usr/bin/env bash
# The pipeline's results do not change unless we mean them to: rerun
# pipeline_outputs.sh and compare with tests/cli/golden (see its README).
# usage: pipeline_golden_test.sh PRIME_CLI
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
bash "$HERE/pipeline_outputs.sh" "$1" "$OUT"
python3 "$HERE/compare_outputs.py" "$HERE/golden" "$OUT"
