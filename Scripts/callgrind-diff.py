#!/usr/bin/env python3
"""Per-function difference of two `Scripts/bench.sh profile` runs, in instructions per form.

    python3 Scripts/callgrind-diff.py BEFORE_DIR AFTER_DIR [FORMS]

Each folder holds the callgrind.out.* files of one profile run (BENCH_DIR; every process of the run, parent and
workers, summed). Prints the functions whose own cost grew most, then those that shrank most: where a change's
instructions went. FORMS is the number of forms profiled (200 by default). Run both profiles with
SWIFT_DETERMINISTIC_HASHING=1, or hash seeds move the figures by ±0.5%.
"""
import collections
import glob
import re
import subprocess
import sys


def load(folder):
    """Exclusive instructions by function, over every process of a run."""
    totals = collections.Counter()
    for path in glob.glob(folder + "/callgrind.out.*"):
        out = subprocess.run(["callgrind_annotate", "--auto=no", "--threshold=100", path],
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            match = re.match(r"\s*([\d,]+) \([^)]*\)\s+(\S.*)$", line)
            if not match or ":" not in match.group(2):
                continue
            name = match.group(2).split(" [")[0]
            if not name.startswith("???"):
                name = name.split(":", 1)[1]
            totals[name] += int(match.group(1).replace(",", ""))
    return totals


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    forms = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    before, after = load(sys.argv[1]), load(sys.argv[2])
    changes = sorted(((after[name] - before[name], name) for name in set(before) | set(after)), reverse=True)
    print(f"instructions per form, after − before ({forms} forms)")
    for change, name in changes[:25]:
        print(f"{change / forms:>+10.0f}  {name[:150]}")
    print("  …")
    for change, name in changes[-15:]:
        print(f"{change / forms:>+10.0f}  {name[:150]}")


if __name__ == "__main__":
    main()
