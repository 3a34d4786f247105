#!/usr/bin/env python3
"""Self-test of reference_settle.py on tiny cases whose cents are derived by
hand below; net's debtor is the partner who pays (SPEC 3.1.1, 3.3 quota mode, 4, 6.1). All cases: the full year 2005
(365 days, proration days: t = 365 × 1/365 = 1). Exit 1 on any failure."""
import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent

RATES_HEAD = """schema: ausgleich/rates/v1
id: t2005
title: test
status: final
valid_from: 2005-01-01
valid_to: 2005-12-31
sources: [ { title: hand, url: https://example.org } ]
"""


def arge(partners, staff, policy=""):
    p = "".join(f"  {x}: {{ name: {x}, full_time_hours: 40 }}\n" for x in partners)
    return f"schema: ausgleich/arge/v1\narge: T\npartners:\n{p}{policy}staff:\n{staff}"


def staff(sid, employer, group, fte, tasks=None):
    t = f"        tasks: {tasks}\n" if tasks else ""
    return (f"  - id: {sid}\n    employer: {employer}\n    pay_group: {group}\n    assignments:\n"
            f"      - from: 2005-01-01\n        to: 2005-12-31\n        fte: {fte}\n{t}")


CASES = [
    # 1. One FTE, the full year, share 1 (all time on agentur tasks, employer kommune).
    #    base 40000.00; versorgung 29.3 % (gehoben) of 40000 = 11720.00;
    #    line 51720.00.
    ("career percent", RATES_HEAD + """pay_groups:
  A9-gD: { kind: beamte, annual: 40000.00, career: gehoben }
surcharges:
  - id: versorgung
    title: V
    percent: { einfach: 27.9, mittel: 27.9, gehoben: 29.3, hoeher: 36.9 }
    applies_to: beamte
""", arge(["agentur", "kommune"], staff("P1", "kommune", "A9-gD", "1", "{ agentur: 100 }")),
     [("P1", "agentur", "kommune", "51720.00", [("base", "40000.00"), ("versorgung", "11720.00")])],
     [("agentur", "kommune", "51720.00")]),
    # 2. Quota mode 84.8/15.2, employer agentur, so kommune pays share 0.152 (no tasks).
    #    fte 0.5. base 50000 × 0.5 × 1 × 0.152 = 3800.00;
    #    it: monthly 194.31 head-based: 12 × 194.31 = 2331.72 × 1 (not 0.5) × 1 × 0.152
    #    = 354.42144 → 354.42; line exact 4154.42144 → 4154.42.
    ("quota + head-based monthly", RATES_HEAD + """pay_groups:
  E9b: { kind: tarif, annual: 50000 }
surcharges:
  - id: it
    title: IT
    monthly: 194.31
    basis: head
    applies_to: all
""", arge(["agentur", "kommune"], staff("P1", "agentur", "E9b", "0.5"),
          "policy: { shares: quota, quota: { agentur: 84.8, kommune: 15.2 } }\n"),
     [("P1", "kommune", "agentur", "4154.42", [("base", "3800.00"), ("it", "354.42")])],
     [("kommune", "agentur", "4154.42")]),
    # 3. Deduction and overhead, fte 1, share 1: sachkosten 17250.00;
    #    abschlag −4 % of sachkosten = −690.00; gemeinkosten 28.1 % of
    #    (40000 + 17250 − 690 = 56560) = 15893.36 (versorgung applies only to beamte: 0);
    #    line 40000 + 17250 − 690 + 15893.36 = 72453.36.
    ("deduction and overhead", RATES_HEAD + """pay_groups:
  E9b: { kind: tarif, annual: 40000 }
surcharges:
  - id: versorgung
    title: V
    percent: 30
    applies_to: beamte
  - id: sachkosten
    title: S
    annual: 17250.00
    applies_to: all
  - id: abschlag
    title: A
    percent: -4
    of: [sachkosten]
    applies_to: all
  - id: gemeinkosten
    title: G
    percent: 28.1
    of: [base, versorgung, sachkosten, abschlag]
    applies_to: all
""", arge(["agentur", "kommune"], staff("P1", "kommune", "E9b", "1", "{ agentur: 100 }")),
     [("P1", "agentur", "kommune", "72453.36",
       [("base", "40000.00"), ("sachkosten", "17250.00"), ("abschlag", "-690.00"), ("gemeinkosten", "15893.36")])],
     [("agentur", "kommune", "72453.36")]),
    # 4. Percent of a head-based component, itself fte-based; fte 0.5, share 1:
    #    base 30000 × 0.5 = 15000.00; it 12 × 100 = 1200 × 1 = 1200.00;
    #    itzuschlag 10 % of 1200 = 120 × 0.5 = 60.00; line 16260.00.
    ("percent of head-based", RATES_HEAD + """pay_groups:
  E5: { kind: tarif, annual: 30000 }
surcharges:
  - id: it
    title: IT
    monthly: 100
    basis: head
    applies_to: all
  - id: itzuschlag
    title: Z
    percent: 10
    of: [it]
    applies_to: all
""", arge(["agentur", "kommune"], staff("P1", "kommune", "E5", "0.5", "{ agentur: 100 }")),
     [("P1", "agentur", "kommune", "16260.00", [("base", "15000.00"), ("it", "1200.00"), ("itzuschlag", "60.00")])],
     [("agentur", "kommune", "16260.00")]),
    # 5. Half-even tie, a pay group missing from an annual mapping, three partners:
    #    base 100.01 × 1 × 1 × 0.5 = 50.005 → half-even 50.00 (half-up would be 50.01);
    #    sv: annual { E11: 5000 } — E9b is not listed: no such component.
    #    Only kommune–agentur has a line, so net has one entry (the pair with kreis none).
    ("half-even, annual map, net pairs", RATES_HEAD + """pay_groups:
  E9b: { kind: tarif, annual: 100.01 }
  E11: { kind: tarif, annual: 100 }
surcharges:
  - id: sv
    title: SV
    annual: { E11: 5000 }
    applies_to: tarif
""", arge(["agentur", "kommune", "kreis"], staff("P1", "kommune", "E9b", "1", "{ agentur: 50, kommune: 50 }"),
          "policy: { rounding: half-even }\n"),
     [("P1", "agentur", "kommune", "50.00", [("base", "50.00")])],
     [("agentur", "kommune", "50.00")]),
]


def main():
    failed = 0
    for name, rates, arge_text, want_lines, want_net in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            d = pathlib.Path(tmp)
            (d / "rules" / "rates").mkdir(parents=True)
            (d / "rules" / "rates" / "t.yaml").write_text(rates, encoding="utf-8")
            (d / "arge.yaml").write_text(arge_text, encoding="utf-8")
            out = json.loads(subprocess.run(
                [sys.executable, str(HERE / "reference_settle.py"), str(d / "arge.yaml"), str(d / "rules"),
                 "2005-01-01", "2005-12-31"], check=True, capture_output=True, text=True).stdout)
        got_lines = [(l["staff_id"], l["debtor"], l["creditor"], l["amount"],
                      [(c["id"], c["amount"]) for c in l["components"]]) for l in out["lines"]]
        got_net = [(n["debtor"], n["creditor"], n["amount"]) for n in out["net"]]
        if got_lines != want_lines or got_net != want_net:
            failed += 1
            print(f"FAIL {name}:\n  lines {got_lines}\n  want  {want_lines}\n  net {got_net}\n  want {want_net}")
        else:
            print(f"ok   {name}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
