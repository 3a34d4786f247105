# shellcheck shell=bash
# Scenarios around settle --archive bundles and verify BUNDLE (SPEC 5.1): a
# bundle is self-contained, and every edit to it is caught, even when the forger
# also rewrites SHA256SUMS. Sourced by audit.sh (after audit_verify.sh).

# The bundle: settlement.json with paths relative to DIR, a copy of every
# recorded input below DIR, SHA256SUMS over every other file (sha256sum -c passes).
# --archive works with any --format; the normal output still goes to stdout.
scenario_bundle_contents() {
    ag settle "$ARGE" --period 2005-Q2 --rules rules --archive "$W/b"
    expect_rc 0 && expect_table_totals $Q2_AK $Q2_KA $Q2_NET || return 1
    expect_totals "$W/b/settlement.json" $Q2_AK $Q2_KA $Q2_NET || return 1
    # ARGE, sgb2-2005, pks-2005, pks-2006 and the two AGebV tables (unused).
    check_bundle "$W/b" 6 || return 1

    # --format csv -o: the CSV is written as usual, the bundle beside it
    ag settle "$ARGE" --period 2005-Q2 --rules rules --format csv -o "$W/s.csv" --archive "$W/b2"
    expect_rc 0 && [ -s "$W/s.csv" ] && [ -f "$W/b2/settlement.json" ] \
        || fail "csv + --archive: csv or bundle missing; said: $(said)" || return 1
    grep -q "6898.67" "$W/s.csv" || fail "the CSV lacks KO06's 6898.67"
}

# verify BUNDLE_DIR and verify BUNDLE_DIR/settlement.json, no other flag.
scenario_bundle_verifies() {
    make_bundle "$W/b" || return 1
    # the bundle's settlement.json carries the same figures as the -o JSON
    py '
a, b = load(sys.argv[1]), load(sys.argv[2])
for k in ("period", "policy", "lines", "totals", "net"):
    if a[k] != b[k]: sys.exit("bundle settlement.json differs from the -o JSON in %s" % k)
' "$W/s.json" "$W/b/settlement.json" || return 1
    ag verify "$W/b"
    expect_verified || return 1
    ag verify "$W/b/settlement.json"
    expect_verified || return 1
}

# Made from copies that are deleted afterwards, moved elsewhere, verified from
# an unrelated cwd: the bundle is self-contained.
scenario_bundle_moved_verifies() {
    mkdir -p "$W/src" "$W/far/away" "$W/cwd" && cp "$ARGE" "$W/src/arge.yaml" && copy_rules "$W/src/rules" || return 1
    ag settle "$W/src/arge.yaml" --period 2005-Q2 --rules "$W/src/rules" --archive "$W/b"
    expect_rc 0 || return 1
    rm -r "$W/src" && mv "$W/b" "$W/far/away/moved" || return 1
    cd "$W/cwd" || return 1
    ag verify "$W/far/away/moved"
    expect_verified || return 1
    cd "$W/far" || return 1
    ag verify away/moved/settlement.json
    expect_verified || return 1
}

# An edited rates copy in the bundle (and a forger's fresh SHA256SUMS) is a
# changed used input: exit 3 naming the file.
scenario_bundle_rates_edited() {
    make_bundle "$W/b" || return 1
    local f
    f=$(input_file "$W/b/settlement.json" "$W/b" pks-2005-platzhalter)
    edit_text "$f" "41318.60" "41318.61" || return 1
    ag verify "$W/b"
    expect_rc 3 && expect_not_verified && expect_has any "pks-2005.yaml" || return 1
    resum "$W/b"
    ag verify "$W/b"
    expect_rc 3 && expect_not_verified && expect_has any "pks-2005.yaml" || return 1
}

# Editing the recorded figures (re-summed, so only recomputation catches it).
scenario_bundle_policy_round_edited() {
    make_bundle "$W/b" || return 1
    edit_json "$W/b/settlement.json" 'd["policy"]["round"] = "per-total"' && resum "$W/b" || return 1
    ag verify "$W/b"
    expect_rc 3 && expect_not_verified || return 1
}
scenario_bundle_component_edited() {
    make_bundle "$W/b" || return 1
    # AA01's base component (1947.05) becomes 9999.99; amount and totals untouched
    edit_json "$W/b/settlement.json" 'assert d["lines"][0]["staff_id"] == "AA01" and d["lines"][0]["components"][0]["id"] == "base"
d["lines"][0]["components"][0]["amount"] = "9999.99"' && resum "$W/b" || return 1
    ag verify "$W/b"
    expect_rc 3 && expect_not_verified && expect_has any "AA01" || return 1
}
scenario_bundle_days_edited() {
    make_bundle "$W/b" || return 1
    edit_json "$W/b/settlement.json" 'assert d["lines"][0]["staff_id"] == "AA01" and d["lines"][0]["days"] == 91
d["lines"][0]["days"] = 90' && resum "$W/b" || return 1
    ag verify "$W/b"
    expect_rc 3 && expect_not_verified && expect_has any "AA01" || return 1
}
# fte, share, pay_group, employer of a line, the net, the totals and the period
# are compared too; a removed line and a forged input sha256 are differences.
scenario_bundle_line_fields_edited() {
    local edit
    for edit in 'd["lines"][1]["fte"] = "0.9999"' 'd["lines"][1]["share"] = "0.2757"' \
                'del d["lines"][0]' 'd["lines"][0]["employer"] = "kommune"' \
                'd["inputs"][0]["sha256"] = "0" * 64' \
                'd["period"].update(label="2005-Q3", **{"from": "2005-07-01", "to": "2005-09-30"})' \
                'd["lines"][1]["pay_group"] = "A12"' 'd["net"][0]["amount"] = "51276.13"' \
                'd["totals"][1]["amount"] = "57953.48"'; do
        rm -rf "$W/b"
        make_bundle "$W/b" && edit_json "$W/b/settlement.json" "$edit" && resum "$W/b" || return 1
        ag verify "$W/b"
        [ "$RC" = 3 ] || fail "after $edit: exit $RC, expected 3; said: $(said)" || return 1
        expect_not_verified || return 1
    done
}

# The JSON is read strictly: unknown keys, unknown policy values, malformed
# figures are invalid data (exit 1), not a mismatch and never "verified".
scenario_bundle_strict_json() {
    local edit
    for edit in 'd["comment"] = "checked by me"' 'd["lines"][0]["note"] = "x"' \
                'd["policy"]["round"] = "per-staff"' 'd["policy"]["proration"] = "weeks"' \
                'd["lines"][0]["amount"] = "2878,91"' 'd["lines"][0]["amount"] = "2.87891e3"' \
                'd["totals"][0]["amount"] = 109229.59'; do
        rm -rf "$W/b"
        make_bundle "$W/b" && edit_json "$W/b/settlement.json" "$edit" && resum "$W/b" || return 1
        ag verify "$W/b"
        [ "$RC" = 1 ] || fail "after $edit: exit $RC, expected 1; said: $(said)" || return 1
        expect_not_verified || return 1
    done
    # a duplicate key (json.load would silently keep the last one)
    rm -rf "$W/b"
    make_bundle "$W/b" && edit_text "$W/b/settlement.json" '"arge": ' '"arge": "ARGE Anderswo", "arge": ' \
        && resum "$W/b" || return 1
    ag verify "$W/b"
    expect_rc 1 && expect_not_verified || return 1
}

# The bundle's ARGE copy tampered while the original stays untouched in the
# source tree: verify BUNDLE reads only the bundle, so exit 3.
scenario_bundle_tampered_copy_next_to_original() {
    make_bundle "$W/b" || return 1
    local f
    f=$(input_file "$W/b/settlement.json" "$W/b" arge)
    [ -f "$f" ] || fail "no ARGE copy in bundle at $f" || return 1
    halve_aa01 "$f" && resum "$W/b" || return 1
    ag verify "$W/b"
    expect_rc 3 && expect_not_verified && expect_has any "arge.yaml" || return 1
    ag verify "$W/b/settlement.json"
    expect_rc 3 && expect_not_verified || return 1
}


# A forged bundle whose settlement.json points outside the bundle (absolute, or
# ../ up to an untouched original) must not be followed: verify BUNDLE reads only
# files inside it, so with the bundle copy removed the input is missing (exit 4).
scenario_bundle_recorded_path_outside_not_followed() {
    # $W/x/y/b/../../../examples/musterstadt/arge.yaml: an untouched original
    mkdir -p "$W/examples/musterstadt" "$W/x/y" && cp "$ARGE" "$W/examples/musterstadt/" || return 1
    local target copy
    for target in "$ROOT/$ARGE" "../../../$ARGE"; do
        rm -rf "$W/x/y/b"
        make_bundle "$W/x/y/b" || return 1
        copy=$(input_file "$W/x/y/b/settlement.json" "$W/x/y/b" arge)
        rm "$copy" || return 1
        edit_json "$W/x/y/b/settlement.json" "
for i in d['inputs']:
    if i['role'] == 'arge': i['path'] = '$target'
" && resum "$W/x/y/b" || return 1
        ag verify "$W/x/y/b"
        [ "$RC" = 4 ] || fail "bundle pointing at $target, its copy removed: exit $RC, expected 4; said: $(said)" || return 1
        expect_not_verified || return 1
    done
    # the same for a rules file whose rules_dir is forged to the source tree's rules/
    rm -rf "$W/x/y/b"
    make_bundle "$W/x/y/b" || return 1
    rm "$(input_file "$W/x/y/b/settlement.json" "$W/x/y/b" pks-2005-platzhalter)" || return 1
    edit_json "$W/x/y/b/settlement.json" "
for i in d['inputs']:
    if i.get('id') == 'pks-2005-platzhalter': i['rules_dir'] = '$ROOT/rules'
" && resum "$W/x/y/b" || return 1
    ag verify "$W/x/y/b"
    [ "$RC" = 4 ] || fail "bundle with rules_dir forged to $ROOT/rules, copy removed: exit $RC, expected 4; said: $(said)" || return 1
    expect_not_verified || return 1
}

# Two rules directories with the same base name, each holding a file of the same
# name (rates.yaml: 2005 in one, 2006 in the other): the bundle keeps both apart.
scenario_bundle_two_rules_dirs_same_names() {
    mkdir -p "$W/one/rules" "$W/two/rules/tasks" || return 1
    cp rules/rates/pks-2005.yaml "$W/one/rules/rates.yaml"
    cp rules/rates/pks-2006.yaml "$W/two/rules/rates.yaml"
    cp rules/tasks/sgb2-2005.yaml "$W/two/rules/tasks/"
    ag settle "$ARGE" --period 2005-Q2 --rules "$W/one/rules" --rules "$W/two/rules" --archive "$W/b"
    expect_rc 0 && expect_table_totals $Q2_AK $Q2_KA $Q2_NET || return 1
    check_bundle "$W/b" 4 || return 1
    rm -r "$W/one" "$W/two"
    ag verify "$W/b"
    expect_verified || return 1
}

# The natural use: the aggregated statement for the other partner (-o html) and
# the audit bundle in one run. The statement has no staff ids; the bundle is the
# full, verifiable settlement.
scenario_bundle_beside_aggregated_statement() {
    ag settle "$ARGE" --period 2005-Q2 --rules rules --format html --aggregate -o "$W/st.html" --archive "$W/b"
    expect_rc 0 || return 1
    grep -q "$Q2_NET" "$W/st.html" || fail "statement lacks the net $Q2_NET" || return 1
    ! grep -q "KO06" "$W/st.html" || fail "aggregated statement names staff KO06" || return 1
    check_bundle "$W/b" 6 && expect_totals "$W/b/settlement.json" $Q2_AK $Q2_KA $Q2_NET || return 1
    ag verify "$W/b"
    expect_verified || return 1
}

# A forger changes a used rates table in the bundle and hides it by recording it
# as "used": false (and removes it): it is still needed to reproduce the figures,
# so this must never verify.
scenario_bundle_used_flag_forged() {
    make_bundle "$W/b" || return 1
    rm "$(input_file "$W/b/settlement.json" "$W/b" pks-2005-platzhalter)" || return 1
    edit_json "$W/b/settlement.json" "
for i in d['inputs']:
    if i.get('id') == 'pks-2005-platzhalter': i['used'] = False
" && resum "$W/b" || return 1
    ag verify "$W/b"
    expect_rc_nonzero && expect_not_verified || return 1
}

# A bundle copy replaced by a symlink to the original outside the bundle: a bundle
# must hold its inputs itself (it is moved to other machines), so this is not
# "verified" (my reading of "reads only files inside the bundle").
scenario_bundle_symlink_out_not_followed() {
    make_bundle "$W/b" || return 1
    local copy
    copy=$(input_file "$W/b/settlement.json" "$W/b" arge)
    rm "$copy" && ln -s "$ROOT/$ARGE" "$copy" || return 1
    ag verify "$W/b"
    expect_rc_nonzero && expect_not_verified || return 1
}
