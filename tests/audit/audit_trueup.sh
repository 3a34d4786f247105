# shellcheck shell=bash
# Scenarios around trueup (SPEC 5.2) and trueup --archive (5.1). These are being
# built by another developer and may land later. Sourced by audit.sh.

# quarters RULES... : settle 2005-Q1..Q4 as JSON into $W/q1.json..q4.json.
quarters() {
    local q
    for q in 1 2 3 4; do
        ag settle "$ARGE" --period 2005-Q$q "$@" --format json -o "$W/q$q.json"
        expect_rc 0 || return 1
    done
}

# expected_trueup YEAR.json PAID.json...: prints the difference agentur->kommune,
# kommune->agentur and the net a person gets from final totals minus paid totals.
expected_trueup() {
    python3 -c '
import json, sys
from decimal import Decimal as D
def tot(p):
    d = json.load(open(p, encoding="utf-8"))
    return {(t["debtor"], t["creditor"]): D(t["amount"]) for t in d["totals"]}
final = tot(sys.argv[1]); paid = {}
for p in sys.argv[2:]:
    for k, v in tot(p).items(): paid[k] = paid.get(k, D(0)) + v
ak = final[("agentur","kommune")] - paid.get(("agentur","kommune"), D(0))
ka = final[("kommune","agentur")] - paid.get(("kommune","agentur"), D(0))
print(ak, ka, abs(ak - ka))
' "$@"
}

# Q4 not paid: the paid settlements do not cover 2005; refused naming the days.
scenario_trueup_missing_quarter_refused() {
    quarters --rules rules || return 1
    ag trueup "$ARGE" --period 2005 --rules rules --paid "$W/q1.json" --paid "$W/q2.json" --paid "$W/q3.json"
    expect_rc 1 && expect_has stderr "2005-10-01" && expect_has stderr "2005-12-31" || return 1
    # a hole in the middle (Q2) as well
    ag trueup "$ARGE" --period 2005 --rules rules --paid "$W/q1.json" --paid "$W/q3.json" --paid "$W/q4.json"
    expect_rc 1 && expect_has stderr "2005-04-01" && expect_has stderr "2005-06-30" || return 1
    # control: all four quarters cover the year
    ag trueup "$ARGE" --period 2005 --rules rules --paid "$W/q1.json" --paid "$W/q2.json" \
        --paid "$W/q3.json" --paid "$W/q4.json"
    expect_rc 0 && expect_lacks stderr "2005-10-01" || return 1
}

# --allow-gaps: a warning naming the uncovered days, then the true-up with the
# figures a person computes from the year's settlement minus Q1..Q3.
scenario_trueup_allow_gaps_warns() {
    quarters --rules rules || return 1
    ag settle "$ARGE" --period 2005 --rules rules --format json -o "$W/y.json"
    expect_rc 0 || return 1
    local want
    read -r -a want < <(expected_trueup "$W/y.json" "$W/q1.json" "$W/q2.json" "$W/q3.json")
    ag trueup "$ARGE" --period 2005 --rules rules --allow-gaps \
        --paid "$W/q1.json" --paid "$W/q2.json" --paid "$W/q3.json"
    expect_rc 0 && expect_has stderr "warning" && expect_has stderr "2005-10-01" || return 1
    expect_has stdout "${want[0]}" && expect_has stdout "${want[1]}" && expect_has stdout "${want[2]}" || return 1
}

# Computed with the shipped provisional tables: labelled provisional in every
# format and language.
scenario_trueup_provisional_label() {
    quarters --rules rules || return 1
    local paid=(--paid "$W/q1.json" --paid "$W/q2.json" --paid "$W/q3.json" --paid "$W/q4.json")
    ag trueup "$ARGE" --period 2005 --rules rules "${paid[@]}"
    expect_rc 0 && expect_has stdout "provisional" || return 1
    ag trueup "$ARGE" --period 2005 --rules rules "${paid[@]}" --format markdown
    expect_rc 0 || return 1
    head -n 12 "$W/stdout" | grep -qi provisional \
        || fail "markdown true-up not labelled provisional near its top: $(head -n 3 "$W/stdout" | tr '\n' ' ')" || return 1
    ag trueup "$ARGE" --period 2005 --rules rules "${paid[@]}" --format html
    expect_rc 0 && expect_has stdout "provisional" || return 1
    ag trueup "$ARGE" --period 2005 --rules rules "${paid[@]}" --format json -o "$W/t.json"
    expect_rc 0 || return 1
    # the label, not merely the status of a recorded input
    py '
d = load(sys.argv[1]); d.pop("inputs", None); d.pop("paid", None)
if "provisional" not in json.dumps(d): sys.exit("true-up JSON carries no provisional label outside its inputs")
' "$W/t.json" || return 1
    ag trueup "$ARGE" --period 2005 --rules rules "${paid[@]}" --lang de
    expect_rc 0 && expect_has stdout "vorläufig" || return 1
    ag trueup "$ARGE" --period 2005 --rules rules "${paid[@]}" --format markdown --lang de
    expect_rc 0 && expect_has stdout "vorläufig" || return 1
}

# The README's year-end walkthrough: provisional quarters, final table; the
# printable statement (markdown, html) shows the difference and the sentence.
scenario_trueup_statement_html_markdown() {
    local prov=(--rules rules/tasks --rules examples/jahresabschluss-2005/rates-vorlaeufig)
    local fin=(--rules rules/tasks --rules examples/jahresabschluss-2005/rates-endgueltig)
    quarters "${prov[@]}" || return 1
    ag settle "$ARGE" --period 2005 "${fin[@]}" --format json -o "$W/y.json"
    expect_rc 0 || return 1
    local want
    read -r -a want < <(expected_trueup "$W/y.json" "$W"/q[1-4].json)
    local paid=(--paid "$W/q1.json" --paid "$W/q2.json" --paid "$W/q3.json" --paid "$W/q4.json")
    local fmt
    for fmt in markdown html; do
        ag trueup "$ARGE" --period 2005 "${fin[@]}" "${paid[@]}" --format "$fmt" -o "$W/t.$fmt"
        expect_rc 0 || return 1
        cp "$W/t.$fmt" "$W/stdout"
        expect_has stdout "${want[2]}" && expect_has stdout "Stadt Musterstadt" && expect_has stdout "pays" || return 1
    done
    grep -qi '<html' "$W/t.html" && grep -qi 'signature' "$W/t.html" \
        || fail "html true-up is no HTML page with a signature block" || return 1
    # final rates: the statement must not be called provisional in its heading
    if head -n 3 "$W/t.markdown" | grep -qi provisional; then
        fail "true-up with the final table is labelled provisional: $(head -n 1 "$W/t.markdown")"
        return 1
    fi
}

# trueup --archive: a bundle like settle's (copies, SHA256SUMS), normal output unchanged.
scenario_trueup_archive() {
    quarters --rules rules || return 1
    ag trueup "$ARGE" --period 2005 --rules rules --paid "$W/q1.json" --paid "$W/q2.json" \
        --paid "$W/q3.json" --paid "$W/q4.json" --archive "$W/tb"
    expect_rc 0 && expect_has stdout "Stadt Musterstadt" || return 1
    local n
    n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["inputs"]))' "$W/tb/settlement.json" 2>/dev/null) \
        || fail "no readable $W/tb/settlement.json; said: $(said)" || return 1
    check_bundle "$W/tb" "$n" || return 1
    # The true-up bundle verifies after a move, with no flag, and only from itself.
    mkdir "$W/away" && mv "$W/tb" "$W/tb-moved" && mv "$W"/q?.json "$W/away/"
    ag verify "$W/tb-moved"
    expect_verified && expect_has stdout "4 paid settlements" || return 1
    # A forged paid figure with a fresh SHA256SUMS: only the recomputation catches it.
    cp -r "$W/tb-moved" "$W/tb-forged"
    edit_text "$W/tb-forged/settlement.json" '"paid": "' '"paid": "1' || return 1
    resum "$W/tb-forged"
    ag verify "$W/tb-forged"
    expect_rc 3 && expect_not_verified || return 1
    # A paid settlement of the bundle edited: named as changed.
    cp -r "$W/tb-moved" "$W/tb-paid"
    edit_text "$W/tb-paid/paid/q2.json" '"net": [' '"net": [ ' || return 1
    ag verify "$W/tb-paid"
    expect_rc 3 && expect_has stdout "changed: $W/tb-paid/paid/q2.json" || return 1
    mv "$W/tb-moved" "$W/tb" && mv "$W"/away/q?.json "$W/"
    # the archive refuses a non-empty dir like settle's
    ag trueup "$ARGE" --period 2005 --rules rules --paid "$W/q1.json" --paid "$W/q2.json" \
        --paid "$W/q3.json" --paid "$W/q4.json" --archive "$W/tb"
    expect_rc_nonzero || return 1
}
