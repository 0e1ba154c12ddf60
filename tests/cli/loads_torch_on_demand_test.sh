#!/usr/bin/env bash
# usage: loads_torch_on_demand_test.sh PRIME_CLI FIXTURES
# prime-cli does not link LibTorch: commands without a model run with the model
# library unreachable, and a model command then fails naming where it looked.
set -euo pipefail
cli="$1"; fixtures="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

needed="$(readelf -d "$cli" | grep NEEDED)"
grep -q 'libc\.so' <<<"$needed" || fail "no dynamic section read from $cli"
if grep -E 'libtorch|libc10' <<<"$needed"; then fail "$cli links LibTorch (above)"; fi

export PRIME_MODEL_LIBRARY="$tmp/missing/libprime-model-torch.so"
"$cli" --version | grep -qx 'prime-cli [0-9][0-9.]*' || fail "--version"
"$cli" info "$fixtures/prime-sample.tfrecord" > "$tmp/info.txt" || fail "info needed the model library"
grep -q "200" "$tmp/info.txt" || fail "info did not describe the 200-row sample: $(cat "$tmp/info.txt")"
"$cli" generate --designs 300 --workloads MobileNetV2 -o "$tmp/log.csv" || fail "generate needed the model library"
"$cli" convert "$tmp/log.csv" "$tmp/log.primelog" || fail "convert needed the model library"

set +e
"$cli" train --log "$tmp/log.csv" --steps 5 -o "$tmp/model" 2> "$tmp/err.txt"
code=$?
set -e
[ "$code" = 1 ] || fail "train without the model library exited $code, expected 1"
grep -q "cannot open the model library" "$tmp/err.txt" || fail "unclear error: $(cat "$tmp/err.txt")"
grep -qF "$PRIME_MODEL_LIBRARY" "$tmp/err.txt" || fail "the error does not name the path tried: $(cat "$tmp/err.txt")"
[ ! -e "$tmp/model" ] || fail "a failed train left $tmp/model behind"

unset PRIME_MODEL_LIBRARY
"$cli" train --log "$tmp/log.csv" --steps 5 --eval-every 5 -o "$tmp/model" > /dev/null || fail "train with the model library"
[ -f "$tmp/model/weights.pt" ] || fail "train wrote no weights"
echo "prime-cli opens LibTorch only for model commands"
