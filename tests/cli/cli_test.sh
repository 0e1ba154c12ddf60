#!/usr/bin/env bash
# End-to-end checks of prime-cli: exit codes (0 ok, 1 runtime error, 2 usage
# error), conversions that round-trip, and error messages that name the file.
# usage: cli_test.sh PRIME_CLI FIXTURES_DIR
set -u
CLI="$1"
FIX="$2"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
failures=0

expect_exit() {  # expected_code description command...
  local want="$1" what="$2"; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$TMP/err"; failures=$((failures + 1))
  else
    echo "ok: $what"
  fi
}
expect_in() {  # file needle description
  if grep -qF -- "$2" "$1"; then echo "ok: $3"; else echo "FAIL: $3: '$2' not in output:"; cat "$1"; failures=$((failures + 1)); fi
}

expect_exit 0 "info on the sample CSV" "$CLI" info "$FIX/prime-sample.csv"
expect_in "$TMP/out" "prime-sample" "info names the application"
expect_in "$TMP/out" "452760000 designs" "info shows the built-in space's size"

expect_exit 0 "info --json on the sample TFRecord" "$CLI" info --json "$FIX/prime-sample.tfrecord"
expect_in "$TMP/out" '"feasible": 55' "JSON counts 55 feasible designs"

expect_exit 0 "convert TFRecord to CSV" "$CLI" convert "$FIX/prime-sample.tfrecord" "$TMP/s.csv"
expect_exit 0 "convert CSV to snapshot" "$CLI" convert "$TMP/s.csv" "$TMP/s.primelog"
expect_exit 0 "convert snapshot to TFRecord" "$CLI" convert "$TMP/s.primelog" "$TMP/s.tfrecord"
"$CLI" info --json "$FIX/prime-sample.tfrecord" --app s > "$TMP/a.json"
"$CLI" info --json "$TMP/s.tfrecord" > "$TMP/b.json"
if cmp -s "$TMP/a.json" "$TMP/b.json"; then echo "ok: three conversions round-trip"; else
  echo "FAIL: round trip changed the summary"; diff "$TMP/a.json" "$TMP/b.json"; failures=$((failures + 1)); fi

printf 'param_1,runtime,area,infeasible\n1,2,3,0\n1,x,3,0\n' > "$TMP/bad.csv"
expect_exit 1 "malformed CSV is a runtime error" "$CLI" info "$TMP/bad.csv"
expect_in "$TMP/err" "bad.csv: line 3: column 'runtime' holds 'x'" "the error names file, line and column"
expect_exit 1 "missing file" "$CLI" info "$TMP/nope.csv"
expect_exit 2 "no subcommand" "$CLI"
expect_exit 2 "unknown option" "$CLI" info --frobnicate "$FIX/prime-sample.csv"
expect_exit 2 "unknown output format" "$CLI" convert "$FIX/prime-sample.csv" "$TMP/out.xlsx"
expect_exit 0 "--help" "$CLI" --help
expect_in "$TMP/out" "convert" "--help lists the commands"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
