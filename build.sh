#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a result:
#   ./build.sh example   install what is missing, build, settle the example quarter
#   ./build.sh test      install what is missing, build, run the whole test suite
# Options through the environment: BUILD_DIR (default build), CMAKE_ARGS.
set -euo pipefail
cd "$(dirname "$0")"
what=${1:-example}
build_dir=${BUILD_DIR:-build}

# Debian 12 packages: compiler and build tools, the libraries of the
# product (CLI11, Boost headers, libyaml, nlohmann-json, jsoncpp, utf8proc, OpenSSL), Catch2 and
# yaml-cpp (parse-only baseline of the benchmark), python3-yaml for the
# reference implementation the tests compare against.
packages=(g++ cmake make pkg-config libcli11-dev libboost-dev libyaml-dev nlohmann-json3-dev
          libjsoncpp-dev libutf8proc-dev libssl-dev catch2 libyaml-cpp-dev python3 python3-yaml)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-} > /dev/null
cmake --build "$build_dir" -j "$(nproc)"

case "$what" in
example)
    "$build_dir/cli/ausgleich" settle examples/musterstadt/arge.yaml --period 2005-Q2
    ;;
test)
    ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
    ;;
*)
    echo "usage: ./build.sh [example|test]" >&2
    exit 2
    ;;
esac
