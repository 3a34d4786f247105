#!/usr/bin/env bash
# The default rules search without --rules or $AUSGLEICH_RULES (SPEC 5,
# cli/common.cpp): the installed binary finds <prefix>/share/ausgleich/rules
# from any working directory, the build tree's binary finds the source rules/
# through build/share/ausgleich/rules, and neither knows the source tree by a
# compiled-in path (a binary without its share/ finds nothing).
#
#   rules_lookup.sh AUSGLEICH CMAKE BUILD_DIR SOURCE_DIR check|skip
#
# The last argument says whether the binary is checked for the source path:
# only in a release build without sanitizers, as debug information and
# UBSan's source locations name the source files.
set -u
binary=$(realpath "$1")
cmake=$2
build_dir=$3
source_dir=$(cd "$4" && pwd -P)
path_check=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
arge="$source_dir/examples/musterstadt/arge.yaml"
failed=0
fail() {
    echo "FAILED: $*"
    failed=1
}
# The rules_dirs line of a JSON settlement.
rules_dirs() {
    grep '^  "rules_dirs": ' "$1"
}
settle() {
    AUSGLEICH_RULES= LC_ALL=C.UTF-8 "$@" settle "$arge" --period 2005-Q2 --format json
}

"$cmake" --install "$build_dir" --prefix "$work/prefix" > "$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "cmake --install"; exit 1; }
installed="$work/prefix/bin/ausgleich"
mkdir "$work/elsewhere"

# 1. Installed, run from a folder that is neither the source nor the prefix.
(cd "$work/elsewhere" && settle "$installed") > "$work/installed.json" 2> "$work/installed.err" ||
    fail "installed binary: exit $?: $(cat "$work/installed.err")"
[ "$(rules_dirs "$work/installed.json")" = "  \"rules_dirs\": [\"$work/prefix/share/ausgleich/rules\"]," ] ||
    fail "installed binary records $(rules_dirs "$work/installed.json")"
grep -q "\"path\": \"rates/pks-2005.yaml\", \"rules_dir\": \"$work/prefix/share/ausgleich/rules\"" \
    "$work/installed.json" || fail "installed binary did not read its own rates/pks-2005.yaml"

# 2. The build tree's binary: "rules" from the source root (as the goldens),
#    the real path of the source rules/ from elsewhere.
(cd "$source_dir" && settle "$binary") > "$work/root.json" 2> "$work/root.err" ||
    fail "build binary from the source root: $(cat "$work/root.err")"
[ "$(rules_dirs "$work/root.json")" = '  "rules_dirs": ["rules"],' ] ||
    fail "build binary from the source root records $(rules_dirs "$work/root.json")"
(cd "$source_dir/examples" && settle "$binary") > "$work/sub.json" 2> "$work/sub.err" ||
    fail "build binary from examples/: $(cat "$work/sub.err")"
[ "$(rules_dirs "$work/sub.json")" = "  \"rules_dirs\": [\"$source_dir/rules\"]," ] ||
    fail "build binary from examples/ records $(rules_dirs "$work/sub.json")"

# 3. Without share/ beside it, neither binary finds rules: no fallback to the
#    source tree is compiled in. The error names where it looked (exit 4).
for copy in installed build; do
    mkdir -p "$work/$copy/bin"
    if [ "$copy" = installed ]; then cp "$installed" "$work/$copy/bin/"; else cp "$binary" "$work/$copy/bin/"; fi
    (cd "$source_dir" && settle "$work/$copy/bin/ausgleich") > /dev/null 2> "$work/$copy.err"
    status=$?
    [ "$status" = 4 ] || fail "$copy binary without share/: exit $status, expected 4"
    [ "$(cat "$work/$copy.err")" = "$work/$copy/share/ausgleich/rules: error: rules directory not found" ] ||
        fail "$copy binary without share/ says: $(cat "$work/$copy.err")"
done

# 4. No source path inside the binaries.
if [ "$path_check" = check ]; then
    for file in "$binary" "$installed"; do
        if grep -a -F -q "$source_dir/" "$file"; then
            fail "$file contains the source path $source_dir/"
        fi
    done
else
    echo "(source path check skipped: debug or sanitizer build)"
fi

[ "$failed" = 0 ] && echo "ok: rules lookup"
exit "$failed"
