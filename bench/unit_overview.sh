#!/usr/bin/env bash
# This file benchmarks the unit predicate overview (/predikat-unit) of a
# whole city: bench/gen_city fills a fresh SQLite database with BENCH_CITY
# employees (default 30,000: about 900 units), a predicate for every unit
# and a ditetapkan tahunan assessment for every approved SKP
# (--assessments), so every unit has a curve.  The administrator
# (bench.admin) opens the overview three ways: the first page, the units
# that still need a curve reason (?kurva=perlu_alasan), and a search
# (?q=Kelurahan); for each the bytes of the page, the number of unit rows
# in it, and the fastest of BENCH_SAMPLES requests (curl's time_total on
# loopback).  Every request must answer 200.
#
#   bash bench/unit_overview.sh       (uses build/kinerja and build/bench/gen_city,
#                                      or $KINERJA_BIN and $GEN_CITY_BIN)
#
# Settings (environment): BENCH_CITY (default 30000), BENCH_SAMPLES
# (default 5).  Prints figures only; nothing asserts on time.
#
# Measured (2026-11-29, 30,000 employees in 1,111 units, this 2-core machine):
# before the filter and paging the first page was 310,107 bytes with 1,111
# rows in 84 ms; after, 12,805 bytes with 26 rows in 92 ms (the time is
# the curves of every unit, computed either way).
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

CITY=${BENCH_CITY:-30000}
SAMPLES=${BENCH_SAMPLES:-5}

bench_need curl sqlite3
bench_setup
bench_find_gen_city

DATA=$BENCH_TMP/sqlite-data
DB_URL="sqlite:$DATA/kinerja.db"
t0=$(date +%s)
bench_init sqlite --data-dir "$DATA"
bench_gen_city sqlite "$CITY" --assessments
GEN_SECS=$(($(date +%s) - t0))
PERIOD=$(bench_kv "$BENCH_TMP/sqlite-city.txt" period_id)
UNITS=$(sqlite3 "$DATA/kinerja.db" "SELECT COUNT(*) FROM units")

bench_serve "$DATA" "$BENCH_TMP/serve.log" --db "$DB_URL" --log-level warn
SESSION=$(bench_login "$SERVER_URL" bench.admin "$BENCH_PASSWORD" "$BENCH_TMP")

echo "a generated city of $(bench_commas "$CITY") employees in $(bench_commas "$UNITS") units" \
	"(generated in $GEN_SECS s); GET as the administrator, fastest of $SAMPLES:"
printf "%-24s %10s %6s %9s\n" "query" "bytes" "rows" "ms"
for query in "" "&kurva=perlu_alasan" "&q=Kelurahan"; do
	path="/predikat-unit?periode=$PERIOD&jenis=tahunan$query"
	best=""
	for ((i = 0; i < SAMPLES; i++)); do
		out=$(curl -sS -o "$BENCH_TMP/page.html" -w '%{http_code} %{time_total}' \
			-H "Cookie: kinerja_sesi=$SESSION" "$SERVER_URL$path")
		[[ ${out%% *} == 200 ]] || die "GET $path answered ${out%% *}"
		best=$(awk -v a="$best" -v b="${out#* }" 'BEGIN { print (a == "" || b < a) ? b : a }')
	done
	printf "%-24s %10s %6s %9.1f\n" "${query:-(first page)}" \
		"$(bench_commas "$(wc -c <"$BENCH_TMP/page.html")")" \
		"$(grep -o '<th scope="row">' "$BENCH_TMP/page.html" | wc -l)" \
		"$(awk -v s="$best" 'BEGIN { print s * 1000 }')"
done
bench_stop_server
