#!/usr/bin/env bash
# The excel-de CSV read back two ways and compared with the JSON of the same
# settlement: by Python's csv module (always), and by LibreOffice Calc in
# headless mode (where it is installed) importing it as a German user's
# LibreOffice would: ';' separator, German (de-DE) number recognition, and the
# character set left to the byte order mark.
# Usage: check_csv_excel_de.sh path/to/ausgleich   (from the source tree's root)
set -u
binary=$1
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

for period in 2005-Q2 2005-12-01..2006-01-31; do
    name=${period//./_}
    "$binary" settle examples/musterstadt/arge.yaml --period "$period" --format json \
        -o "$work/$name.json" || exit 1
    "$binary" settle examples/musterstadt/arge.yaml --period "$period" --format csv \
        --csv-dialect excel-de --lang de -o "$work/$name.csv" || exit 1
    python3 "$here/excel_de_csv.py" csv "$work/$name.csv" "$work/$name.json" || failed=1

    if command -v soffice > /dev/null; then
        # Token 3 (character set) stays empty: the BOM has to say UTF-8.
        HOME="$work/lo-home" timeout 300 soffice --headless --norestore \
            --infilter="CSV:59,34,,1,,1031" --convert-to fods --outdir "$work" "$work/$name.csv" \
            > "$work/soffice.log" 2>&1
        if [ ! -f "$work/$name.fods" ]; then
            echo "LibreOffice did not convert $name.csv:"
            cat "$work/soffice.log"
            failed=1
        else
            python3 "$here/excel_de_csv.py" fods "$work/$name.fods" "$work/$name.json" || failed=1
        fi
    else
        echo "LibreOffice (soffice) not installed: only the Python csv check ran"
    fi
done
exit "$failed"
