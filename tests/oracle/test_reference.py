#!/usr/bin/env python3
"""Self-test of reference_settle.py on tiny cases whose cents are derived by
hand below; net's debtor is the partner who pays (SPEC 3.1.1, 3.3 quota mode, 4, 6.1;
cases 6-8: an assignment's own pay_group). Unless a case names a period: the full year 2005
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
     [("P1", "agentur", "kommune", "A9-gD", "51720.00", [("base", "40000.00"), ("versorgung", "11720.00")])],
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
     [("P1", "kommune", "agentur", "E9b", "4154.42", [("base", "3800.00"), ("it", "354.42")])],
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
     [("P1", "agentur", "kommune", "E9b", "72453.36",
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
     [("P1", "agentur", "kommune", "E5", "16260.00", [("base", "15000.00"), ("it", "1200.00"), ("itzuschlag", "60.00")])],
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
     [("P1", "agentur", "kommune", "E9b", "50.00", [("base", "50.00")])],
     [("agentur", "kommune", "50.00")]),
    # 6. An assignment's own pay_group: BAT-Vb -> E9 (both tarif, one table) on 2005-10-01,
    #    fte 1, share 1, settled for 2005. Jan 1 - Sep 30 = 273 days, Oct 1 - Dec 31 = 92 days.
    #    base: BAT-Vb 40000 x 273/365 = 10920000/365 = 29917.808219...
    #          E9     45000 x  92/365 =  4140000/365 = 11342.465753...
    #          sum 15060000/365 = 41260.273972... (rounding the parts first would give
    #          29917.81 + 11342.47 = 41260.28: the line is rounded once, from the exact sum)
    #    sv (annual by pay group): 7300 x 273/365 = 5460.00 + 9125 x 92/365 = 2300.00 = 7760.00
    #    line exact 49020.273972... -> 49020.27; pay_group "BAT-Vb, E9".
    ("assignment pay_group BAT-Vb -> E9", RATES_HEAD + """pay_groups:
  BAT-Vb: { kind: tarif, annual: 40000 }
  E9: { kind: tarif, annual: 45000 }
surcharges:
  - id: sv
    title: SV
    annual: { BAT-Vb: 7300, E9: 9125 }
    applies_to: tarif
""", arge(["agentur", "kommune"], """  - id: P1
    employer: kommune
    pay_group: BAT-Vb
    assignments:
      - from: 2005-01-01
        to: 2005-09-30
        fte: 1
        tasks: { agentur: 100 }
      - from: 2005-10-01
        pay_group: E9
        fte: 1
        tasks: { agentur: 100 }
"""),
     [("P1", "agentur", "kommune", "BAT-Vb, E9", "49020.27", [("base", "41260.27"), ("sv", "7760.00")])],
     [("agentur", "kommune", "49020.27")]),
    # 7. Change of kind inside a quarter: E9 (tarif) until 2005-05-15, then A9 (beamte) from the
    #    assignment's own pay_group; settled for 2005-Q2 (91 days), fte 0.5, share 1.
    #    E9 days Apr 1 - May 15 = 30 + 15 = 45; A9 days May 16 - Jun 30 = 16 + 30 = 46.
    #    base: E9 36500 x 0.5 x 45/365 = 50 x 45 = 2250.00; A9 43800 x 0.5 x 46/365 = 60 x 46 = 2760.00
    #          -> 5010.00
    #    versorgung 30 % (beamte only): 13140 x 0.5 x 46/365 = 18 x 46 = 828.00 (nothing on E9 days)
    #    sv 3650 (tarif only): 3650 x 0.5 x 45/365 = 5 x 45 = 225.00 (nothing on A9 days)
    #    line 5010 + 828 + 225 = 6063.00; pay_group "E9, A9". Components in order of first
    #    appearance by date (base, sv from the E9 days, then versorgung), as for a table change.
    ("tarif -> beamte inside a quarter", RATES_HEAD + """pay_groups:
  E9: { kind: tarif, annual: 36500 }
  A9: { kind: beamte, annual: 43800 }
surcharges:
  - id: versorgung
    title: V
    percent: 30
    applies_to: beamte
  - id: sv
    title: SV
    annual: 3650
    applies_to: tarif
""", arge(["agentur", "kommune"], """  - id: P1
    employer: kommune
    pay_group: E9
    assignments:
      - from: 2005-01-01
        to: 2005-05-15
        fte: 0.5
        tasks: { agentur: 100 }
      - from: 2005-05-16
        to: 2005-12-31
        pay_group: A9
        fte: 0.5
        tasks: { agentur: 100 }
"""),
     [("P1", "agentur", "kommune", "E9, A9", "6063.00",
       [("base", "5010.00"), ("sv", "225.00"), ("versorgung", "828.00")])],
     [("agentur", "kommune", "6063.00")], ("2005-04-01", "2005-06-30")),
    # 8. Which groups a line names: only days inside the period, only where the debtor's
    #    share > 0. Staff pay_group A9; 2004 assignment with its own E5 (outside 2005: not
    #    counted, never rated); Jan-Jun (181 days) E9 with tasks kreis 50 / kommune 50
    #    (agentur's share 0); Jul-Dec (184 days) A9 with tasks agentur 100. fte 1, year 2005.
    #    agentur: A9 base 43800 x 184/365 = 120 x 184 = 22080.00, versorgung 30 % = 36 x 184
    #             = 6624.00, line 28704.00, pay_group "A9" (not "E9, A9").
    #    kreis:   E9 base 36500 x 181/365 x 0.5 = 50 x 181 = 9050.00, pay_group "E9".
    #    net: agentur pays kommune 28704.00; kreis pays kommune 9050.00.
    ("line groups: period and share > 0 only", RATES_HEAD + """pay_groups:
  E5: { kind: tarif, annual: 30000 }
  E9: { kind: tarif, annual: 36500 }
  A9: { kind: beamte, annual: 43800 }
surcharges:
  - id: versorgung
    title: V
    percent: 30
    applies_to: beamte
""", arge(["agentur", "kommune", "kreis"], """  - id: P1
    employer: kommune
    pay_group: A9
    assignments:
      - from: 2004-01-01
        to: 2004-12-31
        pay_group: E5
        fte: 1
        tasks: { agentur: 100 }
      - from: 2005-01-01
        to: 2005-06-30
        pay_group: E9
        fte: 1
        tasks: { kreis: 50, kommune: 50 }
      - from: 2005-07-01
        fte: 1
        tasks: { agentur: 100 }
"""),
     [("P1", "agentur", "kommune", "A9", "28704.00", [("base", "22080.00"), ("versorgung", "6624.00")]),
      ("P1", "kreis", "kommune", "E9", "9050.00", [("base", "9050.00")])],
     [("agentur", "kommune", "28704.00"), ("kreis", "kommune", "9050.00")]),
]


def main():
    failed = 0
    for name, rates, arge_text, want_lines, want_net, *period in CASES:
        first, last = period[0] if period else ("2005-01-01", "2005-12-31")
        with tempfile.TemporaryDirectory() as tmp:
            d = pathlib.Path(tmp)
            (d / "rules" / "rates").mkdir(parents=True)
            (d / "rules" / "rates" / "t.yaml").write_text(rates, encoding="utf-8")
            (d / "arge.yaml").write_text(arge_text, encoding="utf-8")
            out = json.loads(subprocess.run(
                [sys.executable, str(HERE / "reference_settle.py"), str(d / "arge.yaml"), str(d / "rules"),
                 first, last], check=True, capture_output=True, text=True).stdout)
        got_lines = [(l["staff_id"], l["debtor"], l["creditor"], l["pay_group"], l["amount"],
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
