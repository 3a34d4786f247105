#!/usr/bin/env bash
# An ARGE file whose header keys (partners, policy, tasks) come after `staff:`
# settles exactly like the same file in the usual order: the one-pass reading
# is undone and the file read again in two passes (docs/decisions.md, "One
# pass over the ARGE file"). The policy here is not the default one, so a
# settlement made with the header as it stood at `staff:` would differ.
#
#   header_after_staff.sh BINARY        (run from the source tree's root)
set -u
binary=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=

fail() {
    echo "FAIL: $*"
    exit 1
}

sed 's/proration: days/proration: months/; s/rounding: half-up/rounding: half-even/' \
    examples/musterstadt/arge.yaml > "$work/usual.yaml"
# The same lines, those from `partners:` up to `staff:` moved to the end.
awk '/^partners:/ { moving = 1 } /^staff:/ { moving = 0 }
     moving { tail = tail $0 "\n"; next } { print } END { printf "%s", tail }' \
    "$work/usual.yaml" > "$work/moved.yaml"
grep -q '^staff:' "$work/moved.yaml" && [ "$(tail -n 1 "$work/moved.yaml" | cut -c1-6)" = "  quer" ] ||
    fail "the header was not moved after the staff"

settle() { "$binary" settle "$1" --rules rules --period 2005 "${@:2}"; }
settle "$work/usual.yaml" --format csv > "$work/usual.csv" || fail "settle of the usual file"
settle "$work/moved.yaml" --format csv > "$work/moved.csv" || fail "settle of the moved file"
cmp -s "$work/usual.csv" "$work/moved.csv" || fail "the CSV differs: $(diff "$work/usual.csv" "$work/moved.csv" | head -5)"
settle examples/musterstadt/arge.yaml --format csv > "$work/default.csv"
cmp -s "$work/usual.csv" "$work/default.csv" && fail "the policy made no difference: not a test"

# The JSON settlement, inputs and their `used` included, up to the file's own
# name and digest; explain finds its staff member in the moved file too.
settle "$work/usual.yaml" --format json | grep -v -e '"path"' -e '"sha256"' > "$work/usual.json"
settle "$work/moved.yaml" --format json | grep -v -e '"path"' -e '"sha256"' > "$work/moved.json"
cmp -s "$work/usual.json" "$work/moved.json" || fail "the JSON differs: $(diff "$work/usual.json" "$work/moved.json" | head -5)"
for file in usual moved; do
    "$binary" explain "$work/$file.yaml" --staff AA02 --rules rules --period 2005 \
        > "$work/$file.explain.raw" || fail "explain AA02 in $file.yaml"
    sed "s|$work/$file.yaml|ARGE|g" "$work/$file.explain.raw" > "$work/$file.explain"
done
grep -q "AA02" "$work/moved.explain" || fail "explain printed nothing about AA02"
cmp -s "$work/usual.explain" "$work/moved.explain" || fail "explain differs: $(diff "$work/usual.explain" "$work/moved.explain" | head -5)"

# Every task code defined in the file itself, its `tasks:` after the staff:
# the shipped catalog is not used, although the reading undone had looked the
# codes up there (before it knew the file's own tasks).
cat > "$work/local.yaml" <<'YAML'
schema: ausgleich/arge/v1
arge: ARGE Eigene Aufgaben
partners:
  agentur: { name: Agentur, full_time_hours: 39 }
  kommune: { name: Kommune, full_time_hours: 39 }
staff:
  - id: K1
    employer: kommune
    pay_group: E9
    assignments:
      - { from: 2005-01-01, fte: 1, tasks: { alg2: 100 } }
tasks:
  alg2: { owners: { agentur: 100 }, title: Arbeitslosengeld II (örtlich vereinbart) }
YAML
settle "$work/local.yaml" --format json > "$work/local.json" || fail "settle of local.yaml"
grep -q '"role": "tasks", "id": "sgb2-2005".*"used": false' "$work/local.json" ||
    fail "the catalog counts as used: $(grep '"role": "tasks"' "$work/local.json")"
grep -q '"amount": "' "$work/local.json" || fail "local.yaml settled no line"

# Errors in both parts are each reported once, the header's first.
sed 's/rounding: half-even/rounding: sideways/; 0,/weekly_hours: 40/s//weekly_hours: 4O/' \
    "$work/moved.yaml" > "$work/broken.yaml"
settle "$work/broken.yaml" > /dev/null 2> "$work/broken.err"
status=$?
[ "$status" = 1 ] || fail "exit status $status for the broken file, expected 1"
[ "$(wc -l < "$work/broken.err")" = 2 ] || fail "expected 2 messages: $(cat "$work/broken.err")"
head -n 1 "$work/broken.err" | grep -q "rounding must be one of" || fail "header error not first: $(cat "$work/broken.err")"
tail -n 1 "$work/broken.err" | grep -q "weekly_hours" || fail "staff error missing: $(cat "$work/broken.err")"
echo "ok: header after staff settles and explains like the usual order"
