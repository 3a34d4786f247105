#!/usr/bin/env bash
# Random cross-check: generates COUNT valid cases from SEED (random_cases.py),
# settles each with AUSGLEICH and with reference_settle.py, and compares lines
# (staff, debtor, creditor, amount, every component), totals (with
# rounding_difference) and net. On the first mismatch the case is kept.
# Usage: check_random.sh AUSGLEICH SEED COUNT [random_cases.py options…]
set -euo pipefail
binary=$1 seed=$2 count=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/random_cases.py" "$@" "$seed" "$count" "$work/cases"
n=0
for case in "$work"/cases/case-*; do
  read -r period from to < "$case/period.txt"
  if ! "$binary" settle "$case/arge.yaml" --rules "$case/rules" --period "$period" --format json \
       > "$work/ours.json" 2> "$work/ours.err"; then
    ours_failed=1
  else
    ours_failed=0
  fi
  python3 "$here/reference_settle.py" "$case/arge.yaml" "$case/rules" "$from" "$to" > "$work/reference.json"
  if [ "$ours_failed" = 0 ]; then
    python3 "$here/normalize.py" "$work/ours.json" "$work/ours.cmp" "$work/reference.json" "$work/reference.cmp"
  fi
  if [ "$ours_failed" = 1 ] || ! diff -u "$work/reference.cmp" "$work/ours.cmp" > "$work/diff"; then
    keep="${TMPDIR:-/tmp}/ausgleich-random-mismatch-seed$seed-$(basename "$case")"
    rm -rf "$keep"
    cp -r "$case" "$keep"
    cp "$work/reference.json" "$keep/reference.json"
    [ "$ours_failed" = 0 ] && cp "$work/ours.json" "$keep/ours.json"
    echo "MISMATCH in $(basename "$case") (seed $seed, options: ${*:-none}), period $period;" \
         "case kept in $keep"
    if [ "$ours_failed" = 1 ]; then
      echo "ausgleich settle failed:"; head -20 "$work/ours.err"
    else
      echo "--- reference  +++ ausgleich"; head -60 "$work/diff"
    fi
    exit 1
  fi
  n=$((n + 1))
done
echo "$n random cases agree"
