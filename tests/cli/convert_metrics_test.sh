#!/usr/bin/env bash
# prime-cli convert keeps extra metric columns (energy, cycles, throughput)
# through every format: CSV -> TFRecord -> CSV, CSV -> snapshot -> CSV and
# TFRecord -> snapshot -> CSV give the same file as CSV -> CSV, for one
# application (one .tfrecord file) and for two (a folder per application);
# the metrics stay metrics (never parameters) after the trip.
# usage: convert_metrics_test.sh PRIME_CLI
set -u
CLI="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {  # description command...: must succeed
  local what="$1"; shift
  if "$@" >"$TMP/out" 2>"$TMP/err"; then echo "ok: $what"; else fail "$what"; cat "$TMP/err"; fi
}
same() {  # a b description
  if cmp -s "$1" "$2"; then echo "ok: $3"; else fail "$3"; diff "$1" "$2" | head -20; fi
}
# A TFRecord of several applications is one file per application, so rows
# come back grouped by application: the same rows, in another order.
same_rows() {  # a b description
  local sa="$TMP/sorted-a" sb="$TMP/sorted-b"
  { head -1 "$1"; tail -n +2 "$1" | LC_ALL=C sort; } > "$sa"
  { head -1 "$2"; tail -n +2 "$2" | LC_ALL=C sort; } > "$sb"
  same "$sa" "$sb" "$3"
}

P='4,8,64,2,1048576,65536,1024,16384,8192,20'
Q='8,8,32,4,2097152,131072,2048,32768,8192,20'
header='param_1,param_2,param_3,param_4,param_5,param_6,param_7,param_8,param_9,param_10,runtime,area,infeasible'
{
  echo "$header,energy_mj,total_cycles,throughput_fps"
  echo "$P,1.25,20.5,0,0.1,123456789,812.75"
  echo "$Q,0.5,31,0,3.3333333,98765,1e-07"
  echo "$P,,,1,,,"            # infeasible, never ran: unknowns stay unknown
  echo "$Q,2,40.25,0,7,1,-0.5"
} > "$TMP/one.csv"
{
  echo "$header,app,energy_mj,total_cycles"
  echo "$P,1.25,20.5,0,netA,0.1,123456789"
  echo "$Q,0.5,31,0,netB,3.25,98765"
  echo "$P,,,1,netB,,"
  echo "$Q,2,40.25,0,netA,7,1"
} > "$TMP/two.csv"

for name in one two; do
  in="$TMP/$name.csv"
  run "$name: CSV -> CSV (the reference)" "$CLI" convert "$in" "$TMP/$name-ref.csv"
  run "$name: CSV -> TFRecord" "$CLI" convert "$in" "$TMP/$name.tfrecord"
  run "$name: TFRecord -> CSV" "$CLI" convert "$TMP/$name.tfrecord" "$TMP/$name-t.csv"
  run "$name: CSV -> snapshot" "$CLI" convert "$in" "$TMP/$name.primelog"
  run "$name: snapshot -> CSV" "$CLI" convert "$TMP/$name.primelog" "$TMP/$name-s.csv"
  run "$name: TFRecord -> snapshot" "$CLI" convert "$TMP/$name.tfrecord" "$TMP/$name-ts.primelog"
  run "$name: that snapshot -> CSV" "$CLI" convert "$TMP/$name-ts.primelog" "$TMP/$name-ts.csv"
  # The app name of a one-application log is the file's stem, which the
  # conversions keep ("one"); the folder of two keeps netA and netB.
  compare=same
  [ "$name" = two ] && compare=same_rows
  $compare "$TMP/$name-ref.csv" "$TMP/$name-t.csv" "$name: CSV -> TFRecord -> CSV keeps every column"
  same "$TMP/$name-ref.csv" "$TMP/$name-s.csv" "$name: CSV -> snapshot -> CSV keeps every column (and the row order)"
  $compare "$TMP/$name-ref.csv" "$TMP/$name-ts.csv" "$name: TFRecord -> snapshot -> CSV keeps every column"
  if grep -q "total_cycles" "$TMP/$name-t.csv"; then echo "ok: $name: the cycles column survives"; else fail "$name: total_cycles lost"; fi

  # Read back from TFRecord, the metrics are metrics and the space is PRIME's ten.
  run "$name: info on the TFRecord" "$CLI" info --json "$TMP/$name.tfrecord"
  if python3 - "$TMP/out" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
text = json.dumps(info)
assert '"total_cycles"' in text, "total_cycles missing from info"
roles = {c["column"]: c["role"] for c in info["columns"]}
assert roles["total_cycles"] == "metric", roles
assert roles["energy_mj"] == "metric", roles
assert sum(r == "parameter" for r in roles.values()) == 10, roles
PY
  then echo "ok: $name: info on the TFRecord lists the metrics as metrics"; else fail "$name: roles after the trip"; cat "$TMP/out"; fi
done
[ -d "$TMP/two.tfrecord" ] && echo "ok: two applications become a folder" || fail "two applications: no folder"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
