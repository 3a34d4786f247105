#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Black-box audit scenarios for the audit-trail features of ausgleich
# (SPEC 3.1, 4.1, 5, 5.1, 5.2): recorded inputs, --archive bundles, verify,
# partial/missing rates tables, true-up coverage.
#
#   bash tests/audit/audit.sh BINARY [SCENARIO...]
#
# Run from the source tree's root (paths like examples/musterstadt/arge.yaml are
# relative to it). Every scenario runs in its own mktemp -d work dir ($W),
# starts in the source root and prints "ok NAME" or "FAIL NAME: why".
# Only bash, coreutils and python3 are used for the checks.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 BINARY [SCENARIO...]" >&2
    exit 2
fi
BIN=$(readlink -f "$1")
shift
ROOT=$(pwd)
if [ ! -f "$ROOT/examples/musterstadt/arge.yaml" ] || [ ! -d "$ROOT/rules" ]; then
    echo "$0: run from the source tree's root (no examples/musterstadt/arge.yaml here)" >&2
    exit 2
fi
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ARGE=examples/musterstadt/arge.yaml

# Figures of examples/musterstadt 2005-Q2 with the shipped rules
# (tests/cli/cases/settle-musterstadt-q2-json): agentur->kommune, kommune->agentur, net.
# (used by the sourced scenario files)
readonly Q2_AK=109229.59 Q2_KA=57953.47 Q2_NET=51276.12

# ------------------------------------------------------------------ helpers
# Each assertion returns 1 and records the reason on fd 3 when it fails, so a
# scenario reads "assertion || return 1" and stops at the first broken promise.

fail() { echo "$*" >&3; return 1; }

# ag ARGS...: run the binary in the fixed, unusual environment of
# tests/cli/run_case.sh; stdout/stderr land in $W/stdout, $W/stderr, status in $RC.
ag() {
    LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati AUSGLEICH_RULES='' timeout 120 "$BIN" "$@" \
        > "$W/stdout" 2> "$W/stderr"
    RC=$?
    LAST="ausgleich $*"
}

# First lines of what the last command said, for failure messages.
said() { cat "$W/stderr" "$W/stdout" 2>/dev/null | head -c 500 | tr '\n' ' ' | tr -s ' '; }

expect_rc() {
    [ "$RC" = "$1" ] || fail "'$LAST' exited $RC, expected $1; said: $(said)"
}
expect_rc_nonzero() {
    [ "$RC" != 0 ] || fail "'$LAST' exited 0, expected an error; said: $(said)"
}
# expect_has STREAM TEXT: stdout, stderr or any (both) contains TEXT (fixed string).
expect_has() {
    local files
    case $1 in stdout) files=$W/stdout ;; stderr) files=$W/stderr ;; *) files="$W/stdout $W/stderr" ;; esac
    # shellcheck disable=SC2086
    cat $files | grep -qiF -- "$2" || fail "'$LAST' did not say '$2' on $1; said: $(said)"
}
expect_lacks() {
    local files
    case $1 in stdout) files=$W/stdout ;; stderr) files=$W/stderr ;; *) files="$W/stdout $W/stderr" ;; esac
    # shellcheck disable=SC2086
    ! cat $files | grep -qiF -- "$2" || fail "'$LAST' said '$2' on $1 but must not; said: $(said)"
}
# A verification that failed must never print a line starting with "verified".
expect_not_verified() {
    ! grep -qi '^verified' "$W/stdout" || fail "'$LAST' claims 'verified' though it must not; said: $(said)"
}
expect_verified() {
    expect_rc 0 || return 1
    grep -qi '^verified' "$W/stdout" || fail "'$LAST' does not say 'verified'; said: $(said)"
}

# py CODE ARGS...: a python3 check; its stderr/stdout message becomes the reason.
py() {
    local code=$1 msg
    shift
    msg=$(python3 -c "import json,sys,os,hashlib,re
def load(p):
    with open(p, encoding='utf-8') as f: return json.load(f)
$code" "$@" 2>&1) || fail "${msg:-python check failed}"
}

# expect_totals JSON AK KA NET: the recorded totals per direction and the net.
expect_totals() {
    py '
d = load(sys.argv[1])
t = {(x["debtor"], x["creditor"]): x["amount"] for x in d["totals"]}
want = {("agentur","kommune"): sys.argv[2], ("kommune","agentur"): sys.argv[3]}
if t != want: sys.exit("totals %s, expected %s" % (t, want))
net = [(x["debtor"], x["creditor"], x["amount"]) for x in d["net"]]
if net != [("agentur","kommune",sys.argv[4])]: sys.exit("net %s, expected agentur->kommune %s" % (net, sys.argv[4]))
' "$@"
}
# expect_table_totals: the people's output of the last command shows the three figures.
expect_table_totals() {
    expect_has stdout "$1" && expect_has stdout "$2" && expect_has stdout "$3"
}

# edit_json FILE PYCODE: change a settlement JSON in place (d is the parsed document).
edit_json() {
    py '
p = sys.argv[1]; d = load(p)
exec(sys.argv[2])
with open(p, "w", encoding="utf-8") as f: json.dump(d, f, ensure_ascii=False, indent=1)
' "$1" "$2"
}
# edit_text FILE OLD NEW: replace the first occurrence of OLD (must exist).
edit_text() {
    py '
p, old, new = sys.argv[1:4]; s = open(p, encoding="utf-8").read()
if old not in s: sys.exit("%s does not contain %r" % (p, old))
open(p, "w", encoding="utf-8").write(s.replace(old, new, 1))
' "$1" "$2" "$3"
}
# resum DIR: what a careful forger does after editing a bundle: fresh SHA256SUMS,
# so that only recomputation (not the checksum file) can catch the edit.
resum() {
    (cd "$1" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort \
        | while IFS= read -r f; do sha256sum -- "$f"; done > SHA256SUMS.new && mv SHA256SUMS.new SHA256SUMS)
}
# recorded FILE ROLE [ID] FIELD: one field of a recorded input, "" when absent.
recorded() {
    python3 -c '
import json,sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
role, ident, field = sys.argv[2], sys.argv[3], sys.argv[4]
for i in d.get("inputs", []):
    if i.get("role") == role and (ident == "" or i.get("id") == ident):
        v = i.get(field, ""); print(json.dumps(v) if not isinstance(v, str) else v); break
' "$@"
}
# input_file JSON BASE ID: where a recorded rules input sits below BASE
# (BASE/rules_dir/path), or the ARGE file (ID "arge": BASE/path).
input_file() {
    python3 -c '
import json,sys,os
d = json.load(open(sys.argv[1], encoding="utf-8")); base, ident = sys.argv[2], sys.argv[3]
for i in d["inputs"]:
    if (ident == "arge" and i["role"] == "arge") or i.get("id") == ident:
        print(os.path.join(base, i.get("rules_dir", ""), i["path"])); break
' "$@"
}

# check_bundle DIR N: DIR/settlement.json records N inputs, each copied below DIR
# at its recorded (relative, no ..) path with its SHA-256; SHA256SUMS lists
# exactly every other file of DIR, and `sha256sum -c` passes in DIR.
check_bundle() {
    [ -f "$1/settlement.json" ] || fail "no settlement.json in bundle $1; said: $(said)" || return 1
    (cd "$1" && sha256sum --quiet -c SHA256SUMS) > "$W/sumcheck" 2>&1 \
        || fail "sha256sum -c SHA256SUMS fails in $1: $(head -c 300 "$W/sumcheck")" || return 1
    py '
b, n = sys.argv[1], int(sys.argv[2]); d = load(os.path.join(b, "settlement.json"))
files = sorted(os.path.relpath(os.path.join(r, f), b) for r, _, fs in os.walk(b) for f in fs)
listed = sorted(l.split("  ", 1)[1].strip().lstrip("*") for l in open(os.path.join(b, "SHA256SUMS")) if l.strip())
others = [f for f in files if f != "SHA256SUMS"]
if listed != others: sys.exit("SHA256SUMS lists %r but the bundle holds %r" % (listed, others))
if len(d["inputs"]) != n: sys.exit("bundle records %d inputs, expected %d" % (len(d["inputs"]), n))
for i in d["inputs"]:
    rel = i["path"] if i["role"] == "arge" else os.path.join(i.get("rules_dir", ""), i["path"])
    if os.path.isabs(rel) or ".." in rel.split(os.sep): sys.exit("recorded path %r not relative to the bundle" % rel)
    p = os.path.join(b, rel)
    if not os.path.isfile(p): sys.exit("recorded input %s not copied into the bundle" % rel)
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != i["sha256"]: sys.exit("copy %s has another sha256" % rel)
' "$1" "$2"
}

# A copy of the shipped rules (rates + tasks) at $1.
copy_rules() { mkdir -p "$1" && cp -r rules/rates rules/tasks "$1"/; }

# A partial next-year table (SPEC 3.1: "a provisional table listing only the
# groups published so far"): 2007, only A13 and E9.
write_partial_2007() {
    cat > "$1" <<'EOF'
schema: ausgleich/rates/v1
id: pks-2007-teil
title: Personalkostensätze 2007 (Teilveröffentlichung, Testdaten)
status: provisional
valid_from: 2007-01-01
valid_to: 2007-12-31
sources:
  - title: Testdaten, nur A13 und E9 veröffentlicht
    url: https://example.org/pks-2007
pay_groups:
  A13: { kind: beamte, annual: 63500.00 }
  E9:  { kind: tarif,  annual: 44800.00 }
surcharges:
  - id: sachkosten
    title: Sachkostenpauschale
    annual: 11070.00
    applies_to: all
EOF
}

# settle_q2 OUT.json [ARGS...]: the reference settlement, shipped rules named explicitly.
settle_q2() {
    local out=$1
    shift
    ag settle "$ARGE" --period 2005-Q2 --rules rules --format json -o "$out" "$@"
    expect_rc 0 || return 1
    [ -s "$out" ] || fail "'$LAST' wrote no $out"
}

# ------------------------------------------------------------------ scenarios
# shellcheck source=audit_settle.sh
. "$HERE/audit_settle.sh"
# shellcheck source=audit_verify.sh
. "$HERE/audit_verify.sh"
# shellcheck source=audit_bundle.sh
. "$HERE/audit_bundle.sh"
# shellcheck source=audit_trueup.sh
. "$HERE/audit_trueup.sh"

if [ $# -gt 0 ]; then
    scenarios=("$@")
else
    # every function named scenario_* in definition order
    mapfile -t scenarios < <(declare -F | awk '{print $3}' | grep '^scenario_' | sed 's/^scenario_//')
    # declare -F sorts by name; keep that: stable and easy to find
fi

passed=0
failed=0
for name in "${scenarios[@]}"; do
    # A subshell per scenario: its own work dir (removed by the trap), cwd at the
    # source root; the failure reason comes back on fd 3.
    reason=$( (
        W=$(mktemp -d)
        trap 'chmod -R u+w "$W" 2>/dev/null; rm -rf "$W"' EXIT
        cd "$ROOT" || exit 1
        "scenario_$name"
    ) 3>&1 1>/dev/null 2>/dev/null )
    status=$?
    if [ "$status" = 0 ] && [ -z "$reason" ]; then
        echo "ok $name"
        passed=$((passed + 1))
    else
        printf 'FAIL %s: %s\n' "$name" "$(printf '%s' "${reason:-exit status $status}" | tr '\n' ' ' | head -c 1500)"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
