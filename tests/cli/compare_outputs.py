#!/usr/bin/env python3
"""Compares two pipeline output folders (pipeline_outputs.sh): the same keys,
strings and designs, and numbers equal within a relative tolerance.

Why a tolerance: the outputs come from float32 training whose kernels differ
in the last bits between CPUs (AVX-512 vs AVX2 OpenBLAS paths, FMA or not), so
a model trained on another x86-64 differs by ~1e-6 relative after 60 steps.
2e-3 relative (plus 1e-6 absolute for values near 0) is three orders of
magnitude above that drift and far below any change of behaviour (another
design, another training target, another budget rule moves numbers by percent).
Keys that measure time, name a path, hash the weights' bits or describe the
machine (cores, threads, the compute device) are skipped.
usage: compare_outputs.py EXPECTED_DIR ACTUAL_DIR"""
import json
import math
import os
import sys

SKIP = {"seconds", "train_seconds", "created_utc", "version", "model_hash", "model_path", "model_dir",
        "log_files", "cores", "threads", "device", "model_library", "log_hash"}
REL, ABS = 2e-3, 1e-6


def compare(a, b, path, errors):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k in SKIP:
                continue
            if k not in a or k not in b:
                errors.append(f"{path}/{k}: only in {'expected' if k in a else 'actual'}")
                continue
            compare(a[k], b[k], f"{path}/{k}", errors)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            errors.append(f"{path}: {len(a)} items expected, {len(b)} found")
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, f"{path}[{i}]", errors)
    elif isinstance(a, bool) or isinstance(b, bool) or isinstance(a, str) or a is None or b is None:
        if a != b:
            errors.append(f"{path}: expected {a!r}, found {b!r}")
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if not (math.isclose(a, b, rel_tol=REL, abs_tol=ABS)):
            errors.append(f"{path}: expected {a}, found {b}")
    elif a != b:
        errors.append(f"{path}: expected {a!r}, found {b!r}")


def main():
    expected, actual = sys.argv[1], sys.argv[2]
    errors = []
    for name in sorted(os.listdir(expected)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(expected, name)) as f:
            a = json.load(f)
        try:
            with open(os.path.join(actual, name)) as f:
                b = json.load(f)
        except (OSError, ValueError) as e:
            errors.append(f"{name}: {e}")
            continue
        compare(a, b, name, errors)
    for e in errors[:40]:
        print("DIFF", e)
    print(f"{len(errors)} differences")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
