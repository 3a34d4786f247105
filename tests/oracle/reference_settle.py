#!/usr/bin/env python3
"""An independent implementation of SPEC section 4, for cross-checking `ausgleich settle`.

It shares no code with the C++ implementation: PyYAML's BaseLoader (every
scalar stays a string), Python's Fraction for exact arithmetic and datetime for
calendar days. Only what SPEC 4 and 6.1 say is implemented; the input is
assumed valid. An assignment's own `pay_group` (if any) overrides the staff
member's for that assignment's days; a line's `pay_group` is the distinct groups
of the assignments that contribute to it inside the period (debtor share > 0),
in order of first use by date, joined with ", ".

Usage: reference_settle.py ARGE.yaml RULES_DIR PERIOD_FROM PERIOD_TO  -> JSON of
lines, totals and net on stdout (amounts as strings), for comparison.
"""
import datetime as dt
import json
import pathlib
import sys
from fractions import Fraction

import yaml


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def day(text):
    return dt.date.fromisoformat(text)


def round_cents(x, mode):
    scaled = x * 100
    sign = -1 if scaled < 0 else 1
    q, r = divmod(abs(scaled.numerator), scaled.denominator)
    twice = 2 * r
    if twice > scaled.denominator or (twice == scaled.denominator and (mode == "half-up" or q % 2 == 1)):
        q += 1
    return Fraction(sign * q, 100)


def round_places_half_up(x, places):
    scale = 10 ** places
    q, r = divmod(x.numerator * scale, x.denominator)  # x >= 0 here (FTE)
    if 2 * r >= x.denominator:
        q += 1
    return Fraction(q, scale)


def cents(x):
    s = "-" if x < 0 else ""
    x = abs(x)
    units = x.numerator * 100 // x.denominator
    return f"{s}{units // 100}.{units % 100:02d}"


def days_fraction(first, last, proration):
    total = Fraction(0)
    d = first
    while d <= last:  # day by day: slow, obviously right
        if proration == "days":
            year_days = 366 if (d.year % 4 == 0 and (d.year % 100 != 0 or d.year % 400 == 0)) else 365
            total += Fraction(1, year_days)
        else:
            nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            month_days = (nxt - dt.date(d.year, d.month, 1)).days
            total += Fraction(1, month_days * 12)
        d += dt.timedelta(days=1)
    return total


def main():
    arge_path, rules_dir, period_from, period_to = sys.argv[1:5]
    arge = load(arge_path)
    p_first, p_last = day(period_from), day(period_to)
    tables, tasks = [], {}
    for path in sorted(pathlib.Path(rules_dir).rglob("*.yaml")):
        doc = load(path)
        if doc["schema"] == "ausgleich/rates/v1":
            tables.append(doc)
        elif doc["schema"] == "ausgleich/tasks/v1":
            tasks.update(doc["tasks"])
    tasks.update(arge.get("tasks") or {})
    partners = arge["partners"]
    for pid in partners:
        tasks.setdefault(pid, {"owner": pid})
    policy = {"proration": "days", "fte_decimals": "4", "rounding": "half-up", "round": "per-line"}
    policy.update(arge.get("policy") or {})
    mode = policy["rounding"]

    def owners(code):
        t = tasks[code]
        if "owner" in t:
            return {t["owner"]: Fraction(100)}
        return {o: Fraction(v) for o, v in t["owners"].items()}

    spans = [(day(t["valid_from"]), day(t["valid_to"])) for t in tables]

    def rate_on(pay_group, d):
        found = []
        for t, (lo, hi) in zip(tables, spans):
            if lo <= d <= hi:
                g = t["pay_groups"].get(pay_group) or t["pay_groups"].get("*")
                if g:
                    found.append((t, g))
        assert len(found) == 1, (pay_group, d)
        return found[0]

    def values_of(t, g, pay_group):
        """The yearly value of every component of pay group g in table t, in
        table order, as (id, value, head_based). SPEC 3.1, 3.1.1, 4 step 4."""
        values = [("base", Fraction(g["annual"]), False)]
        known = {"base": Fraction(g["annual"])}
        for sc in t.get("surcharges") or []:
            if not (sc["applies_to"] == "all" or sc["applies_to"] == g["kind"]):
                continue
            if "annual" in sc:
                if isinstance(sc["annual"], dict):
                    if pay_group not in sc["annual"]:
                        continue  # no such component for this pay group
                    v = Fraction(sc["annual"][pay_group])
                else:
                    v = Fraction(sc["annual"])
            elif "monthly" in sc:
                v = 12 * Fraction(sc["monthly"])
            else:
                pct = sc["percent"]
                pct = Fraction(pct[g["career"]]) if isinstance(pct, dict) else Fraction(pct)
                of = sc.get("of") or ["base"]
                v = pct / 100 * sum((known.get(i, Fraction(0)) for i in of), Fraction(0))
            known[sc["id"]] = v
            values.append((sc["id"], v, sc.get("basis", "fte") == "head"))
        return values

    quota = None
    if policy.get("shares", "tasks") == "quota":
        quota = {o: Fraction(v) / 100 for o, v in policy["quota"].items()}

    lines = []
    for s in arge["staff"]:
        employer = s["employer"]
        full_time = s.get("full_time_hours") or partners[employer].get("full_time_hours")
        comps = {}  # debtor -> {component id: exact}
        order = {}  # debtor -> component ids in first-seen order
        used = {}  # debtor -> [(first day in P, pay group)] of the assignments that contribute
        for a in s["assignments"]:
            group = a.get("pay_group") or s["pay_group"]  # the assignment's own group overrides the staff's
            first = max(day(a["from"]), p_first)
            last = min(day(a["to"]) if a.get("to") not in (None, "", "null", "~") else p_last, p_last)
            if last < first:
                continue
            f = Fraction(a["fte"]) if "fte" in a else Fraction(a["weekly_hours"]) / Fraction(full_time)
            if policy["fte_decimals"] not in ("null", "~", ""):
                f = round_places_half_up(f, int(policy["fte_decimals"]))
            if quota is not None:
                share = dict(quota)
            else:
                share = {}
                for code, pct in a["tasks"].items():
                    for o, opct in owners(code).items():
                        share[o] = share.get(o, 0) + Fraction(pct) / 100 * opct / 100
            per_table = {}  # the rate of every single day; time fractions summed per table
            d = first
            while d <= last:
                t, g = rate_on(group, d)
                key = (id(t), group)
                if key not in per_table:
                    per_table[key] = [values_of(t, g, group), Fraction(0)]
                per_table[key][1] += days_fraction(d, d, policy["proration"])
                d += dt.timedelta(days=1)
            for o, sh in share.items():
                if o != employer and sh != 0:
                    used.setdefault(o, []).append((first, group))
            for values, frac in per_table.values():
                for o, sh in share.items():
                    if o == employer or sh == 0:
                        continue
                    c = comps.setdefault(o, {})
                    ids = order.setdefault(o, [])
                    for cid, v, head in values:
                        if cid not in c:
                            ids.append(cid)
                        c[cid] = c.get(cid, 0) + v * (1 if head else f) * frac * sh
        for debtor, c in sorted(comps.items()):
            exact = sum(c.values())
            if policy["round"] == "per-component":
                amount = sum(round_cents(v, mode) for v in c.values())
            else:
                amount = round_cents(exact, mode)
            groups = []  # distinct, in order of first use by date (assignments do not overlap)
            for _, grp in sorted(used[debtor]):
                if grp not in groups:
                    groups.append(grp)
            lines.append({"staff_id": s["id"], "debtor": debtor, "creditor": employer,
                          "pay_group": ", ".join(groups), "exact": exact, "amount": amount,
                          "components": [{"id": i, "amount": cents(round_cents(c[i], mode))} for i in order[debtor]]})
    lines.sort(key=lambda l: (l["staff_id"].encode(), l["debtor"].encode()))
    totals = {}
    for l in lines:
        t = totals.setdefault((l["debtor"], l["creditor"]), [Fraction(0), Fraction(0)])
        t[0] += l["exact"]
        t[1] += l["amount"]
    total_amount = {k: (round_cents(v[0], mode) if policy["round"] == "per-total" else v[1]) for k, v in totals.items()}
    net = []
    pairs = sorted({tuple(sorted(k, key=str.encode)) for k in totals}, key=lambda p: (p[0].encode(), p[1].encode()))
    for a, b in pairs:  # SPEC 6.1: only pairs with at least one line between them
        diff = total_amount.get((a, b), 0) - total_amount.get((b, a), 0)
        net.append({"debtor": a if diff >= 0 else b, "creditor": b if diff >= 0 else a, "amount": cents(abs(diff))})
    json.dump({
        "lines": [{"staff_id": l["staff_id"], "debtor": l["debtor"], "creditor": l["creditor"],
                   "pay_group": l["pay_group"], "amount": cents(l["amount"]),
                   "components": l["components"]} for l in lines],
        "totals": [dict({"debtor": k[0], "creditor": k[1], "amount": cents(v)},
                        **({"rounding_difference": cents(v - totals[k][1])} if policy["round"] == "per-total" else {}))
                   for k, v in sorted(total_amount.items(), key=lambda kv: (kv[0][0].encode(), kv[0][1].encode()))],
        "net": net,
    }, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
