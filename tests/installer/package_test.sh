#!/usr/bin/env bash
# The Debian package as a user gets it: CPack builds it from the build tree,
# its metadata and file list are checked, it is unpacked into a scratch root
# (no dpkg -i, nothing touches the system) and both programs run from there.
# usage: package_test.sh BUILD_DIR VERSION
set -euo pipefail
BUILD="$1" VERSION="$2"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$BUILD/CPackConfig.cmake" -B "$TMP/pkg" >"$TMP/cpack.log" 2>&1 || { cat "$TMP/cpack.log"; fail "cpack"; }
deb="$(ls "$TMP"/pkg/prime-studio_*.deb)"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- metadata ---------------------------------------------------------------
[ "$(dpkg-deb -f "$deb" Package)" = prime-studio ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "package version $(dpkg-deb -f "$deb" Version), expected $VERSION"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for need in "libopenblas0-pthread | libopenblas0" libtorch libqt6widgets6 libqcustomplot; do
  grep -qF -- "$need" <<<"$depends" || fail "Depends lacks $need"
done

# --- files --------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' >"$TMP/files"
for f in usr/bin/prime-cli usr/bin/prime-studio usr/lib/prime-studio/libprime-model-torch.so \
         usr/share/prime-studio/spaces/prime-edgetpu.json usr/share/prime-studio/workloads/mobilenet_v2.csv \
         usr/share/applications/prime-studio.desktop usr/share/mime/packages/prime-studio.xml \
         usr/share/icons/hicolor/scalable/apps/prime-studio.svg \
         usr/share/icons/hicolor/16x16/apps/prime-studio.png usr/share/icons/hicolor/256x256/apps/prime-studio.png \
         usr/share/man/man1/prime-cli.1.gz usr/share/man/man1/prime-studio.1.gz \
         usr/share/doc/prime-studio/copyright usr/share/doc/prime-studio/guide.md usr/share/doc/prime-studio/CHANGELOG.md; do
  grep -qx "\./$f" "$TMP/files" || fail "the package has no /$f"
done

# --- unpacked into a scratch root ---------------------------------------------
dpkg-deb -x "$deb" "$TMP/root"
R="$TMP/root/usr"
unset PRIME_RESOURCE_DIR
"$R/bin/prime-cli" --version | grep -qx "prime-cli $VERSION" || fail "prime-cli --version: $("$R/bin/prime-cli" --version)"
"$R/bin/prime-studio" --version | grep -q "$VERSION" || fail "prime-studio --version"
desktop-file-validate "$R/share/applications/prime-studio.desktop" || fail "desktop-file-validate"
for page in prime-cli prime-studio; do
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$R/share/man/man1/$page.1.gz" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || fail "man $page: $warnings"
done

export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_RUNTIME_DIR="$TMP/run"
mkdir -m 700 "$TMP/run"
"$R/bin/prime-studio" --screenshot "$TMP/shot.png" --size 800x600 2>"$TMP/studio.err" || { cat "$TMP/studio.err"; fail "prime-studio --screenshot"; }
[ "$(head -c 8 "$TMP/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
[ "$(stat -c %s "$TMP/shot.png")" -gt 20000 ] || fail "the screenshot is nearly empty"
echo "prime-studio drew the demo log from the package ($(stat -c %s "$TMP/shot.png") bytes)"

# Training opens the package's model library (lib/prime-studio beside bin/).
"$R/bin/prime-cli" generate --workloads MobileNetV2 --designs 300 --jobs 1 -o "$TMP/train.csv" >/dev/null || fail "generate from the package"
"$R/bin/prime-cli" train --log "$TMP/train.csv" --steps 5 --eval-every 5 --json -o "$TMP/model" >"$TMP/train.json" ||
  fail "train from the package"
grep -qF "\"model_library\": \"$R/lib/prime-studio/libprime-model-torch.so\"" "$TMP/train.json" ||
  fail "train did not use the package's model library: $(grep model_library "$TMP/train.json")"

# The programs read the package's resources, not the source tree's: with one
# workload removed from the unpacked root, a command that needs it fails.
"$R/bin/prime-cli" generate --workloads MobileNetV2 --designs 5 --jobs 1 -o "$TMP/a.csv" >/dev/null 2>&1 || fail "generate from the package"
rm "$R/share/prime-studio/workloads/mobilenet_v2.csv"
if "$R/bin/prime-cli" generate --workloads MobileNetV2 --designs 5 --jobs 1 -o "$TMP/b.csv" >/dev/null 2>"$TMP/err"; then
  fail "generate succeeded without the package's workload file: resources came from elsewhere"
fi
grep -qF "$TMP/root" "$TMP/err" || fail "the error does not name the package's file: $(cat "$TMP/err")"

echo "ok: the package installs from a scratch root and both programs run from it"
