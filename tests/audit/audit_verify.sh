# shellcheck shell=bash
# Scenarios around verify and --archive bundles (SPEC 5.1), the way an auditor
# who trusts nothing would check a settlement. Sourced by audit.sh.

# make_bundle DIR: the reference settlement with its bundle at DIR (-o too).
make_bundle() {
    ag settle "$ARGE" --period 2005-Q2 --rules rules --format json -o "$W/s.json" --archive "$1"
    expect_rc 0 || return 1
    [ -f "$1/settlement.json" ] || fail "'$LAST' wrote no $1/settlement.json; said: $(said)"
}

# A first weekly_hours of the ARGE file (AA01, 40 h of 40) halved: changes AA01's line.
halve_aa01() { edit_text "$1" "weekly_hours: 40" "weekly_hours: 20"; }

# settle --rules X records X; verify without --rules must use it. X here holds a
# rates table with other figures than the default rules/, so using the default
# would not reproduce.
scenario_verify_uses_recorded_rules_dirs() {
    ag settle "$ARGE" --period 2005-Q2 --rules rules/tasks \
        --rules examples/jahresabschluss-2005/rates-vorlaeufig --format json -o "$W/v.json"
    expect_rc 0 || return 1
    ag verify "$W/v.json"
    expect_verified || return 1

    copy_rules "$W/r" && edit_text "$W/r/rates/pks-2005.yaml" "41318.60" "42000.00" || return 1
    ag settle "$ARGE" --period 2005-Q2 --rules "$W/r" --format json -o "$W/x.json"
    expect_rc 0 || return 1
    py '
d = load(sys.argv[1])
if d["totals"][0]["amount"] == "109229.59": sys.exit("changed A9 rate had no effect")
if d.get("rules_dirs") != [sys.argv[2]]: sys.exit("rules_dirs %r" % d.get("rules_dirs"))
' "$W/x.json" "$W/r" || return 1
    ag verify "$W/x.json"
    expect_verified || return 1
    # control: a later change to the recorded dir's table is seen
    edit_text "$W/r/rates/pks-2005.yaml" "42000.00" "43000.00" || return 1
    ag verify "$W/x.json"
    expect_rc 3 && expect_not_verified && expect_has any "pks-2005.yaml" || return 1
}

# The ARGE file settled by absolute path; the archive holds a copy with one
# weekly_hours edited. With --base-dir the archive copy is what counts (the
# untouched original at the recorded absolute path must not be read): exit 3.
scenario_verify_absolute_arge_edited_in_base_dir() {
    mkdir -p "$W/src" "$W/arch" && cp "$ARGE" "$W/src/arge.yaml" || return 1
    ag settle "$W/src/arge.yaml" --period 2005-Q2 --rules rules --format json -o "$W/s.json"
    expect_rc 0 || return 1
    [ "$(recorded "$W/s.json" arge "" path)" = "$W/src/arge.yaml" ] \
        || fail "ARGE path recorded as '$(recorded "$W/s.json" arge "" path)', expected as given: $W/src/arge.yaml" || return 1
    cp "$W/src/arge.yaml" "$W/arch/arge.yaml" && copy_rules "$W/arch/rules" || return 1

    # control: the untouched archive verifies
    ag verify "$W/s.json" --base-dir "$W/arch"
    expect_verified || return 1

    halve_aa01 "$W/arch/arge.yaml" || return 1
    ag verify "$W/s.json" --base-dir "$W/arch"
    expect_rc 3 && expect_not_verified && expect_has any "arge.yaml" || return 1
}

# The recorded absolute path is gone; the archived copy is found in --base-dir
# by its file name, and under another name by its content.
scenario_verify_original_gone_found_in_base_dir() {
    mkdir -p "$W/src" "$W/base" && cp "$ARGE" "$W/src/arge.yaml" || return 1
    ag settle "$W/src/arge.yaml" --period 2005-Q2 --rules rules --format json -o "$W/s.json"
    expect_rc 0 || return 1
    mv "$W/src/arge.yaml" "$W/base/arge.yaml" && rmdir "$W/src" && copy_rules "$W/base/rules" || return 1

    ag verify "$W/s.json" --base-dir "$W/base"
    expect_verified && expect_has stdout "$W/base/arge.yaml" || return 1

    mv "$W/base/arge.yaml" "$W/base/renamed.yaml"
    ag verify "$W/s.json" --base-dir "$W/base"
    expect_verified && expect_has stdout "renamed.yaml" || return 1

    # and without the copy it is missing: exit 4, not a silent success
    rm "$W/base/renamed.yaml"
    ag verify "$W/s.json" --base-dir "$W/base"
    expect_rc 4 && expect_not_verified || return 1
}

# With --base-dir nothing outside it (or --rules) is read: the settlement was made
# in $W with relative paths (arge.yaml, rules); afterwards the files in $W are
# changed, the archive holds the originals. Verify must use the archive.
scenario_verify_base_dir_reads_nothing_outside() {
    cp "$ARGE" "$W/arge.yaml" && copy_rules "$W/rules" || return 1
    cd "$W" || return 1
    ag settle arge.yaml --period 2005-Q2 --rules rules --format json -o s.json
    expect_rc 0 && expect_totals s.json $Q2_AK $Q2_KA $Q2_NET || return 1
    mkdir arch && cp arge.yaml arch/ && cp -r rules arch/ || return 1
    halve_aa01 arge.yaml && edit_text rules/rates/pks-2005.yaml "41318.60" "42000.00" || return 1

    ag verify s.json
    expect_rc 3 || return 1   # control: the changed working copies are caught
    ag verify s.json --base-dir arch
    expect_verified || return 1

    # a ../ recorded path is looked up inside --base-dir by file name as well
    mkdir sub && cd sub || return 1
    ag settle ../arch/arge.yaml --period 2005-Q2 --rules ../arch/rules --format json -o ../up.json
    expect_rc 0 || return 1
    mkdir ../arch2 && cp ../arch/arge.yaml ../arch2/ && cp -r ../arch/rules ../arch2/ || return 1
    # the file at the recorded path (from this cwd) is changed, the base-dir copy is not
    halve_aa01 ../arch/arge.yaml || return 1
    ag verify ../up.json --base-dir ../arch2
    expect_verified || return 1
    halve_aa01 ../arch2/arge.yaml || return 1
    ag verify ../up.json --base-dir ../arch2
    expect_rc 3 && expect_not_verified || return 1
}

# Flat archive: the JSON next to all its inputs in one folder, verify --base-dir .
scenario_verify_flat_archive() {
    settle_q2 "$W/s.json" || return 1
    mkdir "$W/flat" && cp "$W/s.json" "$ARGE" rules/rates/*.yaml rules/tasks/*.yaml "$W/flat/" || return 1
    cd "$W/flat" || return 1
    ag verify s.json --base-dir .
    expect_verified && expect_has stdout "pks-2005.yaml" || return 1
}

# An ARGE copy with round: per-component, proration: months, fte_decimals: null:
# the JSON records that policy, verifies exactly, and a policy edit is caught.
scenario_policy_per_component_months_exact_fte() {
    python3 - "$ARGE" "$W/pc.yaml" <<'EOF' || fail "could not write the policy copy" || return 1
import sys, re
s = open(sys.argv[1], encoding="utf-8").read()
s, n = re.subn(r"policy:.*?\n(?=tasks:)", "policy:\n  proration: months\n  fte_decimals: null\n  rounding: half-up\n  round: per-component\n", s, flags=re.S)
assert n == 1
open(sys.argv[2], "w", encoding="utf-8").write(s)
EOF
    ag settle "$W/pc.yaml" --period 2005-Q2 --rules rules --format json -o "$W/pc.json"
    expect_rc 0 || return 1
    py '
from decimal import Decimal as D
d = load(sys.argv[1])
want = {"proration": "months", "fte_decimals": None, "rounding": "half-up", "round": "per-component"}
if d["policy"] != want: sys.exit("policy recorded %r, expected %r" % (d["policy"], want))
for l in d["lines"]:
    if not re.fullmatch(r"\d\.\d{6}", l["fte"]): sys.exit("%s: fte %r has not 6 decimals" % (l["staff_id"], l["fte"]))
    if sum(D(c["amount"]) for c in l["components"]) != D(l["amount"]):
        sys.exit("%s: per-component line %s is not the sum of its components" % (l["staff_id"], l["amount"]))
for t in d["totals"]:
    s = sum(D(l["amount"]) for l in d["lines"] if (l["debtor"], l["creditor"]) == (t["debtor"], t["creditor"]))
    if s != D(t["amount"]): sys.exit("total %s is not the sum of its lines %s" % (t["amount"], s))
if d["totals"][0]["amount"] == "109229.59": sys.exit("months/per-component gives the per-line/days total?")
' "$W/pc.json" || return 1
    ag verify "$W/pc.json"
    expect_verified || return 1

    local edit
    for edit in 'd["policy"]["proration"] = "days"' 'd["policy"]["round"] = "per-line"' \
                'd["policy"]["fte_decimals"] = 4' 'd["policy"]["rounding"] = "half-even"'; do
        cp "$W/pc.json" "$W/e.json" && edit_json "$W/e.json" "$edit" || return 1
        ag verify "$W/e.json"
        [ "$RC" = 3 ] || fail "after $edit: exit $RC, expected 3; said: $(said)" || return 1
        expect_not_verified || return 1
    done
}

# round: per-total records a rounding_difference; it verifies, and an edited
# rounding_difference is caught.
scenario_policy_per_total_rounding_difference() {
    sed 's/^  round: per-line/  round: per-total/' "$ARGE" > "$W/pt.yaml"
    grep -q '^  round: per-total' "$W/pt.yaml" || fail "could not set round: per-total" || return 1
    ag settle "$W/pt.yaml" --period 2005-Q2 --rules rules --format json -o "$W/pt.json"
    expect_rc 0 || return 1
    ag verify "$W/pt.json"
    expect_verified || return 1
    edit_json "$W/pt.json" '
def bump(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "rounding_difference":
                o[k] = "0.42" if v != "0.42" else "0.43"; return True
            if bump(v): return True
    if isinstance(o, list):
        return any(bump(v) for v in o)
    return False
if not bump(d): sys.exit("no rounding_difference recorded with round: per-total")
' || return 1
    ag verify "$W/pt.json"
    expect_rc 3 && expect_not_verified || return 1
}

# An unused input (the 2006 table for 2005-Q2) missing or changed: a note, exit 0.
scenario_unused_input_missing_is_a_note() {
    copy_rules "$W/r" || return 1
    ag settle "$ARGE" --period 2005-Q2 --rules "$W/r" --format json -o "$W/s.json"
    expect_rc 0 || return 1
    [ "$(recorded "$W/s.json" rates pks-2006-platzhalter used)" = false ] \
        || fail "pks-2006-platzhalter not recorded as unused for 2005-Q2" || return 1
    edit_text "$W/r/rates/pks-2006.yaml" "41938.38" "41938.39" || return 1
    ag verify "$W/s.json"
    expect_verified && expect_has any "note" && expect_has any "pks-2006" || return 1
    rm "$W/r/rates/pks-2006.yaml"
    ag verify "$W/s.json"
    expect_verified && expect_has any "note" && expect_has any "pks-2006" || return 1
    # the same in a bundle
    make_bundle "$W/b" || return 1
    rm "$(input_file "$W/b/settlement.json" "$W/b" pks-2006-platzhalter)"
    ag verify "$W/b"
    expect_verified && expect_has any "pks-2006" || return 1
}

# A used input changed: exit 3 naming it; missing: exit 4.
scenario_used_input_changed_or_missing() {
    copy_rules "$W/r" || return 1
    ag settle "$ARGE" --period 2005-Q2 --rules "$W/r" --format json -o "$W/s.json"
    expect_rc 0 || return 1
    edit_text "$W/r/tasks/sgb2-2005.yaml" "Geschäftsführung" "Geschaeftsfuehrung" || return 1
    ag verify "$W/s.json"
    expect_rc 3 && expect_not_verified && expect_has any "sgb2-2005.yaml" || return 1
    rm "$W/r/rates/pks-2005.yaml"
    ag verify "$W/s.json"
    expect_rc 4 && expect_not_verified && expect_has any "pks-2005" || return 1
}

# verify states, for every recorded input, which file it read and its SHA-256.
scenario_verify_names_files_read() {
    settle_q2 "$W/s.json" || return 1
    ag verify "$W/s.json"
    expect_verified || return 1
    py '
d = load(sys.argv[1]); out = open(sys.argv[2], encoding="utf-8").read()
for i in d["inputs"]:
    name = os.path.basename(i["path"])
    line = [l for l in out.splitlines() if name in l]
    if not line: sys.exit("verify output does not name %s" % name)
    if not any(i["sha256"] in l for l in line):
        short = any(i["sha256"][:12] in l for l in line)
        sys.exit("verify output names %s but not its full sha256%s" % (name, " (only abbreviated)" if short else ""))
' "$W/s.json" "$W/stdout" || return 1
    make_bundle "$W/b" || return 1
    ag verify "$W/b"
    expect_verified && expect_has stdout "$W/b/" || return 1
}

# README step 3: verify SETTLEMENT.json --rules DIR... (no --base-dir) finds the
# ARGE file by its recorded path relative to the working directory (or absolute);
# given --rules dirs replace moved recorded ones.
scenario_verify_given_rules_finds_arge() {
    local v=(--rules rules/tasks --rules examples/jahresabschluss-2005/rates-vorlaeufig)
    ag settle "$ARGE" --period 2005-Q2 "${v[@]}" --format json -o "$W/q2.json"
    expect_rc 0 || return 1
    ag verify "$W/q2.json" "${v[@]}"
    expect_verified || return 1

    mkdir "$W/src" && cp "$ARGE" "$W/src/arge.yaml" && copy_rules "$W/r" || return 1
    ag settle "$W/src/arge.yaml" --period 2005-Q2 --rules "$W/r" --format json -o "$W/abs.json"
    expect_rc 0 || return 1
    mv "$W/r" "$W/moved-rules"
    ag verify "$W/abs.json" --rules "$W/moved-rules"
    expect_verified && expect_has stdout "$W/moved-rules/rates/pks-2005.yaml" || return 1
}

# A different tool version in the JSON is only a note.
scenario_verify_other_tool_version_is_a_note() {
    settle_q2 "$W/s.json" && edit_json "$W/s.json" 'd["tool"] = "ausgleich 0.0.9"' || return 1
    ag verify "$W/s.json"
    expect_verified && expect_has any "0.0.9" || return 1
}

# A rules file moved inside its rules directory (another path, same content) is
# found by its SHA-256 below the recorded rules directory.
scenario_verify_finds_moved_rules_file_by_content() {
    copy_rules "$W/r" || return 1
    ag settle "$ARGE" --period 2005-Q2 --rules "$W/r" --format json -o "$W/s.json"
    expect_rc 0 || return 1
    mkdir -p "$W/r/archiv/alt" && mv "$W/r/rates/pks-2005.yaml" "$W/r/archiv/alt/tabelle.yaml" || return 1
    ag verify "$W/s.json"
    expect_verified && expect_has stdout "archiv/alt/tabelle.yaml" || return 1
}
