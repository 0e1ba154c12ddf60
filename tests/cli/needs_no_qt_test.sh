#!/usr/bin/env bash
# usage: needs_no_qt_test.sh BINARY — fails if BINARY needs a Qt library.
# readelf -d lists the DT_NEEDED entries; the libc check makes sure the
# listing was read at all, so a missing binary cannot pass.
set -euo pipefail
needed="$(readelf -d "$1" | grep NEEDED)"
grep -q 'libc\.so' <<<"$needed" || { echo "no dynamic section read from $1" >&2; exit 1; }
if grep -i 'libQt' <<<"$needed"; then
  echo "$1 needs Qt (above); the CLI must run on machines without desktop libraries" >&2
  exit 1
fi
echo "$1 needs no Qt"
