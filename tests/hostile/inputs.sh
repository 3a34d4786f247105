#!/usr/bin/env bash
# Hostile input files and rules directories (issue 10): devices and huge files
# refused in bounded memory, pipes still read, UTF-16/UTF-32 refused by name,
# odd entries of a rules directory refused without hanging, AUSGLEICH_RULES
# that names no directory.
# Usage: inputs.sh AUSGLEICH CASE   (run from the source tree's root)
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_name=$2
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=

fail() { echo "FAIL ($case_name): $*"; [ -f "$work/stderr" ] && head -20 "$work/stderr"; exit 1; }

# run EXPECTED_EXIT ARGS…: runs with a time limit; a crash or hang is a failure.
run() {
    local expected=$1
    shift
    timeout 20 "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    local status=$?
    [ "$status" = 124 ] && fail "timed out: $*"
    [ "$status" -ge 128 ] && fail "killed by signal $((status - 128)): $*"
    [ "$status" = "$expected" ] || fail "exit $status, expected $expected: $*"
}

# Every error line has the compiler form path:line:column: error: or path: error:.
expect_error_lines() {
    grep -q ': error: ' "$work/stderr" || fail "no error message"
    if grep -v -E '^[^:]+(:[0-9]+:[0-9]+)?: (error|warning): |^ausgleich: [0-9]+ more problems' "$work/stderr" | grep -q .; then
        fail "a line not in the form path:line:column: error: message"
    fi
}

# expect_line TEXT: stderr holds exactly this line.
expect_line() {
    grep -q -x -F -- "$1" "$work/stderr" || fail "no line '$1'"
}

# measured EXPECTED_EXIT MAX_KIB ARGS…: as run, and the peak resident memory
# (GNU time's %M, in KiB) stays below MAX_KIB.
measured() {
    local expected=$1 limit=$2
    shift 2
    [ -x /usr/bin/time ] || { echo "/usr/bin/time missing: skipped"; exit 77; }
    /usr/bin/time -f %M -o "$work/rss" timeout 20 "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    local status=$?
    [ "$status" = 124 ] && fail "timed out: $*"
    [ "$status" = "$expected" ] || fail "exit $status, expected $expected: $*"
    local peak
    peak=$(tail -1 "$work/rss")
    # Under AddressSanitizer memory is shadowed and quarantined: the bound
    # is checked by the plain build only.
    if ldd "$binary" 2> /dev/null | grep -q libasan; then return 0; fi
    [ "$peak" -lt "$limit" ] || fail "peak memory ${peak} KiB, expected below ${limit} KiB: $*"
}

as_nobody() {
    # root reads and writes everything: drop to nobody to see permissions bite
    if [ "$(id -u)" = 0 ]; then
        command -v setpriv > /dev/null || { echo "setpriv missing: skipped"; exit 77; }
        chmod 755 "$work"
        setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
    else
        "$@"
    fi
}

# A private copy of the rules, to put odd entries into.
copy_rules() {
    cp -r rules "$work/rules"
}

# reencode CODEC [BOM]: the ARGE example in another encoding, as $work/arge.yaml.
reencode() {
    python3 -c 'import sys; text = open(sys.argv[1], encoding="utf-8").read(); sys.stdout.buffer.write(bytes.fromhex(sys.argv[3]) + text.encode(sys.argv[2]))' \
        "$arge" "$1" "${2:-}" > "$work/arge.yaml" || fail "python3 failed"
}

arge=examples/musterstadt/arge.yaml
too_large="cannot read file: larger than 512 MiB"
# 512 MiB of content and the program itself, but never a second copy.
max_kib=$((600 * 1024))

case "$case_name" in
dev-zero)
    # No size to check: read at most the limit and one chunk, then refuse.
    measured 4 "$max_kib" validate /dev/zero
    expect_line "/dev/zero: error: $too_large"
    ;;
sparse-file)
    # A regular file over the limit is refused by its size, before a byte is read.
    truncate -s 600M "$work/huge.yaml"
    measured 4 $((64 * 1024)) validate "$work/huge.yaml"
    expect_line "$work/huge.yaml: error: $too_large"
    ;;
pipe-too-large)
    measured 4 "$max_kib" validate <(head -c 700M /dev/zero)
    grep -q -E "^/dev/fd/[0-9]+: error: $too_large\$" "$work/stderr" || fail "message"
    ;;
pipe-odd-chunks)
    # A first read of 48 KiB, then 64 KiB each: a string left to grow by itself
    # reaches a capacity of 448 MiB and doubles it to 896 MiB, with a copy.
    measured 4 "$max_kib" validate <(python3 -c 'import os; os.write(1, b" " * 49152)'; sleep 0.5; head -c 700M /dev/zero)
    grep -q -E "^/dev/fd/[0-9]+: error: $too_large\$" "$work/stderr" || fail "message"
    ;;
pipe-input)
    # Process substitution and /dev/stdin (pipe or redirected file) still work.
    "$binary" settle "$arge" --period 2005-Q2 --format csv > "$work/expected" || fail "plain settle failed"
    run 0 settle <(cat "$arge") --period 2005-Q2 --format csv
    cmp -s "$work/stdout" "$work/expected" || fail "<(cat) settles differently"
    cat "$arge" | timeout 20 "$binary" settle /dev/stdin --period 2005-Q2 --format csv > "$work/stdout" 2> "$work/stderr" || fail "pipe to /dev/stdin failed"
    cmp -s "$work/stdout" "$work/expected" || fail "a pipe to /dev/stdin settles differently"
    timeout 20 "$binary" settle /dev/stdin --period 2005-Q2 --format csv < "$arge" > "$work/stdout" 2> "$work/stderr" || fail "/dev/stdin from a file failed"
    cmp -s "$work/stdout" "$work/expected" || fail "/dev/stdin from a file settles differently"
    ;;
utf16le-bom)
    reencode utf-16-le fffe
    run 1 validate "$work/arge.yaml"
    expect_error_lines
    expect_line "$work/arge.yaml:1:1: error: the file is UTF-16 (little-endian) text; save it as UTF-8"
    ;;
utf16be-bom)
    reencode utf-16-be feff
    run 1 settle "$work/arge.yaml" --period 2005-Q2
    expect_line "$work/arge.yaml:1:1: error: the file is UTF-16 (big-endian) text; save it as UTF-8"
    [ "$(wc -l < "$work/stderr")" = 1 ] || fail "more than the one message"
    ;;
utf16le-no-bom)
    reencode utf-16-le
    run 1 validate "$work/arge.yaml"
    expect_line "$work/arge.yaml:1:1: error: the file is UTF-16 (little-endian) text; save it as UTF-8"
    ;;
utf32)
    reencode utf-32-le fffe0000
    run 1 validate "$work/arge.yaml"
    expect_line "$work/arge.yaml:1:1: error: the file is UTF-32 (little-endian) text; save it as UTF-8"
    reencode utf-32-be
    run 1 validate "$work/arge.yaml"
    expect_line "$work/arge.yaml:1:1: error: the file is UTF-32 (big-endian) text; save it as UTF-8"
    ;;
utf16-rules-file)
    # The same check for every YAML input, rules files included.
    copy_rules
    python3 -c 'import sys; sys.stdout.buffer.write(b"\xff\xfe" + open(sys.argv[1], encoding="utf-8").read().encode("utf-16-le"))' \
        rules/tasks/sgb2-2005.yaml > "$work/rules/tasks/sgb2-2005.yaml"
    run 1 settle "$arge" --period 2005-Q2 --rules "$work/rules"
    expect_line "$work/rules/tasks/sgb2-2005.yaml:1:1: error: the file is UTF-16 (little-endian) text; save it as UTF-8"
    ;;
fifo-rules-file)
    # Never opened: opening a FIFO waits for a writer that never comes.
    copy_rules
    mkfifo "$work/rules/rates/stuck.yaml"
    run 4 settle "$arge" --period 2005-Q2 --rules "$work/rules"
    expect_error_lines
    expect_line "$work/rules/rates/stuck.yaml: error: cannot read file: it is a FIFO, not a regular file"
    ;;
socket-rules-file)
    copy_rules
    python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$work/rules/tasks/socket.yaml" || fail "no socket"
    run 4 settle "$arge" --period 2005-Q2 --rules "$work/rules"
    expect_line "$work/rules/tasks/socket.yaml: error: cannot read file: it is a socket, not a regular file"
    ;;
device-link-rules-file)
    # Links are followed to what they name: a link to a device is a device.
    copy_rules
    ln -s /dev/null "$work/rules/null.yaml"
    run 4 settle "$arge" --period 2005-Q2 --rules "$work/rules"
    expect_line "$work/rules/null.yaml: error: cannot read file: it is a character device, not a regular file"
    ;;
symlinks-in-rules)
    # A link to a regular file is read as the file (recorded under the link's
    # name); a link to a directory, even one that loops, is not followed.
    mkdir -p "$work/rules/rates" "$work/rules/tasks"
    for file in rates/pks-2005.yaml rates/pks-2006.yaml tasks/sgb2-2005.yaml; do
        ln -s "$PWD/rules/$file" "$work/rules/$file"
    done
    ln -s .. "$work/rules/tasks/up"
    ln -s "$PWD/rules" "$work/rules/more.yaml"
    "$binary" settle "$arge" --period 2005-Q2 --rules rules --format csv > "$work/expected" || fail "plain settle failed"
    run 0 settle "$arge" --period 2005-Q2 --rules "$work/rules" --format csv
    cmp -s "$work/stdout" "$work/expected" || fail "linked rules settle differently"
    ;;
broken-links-in-rules)
    # A dangling link and a link loop are errors naming them, not skipped.
    copy_rules
    ln -s nowhere.yaml "$work/rules/rates/dangling.yaml"
    ln -s loop.yaml "$work/rules/rates/loop.yaml"
    run 4 settle "$arge" --period 2005-Q2 --rules "$work/rules"
    expect_error_lines
    expect_line "$work/rules/rates/dangling.yaml: error: cannot read file: No such file or directory"
    expect_line "$work/rules/rates/loop.yaml: error: cannot read file: Too many levels of symbolic links"
    ;;
unreadable-rules-dir)
    # Skipping it would settle without the catalog in it.
    copy_rules
    cp "$arge" "$work/arge.yaml"
    chmod 000 "$work/rules/tasks"
    as_nobody "$binary" settle "$work/arge.yaml" --period 2005-Q2 --rules "$work/rules" > "$work/stdout" 2> "$work/stderr"
    status=$?
    [ "$status" = 4 ] || fail "exit $status, expected 4"
    expect_error_lines
    expect_line "$work/rules/tasks: error: cannot list rules directory: Permission denied"
    # The rules directory itself, too: it used to give a settlement without rules.
    chmod 755 "$work/rules/tasks"
    chmod 000 "$work/rules"
    as_nobody "$binary" settle "$work/arge.yaml" --period 2005-Q2 --rules "$work/rules" > "$work/stdout" 2> "$work/stderr"
    status=$?
    [ "$status" = 4 ] || fail "exit $status for an unreadable rules directory, expected 4"
    expect_line "$work/rules: error: cannot list rules directory: Permission denied"
    ;;
unreadable-rules-file)
    copy_rules
    cp "$arge" "$work/arge.yaml"
    chmod 000 "$work/rules/rates/pks-2005.yaml"
    as_nobody "$binary" settle "$work/arge.yaml" --period 2005-Q2 --rules "$work/rules" > "$work/stdout" 2> "$work/stderr"
    status=$?
    [ "$status" = 4 ] || fail "exit $status, expected 4"
    expect_line "$work/rules/rates/pks-2005.yaml: error: cannot read file: Permission denied"
    ;;
rules-problems-at-once)
    # Every odd entry of every rules directory is named in one run.
    copy_rules
    mkdir "$work/more"
    mkfifo "$work/rules/rates/a.yaml" "$work/more/b.yaml"
    ln -s /dev/zero "$work/rules/tasks/c.yaml"
    run 4 settle "$arge" --period 2005-Q2 --rules "$work/rules" --rules "$work/more" --rules "$work/missing"
    expect_error_lines
    expect_line "$work/rules/rates/a.yaml: error: cannot read file: it is a FIFO, not a regular file"
    expect_line "$work/rules/tasks/c.yaml: error: cannot read file: it is a character device, not a regular file"
    expect_line "$work/more/b.yaml: error: cannot read file: it is a FIFO, not a regular file"
    expect_line "$work/missing: error: rules directory not found"
    ;;
rules-env-no-directory)
    for value in "::::" ":" " : "; do
        AUSGLEICH_RULES=$value run 2 settle "$arge" --period 2005-Q2
        expect_line "ausgleich: error: AUSGLEICH_RULES names no directory: \"$value\""
        [ -s "$work/stdout" ] && fail "output despite the usage error"
    done
    AUSGLEICH_RULES="::::" run 2 verify "$work/nothing.json"
    expect_line "ausgleich: error: AUSGLEICH_RULES names no directory: \"::::\""
    # With --rules, AUSGLEICH_RULES is not consulted at all.
    run 0 settle "$arge" --period 2005-Q2 --format json -o "$work/q2.json"
    AUSGLEICH_RULES="::::" run 0 verify "$work/q2.json" --rules rules
    AUSGLEICH_RULES="::::" run 0 settle "$arge" --period 2005-Q2 --rules rules
    # Empty colons around a directory are still skipped, as in PATH.
    AUSGLEICH_RULES=":$PWD/rules::" run 0 settle "$arge" --period 2005-Q2
    ;;
rules-flag-empty)
    run 2 settle "$arge" --period 2005-Q2 --rules ""
    grep -q -- "--rules: a rules directory must be named" "$work/stderr" || fail "message"
    ;;
*)
    echo "unknown case $case_name"
    exit 2
    ;;
esac
echo "ok: $case_name"
