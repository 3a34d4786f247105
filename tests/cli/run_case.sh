#!/usr/bin/env bash
# Runs one golden CLI case: tests/cli/cases/NAME/
#   args             the arguments, one per line ("@OUT@" stands for a fresh output path)
#   exit             the expected exit status (default 0)
#   stdout, stderr   the expected output, byte for byte (checked when the file exists)
#   output           the expected content of the file written to @OUT@
# Run from the source tree's root, so that paths in args are relative to it.
set -u
binary=$1
case_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/out/result"
mkdir -p "$work/out"

args=()
while IFS= read -r line || [ -n "$line" ]; do
    args+=("${line//@OUT@/$out}")
done < "$case_dir/args"

expected_exit=0
[ -f "$case_dir/exit" ] && expected_exit=$(cat "$case_dir/exit")

# A fixed, unusual environment: results must not depend on locale or time zone.
# The program is called "ausgleich" (argv[0]), as when found on PATH: --help
# prints it in its usage line, and the build's path must not reach a golden.
(
    export LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati AUSGLEICH_RULES=
    exec -a ausgleich "$binary" "${args[@]}"
) > "$work/stdout" 2> "$work/stderr"
status=$?

failed=0
if [ "$status" != "$expected_exit" ]; then
    echo "exit status $status, expected $expected_exit"
    failed=1
fi
for stream in stdout stderr; do
    if [ -f "$case_dir/$stream" ] && ! diff -u "$case_dir/$stream" "$work/$stream"; then
        echo "($stream differs from $case_dir/$stream)"
        failed=1
    fi
done
if [ -f "$case_dir/output" ]; then
    if [ ! -f "$out" ]; then
        echo "no output file written"
        failed=1
    elif ! diff -u "$case_dir/output" "$out"; then
        echo "(output file differs from $case_dir/output)"
        failed=1
    fi
fi
if [ "$failed" != 0 ]; then
    echo "--- stderr was:"
    cat "$work/stderr"
fi
exit "$failed"
