#!/usr/bin/env bash
# Hostile settlement files and recorded paths that escape (issue 10): a saved
# settlement is read by verify and trueup from someone else, so each case must
# be refused with its position (exit 1), or reported as missing or changed
# (exit 4 or 3) without opening anything outside the scope of SPEC 5.1 and
# without ever echoing a file's content.
# Usage: settlement_files.sh AUSGLEICH CASE   (run from the source tree's root)
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=

fail() { echo "FAIL ($case_name): $*"; [ -f "$work/stderr" ] && head -20 "$work/stderr"; [ -f "$work/stdout" ] && head -20 "$work/stdout"; exit 1; }

# An AddressSanitizer build (CI's Debug build, -O0) is 10 to 20 times slower:
# there a time limit only catches a hang; the plain build checks the speed.
sanitized=0
if ldd "$binary" 2> /dev/null | grep -q libasan; then sanitized=1; fi

# run EXPECTED_EXIT ARGS…: runs with a time limit; a crash or hang is a failure.
run() {
    local expected=$1 seconds=${limit:-60}
    shift
    [ "$sanitized" = 1 ] && seconds=240
    timeout "$seconds" "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    local status=$?
    [ "$status" = 124 ] && fail "timed out: $*"
    [ "$status" -ge 128 ] && fail "killed by signal $((status - 128)): $*"
    [ "$status" = "$expected" ] || fail "exit $status, expected $expected: $*"
}

# expect_stderr REGEX: some line of stderr matches (grep -E).
expect_stderr() { grep -q -E -- "$1" "$work/stderr" || fail "stderr lacks /$1/"; }
# never_said TEXT: TEXT is neither on stdout nor on stderr.
never_said() {
    ! grep -q -F -- "$1" "$work/stdout" "$work/stderr" || fail "the output contains '$1'"
}
not_verified() { ! grep -q '^verified' "$work/stdout" || fail "said verified"; }

# duplicate_line FILE N [EDIT]: insert a copy of line N after it (with a comma,
# as the writer puts one entry per text line); EDIT is a Python expression on
# the copy `c`.
duplicate_line() {
    python3 - "$1" "$2" "${3:-c}" <<'EOF'
import sys
path, number, edit = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(path, encoding="utf-8").read().split("\n")
c = lines[number - 1].rstrip(",")
lines.insert(number, eval(edit) + ("," if lines[number - 1].endswith(",") else ""))
if not lines[number - 1].endswith(","):
    lines[number - 1] += ","
open(path, "w", encoding="utf-8").write("\n".join(lines))
EOF
}
# line_of FILE TEXT: the number of the first line holding TEXT.
line_of() { grep -n -F -m1 -- "$2" "$1" | cut -d: -f1; }
# replace FILE OLD NEW: the first OLD in FILE (must exist).
replace() {
    python3 - "$@" <<'EOF' || fail "could not edit $1"
import sys
p, old, new = sys.argv[1:4]; s = open(p, encoding="utf-8").read()
if old not in s: sys.exit("%s lacks %r" % (p, old))
open(p, "w", encoding="utf-8").write(s.replace(old, new, 1))
EOF
}

arge=examples/musterstadt/arge.yaml
# The reference settlement of 2005-Q2, verifying as written (the control).
settle_q2() {
    run 0 settle "$arge" --period 2005-Q2 --rules rules --format json -o "$1"
    run 0 verify "$1"
}
settle_quarters() {
    for q in 1 2 3 4; do
        run 0 settle "$arge" --period 2005-Q$q --rules rules --format json -o "$work/q$q.json"
    done
}
trueup_year() { run "$1" trueup "$arge" --period 2005 --rules rules --paid "$work/q1.json" \
    --paid "$work/q2.json" --paid "$work/q3.json" --paid "$work/q4.json" --format json; }

# The marker of a private file outside every scope: it must never be echoed.
marker=PRIVATE-MARKER-7f3a9
# private_yaml FILE [SCHEMA]: a YAML file whose loader would quote the marker.
private_yaml() {
    mkdir -p "$(dirname "$1")"
    printf 'schema: ausgleich/%s/v1\n%s: "%s secret"\n' "${2:-arge}" "$marker" "$marker" > "$1"
}

case "$case_name" in
duplicated-total)
    settle_q2 "$work/s.json"
    n=$(line_of "$work/s.json" '{"debtor": "agentur", "creditor": "kommune", "amount": "109229.59"}')
    duplicate_line "$work/s.json" "$n"
    run 1 verify "$work/s.json"
    expect_stderr "s\.json:$((n + 1)):5: error: total agentur -> kommune duplicates the total at $n:5"
    not_verified
    ;;
duplicated-line)
    settle_q2 "$work/s.json"
    n=$(line_of "$work/s.json" '"staff_id": "AA04"')
    duplicate_line "$work/s.json" "$n"
    run 1 verify "$work/s.json"
    expect_stderr "s\.json:$((n + 1)):5: error: line AA04 kommune -> agentur duplicates the line at $n:5"
    not_verified
    ;;
many-copies)
    # 50,000 copies of one line: refused at once (sorting, not pairwise), and
    # the diagnostics are capped.
    settle_q2 "$work/s.json"
    n=$(line_of "$work/s.json" '"staff_id": "AA04"')
    python3 - "$work/s.json" "$n" <<'EOF'
import sys
path, n = sys.argv[1], int(sys.argv[2])
lines = open(path, encoding="utf-8").read().split("\n")
copy = lines[n - 1].rstrip(",") + ","
lines[n - 1:n - 1] = [copy] * 50000
open(path, "w", encoding="utf-8").write("\n".join(lines))
EOF
    limit=20 run 1 verify "$work/s.json"
    expect_stderr "s\.json:$((n + 1)):5: error: line AA04 kommune -> agentur duplicates the line at $n:5"
    expect_stderr '^ausgleich: [0-9]+ more problems'
    [ "$(wc -l < "$work/stderr")" -le 1001 ] || fail "more than 1,000 diagnostics printed"
    not_verified
    ;;
duplicated-net)
    # The same pair in the other direction is the same net entry (SPEC 6.1).
    settle_q2 "$work/s.json"
    n=$(line_of "$work/s.json" '{"debtor": "agentur", "creditor": "kommune", "amount": "51276.12"}')
    duplicate_line "$work/s.json" "$n" \
        'c.replace("\"debtor\": \"agentur\", \"creditor\": \"kommune\"", "\"debtor\": \"kommune\", \"creditor\": \"agentur\"")'
    run 1 verify "$work/s.json"
    expect_stderr "s\.json:$((n + 1)):5: error: net entry for agentur and kommune duplicates the net entry at $n:5"
    not_verified
    ;;
trueup-duplicated-paid)
    # A paid settlement with its total recorded twice must not be subtracted twice.
    settle_quarters
    trueup_year 0
    n=$(line_of "$work/q2.json" '{"debtor": "agentur", "creditor": "kommune"')
    duplicate_line "$work/q2.json" "$n"
    trueup_year 1
    expect_stderr "q2\.json:$((n + 1)):5: error: total agentur -> kommune duplicates the total at $n:5"
    [ ! -s "$work/stdout" ] || fail "a true-up was written from a refused paid file"
    ;;
trueup-swapped-paid)
    # from and to swapped, label kept: refused before any figure, not just
    # "outside the period" or an overlap.
    settle_quarters
    replace "$work/q2.json" '"from": "2005-04-01", "to": "2005-06-30"' \
        '"from": "2005-06-30", "to": "2005-04-01"'
    trueup_year 1
    expect_stderr "q2\.json:5:13: error: period: 'from' is after 'to'"
    [ ! -s "$work/stdout" ] || fail "a true-up was written from a refused paid file"
    ;;
trueup-label-mismatch)
    # Q2's dates under the label 2005-Q1: the label and the dates contradict
    # each other; the true-up must not take either.
    settle_quarters
    replace "$work/q2.json" '"label": "2005-Q2"' '"label": "2005-Q1"'
    trueup_year 1
    expect_stderr "q2\.json:5:13: error: period: the label '2005-Q1' stands for 2005-01-01\.\.2005-03-31, not 2005-04-01\.\.2005-06-30"
    [ ! -s "$work/stdout" ] || fail "a true-up was written from a refused paid file"
    ;;
impossible-date)
    settle_q2 "$work/s.json"
    replace "$work/s.json" '"to": "2005-06-30"' '"to": "2005-02-30"'
    run 1 verify "$work/s.json"
    expect_stderr 's\.json:5:13: error: period: .*2005-02-30'
    not_verified
    ;;
duplicate-key)
    # jsoncpp keeps one of two equal keys unless told not to; strictMode must.
    settle_q2 "$work/s.json"
    replace "$work/s.json" '"arge": "ARGE Musterstadt",' '"arge": "ARGE Musterstadt", "arge": "ARGE Anderswo",'
    run 1 verify "$work/s.json"
    expect_stderr "s\.json:4:31: error: not a settlement file: invalid JSON: Duplicate key: 'arge'"
    not_verified
    ;;
out-of-range)
    # Figures beyond what a settlement can hold, each with its position.
    settle_q2 "$work/s.json"
    replace "$work/s.json" '"fte_decimals": 4' '"fte_decimals": 1e12'
    replace "$work/s.json" '"days": 91, "fte": "1.0000", "share": "0.126"' \
        '"days": 18446744073709551616, "fte": "1.5", "share": "-0.126"'
    run 1 verify "$work/s.json"
    expect_stderr 's\.json:6:51: error: policy\.fte_decimals \(or null\) must be a whole number from 0 to 12'
    expect_stderr "s\.json:[0-9]+:[0-9]+: error: 'days' in a line must be a whole number from 1 to 91"
    expect_stderr "s\.json:[0-9]+:[0-9]+: error: 'fte' in a line must be from 0 to 1, found \"1\.5\""
    expect_stderr "s\.json:[0-9]+:[0-9]+: error: 'share' in a line must be from 0 to 1, found \"-0\.126\""
    not_verified
    ;;
path-dotdot)
    # The ARGE path forged to ../../etc/passwd (from the source root: /etc/passwd).
    settle_q2 "$work/s.json"
    replace "$work/s.json" '"path": "examples/musterstadt/arge.yaml"' '"path": "../../../../../../etc/passwd"'
    run 4 verify "$work/s.json"
    expect_stderr 's\.json:9:5: error: recorded arge \(\.\./\.\./\.\./\.\./\.\./\.\./etc/passwd\) not found'
    never_said "root:"
    never_said "$(sha256sum /etc/passwd | cut -c1-12)"
    not_verified
    ;;
path-absolute)
    settle_q2 "$work/s.json"
    replace "$work/s.json" '"path": "examples/musterstadt/arge.yaml"' '"path": "/etc/passwd"'
    run 4 verify "$work/s.json"
    expect_stderr 's\.json:9:5: error: recorded arge \(/etc/passwd\) not found'
    never_said "root:"
    never_said "$(sha256sum /etc/passwd | cut -c1-12)"
    not_verified
    ;;
yaml-outside)
    # A recorded ARGE path to someone's private YAML file outside the working
    # directory and the settlement's folder: never opened, never quoted.
    mkdir -p "$work/mine"
    settle_q2 "$work/mine/s.json"
    private_yaml "$work/private/secret.yaml"
    replace "$work/mine/s.json" '"path": "examples/musterstadt/arge.yaml"' "\"path\": \"$work/private/secret.yaml\""
    run 4 verify "$work/mine/s.json"
    never_said "$marker"
    never_said "$(sha256sum "$work/private/secret.yaml" | cut -c1-12)"
    not_verified
    # with --base-dir the same (SPEC 5.1 says so; the control)
    run 4 verify "$work/mine/s.json" --base-dir "$work/mine" --rules rules
    never_said "$marker"
    ;;
changed-rules-not-parsed)
    # A used rules file that changed is reported as changed (exit 3) and not
    # parsed: its YAML errors would quote its content.
    cp -r rules "$work/r"
    run 0 settle "$arge" --period 2005-Q2 --rules "$work/r" --format json -o "$work/s.json"
    private_yaml "$work/r/rates/pks-2005.yaml" rates
    run 3 verify "$work/s.json"
    grep -q 'changed: .*pks-2005.yaml' "$work/stdout" || fail "the changed table is not named"
    never_said "$marker"
    not_verified
    ;;
changed-paid-not-parsed)
    # A true-up bundle whose paid settlement was replaced (and SHA256SUMS
    # made to fit): changed, exit 3, its content never quoted.
    settle_quarters
    run 0 trueup "$arge" --period 2005 --rules rules --paid "$work/q1.json" --paid "$work/q2.json" \
        --paid "$work/q3.json" --paid "$work/q4.json" --archive "$work/tb"
    printf '{"schema": "ausgleich/settlement/v1", "%s": 1}\n' "$marker" > "$work/tb/paid/q1.json"
    (cd "$work/tb" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort |
        while IFS= read -r f; do sha256sum -- "$f"; done > SHA256SUMS.new && mv SHA256SUMS.new SHA256SUMS)
    run 3 verify "$work/tb"
    grep -q 'changed: .*q1.json' "$work/stdout" || fail "the changed paid file is not named"
    never_said "$marker"
    not_verified
    ;;
bundle-symlink-out)
    # A bundle whose ARGE copy is a symbolic link to a file outside: not read,
    # neither for SHA256SUMS nor as the input (its SHA-256 never appears).
    run 0 settle "$arge" --period 2005-Q2 --rules rules --archive "$work/b"
    private_yaml "$work/private/secret.yaml"
    copy=$(cd "$work/b" && ls arge/*)
    rm "$work/b/$copy" && ln -s "$work/private/secret.yaml" "$work/b/$copy"
    run 4 verify "$work/b"
    never_said "$marker"
    never_said "$(sha256sum "$work/private/secret.yaml" | cut -c1-12)"
    not_verified
    ;;
*)
    echo "unknown case: $case_name"
    exit 2
    ;;
esac
echo "ok ($case_name)"
