#!/usr/bin/env bash
# The printable statement (`settle --format html`) read by an XML parser:
# Musterstadt 2005-Q2 in English and German, with and without --aggregate, must
# be well-formed, self-contained (nothing to load), printable on A4, show the
# totals and the net payment, and with --aggregate hold no staff id at all.
# The checks themselves are in html_check.py.
# Usage (from the source tree's root): bash tests/formats/check_html.sh ausgleich
set -u
binary=$1
if ! command -v python3 > /dev/null; then
    echo "python3 is not installed: skipped"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
arge=examples/musterstadt/arge.yaml
here=$(dirname "$0")

failed=0
for lang in en de; do
    # Totals agentur->kommune and kommune->agentur, and the net payment.
    if [ "$lang" = de ]; then
        amounts=(--amount 109.229,59 --amount 57.953,47 --amount 51.276,12)
    else
        amounts=(--amount 109229.59 --amount 57953.47 --amount 51276.12)
    fi
    for aggregate in "" --aggregate; do
        statement="$work/q2-$lang${aggregate:+-aggregate}.html"
        if ! LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati AUSGLEICH_RULES= "$binary" settle "$arge" \
            --period 2005-Q2 --format html --lang "$lang" $aggregate -o "$statement"; then
            echo "FAIL: settle --format html --lang $lang $aggregate did not succeed"
            failed=1
            continue
        fi
        if python3 "$here/html_check.py" "$statement" --arge "$arge" --lang "$lang" \
            $aggregate "${amounts[@]}"; then
            echo "ok: --lang $lang $aggregate"
        else
            echo "FAIL: --lang $lang $aggregate (problems above)"
            failed=1
        fi
    done
done
exit "$failed"
