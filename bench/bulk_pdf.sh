#!/usr/bin/env bash
# This file benchmarks the bulk documents of a unit (dokumen massal): a
# generated city of BENCH_BULK employees (default 1,000; bench/gen_city:
# units, positions, employees and an SKP each, nearly all approved) is put
# in a fresh SQLite database, and `kinerja report bulk` makes the SKP of
# every employee of the top unit (the whole city) in both forms: one ZIP of
# one PDF per employee, and one PDF holding them all.  Each run is timed
# with its peak memory (GNU time's maximum resident set size) and the
# documents per second are printed.
#
#   bash bench/bulk_pdf.sh
#       (uses build/kinerja and build/bench/gen_city, or $KINERJA_BIN and $GEN_CITY_BIN)
#
# Checks: the ZIP holds one PDF per SKP and passes `unzip -t` (when unzip is
# installed); the one PDF has a "Halaman 1 dari" per document (pdftotext,
# when installed).
# Settings: BENCH_BULK (default 1000; the limit bulk_max_docs is raised to fit).
# Prints figures only; nothing asserts on time.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

N=${BENCH_BULK:-1000}
[[ ${1:-} == "" ]] || die "usage: bash bench/bulk_pdf.sh"

bench_need awk sqlite3
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is missing: apt-get install time"
bench_setup
bench_find_gen_city

DATA=$BENCH_TMP/data
DB_URL="sqlite:$DATA/kinerja.db"
mkdir -p "$DATA"
bench_init sqlite --db "$DB_URL" --data-dir "$DATA"
bench_gen_city sqlite "$N"
TOP=$(sqlite3 "$DATA/kinerja.db" "SELECT code FROM units WHERE parent_id IS NULL")
SKPS=$(sqlite3 "$DATA/kinerja.db" "SELECT COUNT(*) FROM skp")

ROWS=()
# bulk FORMAT: one run of `kinerja report bulk`; adds a row.
bulk() {
	local format=$1 out=$BENCH_TMP/skp.$1 secs kib
	/usr/bin/time -f '%e %M' -o "$BENCH_TMP/$format.time" \
		"$KINERJA" report bulk --db "$DB_URL" --data-dir "$DATA" --unit "$TOP" --kind skp \
		--format "$format" --out "$out" --bulk-max-docs "$((SKPS + 1))" \
		>"$BENCH_TMP/$format.out" 2>"$BENCH_TMP/$format.err" ||
		{ cat "$BENCH_TMP/$format.err" >&2; die "kinerja report bulk --format $format failed"; }
	read -r secs kib <"$BENCH_TMP/$format.time"
	ROWS+=("$(printf '%-6s %9s %9s %12s %10s %12s' "$format" "$(bench_commas "$SKPS")" "$secs" \
		"$(awk -v n="$SKPS" -v s="$secs" 'BEGIN { printf "%.1f", (s > 0) ? n / s : 0 }')" \
		"$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')" \
		"$(bench_commas "$(wc -c <"$out")")")")
}

bulk zip
bulk pdf

if command -v unzip >/dev/null 2>&1; then
	unzip -tq "$BENCH_TMP/skp.zip" >/dev/null || die "the ZIP does not test whole"
	got=$(unzip -Z1 "$BENCH_TMP/skp.zip" | grep -c '\.pdf$' || true)
	[[ $got == "$SKPS" ]] || die "the ZIP holds $got PDFs for $SKPS SKPs"
fi
if command -v pdftotext >/dev/null 2>&1; then
	got=$(pdftotext "$BENCH_TMP/skp.pdf" - 2>/dev/null | grep -c 'Halaman 1 dari' || true)
	[[ $got == "$SKPS" ]] || die "the one PDF has $got documents for $SKPS SKPs"
fi

echo "Bulk SKP documents of one unit: $(bench_commas "$SKPS") employees with an SKP" \
	"(generated city, BENCH_BULK=$N), \`kinerja report bulk\` on SQLite, one process per run"
echo "time = wall clock; memory = peak resident set size (GNU time)"
echo
printf '%-6s %9s %9s %12s %10s %12s\n' format docs seconds "docs/second" "peak MiB" "file bytes"
printf '%s\n' "${ROWS[@]}"
