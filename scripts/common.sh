# Shared by scripts/run, scripts/test and scripts/bench: install what is
# missing from Debian, then configure and build in build/ (Release).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${PRIME_BUILD_DIR:-$ROOT/build}"

# Every package the build, the tests and the benchmark peers need. README.md
# says why each one is there.
PRIME_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6
  libtorch-dev libopenblas0-pthread
  nlohmann-json3-dev libfast-float-dev libcli11-dev zlib1g-dev
  libprotobuf-dev protobuf-compiler
  libgtest-dev
  xvfb xauth
  dpkg-dev desktop-file-utils man-db
  python3 python3-pandas python3-torch python3-protobuf
)

install_missing_packages() {
  local missing=()
  for p in "${PRIME_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# configure_and_build [CMAKE_OPTION...]: the options apply when BUILD_DIR is
# configured for the first time.
configure_and_build() {
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@"
  fi
  # Two jobs by default: a LibTorch translation unit needs ~1.5 GB to compile.
  cmake --build "$BUILD_DIR" --parallel "${PRIME_JOBS:-$(nproc)}"
}
