#!/usr/bin/env python3
"""Generate a synthetic ARGE file (schema: ausgleich/arge/v1) for benchmarking.

Deterministic: the same --seed and --staff always give byte-identical output.
Standard library only.

    bench/gen_arge.py --staff 100000 --out build/bench/arge-100000.yaml

About 240 bytes per staff member (~24 MB for 100,000 staff).

The task codes used (alg2, eingliederung, kdu, schuldnerberatung, leitung,
and the partner ids) come from the shipped catalog rules/tasks/sgb2-2005.yaml;
--local-tasks adds an equivalent `tasks:` block to the file itself, for use
without that catalog.  Pay groups are A6..A13 (beamte) and E5, E6, E8..E13
(tarif), the fixed list of rules/rates/pks-2005.yaml.
"""

import argparse
import datetime
import os
import sys

import random

YEAR = 2005
YEAR_START = datetime.date(YEAR, 1, 1)
YEAR_END = datetime.date(YEAR, 12, 31)
YEAR_DAYS = (YEAR_END - YEAR_START).days + 1

PARTNERS = {"agentur": 39, "kommune": 41}  # full_time_hours

BEAMTE = ["A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13"]
TARIF = ["E5", "E6", "E8", "E9", "E10", "E11", "E12", "E13"]

# Task codes.  The partner ids themselves are implicit task codes too.
AGENTUR_TASKS = ["alg2", "eingliederung"]
KOMMUNE_TASKS = ["kdu", "schuldnerberatung"]
ALL_TASKS = AGENTUR_TASKS + KOMMUNE_TASKS + ["leitung"]
PARTNER_TASKS = ["agentur", "kommune"]

LOCAL_TASKS = """\
tasks:
  alg2:              { owner: agentur, title: Arbeitslosengeld II / Sozialgeld }
  eingliederung:     { owner: agentur, title: Leistungen zur Eingliederung }
  kdu:               { owner: kommune, title: Unterkunft und Heizung }
  schuldnerberatung: { owner: kommune, title: Schuldnerberatung }
  leitung:           { owners: { agentur: 87.4, kommune: 12.6 }, title: Geschäftsführung }
"""

# Part-time hour values used for weekly_hours (full time is added per employer).
PART_TIME_HOURS = ["19.5", "20", "25", "30", "32", "35"]
FTE_VALUES = ["0.5", "0.75", "0.8", "1"]


def split_percent(rng, n):
    """n positive integer percentages (multiples of 5 where possible) summing to 100."""
    if n == 1:
        return [100]
    # n-1 distinct cut points on the grid 5..95, giving n positive parts.
    cuts = sorted(rng.sample(range(5, 100, 5), n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [100])]
    assert sum(parts) == 100 and all(p > 0 for p in parts)
    return parts


def pick_tasks(rng, employer):
    """A task mix as a list of (code, percent); codes distinct, percents sum to 100."""
    r = rng.random()
    if r < 0.08:
        # Plain partner split, as used where no catalog is maintained.
        codes = PARTNER_TASKS[:]
        rng.shuffle(codes)
    else:
        n = rng.choices([1, 2, 3], weights=[35, 45, 20])[0]
        # Staff tend to work mostly on their employer's own tasks.
        own = AGENTUR_TASKS if employer == "agentur" else KOMMUNE_TASKS
        first = rng.choice(own) if rng.random() < 0.7 else rng.choice(ALL_TASKS)
        rest = [c for c in ALL_TASKS if c != first]
        codes = [first] + rng.sample(rest, n - 1)
    parts = split_percent(rng, len(codes))
    return list(zip(codes, parts))


def pick_time(rng, employer):
    """'weekly_hours: X' or 'fte: "X"'."""
    full = PARTNERS[employer]
    if rng.random() < 0.6:
        if rng.random() < 0.55:
            hours = str(full)
        else:
            hours = rng.choice(PART_TIME_HOURS)
        assert float(hours) <= full
        return "weekly_hours: " + hours
    return 'fte: "%s"' % rng.choice(FTE_VALUES)


def day(offset):
    return (YEAR_START + datetime.timedelta(days=offset)).isoformat()


def pick_dates(rng, n):
    """n consecutive, non-overlapping (from, to) ranges inside the year."""
    start = 0 if rng.random() < 0.85 else rng.randrange(0, YEAR_DAYS - 60)
    end = YEAR_DAYS - 1 if rng.random() < 0.85 else rng.randrange(start + 30, YEAR_DAYS)
    if n == 1:
        return [(day(start), day(end))]
    cut = rng.randrange(start, end)  # first range ends on `cut`, second starts the day after
    return [(day(start), day(cut)), (day(cut + 1), day(end))]


def assignment_line(rng, employer, frm, to):
    tasks = ", ".join("%s: %d" % (c, p) for c, p in pick_tasks(rng, employer))
    return "      - { from: %s, to: %s, %s, tasks: { %s } }\n" % (
        frm, to, pick_time(rng, employer), tasks)


def generate(out, staff, seed, local_tasks=False):
    rng = random.Random(seed)
    out.write("schema: ausgleich/arge/v1\n")
    out.write("arge: ARGE Benchmarkstadt (synthetic, %d staff, seed %d)\n" % (staff, seed))
    out.write("partners:\n")
    out.write("  agentur: { name: Agentur für Arbeit Benchmarkstadt, full_time_hours: 39 }\n")
    out.write("  kommune: { name: Stadt Benchmarkstadt, full_time_hours: 41 }\n")
    out.write("policy:\n")
    out.write("  proration: days\n")
    out.write("  fte_decimals: 4\n")
    out.write("  rounding: half-up\n")
    out.write("  round: per-line\n")
    if local_tasks:
        out.write(LOCAL_TASKS)
    out.write("staff:\n")
    buf = []
    for i in range(1, staff + 1):
        employer = "agentur" if rng.random() < 0.6 else "kommune"
        pay_group = rng.choice(BEAMTE) if rng.random() < 0.35 else rng.choice(TARIF)
        n = 2 if rng.random() < 0.68 else 1
        buf.append("  - id: S%06d\n    employer: %s\n    pay_group: %s\n    assignments:\n"
                   % (i, employer, pay_group))
        for frm, to in pick_dates(rng, n):
            buf.append(assignment_line(rng, employer, frm, to))
        if len(buf) >= 4096:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--staff", type=int, default=100000, help="number of staff (default 100000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", help="output file (default: stdout); written via a temporary file")
    ap.add_argument("--local-tasks", action="store_true",
                    help="add the file's own tasks: catalog (for use without rules/tasks/)")
    args = ap.parse_args()
    if args.staff < 1 or args.staff > 999999:
        ap.error("--staff must be between 1 and 999999")

    if args.out is None:
        generate(sys.stdout, args.staff, args.seed, args.local_tasks)
        return
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        generate(f, args.staff, args.seed, args.local_tasks)
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
