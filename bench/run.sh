#!/usr/bin/env bash
# Benchmark ausgleich against a parse-only baseline.
#
#   bench/run.sh [BUILD_DIR] [STAFF]      (defaults: build 100000)
#
# Prints a Markdown table on stdout (progress and notes go to stderr), ready to
# paste into docs/performance.md:
#
#   bench/run.sh build 100000 > /tmp/perf.md
#
# Environment:
#   BENCH_RUNS=N   runs per command (default 3; median wall time, max peak RSS)
#   BENCH_LOAD=1   also run parse_baseline yaml-cpp-load when STAFF > 20000
#                  (~1.4 GB and ~11 s for 100,000 staff)
#   AUSGLEICH_RULES is honoured by ausgleich itself (rules search path).
set -euo pipefail

BUILD_DIR=${1:-build}
STAFF=${2:-100000}
RUNS=${BENCH_RUNS:-3}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if ! [[ $STAFF =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/run.sh [BUILD_DIR] [STAFF]   (STAFF: a positive integer)" >&2
    exit 2
fi
if ! [[ $RUNS =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: BENCH_RUNS must be a positive integer" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "run.sh: /usr/bin/time not found (Debian package 'time')" >&2
    exit 1
fi

BASELINE=$BUILD_DIR/bench/parse_baseline
AUSGLEICH=$BUILD_DIR/cli/ausgleich
DATA=$BUILD_DIR/bench/arge-$STAFF.yaml

if [[ ! -x $BASELINE ]]; then
    echo "run.sh: $BASELINE not found; build first:" >&2
    echo "  cmake -S . -B $BUILD_DIR -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR" >&2
    exit 1
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)
if [[ $build_type != Release ]]; then
    echo "run.sh: warning: $BUILD_DIR is configured with CMAKE_BUILD_TYPE='${build_type}'," \
         "figures are only meaningful for Release" >&2
fi

mkdir -p "$BUILD_DIR/bench"
if [[ ! -f $DATA ]]; then
    echo "generating $DATA ($STAFF staff) ..." >&2
    python3 "$HERE/gen_arge.py" --staff "$STAFF" --out "$DATA"
fi
size_bytes=$(stat -c %s "$DATA")
size_mb=$(awk -v b="$size_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "$DATA: $size_bytes bytes ($size_mb MB)" >&2

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

failed=0
# Table rows, rendered at the end: what | wall (empty = note row) | peak KB or note.
R_WHAT=() R_WALL=() R_PEAK=()

# measure WHAT CMD...  — runs CMD $RUNS times, stdout to /dev/null; records
# the median wall time (s) and the max peak RSS (KB) as a table row.
measure() {
    local what=$1
    shift
    local walls=() peak=0 i status wall kb
    echo "measuring: $what ($RUNS runs)" >&2
    for ((i = 1; i <= RUNS; i++)); do
        status=0
        /usr/bin/time -f '%e %M' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/stderr" || status=$?
        if ((status != 0)); then
            echo "run.sh: '$what' failed (exit $status):" >&2
            tail -n 20 "$TMP/stderr" >&2
            note "$what" "**failed (exit $status)**"
            failed=1
            return 0
        fi
        read -r wall kb < <(tail -n 1 "$TMP/time")
        walls+=("$wall")
        if ((kb > peak)); then peak=$kb; fi
    done
    R_WHAT+=("$what")
    R_WALL+=("$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')")
    R_PEAK+=("$peak")
}

# note WHAT TEXT — a row without figures.
note() {
    R_WHAT+=("$1") R_WALL+=("") R_PEAK+=("$2")
}

measure "parse_baseline libyaml (parse only)" "$BASELINE" libyaml "$DATA"
measure "parse_baseline yaml-cpp-events" "$BASELINE" yaml-cpp-events "$DATA"
if ((STAFF > 20000)) && [[ ${BENCH_LOAD:-0} != 1 ]]; then
    echo "skipping yaml-cpp-load (STAFF > 20000; set BENCH_LOAD=1 to run it)" >&2
    note "parse_baseline yaml-cpp-load (node tree)" "skipped (set BENCH_LOAD=1)"
else
    measure "parse_baseline yaml-cpp-load (node tree)" "$BASELINE" yaml-cpp-load "$DATA"
fi

if [[ -x $AUSGLEICH ]]; then
    measure "ausgleich validate" "$AUSGLEICH" validate "$DATA"
    measure "ausgleich settle --period 2005 --format json" \
        "$AUSGLEICH" settle "$DATA" --period 2005 --format json
    measure "ausgleich settle --period 2005 --format csv" \
        "$AUSGLEICH" settle "$DATA" --period 2005 --format csv
    measure "ausgleich settle --period 2005 --format csv --csv-dialect excel-de --lang de" \
        "$AUSGLEICH" settle "$DATA" --period 2005 --format csv --csv-dialect excel-de --lang de
    measure "ausgleich settle --period 2005 --format html --lang de" \
        "$AUSGLEICH" settle "$DATA" --period 2005 --format html --lang de
    measure "ausgleich settle --period 2005 --format html --aggregate" \
        "$AUSGLEICH" settle "$DATA" --period 2005 --format html --aggregate
    measure "ausgleich settle --period 2005 --format ledger" \
        "$AUSGLEICH" settle "$DATA" --period 2005 --format ledger
else
    echo "note: $AUSGLEICH not built yet; skipping the ausgleich rows" >&2
    note "ausgleich validate / settle" "skipped ($AUSGLEICH not built yet)"
fi

# The libyaml row is the first one, and a figure row unless it failed.
base_wall=${R_WALL[0]}

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "Measured $(date +%Y-%m-%d) on $(nproc) CPUs ($cpu), build type ${build_type:-unknown};" \
     "input: synthetic ARGE file, $STAFF staff, $size_mb MB (bench/gen_arge.py --seed 1);" \
     "median wall time and max peak RSS of $RUNS runs (\`bench/run.sh\`)."
echo
echo "| what | wall s | peak MB | × libyaml |"
echo "|---|---:|---:|---:|"
for i in "${!R_WHAT[@]}"; do
    if [[ -z ${R_WALL[i]} ]]; then
        echo "| ${R_WHAT[i]} | ${R_PEAK[i]} | | |"
        continue
    fi
    awk -v what="${R_WHAT[i]}" -v w="${R_WALL[i]}" -v k="${R_PEAK[i]}" -v b="$base_wall" 'BEGIN {
        ratio = (b != "" && b + 0 > 0) ? sprintf("%.1f×", w / b) : "–"
        printf "| %s | %.2f | %.1f | %s |\n", what, w, k / 1024, ratio
    }'
done

exit "$failed"
