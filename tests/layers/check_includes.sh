#!/usr/bin/env bash
# Fails when an #include points up a layer (docs/architecture.md):
#
#   domain  lib/ausgleich/*.{hpp,cpp}   may include the domain only
#   io      lib/ausgleich/io/           the domain and io
#   report  lib/ausgleich/report/       the domain and report
#   app     lib/ausgleich/app/          the domain, io, report and app
#   cli     cli/                        anything in lib/, CLI11
#
# and when a third-party header appears outside the layer that owns it: libyaml,
# jsoncpp and OpenSSL belong to io, nlohmann-json to report, CLI11 to cli.
# The CMake targets enforce the same at link time only for symbols; a header
# can be included across a layer without linking, which is what this catches.
#
# usage: check_includes.sh [ROOT]   (ROOT: the source tree, default: this repo)
# Prints "path:line: error: LAYER includes TARGET" for each and exits 1.
set -euo pipefail
root=${1:-"$(cd "$(dirname "$0")/../.." && pwd)"}
cd "$root"

layer_of_file() {
    case "$1" in
    lib/ausgleich/io/*) echo io ;;
    lib/ausgleich/report/*) echo report ;;
    lib/ausgleich/app/*) echo app ;;
    lib/ausgleich/*/*) echo unknown ;;
    lib/ausgleich/*) echo domain ;;
    cli/*) echo cli ;;
    *) echo unknown ;;
    esac
}

# The layer of an included project header ("ausgleich/io/x.hpp" -> io).
layer_of_include() {
    case "$1" in
    ausgleich/io/*) echo io ;;
    ausgleich/report/*) echo report ;;
    ausgleich/app/*) echo app ;;
    ausgleich/*/*) echo unknown ;;
    ausgleich/*) echo domain ;;
    *) echo none ;;
    esac
}

allowed() { # LAYER TARGET
    case "$1:$2" in
    domain:domain) return 0 ;;
    io:domain | io:io) return 0 ;;
    report:domain | report:report) return 0 ;;
    app:domain | app:io | app:report | app:app) return 0 ;;
    cli:domain | cli:io | cli:report | cli:app) return 0 ;;
    esac
    return 1
}

# Third-party headers and the one layer (besides tests) that may include them.
owner_of_system_header() {
    case "$1" in
    yaml.h | json/* | openssl/*) echo io ;;
    nlohmann/*) echo report ;;
    CLI/*) echo cli ;;
    utf8proc.h) echo domain ;;
    *) echo any ;;
    esac
}

status=0
files=$(find lib cli -name '*.hpp' -o -name '*.cpp' | LC_ALL=C sort)
[ -n "$files" ] || { echo "check_includes.sh: no sources below $root" >&2; exit 2; }
for file in $files; do
    layer=$(layer_of_file "$file")
    if [ "$layer" = unknown ]; then
        echo "$file:1: error: not in a layer (lib/ausgleich/{,io/,report/,app/} or cli/)"
        status=1
        continue
    fi
    while IFS=: read -r line text; do
        if [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]]; then
            target=${BASH_REMATCH[1]}
            target_layer=$(layer_of_include "$target")
            if [ "$target_layer" = none ]; then
                [ "$layer" = cli ] && [ -f "cli/$target" ] && continue
                echo "$file:$line: error: includes \"$target\", which is no layer's header"
                status=1
            elif ! allowed "$layer" "$target_layer"; then
                echo "$file:$line: error: $layer includes $target_layer ($target): includes point down only"
                status=1
            fi
        elif [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<([^\>]+)\> ]]; then
            target=${BASH_REMATCH[1]}
            owner=$(owner_of_system_header "$target")
            if [ "$owner" != any ] && [ "$owner" != "$layer" ]; then
                echo "$file:$line: error: $layer includes <$target>, which only $owner may use"
                status=1
            fi
        fi
    done < <(grep -n '^[[:space:]]*#[[:space:]]*include' "$file" || true)
done
exit $status
