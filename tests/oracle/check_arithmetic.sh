#!/usr/bin/env bash
# The two arithmetic paths on random files (issue 13): generates COUNT valid
# cases from SEED (random_cases.py: every SPEC 3.1.1 key, quota mode, every
# policy), settles each with AUSGLEICH_CHECK_ARITHMETIC=1, which computes every
# staff member in fixed point and in rationals and fails (exit 70) on any
# difference, and adds up how many staff members took which path.
# Usage: check_arithmetic.sh AUSGLEICH SEED COUNT [random_cases.py options…]
set -euo pipefail
binary=$1 seed=$2 count=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/random_cases.py" "$@" "$seed" "$count" "$work/cases"
fixed=0 rational=0 n=0
for case in "$work"/cases/case-*; do
    read -r period _ < "$case/period.txt"
    status=0
    AUSGLEICH_CHECK_ARITHMETIC=1 "$binary" settle "$case/arge.yaml" --rules "$case/rules" \
        --period "$period" --format json > /dev/null 2> "$work/err" || status=$?
    if [ "$status" != 0 ]; then
        keep="${TMPDIR:-/tmp}/ausgleich-arithmetic-seed$seed-$(basename "$case")"
        rm -rf "$keep"
        cp -r "$case" "$keep"
        echo "FAILED (exit $status) in $(basename "$case") (seed $seed), period $period; kept in $keep"
        head -20 "$work/err"
        exit 1
    fi
    counts=$(sed -n 's/^ausgleich: arithmetic check: \([0-9]*\) staff members in fixed point, \([0-9]*\) in rationals, no difference$/\1 \2/p' "$work/err")
    [ -n "$counts" ] || { echo "no arithmetic check line in $(basename "$case")"; exit 1; }
    read -r f r <<< "$counts"
    fixed=$((fixed + f)) rational=$((rational + r)) n=$((n + 1))
done
echo "$n random cases: $fixed staff members in fixed point, $rational in rationals, no difference"
