#!/usr/bin/env bash
# Hostile and broken inputs (issue 5): each case must end with the right exit
# code and a clear message, in bounded time, without a crash and without
# leaving a partial file behind.
# Usage: hostile.sh AUSGLEICH CASE   (run from the source tree's root)
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_name=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=

fail() { echo "FAIL ($case_name): $*"; [ -f "$work/stderr" ] && head -20 "$work/stderr"; exit 1; }

# run EXPECTED_EXIT ARGS…: runs with a time limit; a crash or hang is a failure.
run() {
    local expected=$1
    shift
    timeout 60 "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    local status=$?
    [ "$status" = 124 ] && fail "timed out: $*"
    [ "$status" -ge 128 ] && fail "killed by signal $((status - 128)): $*"
    [ "$status" = "$expected" ] || fail "exit $status, expected $expected: $*"
}

# Every error line has the compiler form path:line:column: error: or path: error:.
expect_error_lines() {
    grep -q ': error: ' "$work/stderr" || fail "no error message"
    if grep -v -E '^[^:]+(:[0-9]+:[0-9]+)?: (error|warning): |^ausgleich: [0-9]+ more problems' "$work/stderr" | grep -q .; then
        fail "a line not in the form path:line:column: error: message"
    fi
}

as_nobody() {
    # root reads and writes everything: drop to nobody to see permissions bite
    if [ "$(id -u)" = 0 ]; then
        command -v setpriv > /dev/null || { echo "setpriv missing: skipped"; exit 77; }
        chmod 755 "$work"
        setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
    else
        "$@"
    fi
}

arge=examples/musterstadt/arge.yaml

case "$case_name" in
empty-file)
    : > "$work/empty.yaml"
    run 1 validate "$work/empty.yaml"
    expect_error_lines
    ;;
binary-garbage)
    python3 -c 'import random,sys; r=random.Random(5); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(65536)))' > "$work/garbage.yaml"
    run 1 validate "$work/garbage.yaml"
    expect_error_lines
    ;;
invalid-utf8)
    printf 'schema: ausgleich/arge/v1\narge: ARGE \xff\xfe\n' > "$work/bad.yaml"
    run 1 validate "$work/bad.yaml"
    grep -q "bad.yaml:2:12: error: cannot read the file as UTF-8 text" "$work/stderr" || fail "no position for invalid UTF-8"
    ;;
bom-and-crlf)
    # A BOM and CRLF line ends (as Windows editors save) must simply work.
    { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$arge"; } > "$work/arge.yaml"
    run 0 settle "$work/arge.yaml" --period 2005-Q2 --format csv
    "$binary" settle "$arge" --period 2005-Q2 --format csv > "$work/expected" || fail "plain settle failed"
    cmp -s "$work/stdout" "$work/expected" || fail "BOM/CRLF file settles differently"
    ;;
alias-bomb)
    {
        echo 'schema: ausgleich/arge/v1'
        echo 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
        for i in $(seq 1 9); do
            printf 'a%d: &a%d [' "$i" "$i"
            for j in $(seq 1 9); do printf '*a%d%s' $((i - 1)) "$([ "$j" -lt 9 ] && echo ,)"; done
            echo ']'
        done
    } > "$work/bomb.yaml"
    run 1 validate "$work/bomb.yaml"
    grep -q "YAML aliases (\*a0) are not supported" "$work/stderr" || fail "aliases not refused"
    ;;
deep-nesting)
    python3 -c 'print("schema: ausgleich/arge/v1\nstaff: " + "[" * 10000 + "]" * 10000)' > "$work/deep.yaml"
    run 1 validate "$work/deep.yaml"
    grep -q "nesting deeper than 64 levels" "$work/stderr" || fail "deep nesting not refused"
    ;;
long-number)
    python3 -c 'print("schema: ausgleich/rates/v1\nid: x\ntitle: x\nstatus: final\nvalid_from: 2005-01-01\nvalid_to: 2005-12-31\nsources: [{title: x}]\npay_groups:\n  A9: { kind: beamte, annual: " + "9" * 10000 + " }")' > "$work/long.yaml"
    run 1 validate "$work/long.yaml"
    grep -q "long.yaml:9:31: error: annual: number too long (10000 characters; at most 40)" "$work/stderr" || fail "long number not refused"
    ;;
huge-amounts)
    # 39 digits overflow every fixed-width integer; exact arithmetic does not care.
    mkdir -p "$work/rules"
    cat > "$work/rules/huge.yaml" <<'YAML'
schema: ausgleich/rates/v1
id: huge
title: huge figures
status: final
valid_from: 2005-01-01
valid_to: 2005-12-31
sources: [{title: test}]
pay_groups:
  E9: { kind: tarif, annual: 999999999999999999999999999999999999.99 }
YAML
    cat > "$work/arge.yaml" <<'YAML'
schema: ausgleich/arge/v1
arge: ARGE Gross
partners: { agentur: { full_time_hours: 40 }, kommune: { full_time_hours: 40 } }
staff:
  - { id: H1, employer: kommune, pay_group: E9, assignments: [ { from: 2005-01-01, fte: 1, tasks: { agentur: 50, kommune: 50 } } ] }
YAML
    run 0 settle "$work/arge.yaml" --rules "$work/rules" --period 2005 --format csv
    # half of 999999999999999999999999999999999999.99 for the whole year, rounded half-up
    grep -q ',500000000000000000000000000000000000.00$' <(tr -d '\r' < "$work/stdout") || fail "huge amount wrong: $(cat "$work/stdout")"
    ;;
many-keys)
    python3 -c 'print("schema: ausgleich/rates/v1\npay_groups:"); [print("  G%d: { kind: tarif, annual: 1.00 }" % i) for i in range(200000)]' > "$work/keys.yaml"
    run 1 validate "$work/keys.yaml"
    ;;
many-errors)
    python3 -c 'print("schema: ausgleich/rates/v1\nid: x\ntitle: x\nstatus: final\nvalid_from: 2005-01-01\nvalid_to: 2005-12-31\nsources: [{title: x}]\npay_groups:"); [print("  G%d: { kind: civil, annual: 1,00 }" % i) for i in range(1000)]' > "$work/errors.yaml"
    # 1,000 pay groups (the most a table may have), two errors each.
    run 1 validate "$work/errors.yaml"
    [ "$(wc -l < "$work/stderr")" = 1001 ] || fail "expected 1000 errors and a count line, got $(wc -l < "$work/stderr") lines"
    grep -q "^ausgleich: 1000 more problems not shown" "$work/stderr" || fail "no count of the problems not shown"
    ;;
directory-as-input)
    run 4 validate examples
    grep -q "examples: error: cannot read file: it is a directory" "$work/stderr" || fail "message"
    ;;
unreadable-file)
    cp "$arge" "$work/secret.yaml"
    chmod 000 "$work/secret.yaml"
    as_nobody "$binary" validate "$work/secret.yaml" > "$work/stdout" 2> "$work/stderr"
    status=$?
    [ "$status" = 4 ] || fail "exit $status, expected 4"
    grep -q "secret.yaml: error: cannot read file: Permission denied" "$work/stderr" || fail "message"
    ;;
read-only-output)
    mkdir "$work/readonly"
    chmod 555 "$work/readonly"
    as_nobody "$binary" settle "$PWD/$arge" --rules "$PWD/rules" --period 2005-Q2 -o "$work/readonly/q2.txt" > "$work/stdout" 2> "$work/stderr"
    status=$?
    [ "$status" = 4 ] || fail "exit $status, expected 4"
    [ -z "$(ls -A "$work/readonly")" ] || fail "something was left behind: $(ls -A "$work/readonly")"
    ;;
dev-full)
    run 4 settle "$arge" --period 2005-Q2 -o /dev/full
    grep -q "/dev/full: error: cannot write file: No space left on device" "$work/stderr" || fail "message"
    [ -c /dev/full ] || fail "/dev/full is no longer a device"
    ;;
stdout-closed)
    timeout 60 "$binary" settle "$arge" --period 2005-Q2 >&- 2> "$work/stderr"
    status=$?
    [ "$status" = 4 ] || fail "exit $status with stdout closed, expected 4"
    ;;
interrupted-write)
    # Whenever the interrupt comes, the output is complete or absent, and no
    # temporary file is left behind.
    python3 bench/gen_arge.py --staff 20000 --out "$work/big.yaml" > /dev/null
    for delay in 0.05 0.2 0.4 0.6 0.8; do
        rm -f "$work/out.json"
        timeout -s INT "$delay" "$binary" settle "$work/big.yaml" --period 2005 --format json -o "$work/out.json" 2> /dev/null
        # Nothing but big.yaml and (perhaps) out.json: no temporary file under any name.
        leftovers=$(cd "$work" && ls -A | grep -v -x -e big.yaml -e out.json -e stdout -e stderr)
        [ -z "$leftovers" ] || fail "left after interrupt at ${delay}s: $leftovers"
        if [ -e "$work/out.json" ]; then
            python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/out.json" || fail "partial output after ${delay}s"
        fi
    done
    ;;
determinism)
    # Same inputs, byte-identical output, whatever the locale, time zone or
    # working directory (paths given absolute, so that they read the same).
    absolute="$PWD/$arge"
    rules="$PWD/rules"
    "$binary" settle "$absolute" --rules "$rules" --period 2005-Q2 --format json > "$work/reference.json" || fail "settle failed"
    for env in "LC_ALL=C" "LC_ALL=de_DE.UTF-8" "LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati" "LANG=de_DE.UTF-8 TZ=America/St_Johns" "TZ=UTC"; do
        for directory in / "$work" "$PWD"; do
            (cd "$directory" && env $env "$binary" settle "$absolute" --rules "$rules" --period 2005-Q2 --format json) > "$work/other.json" 2> /dev/null
            cmp -s "$work/reference.json" "$work/other.json" || fail "output differs under '$env' in $directory"
        done
    done
    ;;
*)
    echo "unknown case $case_name"
    exit 2
    ;;
esac
echo "ok: $case_name"
