#!/usr/bin/env bash
# Keeps the layering of docs/architecture.md true: each folder of core/ may
# include only the folders listed for it, core never includes Qt, ui never
# includes LibTorch, app/cli never includes Qt. A violation names the file.
# usage: layering_test.sh SOURCE_DIR
set -u
ROOT="$1"
failures=0

# folder -> the folders its files may include (besides itself and the standard library)
declare -A ALLOWED=(
  [util]=""
  [space]="util"
  [data]="util space"
  [sim]="util space data"
  [search]="util space"
  [model]="util space data"
  [study]="util space data sim search"
  [explore]="util space data"
  [session]="util space data sim search model study"
)

for dir in "$ROOT"/core/*/; do
  layer="$(basename "$dir")"
  if [ -z "${ALLOWED[$layer]+set}" ]; then
    echo "FAIL: core/$layer is not in the layering table (add it here and to docs/architecture.md)"
    failures=$((failures + 1)); continue
  fi
  while IFS= read -r line; do
    file="${line%%:*}"
    target="$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$line")"
    [ "$target" = "$layer" ] && continue
    if ! grep -qw -- "$target" <<<"${ALLOWED[$layer]}"; then
      echo "FAIL: ${file#$ROOT/} includes $target/ (core/$layer may include: ${ALLOWED[$layer]:-nothing})"
      failures=$((failures + 1))
    fi
  done < <(grep -rHE '^#include "[a-z_]+/' "$dir" --include='*.h' --include='*.cpp')
done

check_none() {  # description pattern paths...
  local what="$1" pattern="$2"; shift 2
  local hits
  hits="$(grep -rlE "$pattern" "$@" --include='*.h' --include='*.cpp' 2>/dev/null)"
  if [ -n "$hits" ]; then echo "FAIL: $what:"; echo "$hits"; failures=$((failures + 1)); else echo "ok: $what"; fi
}
check_none "core includes no Qt header" '^#include <Q' "$ROOT/core"
check_none "app/cli includes no Qt header" '^#include <Q' "$ROOT/app/cli"
# The pipeline has one home (core/session): the CLI maps flags to settings and
# never assembles area models, predictors or oracles itself.
check_none "app/cli assembles no pipeline (area models, predictors, oracles)" \
  '^#include "(study/(area_estimator|builtin_oracle|command_oracle|study)|session/(surrogate_predictor|surrogate_area|oracle_predictor))\.h"' \
  "$ROOT/app/cli"
check_none "ui includes no LibTorch header" '^#include <(torch|ATen|c10)/' "$ROOT/ui"
# LibTorch is opened on demand (core/model/model_backend.h): only the model
# library's sources (core/model/torch_*, networks, conservative_loss,
# cpu_kernels) may include it, or programs would link it again.
torch_users="$(grep -rlE '^#include <(torch|ATen|c10)/' "$ROOT/core" "$ROOT/app" --include='*.h' --include='*.cpp' |
  grep -vE '/core/model/(torch_[a-z_]+|networks|conservative_loss|cpu_kernels)\.(h|cpp)$')"
if [ -n "$torch_users" ]; then
  echo "FAIL: LibTorch headers outside the model library:"; echo "$torch_users"; failures=$((failures + 1))
else
  echo "ok: only the model library includes LibTorch"
fi

[ "$failures" -eq 0 ] && echo "layering holds" && exit 0
exit 1
