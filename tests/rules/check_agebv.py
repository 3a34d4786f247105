#!/usr/bin/env python3
"""Figure check for the AGebV rates tables (rules/rates/agebv-*.yaml and the
Jobcenter example's table that shares the 2021 figures).

The law text is NOT retyped here: the script parses the verbatim extracts of
AGebV Anlage 1 Teil B committed beside it (tests/rules/agebv/*.md, each naming
repo, path and commit in its first line) and checks every figure of the YAML
against them:

  * the set of pay groups equals the law's rows 1.1.1 + 1.2.1 (none missing,
    none extra), each with kind, career (Beamte) and annual amount;
  * 1.1.2 Versorgung: the percent per career (Verwaltungsbeamte only);
  * 1.1.3 and 1.2.3: every item as its own annual surcharge;
  * 1.2.2: the annual amount per E group;
  * 2.1, 2.2, 2.3 Sacheinzelkosten, 2.4 the deduction (-4 % of 2.1-2.3);
  * 3. Gemeinkosten: the percent and its base (every component of 1. and 2.);
  * order, applies_to, id, status.

Modes:
  check_agebv.py                 check the three shipped pairs (default)
  check_agebv.py LAW.md TABLE.yaml [TABLE.yaml ...]
  check_agebv.py --mutations     change one digit of several figures, one at
                                 a time, and assert the check fails each time
No network, no third-party package except PyYAML.
"""
import copy
import os
import re
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

PAIRS = [
    ("tests/rules/agebv/agebv-2016-anlage1.md", "rules/rates/agebv-2016.yaml"),
    ("tests/rules/agebv/agebv-2021-anlage1.md", "rules/rates/agebv-2021.yaml"),
    ("tests/rules/agebv/agebv-2021-anlage1.md",
     "examples/jobcenter-2021/rules/rates/jobcenter-2021.yaml"),
]

# Components that a table may carry beyond the AGebV rows, with their only
# allowed form (the VKFV § 20 IT rate of 2021, BAnz AT 29.10.2020 B3).
EXTRA_ALLOWED = {
    "it": {"monthly": Decimal("194.31"), "basis": "head", "applies_to": "all"},
}

CAREERS = {"einfacher": "einfach", "mittlerer": "mittel",
           "gehobener": "gehoben", "höherer": "hoeher"}
SUFFIX = {"einfach": "-eD", "mittel": "-mD", "gehoben": "-gD", "hoeher": "-hD"}

# 1.1.3 / 1.2.3 items: label start -> surcharge id
ITEMS_B = [("Beihilfen", "beihilfe"),
           ("Fürsorgeleistungen", "fuersorge-beamte"),
           ("Trennungsgeld", "trennungsgeld-beamte")]
ITEMS_T = [("Fürsorgeleistungen", "fuersorge-tarif"),
           ("Unfallversicherung", "unfallversicherung"),
           ("Trennungsgeld", "trennungsgeld-tarif")]
SACH = [("2.1", "sachausgaben"), ("2.2", "investitionen"), ("2.3", "bueroraeume")]


class Fail(Exception):
    pass


def cells(text):
    """Split the mirrored markdown (nested bullet lists) into cells: a bullet
    starts a cell, an indented line without a bullet continues it."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("<!--") or s.startswith("#") or s.startswith("(Fundstelle"):
            continue
        m = re.match(r"^((?:\*\s*)+)(.*)$", s)
        if m and not s.startswith("**"):
            out.append(m.group(2))
        elif out:
            out[-1] = (out[-1] + " " + s).strip()
        else:
            out.append(s)
    res = []
    for c in out:
        c = c.replace("**", "").strip()
        c = re.sub(r"\s+", " ", c)
        if c:
            res.append(c)
    return res


def num(cell):
    """'29 209' -> 29209, '27,9' -> 27.9, '– 4 %' -> -4, '28,1 %' -> 28.1"""
    c = cell.replace("–", "-").replace("%", "").strip()
    if not re.fullmatch(r"-?\s?\d{1,3}( \d{3})*(,\d+)?", c):
        return None
    c = c.replace(" ", "").replace(",", ".")
    return Decimal(c)


def a_label(c):
    m = re.fullmatch(r"A (\d+)( \+ Zulage)?", c)
    return (m.group(1), bool(m.group(2))) if m else None


def e_label(c):
    m = re.fullmatch(r"E (\d+)(?: ?([a-cA-C]))?(?: (Ü|\(übertarifliche Bezahlung\)))?", c)
    if not m:
        return None
    gid = "E" + m.group(1) + (m.group(2) or "").lower() + ("Ü" if m.group(3) else "")
    return gid


def parse_law(path):
    with open(path, encoding="utf-8") as f:
        cs = cells(f.read())
    law = {"beamte_rows": [], "tarif": {}, "sv": {}, "versorgung": {},
           "versorgung_amount": {}, "career_avg": {}, "items_b": {}, "items_t": {},
           "sach": {}, "abschlag": None, "gemeinkosten": None, "left_out": []}
    sec = None
    pending = []   # A rows of the current career block
    i = 0

    def nextnum(j):
        k = j + 1
        while k < len(cs) and num(cs[k]) is None:
            k += 1
        return num(cs[k]), k

    while i < len(cs):
        c = cs[i]
        m = re.match(r"^(1\.1\.[123]|1\.2\.[123]|1\.2 |2\.[1-4]|2\. |3\. |4\. )", c + " ")
        if m:
            key = m.group(1).strip()
            if key in ("2.1", "2.2", "2.3"):
                v, i = nextnum(i)
                law["sach"][key] = v
                sec = key
                i += 1
                continue
            if key == "2.4":
                v, i = nextnum(i)
                law["abschlag"] = v
                i += 1
                continue
            if key == "4.":
                break
            sec = key
            if key == "1.2":
                sec = None
            i += 1
            continue
        if sec == "1.1.1":
            lab = a_label(c)
            cm = re.match(r"^(einfacher|mittlerer|gehobener|höherer) Dienst A", c)
            if lab:
                v, i = nextnum(i)
                pending.append((lab, v))
            elif cm:
                career = CAREERS[cm.group(1)]
                v, i = nextnum(i)
                law["career_avg"][career] = v
                for lab2, v2 in pending:
                    law["beamte_rows"].append((lab2[0], lab2[1], career, v2))
                pending = []
        elif sec == "1.1.2":
            if c.startswith("Polizeivollzug"):
                law["left_out"].append("1.1.2 Polizeivollzugsbeamte")
                sec = "1.1.2-police"
            cm = re.fullmatch(r"(einfacher|mittlerer|gehobener|höherer) Dienst", c)
            if cm:
                p, i = nextnum(i)
                amt, i = nextnum(i)
                law["versorgung"][CAREERS[cm.group(1)]] = p
                law["versorgung_amount"][CAREERS[cm.group(1)]] = amt
        elif sec in ("1.1.3", "1.2.3"):
            items = ITEMS_B if sec == "1.1.3" else ITEMS_T
            for start, sid in items:
                if c.startswith(start):
                    v, i = nextnum(i)
                    law["items_b" if sec == "1.1.3" else "items_t"][sid] = v
        elif sec in ("1.2.1", "1.2.2"):
            gid = e_label(c)
            if gid:
                v, i = nextnum(i)
                (law["tarif"] if sec == "1.2.1" else law["sv"])[gid] = v
        elif sec == "3.":
            if c.startswith("Zuschlagssatz"):
                v, i = nextnum(i)
                law["gemeinkosten"] = v
        i += 1

    # pay-group ids: a suffix where the base number occurs in two careers
    count = {}
    for n, z, career, v in law["beamte_rows"]:
        if not z:
            count.setdefault(n, set()).add(career)
    law["beamte"] = {}
    for n, z, career, v in law["beamte_rows"]:
        gid = "A" + n + ("Z" if z else "")
        if len(count.get(n, ())) > 1:
            gid += SUFFIX[career]
        if gid in law["beamte"]:
            raise Fail(f"{path}: pay-group id {gid} twice")
        law["beamte"][gid] = (career, v)
    for k in ("versorgung", "items_b", "items_t", "tarif", "sv", "beamte"):
        if not law[k]:
            raise Fail(f"{path}: parsed no rows for {k}")
    if law["abschlag"] is None or law["gemeinkosten"] is None or len(law["sach"]) != 3:
        raise Fail(f"{path}: parsed no 2.1-2.4 or 3.")
    return law


def D(x):
    if isinstance(x, bool) or x is None:
        raise Fail(f"not a number: {x!r}")
    return Decimal(str(x))


def check(law, path):
    errs = []
    with open(path, encoding="utf-8") as f:
        t = yaml.safe_load(f)
    if t.get("schema") != "ausgleich/rates/v1":
        errs.append("schema is not ausgleich/rates/v1")
    if t.get("status") != "final":
        errs.append("status is not final")
    pg = t.get("pay_groups") or {}
    want = {}
    for gid, (career, v) in law["beamte"].items():
        want[gid] = ("beamte", career, v)
    for gid, v in law["tarif"].items():
        want[gid] = ("tarif", None, v)
    for gid in sorted(set(want) - set(pg)):
        errs.append(f"pay group {gid} is in the law but not in the table")
    for gid in sorted(set(pg) - set(want)):
        errs.append(f"pay group {gid} is in the table but not in the law")
    for gid in sorted(set(pg) & set(want)):
        kind, career, v = want[gid]
        e = pg[gid] or {}
        if e.get("kind") != kind:
            errs.append(f"{gid}: kind {e.get('kind')} != {kind}")
        if e.get("career") != career:
            errs.append(f"{gid}: career {e.get('career')} != {career}")
        if D(e.get("annual")) != v:
            errs.append(f"{gid}: annual {e.get('annual')} != law {v}")

    # expected components, in order
    exp = [("versorgung", {"percent": dict(law["versorgung"]), "applies_to": "beamte"})]
    for _, sid in ITEMS_B:
        exp.append((sid, {"annual": law["items_b"][sid], "applies_to": "beamte"}))
    exp.append(("sozialversicherung", {"annual": dict(law["sv"]), "applies_to": "tarif"}))
    for _, sid in ITEMS_T:
        exp.append((sid, {"annual": law["items_t"][sid], "applies_to": "tarif"}))
    for key, sid in SACH:
        exp.append((sid, {"annual": law["sach"][key], "applies_to": "all"}))
    exp.append(("abschlag", {"percent": law["abschlag"], "of": [s for _, s in SACH],
                             "applies_to": "all"}))
    exp.append(("gemeinkosten", {"percent": law["gemeinkosten"],
                                 "of": ["base"] + [s for s, _ in exp], "applies_to": "all"}))
    sur = t.get("surcharges") or []
    ids = [s.get("id") for s in sur]
    agebv_ids = [s for s, _ in exp]
    got_order = [x for x in ids if x in agebv_ids]
    if got_order != agebv_ids:
        errs.append(f"AGebV components {got_order} != expected order {agebv_ids}")
    for x in ids:
        if x not in agebv_ids and x not in EXTRA_ALLOWED:
            errs.append(f"surcharge {x} is neither an AGebV row nor an allowed extra")
    by_id = {s.get("id"): s for s in sur}
    for sid, e in exp:
        s = by_id.get(sid)
        if s is None:
            continue
        if s.get("applies_to") != e["applies_to"]:
            errs.append(f"{sid}: applies_to {s.get('applies_to')} != {e['applies_to']}")
        for k in ("percent", "annual", "monthly"):
            if (k in s) != (k in e):
                errs.append(f"{sid}: has {k}: {k in s}, expected {k in e}")
        for k in ("percent", "annual"):
            if k not in e or k not in s:
                continue
            w, g = e[k], s[k]
            if isinstance(w, dict):
                if not isinstance(g, dict) or set(g) != set(w):
                    errs.append(f"{sid}: {k} keys {sorted(g) if isinstance(g, dict) else g} != {sorted(w)}")
                    continue
                for kk in w:
                    if D(g[kk]) != w[kk]:
                        errs.append(f"{sid}: {k}[{kk}] {g[kk]} != law {w[kk]}")
            elif isinstance(g, dict) or D(g) != w:
                errs.append(f"{sid}: {k} {g} != law {w}")
        if "of" in e and list(s.get("of") or []) != e["of"]:
            errs.append(f"{sid}: of {s.get('of')} != {e['of']}")
        if "of" not in e and "of" in s:
            errs.append(f"{sid}: unexpected of:")
        if not re.search(r"AGebV Anlage 1 Teil B Nr\. \d", str(s.get("title", ""))):
            errs.append(f"{sid}: title does not name the law's row number")
    for x in ids:
        if x in EXTRA_ALLOWED:
            s, e = by_id[x], EXTRA_ALLOWED[x]
            if D(s.get("monthly")) != e["monthly"] or s.get("basis") != e["basis"] \
                    or s.get("applies_to") != e["applies_to"] or "percent" in s or "annual" in s:
                errs.append(f"{x}: not monthly {e['monthly']} basis {e['basis']} applies_to {e['applies_to']}")
            if ids.index(x) < ids.index("gemeinkosten") if "gemeinkosten" in ids else False:
                errs.append(f"{x}: must come after gemeinkosten (not under the overheads)")
    return errs


def derived_report(law, name):
    """Information only: the law's printed 1.1.2 amounts = percent x career
    average, rounded to the euro (half up)."""
    ok, bad = 0, []
    for career, p in law["versorgung"].items():
        calc = (p * law["career_avg"][career] / 100).quantize(Decimal("1"), ROUND_HALF_UP)
        if calc == law["versorgung_amount"][career]:
            ok += 1
        else:
            bad.append(f"{career}: {p} % x {law['career_avg'][career]} = {calc}, law prints {law['versorgung_amount'][career]}")
    print(f"  info {name}: {ok}/{len(law['versorgung'])} printed 1.1.2 amounts re-derive to the euro"
          + ("".join("\n    " + b for b in bad)))


def run(pairs, verbose=True):
    failed = False
    laws = {}
    for lawp, tab in pairs:
        try:
            law = laws.get(lawp) or parse_law(lawp)
            if lawp not in laws and verbose:
                derived_report(law, os.path.basename(lawp))
            laws[lawp] = law
            errs = check(law, tab)
        except (Fail, OSError, yaml.YAMLError, ArithmeticError, TypeError, ValueError, AttributeError) as ex:
            errs = [f"{type(ex).__name__}: {ex}"]
        if errs:
            failed = True
            if verbose:
                for e in errs:
                    print(f"{tab}: error: {e}")
        elif verbose:
            n = len(law["beamte"]) + len(law["tarif"])
            print(f"{tab}: ok ({n} pay groups, all figures match {lawp})")
    return not failed


def mutations():
    """Change one digit of one figure at a time; the check must fail each time."""
    lawp, tab = PAIRS[1]
    with open(tab, encoding="utf-8") as f:
        orig = f.read()
    cases = [
        ("pay-group amount A11", r"(  A11: *\{ kind: beamte, annual: )(\d)"),
        ("pay-group amount E15Ü", r"(  E15Ü: *\{ kind: tarif, *annual: )(\d)"),
        ("career of A10", r"(  A10: *\{[^}]*career: )gehoben", "mittel"),
        ("career percent gehoben", r"(gehoben: )(2)(9\.3)"),
        ("career percent hoeher", r"(hoeher: )(3)(6\.9)"),
        ("social security E9b", r"(    E9b: *)(1)(3914)"),
        ("surcharge beihilfe", r"(annual: )(2)(450)"),
        ("Sacheinzelkosten 2.3", r"(annual: )(8)(100)"),
        ("deduction", r"(percent: -)(4)"),
        ("Gemeinkosten percent", r"(percent: )(2)(8\.1)"),
        ("pay group removed", r"\n  A16: [^\n]*", ""),
    ]
    bad = 0
    if not run([(lawp, tab)], verbose=False):
        print("mutations: the unmutated table fails the check"); return False
    for case in cases:
        name, pat = case[0], case[1]
        if len(case) == 3:
            new, n = re.subn(pat, (r"\g<1>" + case[2]) if case[2] else "", orig, count=1)
        else:
            def bump(m):
                d = m.group(2)
                return m.group(1) + str((int(d) + 1) % 10) + (m.group(3) if m.lastindex >= 3 else "")
            new, n = re.subn(pat, bump, orig, count=1)
        if n != 1 or new == orig:
            print(f"mutation {name}: pattern not found in {tab} (test is stale)"); bad += 1; continue
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as tf:
            tf.write(new)
        try:
            ok = run([(lawp, tf.name)], verbose=False)
        finally:
            os.unlink(tf.name)
        print(f"mutation {name}: check {'PASSED (bad!)' if ok else 'failed as it must'}")
        bad += ok
    return bad == 0


def main(argv):
    os.chdir(ROOT)
    if argv[1:] == ["--mutations"]:
        return 0 if mutations() else 1
    if len(argv) >= 3:
        return 0 if run([(argv[1], t) for t in argv[2:]]) else 1
    if len(argv) != 1:
        print(__doc__); return 2
    return 0 if run(PAIRS) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
