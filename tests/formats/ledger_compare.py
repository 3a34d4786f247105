#!/usr/bin/env python3
"""Compares hledger's account balances of a `--format ledger` journal with the
totals and net payments of the same settlement in JSON.

Usage: ledger_compare.py SETTLEMENT.json BALANCES.csv TYPES.txt PRINT.txt LANGUAGE

  BALANCES.csv  `hledger -f JOURNAL bal -E -O csv` (every account, zeros too)
  TYPES.txt     `hledger -f JOURNAL accounts --types`
  PRINT.txt     `hledger -f JOURNAL print`: the transactions as hledger read them
  LANGUAGE      en or de: the account names to expect

After the journal's transactions each expense account equals its direction's
total, each income account minus it, each bank account plus or minus the net
payments, and every receivable and payable is 0. There is one transaction per
total and one per net payment of a pair with claims. Prints what differs and exits 1;
exits 0 when everything matches.
"""

import csv
import json
import sys
from collections import defaultdict
from decimal import Decimal

WORDS = {
    "en": {"assets": "assets", "liabilities": "liabilities", "expenses": "expenses",
           "income": "income", "staff costs": "staff costs",
           "staff cost reimbursement": "staff cost reimbursement",
           "receivable": "receivable", "bank": "bank"},
    "de": {"assets": "Aktiva", "liabilities": "Verbindlichkeiten", "expenses": "Aufwand",
           "income": "Ertrag", "staff costs": "Personalkosten",
           "staff cost reimbursement": "Personalkostenerstattung",
           "receivable": "Forderungen", "bank": "Bank"},
}


def amount(text):
    """ "109229.59 EUR" or "0" as an exact Decimal."""
    text = text.strip()
    if text.endswith(" EUR"):
        text = text[: -len(" EUR")]
    if "\n" in text or not text:
        raise ValueError(f"not a single EUR amount: {text!r}")
    return Decimal(text)


def expected_balances(settlement, w):
    expected = defaultdict(Decimal)
    pairs_with_claims = set()
    for total in settlement["totals"]:
        d, c, x = total["debtor"], total["creditor"], Decimal(total["amount"])
        expected[f"{w['expenses']}:{d}:{w['staff costs']}:{c}"] += x
        expected[f"{w['income']}:{c}:{w['staff cost reimbursement']}:{d}"] -= x
        # Claims are booked and then cleared: they must end at 0.
        expected[f"{w['liabilities']}:{d}:{c}"] += 0
        expected[f"{w['assets']}:{c}:{w['receivable']}:{d}"] += 0
        pairs_with_claims.add(frozenset((d, c)))
    for net in settlement["net"]:
        a, b, n = net["debtor"], net["creditor"], Decimal(net["amount"])
        if frozenset((a, b)) in pairs_with_claims and n != 0:
            expected[f"{w['assets']}:{a}:{w['bank']}"] -= n
            expected[f"{w['assets']}:{b}:{w['bank']}"] += n
    return expected


def expected_type(account, w):
    top = account.split(":")[0]
    if top == w["assets"]:
        return "C" if account.endswith(":" + w["bank"]) else "A"
    return {w["liabilities"]: "L", w["expenses"]: "X", w["income"]: "R"}.get(top, "?")


def main(json_path, csv_path, types_path, print_path, language):
    w = WORDS[language]
    with open(json_path, encoding="utf-8") as f:
        settlement = json.load(f)
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    problems = []
    if rows[0] != ["account", "balance"]:
        problems.append(f"unexpected CSV header {rows[0]}")
    actual = {}
    for account, balance in rows[1:]:
        actual[account] = amount(balance)
    total = actual.pop("total", None)
    if total != 0:
        problems.append(f"the balances do not sum to 0 but to {total}")
    expected = expected_balances(settlement, w)
    for account in sorted(set(expected) | set(actual)):
        if account not in actual:
            problems.append(f"{account}: missing in hledger's balances, expected {expected[account]}")
        elif account not in expected:
            problems.append(f"{account}: unexpected account with balance {actual[account]}")
        elif actual[account] != expected[account]:
            problems.append(f"{account}: hledger says {actual[account]}, "
                            f"the settlement says {expected[account]}")
    # `accounts --types` lines: "NAME   ; type: T".
    with open(types_path, encoding="utf-8") as f:
        for line in f:
            name, _, declared = line.rstrip("\n").partition(";")
            name, declared = name.strip(), declared.replace("type:", "").strip()
            if ":" in name and declared != expected_type(name, w):
                problems.append(f"{name}: hledger gives type {declared!r}, "
                                f"expected {expected_type(name, w)!r}")
    # Transactions start at column 0 with their date; postings and comments are indented.
    with open(print_path, encoding="utf-8") as f:
        transactions = sum(1 for line in f if line[:1].isdigit())
    pairs = {frozenset((t["debtor"], t["creditor"])) for t in settlement["totals"]}
    expected_transactions = len(settlement["totals"]) + len(pairs)
    if transactions != expected_transactions:
        problems.append(f"hledger reads {transactions} transactions, expected "
                        f"{expected_transactions} ({len(settlement['totals'])} totals, "
                        f"{len(pairs)} pairs with claims)")
    for problem in problems:
        print(f"ledger_compare: {problem}")
    checked = sum(1 for account in actual if account in expected)
    if not problems:
        print(f"ledger_compare: {transactions} transactions, {checked} account balances "
              f"match {len(settlement['totals'])} totals and {len(settlement['net'])} net payments")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 6 or sys.argv[5] not in WORDS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
