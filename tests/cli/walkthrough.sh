#!/usr/bin/env bash
# Runs the commands of a README walkthrough exactly as README.md shows them
# and compares every output with the reviewed files in tests/cli/walkthrough/.
#
#   walkthrough.sh AUSGLEICH SOURCE_DIR HEADING EXPECTED_DIR
#
# HEADING names the README section ("## Walkthrough: …"); its first ```sh
# block is split at blank lines into steps, run one after the other by bash in
# one scratch folder holding copies of the source tree's examples/ and rules/
# (so paths read as they do from the source root), with `ausgleich` on PATH.
# Step N must give EXPECTED_DIR/step-N.stdout and step-N.stderr byte for byte
# and exit 0; every file the steps write must equal EXPECTED_DIR/files/NAME,
# and no other file may appear. A README edit that adds, drops or changes a
# step, or a command whose output changes, fails here until the expected
# files are reviewed (tests/cli/README.md). KEEP=DIR keeps what was produced
# in DIR for that review.
set -u
binary=$(realpath "$1")
source_dir=$(realpath "$2")
heading=$3
expected=$(realpath "$4")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The block: from the first "```sh" after the heading to the next "```".
awk -v heading="$heading" '
    $0 == heading { found = 1; next }
    found && !inside && /^## / { exit }
    found && !inside && $0 == "```sh" { inside = 1; next }
    inside && $0 == "```" { exit }
    inside { print }
' "$source_dir/README.md" > "$work/block.sh"
if [ ! -s "$work/block.sh" ]; then
    echo "FAILED: no \`\`\`sh block after '$heading' in README.md"
    exit 1
fi
# One file per step, split at blank lines.
mkdir "$work/steps"
awk -v dir="$work/steps" '
    /^$/ { if (open) { close(file); open = 0 } next }
    !open { ++n; file = sprintf("%s/step-%d.sh", dir, n); open = 1 }
    { print > file }
' "$work/block.sh"

mkdir -p "$work/run" "$work/bin" "$work/out"
ln -s "$binary" "$work/bin/ausgleich"
# Copies, not links: verify reads no file outside the working directory and
# the recorded folders, and a link would lead outside.
cp -R "$source_dir/examples" "$source_dir/rules" "$work/run/"

failed=0
steps=$(find "$work/steps" -name 'step-*.sh' | wc -l)
expected_steps=$(find "$expected" -maxdepth 1 -name 'step-*.stdout' | wc -l)
if [ "$steps" != "$expected_steps" ]; then
    echo "FAILED: the README block has $steps steps, $expected has $expected_steps"
    failed=1
fi
for ((n = 1; n <= steps; n++)); do
    script="$work/steps/step-$n.sh"
    (
        cd "$work/run" &&
            export PATH="$work/bin:$PATH" LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati AUSGLEICH_RULES= &&
            bash -e "$script"
    ) > "$work/out/step-$n.stdout" 2> "$work/out/step-$n.stderr"
    status=$?
    if [ "$status" != 0 ]; then
        echo "FAILED: step $n exited $status:"
        sed 's/^/    /' "$script"
        failed=1
    fi
    for stream in stdout stderr; do
        if [ ! -f "$expected/step-$n.$stream" ]; then
            echo "FAILED: no $expected/step-$n.$stream"
            failed=1
        elif ! diff -u "$expected/step-$n.$stream" "$work/out/step-$n.$stream"; then
            echo "(step $n: $stream differs from $expected/step-$n.$stream; the step:)"
            sed 's/^/    /' "$script"
            failed=1
        fi
    done
done

# The files the steps wrote, and only those.
(cd "$work/run" && find . -path ./examples -prune -o -path ./rules -prune -o -type f -printf '%P\n' |
    LC_ALL=C sort) > "$work/written"
(cd "$expected/files" && find . -type f -printf '%P\n' | LC_ALL=C sort) > "$work/wanted"
if ! diff -u "$work/wanted" "$work/written"; then
    echo "(the files written differ from those in $expected/files)"
    failed=1
fi
while IFS= read -r name; do
    if [ -f "$expected/files/$name" ] && ! diff -u "$expected/files/$name" "$work/run/$name"; then
        echo "($name differs from $expected/files/$name)"
        failed=1
    fi
done < "$work/written"

if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP/files"
    cp "$work/out/"* "$KEEP/"
    (cd "$work/run" && xargs -I{} cp --parents {} "$KEEP/files/" < "$work/written")
    cp "$work/steps/"* "$KEEP/"
fi
[ "$failed" = 0 ] && echo "ok: $steps steps of '$heading'"
exit "$failed"
