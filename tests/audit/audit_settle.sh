# shellcheck shell=bash
# Scenarios around settle, validate and the CLI: which days need a rate (SPEC 3.1,
# 4.1), what settle records about its inputs (5.1), option order (5), and
# --archive refusing to write where it must not. Sourced by audit.sh.

# A provisional 2007 table listing only two pay groups is added to a copy of the
# rules: nothing about 2005 may change, and 2007 itself fails only for the groups

# expect_q2_as_shipped RULES: with RULES, 2005-Q2 settles to the shipped figures
# (into $W/s.json), KO06's explained line is 6898.67
# (tests/cli/cases/explain-ko06-text), the JSON verifies with no --rules (the
# rules dir is recorded), and a true-up of the same quarter bills it once.
expect_q2_as_shipped() {
    ag settle "$ARGE" --period 2005-Q2 --rules "$1" --format json -o "$W/s.json"
    expect_rc 0 && expect_totals "$W/s.json" $Q2_AK $Q2_KA $Q2_NET || return 1
    ag explain "$ARGE" --period 2005-Q2 --staff KO06 --rules "$1"
    expect_rc 0 && expect_has stdout 6898.67 || return 1
    ag verify "$W/s.json"
    expect_verified || return 1
    ag trueup "$ARGE" --period 2005-Q2 --paid "$W/s.json" --rules "$1"
    expect_rc 0 && expect_has stdout $Q2_AK
}

# it does not list.
scenario_partial_next_year_table() {
    copy_rules "$W/r" && write_partial_2007 "$W/r/rates/pks-2007.yaml" || return 1

    ag settle "$ARGE" --period 2005-Q2 --rules "$W/r"
    expect_rc 0 && expect_table_totals $Q2_AK $Q2_KA $Q2_NET || return 1
    expect_lacks stderr "error" || return 1

    expect_q2_as_shipped "$W/r" || return 1
    # it is loaded and recorded, but rated no day of 2005-Q2
    [ "$(recorded "$W/s.json" rates pks-2007-teil used)" = false ] \
        || fail "pks-2007-teil recorded with used=$(recorded "$W/s.json" rates pks-2007-teil used), expected false" || return 1
    [ "$(recorded "$W/s.json" rates pks-2007-teil status)" = provisional ] \
        || fail "pks-2007-teil not recorded with status provisional" || return 1

    # 2007-Q1 needs A9 for KO03 (not listed): an error naming staff and group
    ag settle "$ARGE" --period 2007-Q1 --rules "$W/r"
    expect_rc 1 && expect_has stderr KO03 && expect_has stderr A9 || return 1
}

# No 2006 table, but a complete 2007 one: 2005 and 2007 settle, 2006 does not.
scenario_gap_year_between_tables() {
    copy_rules "$W/r" && rm "$W/r/rates/pks-2006.yaml" || return 1
    sed -e 's/pks-2006-platzhalter/pks-2007-test/' -e 's/2006-01-01/2007-01-01/' \
        -e 's/2006-12-31/2007-12-31/' rules/rates/pks-2006.yaml > "$W/r/rates/pks-2007.yaml"

    expect_q2_as_shipped "$W/r" || return 1
    [ "$(recorded "$W/s.json" rates pks-2007-test used)" = false ] \
        || fail "pks-2007-test recorded as used for 2005-Q2" || return 1

    # the year after the gap has every group
    ag settle "$ARGE" --period 2007-Q1 --rules "$W/r"
    expect_rc 0 || return 1
    # the gap year itself is an error naming its days
    ag settle "$ARGE" --period 2006-Q1 --rules "$W/r"
    expect_rc 1 && expect_has stderr 2006-01-01 || return 1
    # a period across the gap fails too, for 2006 only
    ag settle "$ARGE" --period 2005-12-01..2007-01-31 --rules "$W/r"
    expect_rc 1 && expect_has stderr 2006 || return 1
    ag validate "$ARGE" --period 2006 --rules "$W/r"
    expect_rc 1 || return 1
}

# validate without --period: a day without a rate is a warning (exit 0);
# with --period 2007 it is an error for exactly the unlisted groups.
scenario_validate_warnings_vs_period_errors() {
    copy_rules "$W/r" && write_partial_2007 "$W/r/rates/pks-2007.yaml" || return 1

    ag validate "$ARGE" --rules "$W/r"
    expect_rc 0 && expect_has stderr "warning" && expect_lacks stderr "error:" || return 1
    py '
lines = [l for l in open(sys.argv[1], encoding="utf-8") if "warning" in l]
if not any(re.search(r"\bA9\b", l) and "2007" in l for l in lines):
    sys.exit("no warning names pay group A9 in 2007: %r" % lines[:3])
' "$W/stderr" || return 1

    ag validate "$ARGE" --rules "$W/r" --period 2007
    expect_rc 1 && expect_has stderr "error" || return 1
    py '
errs = [l for l in open(sys.argv[1], encoding="utf-8") if "error" in l]
if not any("KO03" in l and re.search(r"\bA9\b", l) for l in errs):
    sys.exit("no error names KO03 / A9: %r" % errs[:3])
listed = [l for l in errs if re.search(r"\b(A13|E9)\b", l)]
if listed: sys.exit("errors for pay groups the 2007 table lists: %r" % listed[:2])
' "$W/stderr" || return 1

    # 2005 is fully covered
    ag validate "$ARGE" --rules "$W/r" --period 2005
    expect_rc 0 && expect_lacks stderr "error" || return 1
    # the partial table itself is a valid rates file
    ag validate "$W/r/rates/pks-2007.yaml" --rules "$W/r"
    expect_rc 0 || return 1
}

# Repeatable options take one value each, so they may come before the positional.
scenario_options_before_positional() {
    ag settle --rules rules "$ARGE" --period 2005-Q2
    expect_rc 0 && expect_table_totals $Q2_AK $Q2_KA $Q2_NET || return 1

    ag settle --rules rules/tasks --rules examples/jahresabschluss-2005/rates-vorlaeufig \
        "$ARGE" --period 2005-Q2 --format json -o "$W/v.json"
    expect_rc 0 || return 1
    py '
d = load(sys.argv[1])
want = ["rules/tasks", "examples/jahresabschluss-2005/rates-vorlaeufig"]
if d.get("rules_dirs") != want: sys.exit("rules_dirs %r, expected %r" % (d.get("rules_dirs"), want))
' "$W/v.json" || return 1

    ag validate --rules rules "$ARGE"
    expect_rc 0 || return 1
    ag explain --rules rules --staff KO06 --period 2005-Q2 "$ARGE"
    expect_rc 0 && expect_has stdout 6898.67 || return 1
    settle_q2 "$W/s.json" || return 1
    # (--base-dir . only so that the ARGE file is found even where a given
    # --rules narrows the search; see scenario verify_given_rules_finds_arge)
    ag verify --rules rules "$W/s.json" --base-dir .
    expect_verified || return 1
    ag trueup --paid "$W/s.json" --rules rules "$ARGE" --period 2005-Q2
    expect_rc 0 && expect_has stdout $Q2_AK || return 1
}

# Every input is recorded with role, id, path as given, rules_dir, sha256 (that
# sha256sum agrees with), status and used; rules_dirs as given.
scenario_inputs_recorded() {
    settle_q2 "$W/s.json" || return 1
    expect_totals "$W/s.json" $Q2_AK $Q2_KA $Q2_NET || return 1
    py '
d = load(sys.argv[1])
if d.get("rules_dirs") != ["rules"]: sys.exit("rules_dirs %r, expected [\"rules\"]" % d.get("rules_dirs"))
def sha(p): return hashlib.sha256(open(p, "rb").read()).hexdigest()
got = {}
for i in d["inputs"]:
    key = i.get("id", i["role"])
    got[key] = i
    p = i["path"] if i["role"] == "arge" else os.path.join(i.get("rules_dir", "?"), i["path"])
    if not os.path.isfile(p): sys.exit("%s: recorded path %s does not exist" % (key, p))
    if i.get("sha256") != sha(p): sys.exit("%s: recorded sha256 is not that of %s" % (key, p))
    if not isinstance(i.get("used"), bool): sys.exit("%s: used is %r, not true/false" % (key, i.get("used")))
want = {
  "arge": dict(role="arge", path="examples/musterstadt/arge.yaml", used=True),
  "pks-2005-platzhalter": dict(role="rates", path="rates/pks-2005.yaml", rules_dir="rules", status="provisional", used=True),
  "pks-2006-platzhalter": dict(role="rates", path="rates/pks-2006.yaml", rules_dir="rules", status="provisional", used=False),
  "agebv-2016": dict(role="rates", path="rates/agebv-2016.yaml", rules_dir="rules", status="final", used=False),
  "agebv-2021": dict(role="rates", path="rates/agebv-2021.yaml", rules_dir="rules", status="final", used=False),
  "sgb2-2005": dict(role="tasks", path="tasks/sgb2-2005.yaml", rules_dir="rules", used=True),
}
if sorted(got) != sorted(want): sys.exit("inputs %s, expected %s" % (sorted(got), sorted(want)))
for k, w in want.items():
    for f, v in w.items():
        if got[k].get(f) != v: sys.exit("%s: %s is %r, expected %r" % (k, f, got[k].get(f), v))
' "$W/s.json"
}

# A task catalog is used only when it defines a task code of the ARGE file: an
# ARGE with only implicit partner codes records the shipped catalog as unused,
# and verifies without it (a note only).
scenario_tasks_catalog_unused() {
    cat > "$W/klein.yaml" <<'EOF'
schema: ausgleich/arge/v1
arge: ARGE Klein
partners:
  agentur: { name: Agentur Klein, full_time_hours: 40 }
  kommune: { name: Kommune Klein, full_time_hours: 40 }
staff:
  - id: K1
    employer: kommune
    pay_group: A9
    assignments:
      - from: 2005-01-01
        to: 2005-12-31
        fte: 1
        tasks: { agentur: 60, kommune: 40 }
EOF
    copy_rules "$W/r" || return 1
    ag settle "$W/klein.yaml" --period 2005-Q2 --rules "$W/r" --format json -o "$W/s.json"
    expect_rc 0 || return 1
    # (41318.60 * 1.3 + 11070.00) * 0.6 * 91/365 = 9691.0034 -> 9691.00, agentur pays kommune
    py '
d = load(sys.argv[1])
if [(x["debtor"], x["amount"]) for x in d["net"]] != [("agentur", "9691.00")]:
    sys.exit("net %r, expected agentur pays 9691.00" % d["net"])
' "$W/s.json" || return 1
    [ "$(recorded "$W/s.json" tasks sgb2-2005 used)" = false ] \
        || fail "task catalog sgb2-2005 recorded as used, but the ARGE uses no code of it" || return 1
    [ "$(recorded "$W/s.json" rates pks-2005-platzhalter used)" = true ] \
        || fail "pks-2005-platzhalter not recorded as used" || return 1
    rm -r "$W/r/tasks"
    ag verify "$W/s.json"
    expect_verified && expect_has any "sgb2-2005" || return 1
}

# --archive into a non-empty directory is refused and writes nothing into it;
# into an existing empty one it works.
scenario_archive_nonempty_refused() {
    mkdir "$W/d" && echo keep > "$W/d/keep" || return 1
    ag settle "$ARGE" --period 2005-Q2 --rules rules --archive "$W/d"
    expect_rc_nonzero || return 1
    [ "$(ls -A "$W/d")" = keep ] || fail "non-empty archive dir now holds: $(ls -A "$W/d" | tr '\n' ' ')" || return 1
    [ "$(cat "$W/d/keep")" = keep ] || fail "file in the refused archive dir was changed" || return 1

    mkdir "$W/empty"
    ag settle "$ARGE" --period 2005-Q2 --rules rules --archive "$W/empty"
    expect_rc 0 && [ -f "$W/empty/settlement.json" ] || fail "no bundle in the empty dir; said: $(said)" || return 1
    expect_totals "$W/empty/settlement.json" $Q2_AK $Q2_KA $Q2_NET
}

# Written completely or not at all: a settlement that fails (no rates for 2007)
# or an archive that cannot be created leaves no bundle behind.
scenario_archive_all_or_nothing() {
    ag settle "$ARGE" --period 2007-Q1 --rules rules --archive "$W/b"
    expect_rc 1 || return 1
    [ ! -e "$W/b" ] || [ -z "$(ls -A "$W/b")" ] \
        || fail "failed settle left a bundle: $(ls -A "$W/b" | tr '\n' ' ')" || return 1

    touch "$W/file"
    ag settle "$ARGE" --period 2005-Q2 --rules rules --archive "$W/file/b"
    expect_rc_nonzero || return 1
    [ -f "$W/file" ] && [ ! -s "$W/file" ] || fail "the plain file in the archive path was changed" || return 1
    local stray
    stray=$(find "$W" -mindepth 1 -maxdepth 1 ! -name file ! -name stdout ! -name stderr)
    [ -z "$stray" ] || fail "stray files after a failed archive: $stray"
}
