#!/usr/bin/env python3
"""Reduces a settlement JSON (ausgleich's or reference_settle.py's) to what the
cross-checks compare: lines (staff, debtor, creditor, pay group, amount, every component),
totals (with rounding_difference where present) and net."""
import json
import sys


def normalize(path):
    d = json.load(open(path, encoding="utf-8"))
    return {
        "lines": [{"staff_id": l["staff_id"], "debtor": l["debtor"], "creditor": l["creditor"],
                   "pay_group": l["pay_group"], "amount": l["amount"],
                   "components": [{"id": c["id"], "amount": c["amount"]} for c in l.get("components", [])]}
                  for l in d["lines"]],
        "totals": [{k: t[k] for k in ("debtor", "creditor", "amount", "rounding_difference") if k in t}
                   for t in d["totals"]],
        "net": [{k: n[k] for k in ("debtor", "creditor", "amount")} for n in d["net"]],
    }


# normalize.py IN  -> stdout;  normalize.py IN OUT [IN OUT …] -> files
if len(sys.argv) == 2:
    json.dump(normalize(sys.argv[1]), sys.stdout, indent=1, sort_keys=True)
    print()
else:
    for src, dst in zip(sys.argv[1::2], sys.argv[2::2]):
        with open(dst, "w", encoding="utf-8") as f:
            json.dump(normalize(src), f, indent=1, sort_keys=True)
            f.write("\n")
