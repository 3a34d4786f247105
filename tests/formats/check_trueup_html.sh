#!/usr/bin/env bash
# The printable true-up statement (`trueup --format html`) read by an XML
# parser, with the checks of html_check.py for settle's statement (well-formed,
# self-contained, A4, net payment first, a signature place per partner, no staff
# id with --aggregate) and those for a true-up (--trueup): difference = final -
# paid in every row, and the status in the heading and the column titles.
# Four quarters of tests/cli/trueup/ trued up with the final and with the
# provisional table, in English and German, with and without --aggregate.
# Usage (from the source tree's root): bash tests/formats/check_trueup_html.sh ausgleich
set -u
binary=$1
if ! command -v python3 > /dev/null; then
    echo "python3 is not installed: skipped"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cases=tests/cli/trueup
arge=$cases/arge-final.yaml
here=$(dirname "$0")
paid=()
for q in 1 2 3 4; do
    paid+=(--paid "$cases/paid-2005-q$q.json")
done

failed=0
for status in final provisional; do
    for lang in en de; do
        # The net true-up payment: 1675.90 with the final rates, 1840.00 with
        # the provisional ones (the Kommune refunds the Agentur).
        if [ "$status" = final ]; then net=1675.90; else net=1840.00; fi
        [ "$lang" = de ] && net=$(echo "$net" | sed 's/\./,/; s/^1/1./')
        for aggregate in "" --aggregate; do
            statement="$work/trueup-$status-$lang${aggregate:+-aggregate}.html"
            if ! LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati AUSGLEICH_RULES= "$binary" trueup "$arge" \
                --rules "$cases/rules-$status" --period 2005 "${paid[@]}" --format html \
                --lang "$lang" $aggregate -o "$statement"; then
                echo "FAIL: trueup --format html ($status, --lang $lang $aggregate) did not succeed"
                failed=1
                continue
            fi
            if python3 "$here/html_check.py" "$statement" --arge "$arge" --lang "$lang" \
                $aggregate --amount "$net" --staff-count 2 --trueup --status "$status"; then
                echo "ok: $status --lang $lang $aggregate"
            else
                echo "FAIL: $status --lang $lang $aggregate (problems above)"
                failed=1
            fi
        done
    done
done
exit "$failed"
