#!/usr/bin/env python3
"""weight-diff.py A B TOL - compare the weight columns of two CSV files.

Records are matched on response_id; each file's `weight` column is read
(A: trygg-weight's output; B: weight-oracle.R's response_id,weight).  Every
record of B must be in A.  Prints "N weights agree within TOL" and exits 0,
or says which record differs most and exits 1.  With -v, also prints the
largest absolute difference (for reports; it is not exact across
machines)."""
import csv
import sys

csv.field_size_limit(1 << 30)


def weights(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return {r["response_id"]: float(r["weight"]) for r in csv.DictReader(f)}


def main(argv):
    verbose = argv[1:2] == ["-v"]
    if verbose:
        argv = argv[1:]
    a, b, tol = weights(argv[1]), weights(argv[2]), float(argv[3])
    missing = [k for k in b if k not in a]
    if missing:
        print(f"{len(missing)} records of {argv[2]} are not in {argv[1]}, such as {missing[0]}")
        return 1
    worst, where = max((abs(a[k] - b[k]), k) for k in b)
    if verbose:
        print(f"largest difference {worst:.3g}")
    if worst > tol:
        print(f"{where}: {a[where]!r} against {b[where]!r} (difference {worst:.3g})")
        return 1
    print(f"{len(b)} weights agree within {argv[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
