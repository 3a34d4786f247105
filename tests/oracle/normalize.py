#!/usr/bin/env python3
"""Reduces a settlement JSON (ausgleich's or reference_settle.py's) to what the
cross-checks compare: lines (staff, debtor, creditor, amount, every component),
totals (with rounding_difference where present) and net."""
import json
import sys

d = json.load(open(sys.argv[1], encoding="utf-8"))
out = {
    "lines": [{"staff_id": l["staff_id"], "debtor": l["debtor"], "creditor": l["creditor"],
               "amount": l["amount"],
               "components": [{"id": c["id"], "amount": c["amount"]} for c in l.get("components", [])]}
              for l in d["lines"]],
    "totals": [{k: t[k] for k in ("debtor", "creditor", "amount", "rounding_difference") if k in t}
               for t in d["totals"]],
    "net": [{k: n[k] for k in ("debtor", "creditor", "amount")} for n in d["net"]],
}
json.dump(out, sys.stdout, indent=1, sort_keys=True)
print()
