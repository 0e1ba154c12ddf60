#!/usr/bin/env bash
# B1 as users meet it: whole processes, start-up included. prime-cli against
# pandas.read_csv in its own python3 process, in turn, PRIME_BENCH_PAIRS pairs
# (default 5), median wall time and peak RSS of each process (wait4). Also
# prime-cli --version and info on a small file against `python3 -c pass`
# (the floor of any Python peer).
# usage: bench/run_startup.sh BUILD_DIR CSV...   prints JSON lines
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:?usage: bench/run_startup.sh BUILD_DIR CSV...}"; shift
exec /usr/bin/python3 - "$BUILD_DIR/app/prime-cli" "${PRIME_BENCH_PAIRS:-5}" "$ROOT/tests/fixtures/prime-sample.csv" "$@" <<'PYEOF'
import json, os, statistics, subprocess, sys, time

cli, pairs, small, csvs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
py = "/usr/bin/python3"

def run(cmd):
    """Wall seconds and peak RSS (MB) of one process."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return seconds, usage.ru_maxrss / 1024

def compare(name, peer_name, rows, ours, peer):
    o, p = [], []
    for _ in range(pairs):  # in turn, so drift in the machine hits both
        o.append(run(ours))
        p.append(run(peer))
    med = lambda runs, i: statistics.median(r[i] for r in runs)
    print(json.dumps({"bench": name, "metric": "process_seconds_median", "value": round(med(o, 0), 4), "unit": "s",
                      "peer": peer_name, "peer_value": round(med(p, 0), 4), "ratio": round(med(p, 0) / med(o, 0), 2),
                      "peak_rss_mb": round(med(o, 1), 1), "peer_peak_rss_mb": round(med(p, 1), 1),
                      "rows": rows, "pairs": pairs, "cores": os.cpu_count()}), flush=True)

compare("startup-version", "python3 -c pass", 0, [cli, "--version"], [py, "-c", "pass"])
compare("startup-info-small", "python3 -c pass", 200, [cli, "info", small], [py, "-c", "pass"])
for csv in csvs:
    with open(csv, "rb") as f:
        rows = sum(1 for _ in f) - 1
    compare("B1-process", "pandas.read_csv (python3 process)", rows, [cli, "info", csv],
            [py, "-c", "import sys, pandas; pandas.read_csv(sys.argv[1])", csv])
PYEOF
