#!/usr/bin/env bash
# The German catalogue is complete: lupdate, run on the sources into a copy
# of the .ts file, finds no new (unfinished) and no obsolete (vanished)
# messages. Fails naming each one, so a new tr() string without its
# translation, or a stale entry, breaks the build's tests.
# usage: translations_test.sh LUPDATE SOURCE_DIR
set -euo pipefail
LUPDATE="$1"
SRC="$2"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cp "$SRC/translations/prime-studio_de.ts" "$TMP/de.ts"
(cd "$SRC" && "$LUPDATE" -locations none -silent ui app/studio/main.cpp -ts "$TMP/de.ts")
bad=$(python3 - "$TMP/de.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for context in root.findall("context"):
    for m in context.findall("message"):
        kind = m.find("translation").get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            print(f"{kind}: {context.find('name').text}: {m.find('source').text!r}")
PY
)
if [ -n "$bad" ]; then
  echo "FAIL: translations/prime-studio_de.ts is not complete (run the prime_ui_lupdate target, then translate):"
  echo "$bad"
  exit 1
fi
echo "ok: every message has its German translation, none is obsolete"
