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

gzip -c "$FIX/prime-sample.tfrecord" > "$TMP/sample.tfrecord.gz"
expect_exit 0 "info on a gzip-compressed TFRecord" "$CLI" info "$TMP/sample.tfrecord.gz"
expect_in "$TMP/out" "gzip-compressed" "info says the file was compressed"
expect_exit 0 "info on the sample CSV" "$CLI" info "$FIX/prime-sample.csv"
expect_in "$TMP/out" "prime-sample" "info names the application"
expect_in "$TMP/out" "452760000 designs" "info shows the built-in space's size"

expect_exit 0 "info --json on the sample TFRecord" "$CLI" info --json "$FIX/prime-sample.tfrecord"
expect_in "$TMP/out" '"feasible": 55' "JSON counts 55 feasible designs"

expect_exit 0 "convert TFRecord to CSV" "$CLI" convert "$FIX/prime-sample.tfrecord" "$TMP/s.csv"
expect_exit 0 "convert CSV to snapshot" "$CLI" convert "$TMP/s.csv" "$TMP/s.primelog"
expect_exit 0 "convert snapshot to TFRecord" "$CLI" convert "$TMP/s.primelog" "$TMP/s.tfrecord"
"$CLI" info --json "$FIX/prime-sample.tfrecord" --app-name s > "$TMP/a.json"
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

# Generation: shards merged in order equal the single run, whatever --jobs.
expect_exit 0 "generate a small log" "$CLI" generate --designs 300 --seed 9 --workloads MobilenetV2,u-net --jobs 2 -o "$TMP/full.csv"
for i in 0 1 2; do
  expect_exit 0 "generate shard $i/3" "$CLI" generate --designs 300 --seed 9 --workloads MobilenetV2,u-net --jobs 1 --shard $i/3 -o "$TMP/shard-$i.primelog"
done
expect_exit 0 "merge the shards" "$CLI" merge "$TMP/shard-0.primelog" "$TMP/shard-1.primelog" "$TMP/shard-2.primelog" -o "$TMP/merged.csv"
if cmp -s "$TMP/full.csv" "$TMP/merged.csv"; then echo "ok: merged shards are identical to the single run"; else
  echo "FAIL: merged shards differ from the single run"; failures=$((failures + 1)); fi
expect_exit 2 "a bad shard spec is a usage error" "$CLI" generate --designs 10 --shard 3/3 -o "$TMP/x.csv"
expect_exit 2 "an unknown workload is a usage error" "$CLI" generate --designs 10 --workloads nosuchnet -o "$TMP/x.csv"

# Simulation of one design given as JSON (PRIME names) and of a design file.
DESIGN='{"param_1":4,"param_2":4,"param_3":64,"param_4":4,"param_5":2097152,"param_6":131072,"param_7":8192,"param_8":32768,"param_9":8192,"param_10":20}'
expect_exit 0 "simulate one design" "$CLI" simulate --design "$DESIGN" --workload MobilenetV2 --json --breakdown
expect_in "$TMP/out" '"feasible": true' "the design is feasible"
expect_in "$TMP/out" '"bound"' "the breakdown names each layer's bound"
printf 'pes_x,pes_y,compute_lanes,cores_per_pe,pe_memory,core_memory,instruction_memory,parameter_memory,activation_memory,dram_bandwidth\n4,4,64,4,2097152,131072,8192,32768,8192,20\n1,1,4,1,262144,4096,256,8192,2048,5\n' > "$TMP/designs.csv"
expect_exit 0 "simulate a design file" "$CLI" simulate --design-file "$TMP/designs.csv" --workload u-net
expect_in "$TMP/out" "INFEASIBLE" "the tiny design is reported infeasible with its reason"
expect_exit 2 "a value outside the space is a usage error" "$CLI" simulate --design '[3,4,64,4,2097152,131072,8192,32768,8192,20]'

# Training with the auxiliary heads: predict gains their columns, search can use the learned area.
expect_exit 0 "generate a log to train on" "$CLI" generate --designs 800 --seed 3 --workloads MobilenetV2 --jobs 1 -o "$TMP/train.csv"
expect_exit 0 "train with both heads" "$CLI" train --log "$TMP/train.csv" --hidden 32,32 --steps 60 --eval-every 30 --threads 1 \
  --area-head --feasibility-head --area-weight 0.5 --json -o "$TMP/heads"
expect_in "$TMP/out" '"feasible_auc"' "train --json reports the feasibility head's held-out AUC"
expect_in "$TMP/out" '"area_r2_log"' "train --json reports the area head's held-out R2"
expect_in "$TMP/heads/surrogate.json" '"area_normalisation"' "the model folder keeps the area normalisation"
expect_exit 0 "train with both heads, text summary" "$CLI" train --log "$TMP/train.csv" --hidden 32,32 --steps 20 --threads 1 \
  --area-head --feasibility-head -o "$TMP/heads-text"
expect_in "$TMP/out" "feasibility head (held out): accuracy" "the summary reports the feasibility head"
expect_exit 0 "predict with the heads" "$CLI" predict --model "$TMP/heads" --designs "$TMP/designs.csv"
expect_in "$TMP/out" "predicted_latency_ms,score,area_mm2_pred,p_feasible" "predict adds the heads' columns"
if [ "$(awk -F, 'NR > 1 && $13 > 0 && $14 >= 0 && $14 <= 1' "$TMP/out" | wc -l)" -eq 2 ]; then echo "ok: two rows with an area > 0 and a probability"
else echo "FAIL: predicted area / p_feasible out of range:"; cat "$TMP/out"; failures=$((failures + 1)); fi
expect_exit 0 "train without heads" "$CLI" train --log "$TMP/train.csv" --hidden 32,32 --steps 20 --threads 1 -o "$TMP/plain"
expect_exit 0 "predict without heads" "$CLI" predict --model "$TMP/plain" --designs "$TMP/designs.csv"
if grep -q "area_mm2_pred" "$TMP/out"; then echo "FAIL: a model without heads printed an area column"; failures=$((failures + 1))
else echo "ok: no head columns without heads"; fi
# --device: cpu is honoured and reported; cuda without CUDA is a clear runtime
# error (exit 1) before any work, and nothing is written.
expect_exit 0 "train --device cpu" "$CLI" train --log "$TMP/train.csv" --hidden 16,16 --steps 5 --threads 1 --device cpu --json -o "$TMP/on-cpu"
expect_in "$TMP/out" '"device": "cpu"' "train --json names the device"
expect_exit 2 "--device gpu is a usage error" "$CLI" predict --model "$TMP/plain" --designs "$TMP/designs.csv" --device gpu
if [ "$(nvidia-smi -L 2>/dev/null | wc -l)" -eq 0 ]; then
  expect_exit 1 "train --device cuda without CUDA" "$CLI" train --log "$TMP/train.csv" --steps 5 --device cuda -o "$TMP/on-cuda"
  expect_in "$TMP/err" "--device cuda:" "the error names the option"
  if [ -e "$TMP/on-cuda" ]; then echo "FAIL: --device cuda wrote a model"; failures=$((failures + 1)); else echo "ok: nothing written"; fi
fi
expect_exit 0 "search with the learned area model" "$CLI" search --model "$TMP/heads" --log "$TMP/train.csv" --area-budget 100 \
  --area-model surrogate --generations 2 --population 32 --k 4 --oracle none -o "$TMP/search-heads"
expect_in "$TMP/search-heads/designs.json" '"area_model": "surrogate"' "provenance names the surrogate area model"
expect_exit 2 "--area-model surrogate needs an area head" "$CLI" search --model "$TMP/plain" --log "$TMP/train.csv" \
  --area-budget 100 --area-model surrogate --generations 2 --population 32 --k 4 --oracle none -o "$TMP/search-plain"
expect_in "$TMP/err" "--area-head" "the error says how to get an area head"
# Closing the loop from the command line: the verified designs join the log and
# the model continues training on it (what Add to Log & Continue does in the app).
expect_exit 0 "search --close-loop --retrain-steps" "$CLI" search --model "$TMP/plain" --log "$TMP/train.csv" \
  --generations 2 --population 32 --k 4 --close-loop "$TMP/closed.primelog" --retrain-steps 15 -o "$TMP/search-closed"
expect_in "$TMP/err" "model trained 15 more steps" "the model kept training on the extended log"
if [ -f "$TMP/search-closed/model/surrogate.json" ] && [ -f "$TMP/closed.primelog" ]; then echo "ok: the extended log and the model are written"
else echo "FAIL: closing the loop wrote no log or model"; failures=$((failures + 1)); fi
expect_exit 0 "the extended log reads back" "$CLI" info "$TMP/closed.primelog"
expect_in "$TMP/out" "rows: 804" "four verified designs joined the 800-row log"
expect_exit 2 "--retrain-steps without --close-loop" "$CLI" search --model "$TMP/plain" --log "$TMP/train.csv" \
  --generations 2 --population 32 --k 4 --retrain-steps 15 -o "$TMP/search-noloop"
expect_in "$TMP/err" "--close-loop" "the error names the missing flag"
# In rounds: each round's verified designs join the log before the next round,
# and --close-loop then holds every round's designs.
expect_exit 0 "search --rounds 2" "$CLI" search --model "$TMP/plain" --log "$TMP/train.csv" \
  --generations 2 --population 32 --k 4 --rounds 2 --retrain-steps 10 --close-loop "$TMP/rounds.primelog" -o "$TMP/search-rounds"
expect_in "$TMP/err" "in 2 rounds" "says it searches in rounds"
expect_in "$TMP/out" "Proposals verified: 4" "all four designs of the two rounds verified: a report"
expect_exit 0 "the rounds' log reads back" "$CLI" info "$TMP/rounds.primelog"
expect_in "$TMP/out" "rows: 804" "the two rounds' four designs joined the 800-row log"
expect_exit 2 "--rounds without an oracle" "$CLI" search --model "$TMP/plain" --log "$TMP/train.csv" \
  --generations 2 --population 32 --k 4 --rounds 2 --oracle none -o "$TMP/search-rounds-none"
expect_in "$TMP/err" "needs an oracle" "the error says why"

# A log of someone else's design space: search with default flags writes its
# proposals (no oracle can verify them), and an impossible combination fails
# before any work, naming the setting.
{
  echo "pe,buffer_kb,latency_ms,area_mm2,feasible"
  for pe in 1 2 4 8 16 32; do for b in 8 16 32 64 128; do
    echo "$pe,$b,$(( 1000 / pe + b )).5,$(( pe + b / 8 )).25,$(( (pe * b) % 3 != 0 ))"
  done; done
} > "$TMP/foreign.csv"
expect_exit 0 "train on a foreign log" "$CLI" train --log "$TMP/foreign.csv" --hidden 16,16 --steps 30 --threads 1 -o "$TMP/foreign-model"
# The automatic choice fits a Gaussian process to a log this small: it says so,
# and says that --steps does not apply rather than ignoring it silently.
expect_exit 0 "automatic model on a small log" "$CLI" train --log "$TMP/foreign.csv" --steps 30 --threads 1 -o "$TMP/foreign-gp"
expect_in "$TMP/out" "fitted a Gaussian process" "the summary names the fit, not steps"
expect_in "$TMP/err" "--steps and --eval-every do not apply" "a step count given for a GP is not silently dropped"
expect_exit 0 "search a foreign log with default flags" "$CLI" search --model "$TMP/foreign-model" --log "$TMP/foreign.csv" \
  --generations 2 --population 16 --k 4 -o "$TMP/foreign-search"
expect_in "$TMP/out" "unverified" "says the proposals are unverified"
if [ -s "$TMP/foreign-search/designs.csv" ] && [ ! -e "$TMP/foreign-search/report.md" ]; then echo "ok: designs written, no report claimed"
else echo "FAIL: foreign search outputs"; ls -la "$TMP/foreign-search"; failures=$((failures + 1)); fi
expect_exit 2 "--oracle builtin on a foreign space fails first" "$CLI" search --model "$TMP/foreign-model" --log "$TMP/foreign.csv" \
  --generations 100000 --population 16 --k 4 --oracle builtin -o "$TMP/foreign-builtin"
expect_in "$TMP/err" "oracle builtin" "the error names the oracle setting"
if [ ! -e "$TMP/foreign-builtin" ]; then echo "ok: nothing written before the check"; else echo "FAIL: wrote output"; failures=$((failures + 1)); fi
# A study file (as PRIME Studio saves it) drives a search from the command line.
python3 - "$TMP" <<'PY'
import json, sys
tmp = sys.argv[1]
study = {"format": "prime-study", "version": 1,
         "settings": {"log": {"files": [tmp + "/foreign.csv"]}, "model_dir": tmp + "/foreign-model",
                      "search": {"study": {"generations": 3, "population": 16, "k": 4, "propose_new_only": False}}},
         "results": json.load(open(tmp + "/foreign-search/designs.json")), "pins": []}
json.dump(study, open(tmp + "/s.primestudy", "w"))
PY
expect_exit 0 "search --study reads a study file" "$CLI" search --study "$TMP/s.primestudy" -o "$TMP/from-study"
expect_in "$TMP/out" "scored every design of the space (30)" "a 30-design space is scored whole, not searched"
if [ -s "$TMP/from-study/designs.csv" ]; then echo "ok: the study's search wrote designs"; else echo "FAIL: no designs from --study"; failures=$((failures + 1)); fi
python3 -c "import csv,sys; rows=list(csv.reader(open(sys.argv[1]))); assert rows[0][0]=='rank' and len(rows)>1" \
  "$TMP/from-study/designs.csv" && echo "ok: designs.csv is plain CSV" || { echo "FAIL: designs.csv"; failures=$((failures + 1)); }
expect_exit 0 "the old --app spelling still works" "$CLI" info --app legacy "$TMP/foreign.csv"
expect_in "$TMP/err" "deprecated" "and warns that it is deprecated"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
