#!/usr/bin/env bash
# `settle --format ledger` read by hledger: the journal parses and balances
# (`hledger check` with declared accounts and commodity, dates in order), and
# hledger's account balances equal the totals and net payments that
# `settle --format json` gives for the same run (tests/formats/ledger_compare.py).
#
# Usage, from the source tree's root: bash tests/formats/check_ledger.sh BINARY
# Exit 0 pass, 1 fail, 77 skipped (hledger or python3 not installed).
set -u
binary=$1
here=$(cd "$(dirname "$0")" && pwd)

for tool in hledger python3; do
    if ! command -v "$tool" > /dev/null; then
        echo "check_ledger: $tool is not installed, skipped"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# hledger reads files in the locale's encoding; the journals are UTF-8.
export LC_ALL=C.UTF-8 TZ=UTC AUSGLEICH_RULES=

failed=0
# NAME LANGUAGE ARGS...: one settlement as a journal and as JSON, then the checks.
check() {
    local name=$1 language=$2
    shift 2
    local journal="$work/$name.journal" json="$work/$name.json"
    echo "== $name: ausgleich settle $* --format ledger --lang $language"
    if ! "$binary" settle "$@" --format ledger --lang "$language" -o "$journal" ||
        ! "$binary" settle "$@" --format json -o "$json"; then
        echo "check_ledger: $name: ausgleich failed"
        failed=1
        return
    fi
    if ! hledger -f "$journal" check accounts commodities ordereddates; then
        echo "check_ledger: $name: hledger check failed on $journal:"
        cat "$journal"
        failed=1
        return
    fi
    if ! hledger -f "$journal" balance --empty -O csv > "$work/$name.csv" ||
        ! hledger -f "$journal" accounts --types > "$work/$name.types" ||
        ! hledger -f "$journal" print > "$work/$name.print"; then
        echo "check_ledger: $name: hledger balance, accounts or print failed"
        failed=1
        return
    fi
    if ! python3 "$here/ledger_compare.py" "$json" "$work/$name.csv" "$work/$name.types" \
        "$work/$name.print" "$language"; then
        echo "check_ledger: $name: the journal does not match the settlement; hledger balance:"
        cat "$work/$name.csv"
        failed=1
    fi
}

check musterstadt-q2-en en examples/musterstadt/arge.yaml --period 2005-Q2
check musterstadt-q2-de de examples/musterstadt/arge.yaml --period 2005-Q2
check rhein-erft-2005-de de examples/rhein-erft/arge.yaml --rules examples/rhein-erft/rules \
    --period 2005

# Three partners (net payments add up on one bank account) and an ARGE name and
# partner name with ';' (ledger's comment sign) and a date that must stay inside
# their comments. A line break in a name is refused when the ARGE file is read
# (tests/hostile/characters.sh); the journal's own line-break guard is unit-tested.
# The flat-rate table of the Rhein-Erft example rates every pay group.
cat > "$work/three-partners.yaml" << 'EOF'
schema: ausgleich/arge/v1
arge: "ARGE Drei; Test 2005-06-30 not a transaction"
partners:
  agentur: { name: Agentur, full_time_hours: 39 }
  kommune: { name: "Kommune; zwei", full_time_hours: 41 }
  kreis: { name: Kreis, full_time_hours: 40 }
staff:
  - id: D01
    employer: agentur
    pay_group: A9
    assignments: [ { from: 2005-01-01, fte: 1, tasks: { agentur: 70, kommune: 30 } } ]
  - id: D02
    employer: kommune
    pay_group: E9
    assignments: [ { from: 2005-01-01, fte: 0.5, tasks: { kommune: 60, agentur: 40 } } ]
  - id: D03
    employer: kreis
    pay_group: E9
    assignments: [ { from: 2005-01-01, fte: 1, tasks: { kreis: 90, agentur: 10 } } ]
EOF
check three-partners-en en "$work/three-partners.yaml" --rules examples/rhein-erft/rules \
    --period 2005-Q2

if [ "$failed" != 0 ]; then
    echo "check_ledger: FAILED"
    exit 1
fi
echo "check_ledger: all journals parse, balance and match the settlement"
