#!/usr/bin/env python3
"""Checks a settlement written with --csv-dialect excel-de against the JSON of
the same settlement.

    excel_de_csv.py csv SETTLEMENT.csv SETTLEMENT.json
        reads the CSV with Python's csv module (';', UTF-8 with BOM, CRLF) and
        turns every decimal comma back into a number;
    excel_de_csv.py fods SHEET.fods SETTLEMENT.json
        reads the sheet LibreOffice made of the CSV and checks that every
        number arrived as a number cell with the right value.

Either way, each row must equal the JSON line with the same staff id: days,
FTE, share and amount as numbers (Decimal, never float). Exit 1 with the
differences otherwise.
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

NUMBER_FIELDS = ("days", "fte", "share", "amount")
COLUMNS = ("staff_id", "employer", "pay_group", "debtor", "creditor") + NUMBER_FIELDS


def german_number(text):
    if "." in text:
        raise ValueError(f"'{text}' has a '.', not a German decimal")
    return Decimal(text.replace(",", "."))


def rows_from_csv(path):
    raw = open(path, "rb").read()
    problems = []
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("no UTF-8 byte order mark")
    if raw.count(b"\r\n") != raw.count(b"\n"):
        problems.append("a line ends without CRLF")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle, delimiter=";"))
    header, body = records[0], records[1:]
    if len(header) != len(COLUMNS):
        problems.append(f"header has {len(header)} columns: {header}")
    rows = []
    for record in body:
        row = dict(zip(COLUMNS, record))
        for field in NUMBER_FIELDS:
            row[field] = german_number(row[field])
        rows.append(row)
    return rows, problems


def rows_from_fods(path):
    ns = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    }
    value_type = "{%s}value-type" % ns["office"]
    value = "{%s}value" % ns["office"]
    repeated = "{%s}number-columns-repeated" % ns["table"]
    problems = []
    rows = []
    table_rows = ET.parse(path).findall(".//table:table-row", ns)
    for index, table_row in enumerate(table_rows[1:], start=2):
        cells = []
        for cell in table_row.findall("table:table-cell", ns):
            # Equal neighbouring cells are stored once with a repeat count.
            cells += [cell] * int(cell.get(repeated, "1"))
        cells = cells[: len(COLUMNS)]
        if not cells or not "".join(cells[0].itertext()).strip():
            continue
        row = {}
        for column, cell in zip(COLUMNS, cells):
            if column in NUMBER_FIELDS:
                if cell.get(value_type) != "float":
                    problems.append(
                        f"row {index}, {column}: a {cell.get(value_type)} cell "
                        f"'{''.join(cell.itertext()).strip()}', not a number"
                    )
                    row[column] = None
                else:
                    row[column] = Decimal(cell.get(value))
            else:
                row[column] = "".join(cell.itertext()).strip()
        rows.append(row)
    return rows, problems


def main():
    kind, path, json_path = sys.argv[1:4]
    rows, problems = rows_from_csv(path) if kind == "csv" else rows_from_fods(path)
    lines = json.load(open(json_path, encoding="utf-8"))["lines"]
    if len(rows) != len(lines):
        problems.append(f"{len(rows)} rows, but the JSON has {len(lines)} lines")
    for row, line in zip(rows, lines):
        for field in COLUMNS:
            expected = line[field]
            expected = Decimal(str(expected)) if field in NUMBER_FIELDS else expected
            if row[field] != expected:
                problems.append(f"{line['staff_id']} {field}: {row[field]!r}, JSON {expected!r}")
    total = sum((row["amount"] or 0 for row in rows), Decimal(0))
    expected_total = sum(Decimal(t["amount"]) for t in json.load(open(json_path))["totals"])
    if total != expected_total:
        problems.append(f"amounts sum to {total}, the JSON totals to {expected_total}")
    for problem in problems:
        print(f"{path}: {problem}")
    if not problems:
        print(f"{path}: {len(rows)} rows as in the JSON, amounts sum to {total}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
