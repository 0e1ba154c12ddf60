"""Turns one of our measurements and its peer's into benchmark JSON lines.

usage: emit.py BENCH OURS_JSON PEER_JSON PEER_NAME CORES
ratio = peer time / our time (above 1: we are faster).
"""
import json
import sys


def main(bench, ours, peer, peer_name, cores):
    ours, peer = json.loads(ours), json.loads(peer)
    if ours["rows"] != peer["rows"]:
        raise SystemExit(f"{bench}: row counts differ (ours {ours['rows']}, peer {peer['rows']})")
    lines = [
        {"bench": bench, "metric": "read_seconds_median", "value": round(ours["median_s"], 4), "unit": "s",
         "peer": peer_name, "peer_value": round(peer["median_s"], 4), "ratio": round(peer["median_s"] / ours["median_s"], 2),
         "rows": ours["rows"], "cores": int(cores)},
    ]
    if "peak_delta_bytes" in ours:
        lines.append({"bench": bench, "metric": "peak_memory_over_columns", "value":
                      round(ours["peak_delta_bytes"] / ours["column_bytes"], 2), "unit": "x",
                      "peer": None, "ratio": None, "column_bytes": ours["column_bytes"],
                      "peak_delta_bytes": ours["peak_delta_bytes"]})
    for line in lines:
        print(json.dumps(line))


if __name__ == "__main__":
    main(*sys.argv[1:])
