#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) in build-fuzz/ and runs
# each target for SECONDS_PER_TARGET seconds (default 60) on a copy of its seed
# corpus (tests/fuzz/corpus/<target>/), so the checked-in corpus never changes.
#
#   tests/fuzz/run.sh [SECONDS_PER_TARGET]
#
# Environment: BUILD_DIR (default build-fuzz), JOBS (default nproc), KEEP=1 keeps
# the temporary directory. Exits 1 when any target crashed, leaked, timed out or
# ran out of memory (the input is copied to FUZZ_OUT/<target>/ and named below;
# add it to tests/fuzz/regressions/<target>/ once understood). The last line is
# always "N passed, M failed" (targets).
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: tests/fuzz/run.sh [SECONDS_PER_TARGET]" >&2
    exit 2
fi
build_dir=${BUILD_DIR:-build-fuzz}
jobs=${JOBS:-$(nproc)}
targets=(arge rates tasks decimal period settlement bundle_manifest)
yaml_targets=" arge rates tasks "

start=$(date +%s)
echo "== configure and build $build_dir (clang, libFuzzer, ASan, UBSan)"
if ! CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DAUSGLEICH_FUZZ=ON \
        -DAUSGLEICH_BUILD_TESTS=OFF -DAUSGLEICH_BUILD_BENCH=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null ||
    ! cmake --build "$build_dir" -j "$jobs" --target "${targets[@]/#/fuzz_}"; then
    echo "build failed"
    echo "0 passed, ${#targets[@]} failed"
    exit 1
fi
echo "== built in $(($(date +%s) - start)) s"

work=$(mktemp -d "${TMPDIR:-/tmp}/ausgleich-fuzz.XXXXXX")
if [ "${KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
fi
out=$(realpath -m "${FUZZ_OUT:-$build_dir/fuzz-findings}")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

passed=0
failed=0
failures=()
for target in "${targets[@]}"; do
    binary="$build_dir/tests/fuzz/fuzz_$target"
    corpus="$work/corpus-$target"
    artifacts="$work/artifacts-$target/"
    mkdir -p "$corpus" "$artifacts"
    cp tests/fuzz/corpus/"$target"/* "$corpus"/
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$artifacts")
    if [[ "$yaml_targets" == *" $target "* ]]; then
        options+=(-max_len=65536 -dict=tests/fuzz/yaml.dict)
    elif [ "$target" = settlement ]; then
        options+=(-max_len=65536 -dict=tests/fuzz/json.dict)
    elif [ "$target" = bundle_manifest ]; then
        options+=(-max_len=65536 -dict=tests/fuzz/sums.dict)
    fi
    echo "== fuzz_$target for ${seconds} s"
    log="$work/fuzz_$target.log"
    "$binary" "${options[@]}" "$corpus" > "$log" 2>&1
    status=$?
    # The summary libFuzzer prints at the end, and the stack of any finding.
    grep -E '^(stat::|Done |#[0-9]+[[:space:]]+DONE)' "$log"
    findings=$(find "$artifacts" -type f | sort)
    if [ "$status" -eq 0 ] && [ -z "$findings" ]; then
        passed=$((passed + 1))
        echo "fuzz_$target: ok"
    else
        failed=$((failed + 1))
        failures+=("$target")
        mkdir -p "$out/$target"
        cp "$log" "$out/$target/"
        grep -E -A40 '^==[0-9]+==ERROR|runtime error|fuzz invariant|deadly signal|ERROR: libFuzzer' \
            "$log" | head -80
        for finding in $findings; do
            cp "$finding" "$out/$target/"
            echo "fuzz_$target: FAILED (exit $status): input saved as $out/$target/$(basename "$finding")"
        done
        [ -z "$findings" ] && echo "fuzz_$target: FAILED (exit $status), see $out/$target/fuzz_$target.log"
    fi
done

echo "== total $(($(date +%s) - start)) s"
[ "$failed" -gt 0 ] && echo "failed: ${failures[*]} (reproduce: $build_dir/tests/fuzz/fuzz_<target> FILE)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
