#!/usr/bin/env bash
# The user-facing errors that need a file system situation rather than a bad
# input file (the error catalogue, tests/cli/errors/README.md): each case sets
# the situation up in a scratch folder, runs ausgleich from the source root and
# checks the exit status and the exact message line.
#
#   situations.sh AUSGLEICH CASE [NO_PROC_EXE_SHIM]
#
# Exit 77 (skipped) when the situation cannot be made here: cases that need
# another user need root and setpriv; out-of-memory cannot be limited under
# AddressSanitizer; the no-proc-exe case needs the shim built from
# no_proc_exe.cpp.
set -u
binary=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
case_name=$2
shim=${3:+$(realpath "$3")}
work=$(mktemp -d)
logs=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2> /dev/null; rm -rf "$work" "$logs"' EXIT
chmod 755 "$work"
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=
arge=examples/musterstadt/arge.yaml

fail() {
    echo "FAIL ($case_name): $*"
    [ -f "$logs/stderr" ] && head -c 2000 "$logs/stderr"
    exit 1
}
skip() {
    echo "$*: skipped"
    exit 77
}
# check EXPECTED_EXIT EXPECTED_STDERR COMMAND…: runs COMMAND with a time limit;
# its stderr must be the one line EXPECTED_STDERR (a bash pattern when
# PATTERN=1, else literally).
check() {
    local expected_exit=$1 expected_stderr=$2
    shift 2
    timeout 60 "$@" > "$logs/stdout" 2> "$logs/stderr"
    local status=$?
    [ "$status" = "$expected_exit" ] || fail "exit $status, expected $expected_exit: $*"
    local said
    said=$(cat "$logs/stderr")
    if [ "${PATTERN:-0}" = 1 ]; then
        # shellcheck disable=SC2053
        [[ "$said" == $expected_stderr ]] || fail "stderr does not match: $expected_stderr"
    else
        [ "$said" = "$expected_stderr" ] || fail "stderr is not the line: $expected_stderr"
    fi
}
# Sets up a run as user nobody (the command prefix in $nobody), with copies of
# the ARGE file and the rules that nobody can read.
as_nobody() {
    [ "$(id -u)" = 0 ] || skip "needs root to run as another user"
    command -v setpriv > /dev/null || skip "setpriv missing"
    nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    "${nobody[@]}" test -x "$binary" || skip "user nobody cannot run $binary"
    cp "$arge" "$work/arge.yaml"
    cp -R rules "$work/rules"
    chmod -R a+rX "$work/arge.yaml" "$work/rules"
}
asan_runtime() {
    ldd "$binary" 2> /dev/null | awk '/libasan/ { print $3 }'
}
# Nothing but NAMES (in byte order) may be left in FOLDER: no bundle, no
# staging folder.
only_left() {
    local folder=$1 wanted="" name
    shift
    for name in "$@"; do
        wanted+="$name "
    done
    local left
    left=$(cd "$folder" && ls -A | LC_ALL=C sort | tr '\n' ' ')
    [ "$left" = "$wanted" ] || fail "left in $folder: '$left', expected: '$wanted'"
}

case "$case_name" in
out-of-memory)
    # std::bad_alloc, caught in main: a device is read until the 512 MiB
    # limit, which an address space of 400 MB cannot hold.
    [ -z "$(asan_runtime)" ] || skip "AddressSanitizer needs more address space than the limit"
    check 4 "ausgleich: error: out of memory" bash -c 'ulimit -v 400000 && exec "$0" validate /dev/zero' "$binary"
    ;;
stdout-full)
    check 4 "<stdout>: error: cannot write: No space left on device" \
        bash -c 'exec "$0" rates --date 2005-06-30 > /dev/full' "$binary"
    ;;
archive-not-empty)
    mkdir "$work/bundle"
    touch "$work/bundle/notes.txt"
    check 4 "$work/bundle: error: archive folder exists and is not empty; name a new or empty folder" \
        "$binary" settle "$arge" --period 2005-Q2 --archive "$work/bundle"
    only_left "$work/bundle" notes.txt
    ;;
archive-name-backslash)
    # SHA256SUMS cannot name such a file the way sha256sum -c reads it.
    cp "$arge" "$work/a\\b.yaml"
    check 4 "$work/a\\b.yaml: error: cannot archive a file whose name holds a line break or backslash" \
        "$binary" settle "$work/a\\b.yaml" --period 2005-Q2 --archive "$work/bundle"
    only_left "$work" 'a\b.yaml'
    ;;
archive-input-changed)
    # The ARGE file is a FIFO that gives the settlement one text and the copy
    # for the bundle another, as a file edited in between would (served by
    # fifo_two_texts.py: two shell writers race the reader).
    mkfifo "$work/arge.yaml"
    sed 's/^arge: ARGE Musterstadt$/arge: ARGE Musterstadt geändert/' "$arge" > "$work/changed.yaml"
    command -v python3 > /dev/null || skip "python3 missing"
    python3 "$here/fifo_two_texts.py" "$work/arge.yaml" "$arge" "$work/changed.yaml" &
    writer=$!
    check 4 "$work/arge.yaml: error: changed while the settlement was made; settle again" \
        "$binary" settle "$work/arge.yaml" --period 2005-Q2 --archive "$work/bundle"
    # A binary that read the FIFO only once would leave the writer blocked.
    kill "$writer" 2> /dev/null
    wait "$writer" 2> /dev/null
    only_left "$work" arge.yaml changed.yaml
    ;;
archive-folder-beside)
    # The bundle is built in a staging folder beside DIR: the parent must be writable.
    as_nobody
    mkdir "$work/locked"
    chmod 555 "$work/locked"
    check 4 "$work/locked/bundle: error: cannot create the archive folder beside it" \
        "${nobody[@]}" "$binary" settle "$work/arge.yaml" --period 2005-Q2 --rules "$work/rules" \
        --archive "$work/locked/bundle"
    only_left "$work/locked"
    ;;
archive-rename-refused)
    # An empty DIR of another user in a sticky folder (like /tmp): the staging
    # folder is made, but it cannot replace DIR.
    as_nobody
    mkdir -m 1777 "$work/sticky"
    mkdir "$work/sticky/bundle"
    check 4 "$work/sticky/bundle: error: cannot create archive folder: Operation not permitted" \
        "${nobody[@]}" "$binary" settle "$work/arge.yaml" --period 2005-Q2 --rules "$work/rules" \
        --archive "$work/sticky/bundle"
    only_left "$work/sticky" bundle
    only_left "$work/sticky/bundle"
    ;;
archive-folder-too-long)
    # A rules file whose path is just short enough to read (PATH_MAX 4096) is
    # too long once it is below the staging folder of the bundle.
    mkdir -p "$work/r/rates"
    cp rules/rates/pks-2005.yaml "$work/r/rates/"
    deep=$(SOURCE=$PWD python3 - "$work" << 'EOF'
import os, shutil, sys
os.chdir(os.path.join(sys.argv[1], "r"))
relative = "r"
for name in ["d" * 200] * 20 + [None]:
    if name is None:  # the last folder brings the file's path to 4091 bytes
        name = "e" * (4090 - len(relative) - 1 - len("/sgb2-2005.yaml"))
    os.mkdir(name)
    os.chdir(name)
    relative += "/" + name
shutil.copy(os.path.join(os.environ["SOURCE"], "rules/tasks/sgb2-2005.yaml"), ".")
print(relative[2:])
EOF
    ) || fail "cannot make the deep rules folder"
    cp "$arge" "$work/arge.yaml"
    (cd "$work" && PATTERN=1 check 4 "./.bundle.partial-*/rules/r/$deep: error: cannot create folder: File name too long" \
        "$binary" settle arge.yaml --period 2005-Q2 --rules r --archive bundle) ||
        exit 1
    only_left "$work" arge.yaml r
    ;;
rules-entry-unreadable)
    # A rules folder that can be listed but not entered (r without x).
    as_nobody
    chmod 444 "$work/rules/tasks"
    check 4 "$work/rules/tasks/sgb2-2005.yaml: error: cannot read rules directory entry: Permission denied" \
        "${nobody[@]}" "$binary" settle "$work/arge.yaml" --period 2005-Q2 --rules "$work/rules"
    ;;
no-proc-exe)
    [ -n "$shim" ] && [ -f "$shim" ] || skip "no no_proc_exe shim given"
    preload=$shim
    # AddressSanitizer's runtime must come first in the list of libraries.
    asan=$(asan_runtime)
    [ -n "$asan" ] && preload=$asan:$shim
    check 2 "ausgleich: error: the default rules directory cannot be found (/proc/self/exe: No such file or directory): give --rules DIR or set AUSGLEICH_RULES" \
        env LD_PRELOAD="$preload" "$binary" settle "$arge" --period 2005-Q2
    # With --rules nothing needs the executable's path.
    check 0 "" env LD_PRELOAD="$preload" "$binary" settle "$arge" --period 2005-Q2 --rules rules
    ;;
*)
    echo "unknown case $case_name"
    exit 2
    ;;
esac
echo "ok: $case_name"
