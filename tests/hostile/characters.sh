#!/usr/bin/env bash
# Hostile characters (issue 10): control characters written as YAML escapes,
# look-alike ids, bidi controls, and escape sequences on the command line. Each
# is refused with exit 1 (2 on the command line) and a message that itself
# carries no control character: nothing from a file can rewrite the terminal
# or forge a diagnostic line.
# Usage: characters.sh AUSGLEICH CASE   (run from the source tree's root)
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=

fail() { echo "FAIL ($case_name): $*"; [ -f "$work/stderr" ] && head -20 "$work/stderr" | cat -v; exit 1; }

run() {
    local expected=$1
    shift
    timeout 60 "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    local status=$?
    [ "$status" = 124 ] && fail "timed out: $*"
    [ "$status" -ge 128 ] && fail "killed by signal $((status - 128)): $*"
    [ "$status" = "$expected" ] || fail "exit $status, expected $expected: $*"
}

# No byte below 0x20 except the line feed, no DEL, no C1 control (U+0080-U+009F,
# C2 80-C2 9F in UTF-8) and no bidi control anywhere in stdout and stderr.
expect_clean_output() {
    for stream in stdout stderr; do
        if LC_ALL=C grep -q -P '[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$work/$stream"; then
            fail "a control character reached $stream"
        fi
    done
}

# Every line of stderr is one diagnostic of the form path:line:column: error: ….
expect_error_lines() {
    grep -q ': error: ' "$work/stderr" || fail "no error message"
    if grep -v -E '^[^:]+(:[0-9]+:[0-9]+)?: (error|warning): ' "$work/stderr" | grep -q .; then
        fail "a line not in the form path:line:column: error: message"
    fi
}

arge=examples/musterstadt/arge.yaml

# The example with its line matching $1 replaced by $2 (sed expression parts).
variant() {
    sed "s|$1|$2|" "$arge" > "$work/arge.yaml"
    cmp -s "$arge" "$work/arge.yaml" && fail "variant did not change the file: $1"
}

case "$case_name" in
escape-in-partner-name)
    # ESC [ 8 m hides everything after it on a terminal: the net amount included.
    variant 'name: Stadt Musterstadt,' 'name: "Stadt Musterstadt\\e[8m",'
    run 1 settle "$work/arge.yaml" --period 2005-Q2
    expect_clean_output
    expect_error_lines
    grep -q 'arge.yaml:31:.*: error: the text contains U+001B (escape)' "$work/stderr" ||
        fail "no message naming the escape"
    ;;
line-feed-in-staff-id)
    # A \n in an id must not forge a second diagnostic line.
    variant '  - id: AA01' '  - id: "AA01\\nforged.yaml:1:1: error: all is well"'
    run 1 validate "$work/arge.yaml"
    expect_clean_output
    expect_error_lines
    grep -q '^forged.yaml' "$work/stderr" && fail "a forged diagnostic line"
    grep -q 'U+000A (line feed)' "$work/stderr" || fail "no message naming the line feed"
    ;;
nul-bel-cr-in-values)
    for escape in '\\0' '\\a' '\\r' '\\x1b' '\\u009b'; do
        variant 'arge: ARGE Musterstadt' "arge: \"ARGE ${escape}Musterstadt\""
        run 1 validate "$work/arge.yaml"
        expect_clean_output
        expect_error_lines
    done
    ;;
escape-in-key)
    variant '^policy:' '"poli\\ecy":'
    run 1 validate "$work/arge.yaml"
    expect_clean_output
    grep -q 'U+001B (escape)' "$work/stderr" || fail "no message naming the escape"
    ;;
bidi-override-in-name)
    variant 'name: Stadt Musterstadt,' 'name: "Stadt \\u202EMusterstadt",'
    run 1 validate "$work/arge.yaml"
    expect_clean_output
    grep -q 'U+202E (right-to-left override)' "$work/stderr" || fail "no message naming U+202E"
    ;;
look-alike-ids)
    # A no-break space, a zero-width space, a right-to-left mark in a staff id.
    for look_alike in '"AA\\u00A001"' '"AA01\\u200B"' '"AA\\u200F01"'; do
        variant '  - id: AA01' "  - id: $look_alike"
        run 1 validate "$work/arge.yaml"
        expect_clean_output
        grep -q "must not contain U+" "$work/stderr" || fail "no message for $look_alike"
    done
    ;;
nfc-duplicate-ids)
    # "MÜ1" composed and decomposed are the same staff member given twice.
    sed -e 's|  - id: AA01|  - id: "M\\u00DC1"|' -e 's|  - id: AA02|  - id: "MU\\u03081"|' \
        "$arge" > "$work/arge.yaml"
    run 1 validate "$work/arge.yaml"
    expect_error_lines
    grep -q "duplicate staff id 'MÜ1' (first given at line [0-9]*; the two are the same after Unicode normalisation)" \
        "$work/stderr" || fail "NFC-equal ids not found to be duplicates"
    ;;
explain-decomposed-staff-id)
    # An id typed decomposed on the command line finds the composed one.
    sed -e 's|  - id: AA01|  - id: "M\\u00DC1"|' "$arge" > "$work/arge.yaml"
    run 0 explain "$work/arge.yaml" --period 2005-Q2 --staff "$(printf 'MU\xcc\x881')"
    grep -q 'MÜ1' "$work/stdout" || fail "explain did not find the staff member"
    ;;
escape-on-command-line)
    run 2 settle "$arge" --period "$(printf '\033[8m2005')"
    expect_clean_output
    run 2 settle "$arge" --period 2005-Q2 "$(printf -- '--\033]0;pwned\007')"
    expect_clean_output
    run 4 validate "$(printf 'missing\033[2J.yaml')"
    expect_clean_output
    grep -q 'missing\\x1b\[2J.yaml: error: ' "$work/stderr" || fail "file name not shown escaped"
    ;;
umlauts-still-work)
    # The checks must not refuse ordinary German text.
    variant 'name: Stadt Musterstadt,' 'name: "Stadt Müßigheim – Bürgerbüro",'
    run 0 settle "$work/arge.yaml" --period 2005-Q2
    grep -q 'Stadt Müßigheim – Bürgerbüro' "$work/stdout" || fail "the name is not printed as given"
    ;;
*)
    echo "unknown case: $case_name"
    exit 2
    ;;
esac
echo "ok ($case_name)"
