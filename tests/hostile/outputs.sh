#!/usr/bin/env bash
# Output files that no signal can leave behind (issue 10): whatever signal comes
# while `-o FILE` or `--archive DIR` is written, the folder holds the old output
# or the complete new one, never a part and never a temporary file; a replaced
# output keeps its mode and group; names up to NAME_MAX work.
# Usage: outputs.sh AUSGLEICH CASE [NO_TMPFILE_SHIM]   (run from the source tree's root)
# NO_TMPFILE_SHIM is tests/hostile/no_tmpfile.cpp built as a shared library: the
# fallback-* cases preload it to test the path for file systems without O_TMPFILE.
set -u
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_name=$2
shim=${3:+$(cd "$(dirname "$3")" && pwd)/$(basename "$3")}
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 AUSGLEICH_RULES=
mkdir "$work/out"
out=$(cd "$work/out" && pwd -P) # as /proc/PID/fd shows it
preload=

fail() { echo "FAIL ($case_name): $*"; [ -f "$work/stderr" ] && head -20 "$work/stderr"; exit 1; }

# run EXPECTED_EXIT ARGS…: runs with a time limit; a crash or hang is a failure.
run() {
    local expected=$1
    shift
    LD_PRELOAD=$preload timeout 60 "$binary" "$@" > "$work/stdout" 2> "$work/stderr"
    local status=$?
    [ "$status" = 124 ] && fail "timed out: $*"
    [ "$status" -ge 128 ] && fail "killed by signal $((status - 128)): $*"
    [ "$status" = "$expected" ] || fail "exit $status, expected $expected: $*"
}

as_nobody() {
    # root may chown anything: drop to nobody to see what an ordinary user gets
    [ "$(id -u)" = 0 ] || { echo "needs root to set up files of another user: skipped"; exit 77; }
    command -v setpriv > /dev/null || { echo "setpriv missing: skipped"; exit 77; }
    chmod 755 "$work"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}

use_shim() {
    [ -n "$shim" ] && [ -f "$shim" ] || { echo "no O_TMPFILE shim given: skipped"; exit 77; }
    preload=$shim
    # An AddressSanitizer build needs its runtime first in the list of
    # libraries; preloading only the shim would make it refuse to start.
    local asan
    asan=$(ldd "$binary" 2> /dev/null | awk '/libasan/ { print $3 }')
    if [ -n "$asan" ]; then
        preload=$asan:$shim
        # Helper processes (bash, python) see the preload too, and bash does not
        # free everything at exit: leaks are checked by every other test.
        export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
    fi
}

arge=examples/musterstadt/arge.yaml
big=$work/big.yaml
# A settlement large enough (some MB) that its write takes milliseconds.
make_big() {
    python3 bench/gen_arge.py --staff 8000 --out "$big" > /dev/null || fail "cannot generate the ARGE file"
    "$binary" settle "$big" --period 2005 --format json > "$work/reference" 2> /dev/null || fail "reference settle failed"
}

# signal_during_write SIGNAL [ignore-hup] ARGS…: starts ausgleich with ARGS, waits
# until it holds a file open in $out (the output being written) and sends
# SIGNAL (WRITE_SUFFIX, a Python regex after "$out/", narrows which file). Prints "sent STATUS" (STATUS as the shell shows it) or "missed STATUS"
# when the program ended before it opened a file there.
signal_during_write() {
    PID_FILE=$work/pid LD_PRELOAD=$preload python3 - "$out" "$binary" "$@" 2> "$work/stderr" << 'EOF'
import os, re, signal, subprocess, sys, time
prefix, binary, name, args = sys.argv[1] + "/", sys.argv[2], sys.argv[3], sys.argv[4:]
writing = re.compile(re.escape(prefix) + os.environ.get("WRITE_SUFFIX", ""))
ignore_hup = bool(args) and args[0] == "ignore-hup"
if ignore_hup:
    args = args[1:]
preload = os.environ.pop("LD_PRELOAD", "")
environment = dict(os.environ, LD_PRELOAD=preload) if preload else os.environ
def child_setup():
    if ignore_hup:  # as nohup does
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
child = subprocess.Popen([binary] + args, stdout=subprocess.DEVNULL, stderr=sys.stderr,
                         env=environment, preexec_fn=child_setup)
with open(os.environ["PID_FILE"], "w") as pid_file:
    pid_file.write("%d\n" % child.pid)
fds, sent, deadline = "/proc/%d/fd" % child.pid, False, time.time() + 60
while not sent and child.poll() is None and time.time() < deadline:
    try:
        for fd in os.listdir(fds):
            try:
                if writing.match(os.readlink(fds + "/" + fd)):
                    child.send_signal(getattr(signal, "SIG" + name))
                    sent = True
                    break
            except OSError:
                pass
    except OSError:
        pass
status = child.wait()
print("%s %d" % ("sent" if sent else "missed", 128 - status if status < 0 else status))
EOF
}

# hit PREPARE SIGNAL ARGS…: signal_during_write, repeated (after PREPARE, a
# function that restores the folder) until the signal came during the write;
# a busy machine may let a write finish unseen now and then. Prints the status.
hit() {
    local prepare=$1 signal=$2 result attempt
    shift 2
    for attempt in 1 2 3 4 5; do
        "$prepare"
        result=$(signal_during_write "$signal" "$@")
        case "$result" in
        "sent "*) echo "${result#sent }" && return ;;
        esac
    done
    fail "SIG$signal never came during the write in $attempt attempts ($result)"
}

# listing_while_stopped PREPARE ARGS…: stops ausgleich (SIGSTOP) while it writes
# into $out, prints what the folder then holds (or runs $while_stopped), and
# lets it finish (SIGCONT).
listing_while_stopped() {
    local prepare=$1 poller pid state attempt _
    shift
    for attempt in 1 2 3 4 5; do
        "$prepare"
        rm -f "$work/pid"
        signal_during_write STOP "$@" > "$work/result" &
        poller=$!
        state=
        for _ in $(seq 1 600); do
            pid=$(cat "$work/pid" 2> /dev/null)
            state=$([ -n "$pid" ] && cut -d' ' -f3 "/proc/$pid/stat" 2> /dev/null)
            [ "$state" = T ] && break
            kill -0 "$poller" 2> /dev/null || break
            sleep 0.05
        done
        [ "$state" = T ] && break
        wait "$poller"
    done
    [ "$state" = T ] || fail "not stopped during the write in $attempt attempts ($(cat "$work/result"))"
    "${while_stopped:-list_out}"
    kill -CONT "$pid"
    wait "$poller"
}

list_out() { ls -A "$out"; }

# expect_clean FILE [OLD]: $out holds nothing but FILE, and FILE (if there) is the
# complete reference or, when OLD is given, the untouched old output.
expect_clean() {
    local listing
    listing=$(ls -A "$out")
    [ -z "$listing" ] || [ "$listing" = "$(basename "$1")" ] || fail "left in the folder: $listing"
    if [ -e "$1" ]; then
        cmp -s "$1" "$work/reference" || { [ -n "${2:-}" ] && cmp -s "$1" "$2"; } || fail "partial output $1"
    elif [ -n "${2:-}" ]; then
        fail "the old output is gone"
    fi
}

# interrupt SIGNAL…: each signal during the write of a new and of an existing
# output: the program ends by that signal and leaves the folder clean.
interrupt() {
    make_big
    printf 'old output\n' > "$work/old"
    local signal status
    for signal in "$@"; do
        status=$(hit no_output "$signal" settle "$big" --period 2005 --format json -o "$out/out.json") || fail "$status"
        [ "$status" = "$((128 + $(kill -l "$signal")))" ] || fail "SIG$signal: status $status"
        expect_clean "$out/out.json"
        status=$(hit old_output "$signal" settle "$big" --period 2005 --format json -o "$out/out.json") || fail "$status"
        [ "$status" = "$((128 + $(kill -l "$signal")))" ] || fail "SIG$signal: status $status"
        expect_clean "$out/out.json" "$work/old"
    done
}
no_output() { rm -rf "${out:?}"/* "$out"/.[!.]*; }
old_output() { no_output && cp "$work/old" "$out/out.json"; }

# Beyond `ulimit -f` the write fails like a full disk: exit 4, a message, nothing left.
file_size_limit() {
    make_big
    for existing in no yes; do
        rm -f "$out/out.json"
        [ "$existing" = yes ] && printf 'old output\n' > "$out/out.json"
        (ulimit -f 1000 && LD_PRELOAD=$preload exec "$binary" settle "$big" --period 2005 --format json -o "$out/out.json") > /dev/null 2> "$work/stderr"
        status=$?
        [ "$status" = 4 ] || fail "exit $status beyond ulimit -f, expected 4"
        grep -q "out.json: error: cannot write file: File too large" "$work/stderr" || fail "message"
        if [ "$existing" = yes ]; then
            [ "$(ls -A "$out")" = out.json ] && [ "$(cat "$out/out.json")" = "old output" ] || fail "old output not kept: $(ls -A "$out")"
        else
            [ -z "$(ls -A "$out")" ] || fail "left in the folder: $(ls -A "$out")"
        fi
    done
}

# A replaced output keeps its mode; a new one gets 0666 less umask.
keeps_mode() {
    local mode
    for mode in 600 640 664; do
        printf 'old\n' > "$out/q2.csv"
        chmod "$mode" "$out/q2.csv"
        run 0 settle "$arge" --period 2005-Q2 --format csv -o "$out/q2.csv"
        [ "$(stat -c %a "$out/q2.csv")" = "$mode" ] || fail "0$mode output came back $(stat -c %a "$out/q2.csv")"
        grep -q old "$out/q2.csv" && fail "not replaced"
    done
    (umask 027 && LD_PRELOAD=$preload "$binary" settle "$arge" --period 2005-Q2 --format csv -o "$out/new.csv") || fail "settle failed"
    [ "$(stat -c %a "$out/new.csv")" = 640 ] || fail "new output under umask 027 is $(stat -c %a "$out/new.csv")"
}

# A name of 250 and of 255 bytes (NAME_MAX), new and replaced.
long_name() {
    local length name
    for length in 250 255; do
        name=$(printf "%0$((length - 4))d.csv" 0)
        [ "${#name}" = "$length" ] || fail "test set-up: name of ${#name} bytes"
        run 0 settle "$arge" --period 2005-Q2 --format csv -o "$out/$name"
        run 0 settle "$arge" --period 2005-Q1 --format csv -o "$out/$name"
        [ "$(ls -A "$out")" = "$name" ] || fail "folder holds: $(ls -A "$out")"
        "$binary" settle "$arge" --period 2005-Q1 --format csv | cmp -s - "$out/$name" || fail "wrong content"
        rm "$out/$name"
    done
}

case "$case_name" in
sigint-sigterm) interrupt INT TERM HUP PIPE ;;
sigquit) interrupt QUIT ;;
sigusr) interrupt USR1 USR2 ;;
sigalrm) interrupt ALRM ;;
sigxcpu-sigvtalrm-sigprof) interrupt XCPU VTALRM PROF ;;
sigkill) interrupt KILL ;;
sigxfsz) file_size_limit ;;
stopped-write)
    # Stopped in the middle of the write, the folder shows only the old output:
    # the new one has no name until it is complete.
    make_big
    printf 'old output\n' > "$work/old"
    listing=$(listing_while_stopped old_output settle "$big" --period 2005 --format json -o "$out/out.json") || fail "$listing"
    [ "$listing" = out.json ] || fail "visible while it is written: $listing"
    expect_clean "$out/out.json" "$work/old"
    cmp -s "$out/out.json" "$work/reference" || fail "not replaced after SIGCONT"
    ;;
keeps-mode) keeps_mode ;;
keeps-group)
    [ "$(id -u)" = 0 ] || { echo "needs root to chown: skipped"; exit 77; }
    printf 'old\n' > "$out/q2.csv"
    chown 65534:100 "$out/q2.csv"
    chmod 640 "$out/q2.csv"
    run 0 settle "$arge" --period 2005-Q2 --format csv -o "$out/q2.csv"
    [ "$(stat -c %u:%g:%a "$out/q2.csv")" = 65534:100:640 ] || fail "owner:group:mode now $(stat -c %u:%g:%a "$out/q2.csv")"
    ;;
foreign-group)
    # An ordinary user replacing a 0640 file of a group they are not in: the new
    # file has their group, which must not get the old group's read right.
    printf 'old\n' > "$out/q2.csv"
    chown 65534:100 "$out/q2.csv"
    chmod 640 "$out/q2.csv"
    chown 65534 "$out"
    as_nobody "$binary" settle "$PWD/$arge" --rules "$PWD/rules" --period 2005-Q2 --format csv -o "$out/q2.csv" > /dev/null 2> "$work/stderr" || fail "settle as nobody failed"
    grep -q old "$out/q2.csv" && fail "not replaced"
    [ "$(stat -c %a "$out/q2.csv")" = 600 ] || fail "mode $(stat -c %a "$out/q2.csv") with group $(stat -c %g "$out/q2.csv")"
    ;;
unprivileged)
    # As an ordinary user (no CAP_DAC_READ_SEARCH): new and replaced outputs work.
    chown 65534 "$out"
    as_nobody "$binary" settle "$PWD/$arge" --rules "$PWD/rules" --period 2005-Q2 --format csv -o "$out/q2.csv" > /dev/null 2> "$work/stderr" || fail "new output as nobody failed"
    as_nobody "$binary" settle "$PWD/$arge" --rules "$PWD/rules" --period 2005-Q1 --format csv -o "$out/q2.csv" > /dev/null 2> "$work/stderr" || fail "replacing as nobody failed"
    [ "$(ls -A "$out")" = q2.csv ] || fail "folder holds: $(ls -A "$out")"
    "$binary" settle "$arge" --period 2005-Q1 --format csv | cmp -s - "$out/q2.csv" || fail "wrong content"
    ;;
long-name) long_name ;;
archive-interrupted)
    # A signal while the bundle is built leaves no staging folder.
    make_big
    for signal in INT TERM QUIT USR1 ALRM; do
        status=$(hit no_output "$signal" settle "$big" --period 2005 --format json --archive "$out/bundle" -o "$out/out.json") || fail "$status"
        [ "$status" = "$((128 + $(kill -l "$signal")))" ] || fail "SIG$signal: status $status"
        [ -z "$(ls -A "$out")" ] || fail "left after SIG$signal: $(ls -A "$out")"
    done
    ;;
archive-killed)
    # SIGKILL leaves a hidden staging folder named after the bundle; the next
    # run for that bundle removes it.
    make_big
    status=$(hit no_output KILL settle "$big" --period 2005 --format json --archive "$out/bundle") || fail "$status"
    [ "$status" = 137 ] || fail "SIGKILL: status $status"
    [ -n "$(ls -A "$out")" ] || fail "SIGKILL left no staging folder: the next run has nothing to clean"
    for entry in $(ls -A "$out"); do
        case "$entry" in .bundle.partial-??????) ;; *) fail "left after SIGKILL: $entry" ;; esac
    done
    run 0 settle "$big" --period 2005 --format json --archive "$out/bundle"
    [ "$(ls -A "$out")" = bundle ] || fail "folder holds: $(ls -A "$out")"
    (cd "$out/bundle" && sha256sum --quiet -c SHA256SUMS) || fail "bundle incomplete"
    ;;
archive-long-name)
    name=$(printf "%0250d" 0)
    run 0 settle "$arge" --period 2005-Q2 --archive "$out/$name"
    [ "$(ls -A "$out")" = "$name" ] || fail "folder holds: $(ls -A "$out")"
    (cd "$out/$name" && sha256sum --quiet -c SHA256SUMS) || fail "bundle incomplete"
    ;;
archive-trailing-slash)
    run 0 settle "$arge" --period 2005-Q2 --archive "$out/bundle/"
    [ "$(ls -A "$out")" = bundle ] || fail "folder holds: $(ls -A "$out")"
    (cd "$out/bundle" && sha256sum --quiet -c SHA256SUMS) || fail "bundle incomplete"
    ;;
archive-concurrent)
    # A run for the same bundle while another one builds it must not take the
    # live staging folder for a SIGKILL leftover.
    make_big
    second_run() {
        LD_PRELOAD=$preload timeout 60 "$binary" settle "$arge" --period 2005-Q2 --archive "$out/bundle" > /dev/null 2> "$work/stderr"
        echo "second run: $?"
        ls -A "$out"
    }
    while_stopped=second_run
    export WRITE_SUFFIX='\.bundle\.partial-[^/]+/' # a file inside the staging folder
    listing=$(listing_while_stopped no_output settle "$big" --period 2005 --format json --archive "$out/bundle") || fail "$listing"
    [ "$(printf '%s\n' "$listing" | head -1)" = "second run: 0" ] || fail "$listing"
    printf '%s\n' "$listing" | grep -qx '\.bundle\.partial-......' || fail "the live staging folder was removed: $listing"
    [ "$(ls -A "$out")" = bundle ] || fail "folder holds: $(ls -A "$out")"
    ;;
nohup)
    # SIGHUP ignored by the caller (nohup) stays ignored while the file is written.
    use_shim
    make_big
    status=$(hit no_output HUP ignore-hup settle "$big" --period 2005 --format json -o "$out/out.json") || fail "$status"
    [ "$status" = 0 ] || fail "SIGHUP under nohup: status $status"
    expect_clean "$out/out.json"
    [ -e "$out/out.json" ] || fail "no output"
    ;;
fallback-signals)
    use_shim
    interrupt INT TERM HUP PIPE QUIT USR1 USR2 ALRM XCPU VTALRM PROF
    ;;
fallback-sigxfsz) use_shim && file_size_limit ;;
fallback-visible)
    # Proof that the shim reaches the fallback: its temporary file is hidden and short.
    use_shim
    make_big
    listing=$(listing_while_stopped no_output settle "$big" --period 2005 --format json -o "$out/out.json") || fail "$listing"
    case "$listing" in .ausgleich-????????) ;; *) fail "temporary file while stopped: '$listing'" ;; esac
    expect_clean "$out/out.json"
    [ -e "$out/out.json" ] || fail "no output"
    ;;
fallback-keeps-mode) use_shim && keeps_mode ;;
fallback-long-name) use_shim && long_name ;;
input-refused)
    cp "$arge" "$out/arge.yaml"
    run 4 settle "$out/arge.yaml" --period 2005-Q2 -o "$out/arge.yaml"
    grep -q "refusing to overwrite input file" "$work/stderr" || fail "message"
    cmp -s "$arge" "$out/arge.yaml" || fail "input changed"
    [ "$(ls -A "$out")" = arge.yaml ] || fail "folder holds: $(ls -A "$out")"
    ;;
special-files)
    run 0 settle "$arge" --period 2005-Q2 -o /dev/null
    [ -c /dev/null ] || fail "/dev/null is no longer a device"
    mkfifo "$out/fifo"
    cat "$out/fifo" > "$work/from-fifo" &
    run 0 settle "$arge" --period 2005-Q2 --format csv -o "$out/fifo"
    wait
    [ -p "$out/fifo" ] || fail "the FIFO was replaced"
    "$binary" settle "$arge" --period 2005-Q2 --format csv | cmp -s - "$work/from-fifo" || fail "FIFO content"
    mkdir "$out/folder"
    run 4 settle "$arge" --period 2005-Q2 -o "$out/folder"
    grep -q "folder: error: cannot write file: Is a directory" "$work/stderr" || fail "message for a folder"
    [ "$(ls -A "$out")" = "fifo
folder" ] || fail "folder holds: $(ls -A "$out")"
    ;;
*)
    echo "unknown case $case_name"
    exit 2
    ;;
esac
echo "ok: $case_name"
