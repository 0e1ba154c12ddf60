"""B1 peer: pandas.read_csv of the same design-log CSV, median of REPS runs."""
import json
import statistics
import sys
import time

import pandas as pd


def main(path: str, reps: int) -> None:
    times = []
    rows = 0
    for _ in range(reps):
        t0 = time.perf_counter()
        frame = pd.read_csv(path)
        times.append(time.perf_counter() - t0)
        rows = len(frame)
    print(json.dumps({"rows": rows, "median_s": statistics.median(times), "min_s": min(times)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
