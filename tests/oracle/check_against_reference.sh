#!/usr/bin/env bash
# Cross-checks `ausgleich settle --format json` against reference_settle.py for
# an ARGE file under every combination of the policy settings of SPEC 4 (a
# quota-mode file keeps its shares and quota).
# Usage: check_against_reference.sh AUSGLEICH ARGE.yaml RULES_DIR PERIOD FROM TO
set -euo pipefail
binary=$1 arge=$2 rules=$3 period=$4 from=$5 to=$6
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checked=0
for proration in days months; do
  for fte_decimals in 4 2 null; do
    for rounding in half-up half-even; do
      for round in per-line per-component per-total; do
        variant="$work/arge.yaml"
        # Replace the policy block (or add one) with this combination.
        python3 - "$arge" "$variant" "$proration" "$fte_decimals" "$rounding" "$round" <<'PY'
import re, sys
src, dst, proration, fte, rounding, rnd = sys.argv[1:]
text = open(src, encoding="utf-8").read()
# The shares of quota mode (block style, one line each) are kept.
block = re.search(r"(?m)^policy:.*\n(?:[ \t]+.*\n)*", text)
kept = "".join(re.findall(r"(?m)^  (?:shares|quota):.*\n", block.group(0))) if block else ""
text = re.sub(r"(?m)^policy:.*\n(?:[ \t]+.*\n)*", "", text)
policy = f"policy:\n  proration: {proration}\n  fte_decimals: {fte}\n  rounding: {rounding}\n  round: {rnd}\n" + kept
text = text.replace("\nstaff:", "\n" + policy + "staff:", 1)
open(dst, "w", encoding="utf-8").write(text)
PY
        "$binary" settle "$variant" --rules "$rules" --period "$period" --format json > "$work/ours.json"
        python3 "$here/normalize.py" "$work/ours.json" > "$work/ours.cmp"
        python3 "$here/reference_settle.py" "$variant" "$rules" "$from" "$to" > "$work/reference.json"
        python3 "$here/normalize.py" "$work/reference.json" > "$work/reference.cmp"
        if ! diff -u "$work/reference.cmp" "$work/ours.cmp" > "$work/diff"; then
          echo "MISMATCH for proration=$proration fte_decimals=$fte_decimals rounding=$rounding round=$round"
          head -40 "$work/diff"
          exit 1
        fi
        checked=$((checked + 1))
      done
    done
  done
done
echo "$checked policy combinations agree with the reference implementation"
