#!/usr/bin/env bash
# Bounded work (issue 10): a small file must not make the tool do quadratic
# work. Partners are bounded before anything per pair is built, net entries
# exist only for pairs with a line, and a rates table's listing is bounded by
# the limits on pay groups and surcharges.
# Usage: sizes.sh AUSGLEICH CASE   (run from the source tree's root)
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=

fail() { echo "FAIL ($case_name): $*"; [ -f "$work/stderr" ] && head -20 "$work/stderr"; exit 1; }

# run EXPECTED_EXIT ARGS…: with a time limit and, where GNU time is there, the
# peak memory in $work/rss_kb.
run() {
    local expected=$1
    shift
    if [ -x /usr/bin/time ]; then
        timeout 60 /usr/bin/time -f %M -o "$work/rss_kb" "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    else
        timeout 60 "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    fi
    local status=$?
    [ "$status" = 124 ] && fail "timed out: $*"
    [ "$status" -ge 128 ] && fail "killed by signal $((status - 128)): $*"
    [ "$status" = "$expected" ] || fail "exit $status, expected $expected: $*"
}

expect_memory_below_mb() {
    [ -s "$work/rss_kb" ] || return 0
    # Under AddressSanitizer memory is shadowed and quarantined: the bound is
    # checked by the plain build only.
    if ldd "$binary" 2> /dev/null | grep -q libasan; then return 0; fi
    local kb
    kb=$(tail -1 "$work/rss_kb")
    [ "$kb" -lt $(($1 * 1024)) ] || fail "peak memory $((kb / 1024)) MB, expected below $1 MB"
}

arge=examples/musterstadt/arge.yaml

# The example with `count` more partners (p0 … pN) after its own two.
with_partners() {
    python3 - "$arge" "$1" > "$work/arge.yaml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
anchor = "  kommune: { name: Stadt Musterstadt, full_time_hours: 41 }\n"
extra = "".join(f"  p{i}: {{ name: Gemeinde {i}, full_time_hours: 39 }}\n" for i in range(int(sys.argv[2])))
assert anchor in text
sys.stdout.write(text.replace(anchor, anchor + extra, 1))
PY
}

case "$case_name" in
thousands-of-partners)
    # 3,000 partners in about 150 KB used to take a gigabyte (a net entry per pair).
    with_partners 3000
    run 1 settle "$work/arge.yaml" --period 2005-Q2 --format json
    grep -q 'arge.yaml:30:3: error: an ARGE may have at most 100 partners, found 3002' "$work/stderr" ||
        fail "no message naming the limit"
    expect_memory_below_mb 100
    ;;
partners-at-the-limit)
    # 100 partners settle; only the one pair with lines gets a net entry.
    with_partners 98
    run 0 settle "$work/arge.yaml" --period 2005-Q2 --format json
    python3 - "$work/stdout" <<'PY' || fail "net entries are not those of the pairs with lines"
import json, sys
s = json.load(open(sys.argv[1]))
pairs = {tuple(sorted((l["debtor"], l["creditor"]))) for l in s["lines"]}
net = [tuple(sorted((n["debtor"], n["creditor"]))) for n in s["net"]]
assert pairs == {("agentur", "kommune")}, pairs
assert net == [("agentur", "kommune")], net
PY
    "$binary" settle "$arge" --period 2005-Q2 > "$work/two.txt" || fail "plain settle failed"
    "$binary" settle "$work/arge.yaml" --period 2005-Q2 > "$work/hundred.txt" || fail "settle failed"
    # The same payments: the idle partners owe nothing and are not listed.
    diff <(grep -v '^ARGE\|^Partners' "$work/two.txt") <(grep -v '^ARGE\|^Partners' "$work/hundred.txt") > /dev/null ||
        fail "idle partners changed the result"
    ;;
rates-table-too-wide)
    # 65 surcharges: a listing of 16 pay groups by 65 columns is refused at load.
    mkdir -p "$work/rules/rates"
    cp -r rules/tasks "$work/rules/"
    {
        sed '/^surcharges:/,$d' rules/rates/pks-2005.yaml
        echo "surcharges:"
        for i in $(seq 1 65); do
            printf '  - { id: s%d, title: S, annual: 1.00, applies_to: all }\n' "$i"
        done
    } > "$work/rules/rates/wide.yaml"
    run 1 rates --rules "$work/rules" --date 2005-06-30
    grep -q 'wide.yaml:[0-9]*:[0-9]*: error: a rates table may have at most 64 surcharges, found 65' \
        "$work/stderr" || fail "no message naming the limit"
    ;;
rates-table-too-long)
    mkdir -p "$work/rules/rates"
    cp -r rules/tasks "$work/rules/"
    {
        sed '/^pay_groups:/,$d' rules/rates/pks-2005.yaml
        echo "pay_groups:"
        for i in $(seq 1 1001); do printf '  E%d: { kind: tarif, annual: 1.00 }\n' "$i"; done
    } > "$work/rules/rates/long.yaml"
    run 1 rates --rules "$work/rules" --date 2005-06-30
    grep -q 'long.yaml:[0-9]*:[0-9]*: error: a rates table may list at most 1000 pay groups, found 1001' \
        "$work/stderr" || fail "no message naming the limit"
    ;;
*)
    echo "unknown case: $case_name"
    exit 2
    ;;
esac
echo "ok ($case_name)"
