#!/usr/bin/env python3
"""Checks one printable statement (`ausgleich settle|trueup --format html`).

Usage: html_check.py STATEMENT.html --arge ARGE.yaml --lang en|de [--aggregate]
                     --amount TEXT... [--staff-count N]
                     [--trueup --status final|provisional]

What must hold:
- the file is well-formed XML (an XML parser reads it) with <html lang=...>;
- it is self-contained: no script, link, img, iframe, object, embed, frame,
  audio, video, source or base element, no src/srcset attribute, no href or
  other attribute pointing to a network address, no url(...) or @import in CSS;
- its one style sheet has the A4 page rule and print rules;
- every --amount appears in the text (the totals and the net payment);
- the net payment is the first section, the signature block has one place per
  partner;
- with --aggregate no staff id of the ARGE file appears anywhere in the file
  (the bytes, not just the text) and there is no detail table; without it the
  staff ids do appear (so the check above is not vacuous).

With --trueup (a true-up statement), also:
- every table that ends with the columns final (or provisional), paid and
  difference has difference = final - paid in every row, to the cent;
- with --status provisional the heading says so and no column is titled
  final; with --status final the heading does not say provisional.

Prints each problem and exits 1 if there is any, else exits 0.
"""

import argparse
from decimal import Decimal
import re
import sys
import xml.etree.ElementTree as ElementTree

FORBIDDEN_ELEMENTS = {
    "script", "link", "img", "iframe", "object", "embed", "frame", "frameset",
    "audio", "video", "source", "base", "picture", "svg", "form",
}
NETWORK = re.compile(r"(https?:|ftp:|//)", re.IGNORECASE)


def staff_ids(arge_path):
    """The ids of every staff member in the ARGE file."""
    with open(arge_path, encoding="utf-8") as file:
        text = file.read()
    try:
        import yaml  # python3-yaml; CI has it
    except ImportError:
        return re.findall(r"^\s*-\s*id:\s*([^\s#]+)", text, re.MULTILINE)
    return [str(staff["id"]) for staff in yaml.safe_load(text)["staff"]]


FINAL_TITLES = {"Final EUR", "Endgültig EUR"}
PROVISIONAL_TITLES = {"Provisional EUR", "Vorläufig EUR"}
PROVISIONAL_WORDS = {"en": "provisional", "de": "vorläufig"}


def amount(cell, lang):
    """A money cell as a Decimal: '1.675,90' in German, '1675.90' in English."""
    text = cell.strip()
    if lang == "de":
        text = text.replace(".", "").replace(",", ".")
    return Decimal(text)


def check_trueup(root, lang, status):
    problems = []
    heading = "".join(root.find("body/header/h1").itertext())
    says_provisional = heading.endswith(", " + PROVISIONAL_WORDS[lang])
    if (status == "provisional") != says_provisional:
        problems.append(f"heading {heading!r} does not say the status {status}")
    now_titles = PROVISIONAL_TITLES if status == "provisional" else FINAL_TITLES
    other_titles = FINAL_TITLES if status == "provisional" else PROVISIONAL_TITLES
    figure_tables = 0
    for table in root.iter("table"):
        titles = ["".join(th.itertext()) for th in table.iter("th")]
        if any(title in other_titles for title in titles):
            problems.append(f"a {status} true-up has a column titled {titles}")
        if len(titles) < 3 or titles[-3] not in now_titles:
            continue
        figure_tables += 1
        for row in table.iter("tr"):
            cells = ["".join(td.itertext()) for td in row.iter("td")]
            if not cells:
                continue
            now, paid, difference = (amount(c, lang) for c in cells[-3:])
            if now - paid != difference:
                problems.append(f"{now} - {paid} != {difference} in row {cells}")
    if figure_tables < 3:
        problems.append(f"{figure_tables} tables with final, paid and difference, expected 3 "
                        "(per pair, per direction, lines or groups)")
    return problems


def check(path, arge, lang, aggregate, amounts, staff_count=40, trueup_status=None):
    problems = []
    with open(path, encoding="utf-8") as file:
        raw = file.read()
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as error:
        return [f"not well-formed XML: {error}"]

    if root.tag != "html":
        problems.append(f"root element is <{root.tag}>, not <html>")
    if root.get("lang") != lang:
        problems.append(f"<html lang> is {root.get('lang')!r}, expected {lang!r}")
    if not raw.startswith("<!DOCTYPE html>\n"):
        problems.append("does not start with <!DOCTYPE html>")
    metas = [m for m in root.iter("meta") if m.get("charset", "").lower() == "utf-8"]
    if not metas:
        problems.append('no <meta charset="utf-8"/>')
    title = root.find("head/title")
    if title is None or not (title.text or "").strip():
        problems.append("no <title>")

    for element in root.iter():
        if element.tag in FORBIDDEN_ELEMENTS:
            problems.append(f"<{element.tag}> element: the file must load nothing")
        for name, value in element.attrib.items():
            if name in ("src", "srcset"):
                problems.append(f"<{element.tag} {name}=...>: the file must load nothing")
            if NETWORK.search(value) or "url(" in value.lower():
                problems.append(f"<{element.tag} {name}={value!r}>: network address")

    styles = list(root.iter("style"))
    if len(styles) != 1:
        problems.append(f"{len(styles)} <style> elements, expected one")
    css = "".join(style.text or "" for style in styles)
    if "url(" in css.lower() or "@import" in css.lower() or "@font-face" in css.lower():
        problems.append("the style sheet loads something (url(, @import or @font-face)")
    if not re.search(r"@page\s*\{[^}]*size:\s*A4", css):
        problems.append("no @page rule with size: A4")
    if not re.search(r"@media print\s*\{", css):
        problems.append("no @media print rules")
    if not re.search(r"thead\s*\{\s*display:\s*table-header-group", css):
        problems.append("table headers do not repeat on printed pages (thead display)")

    text = "".join(root.itertext())
    for amount in amounts:
        if amount not in text:
            problems.append(f"amount {amount} does not appear")

    sections = list(root.iter("section"))
    if not sections or sections[0].get("class") != "net":
        problems.append("the net payment is not the first section")
    signatures = [s for s in sections if s.get("class") == "signatures"]
    places = 0
    if signatures:
        places = sum(1 for d in signatures[0].iter("div") if d.get("class") == "signature")
    if places < 2:
        problems.append(f"{places} signature places, expected one per partner (2)")

    ids = staff_ids(arge)
    if len(ids) != staff_count:
        problems.append(f"read {len(ids)} staff ids from {arge}, expected {staff_count}")
    found = [staff_id for staff_id in ids if staff_id in raw]
    tables = len(list(root.iter("table")))
    if aggregate:
        if found:
            problems.append("staff ids in an aggregated statement: " + ", ".join(found))
    elif not found:
        problems.append("no staff id in the full statement: is the detail table missing?")
    detail_headings = {"Detail lines", "Einzelnachweis"}
    has_detail = any((h.text or "") in detail_headings for h in root.iter("h2"))
    if aggregate == has_detail:
        problems.append(f"detail lines {'present' if has_detail else 'missing'} "
                        f"({'with' if aggregate else 'without'} --aggregate; {tables} tables)")
    if trueup_status:
        problems += check_trueup(root, lang, trueup_status)
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("statement")
    parser.add_argument("--arge", required=True)
    parser.add_argument("--lang", required=True, choices=["en", "de"])
    parser.add_argument("--aggregate", action="store_true")
    parser.add_argument("--amount", action="append", default=[])
    parser.add_argument("--staff-count", type=int, default=40)
    parser.add_argument("--trueup", action="store_true")
    parser.add_argument("--status", choices=["final", "provisional"], default="final")
    args = parser.parse_args()
    problems = check(args.statement, args.arge, args.lang, args.aggregate, args.amount,
                     args.staff_count, args.status if args.trueup else None)
    for problem in problems:
        print(f"{args.statement}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
