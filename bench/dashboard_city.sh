#!/usr/bin/env bash
# This file benchmarks the dashboard of a whole city: bench/gen_city fills
# a fresh database with BENCH_CITY employees (default 30,000) and their
# SKPs, a closed 360 round with up to 8 raters each and every answer, the
# unit predicates and a ditetapkan tahunan assessment per approved SKP
# (--round360 8 --answers --assessments, as bench/assessment_city.sh);
# then one SQL statement here records a realisasi for every IKI of every
# approved SKP at Triwulan I-III (80-120% of the target), so the
# achievement section has the whole year to average.  The administrator
# (bench.admin) opens /dasbor - the whole city, every section: status,
# distribution against every unit's curve, who needs attention, the
# achievement over the quarters, the BerAKHLAK profile, the trend - and
# GET /api/v1/dasbor, and wrk measures them next to /healthz.  Last, the
# city at work: an audited change every second while wrk asks for /dasbor,
# without and with --dashboard-max-stale 60.
#
#   bash bench/dashboard_city.sh [--pg]
#       (uses build/kinerja and build/bench/gen_city, or $KINERJA_BIN and $GEN_CITY_BIN)
#   --pg   also on PostgreSQL: on KINERJA_BENCH_PG_URL's server when set, else on
#          a throw-away server started for the run (scripts/pg-test-server.sh)
#
# Before the load the page must answer 200 and show the city's SKP count
# as the database holds it; wrk's non-2xx count is printed for every run.
# Printed per path:
#   cold ms  - the first request after the server starts (nothing computed
#              yet in the process): the fastest of BENCH_COLD fresh starts;
#   warm ms  - the fastest of BENCH_SAMPLES single requests after that (curl's
#              time_total on loopback; equal to cold when nothing is kept);
#   req/s, latency, server CPU per request and bytes per request under wrk.
# Settings (environment): BENCH_CITY (default 30000), BENCH_DURATION
# (seconds per measurement, default 10), BENCH_WARMUP (default 2),
# BENCH_THREADS and BENCH_CONNECTIONS (wrk -t/-c, default 2 and 4; a slow page
# under many connections only queues), BENCH_SAMPLES (default 5), BENCH_COLD
# (default 3); KINERJA_BENCH_PG_URL (optional): as in bench/assessment_city.sh.
# Prints figures only; nothing asserts on time.
#
# Figures: docs/api-dashperf.md ("Measured"), before and after the one
# achievement loader, the small page and the cache of computed dashboards.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

CITY=${BENCH_CITY:-30000}
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
WRK_T=${BENCH_THREADS:-2}
WRK_C=${BENCH_CONNECTIONS:-4}
SAMPLES=${BENCH_SAMPLES:-5}
COLD=${BENCH_COLD:-3}

bench_need curl wrk awk sqlite3
bench_setup
bench_pg_option dashboard_city.sh "${1:-}"
bench_find_gen_city

# sql NAME QUERY: one query on the database of NAME, prints the result.
sql() {
	if [[ $1 == sqlite ]]; then
		sqlite3 -cmd ".timeout 5000" "$BENCH_TMP/sqlite-data/kinerja.db" "$2"
	else
		psql -qAt -v ON_ERROR_STOP=1 "$DB_URL" -c "$2"
	fi
}

# realisasi_sql NAME: a realisasi for every IKI of every approved
# kuantitatif SKP at Triwulan I-III, 80-120% of its target.
realisasi_sql() {
	local now="CAST(strftime('%s', 'now') AS INTEGER)" real=REAL
	[[ $1 == sqlite ]] || { now="CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)"; real="DOUBLE PRECISION"; }
	echo "INSERT INTO realisasi (iki_id, checkpoint_id, value, created_at, updated_at)
	SELECT i.id, c.id, CAST(CAST(FLOOR(CAST(i.target_min AS $real) * (80 + (i.id + c.seq) % 5 * 10)
	/ 100) AS INTEGER) AS TEXT), $now, $now
	FROM iki i JOIN rhk r ON r.id = i.rhk_id JOIN skp s ON s.id = r.skp_id
	JOIN checkpoints c ON c.period_id = s.period_id AND c.seq <= 3
	WHERE s.state = 'disetujui' AND s.approach = 'kuantitatif' AND i.target_min <> ''"
}

# generate NAME INIT-ARGS...: a fresh city at DB_URL (kinerja init INIT-ARGS,
# gen_city, the realisasi); sets the figures of NAME.
generate() {
	local name=$1 t0
	shift
	t0=$(date +%s)
	bench_init "$name" "$@"
	bench_gen_city "$name" "$CITY" --round360 8 --answers --assessments
	sql "$name" "$(realisasi_sql "$name")" >/dev/null || die "recording the realisasi failed ($name)"
	[[ $name == sqlite ]] || sql "$name" "ANALYZE realisasi" >/dev/null
	PERIOD=$(bench_kv "$BENCH_TMP/$name-city.txt" period_id)
	EMPLOYEES[$name]=$(bench_kv "$BENCH_TMP/$name-city.txt" employees)
	REALISASI[$name]=$(sql "$name" "SELECT COUNT(*) FROM realisasi")
	SKPS[$name]=$(sql "$name" "SELECT COUNT(*) FROM skp WHERE period_id = $PERIOD")
	ANSWERS[$name]=$(sql "$name" "SELECT COUNT(*) FROM answer360")
	ASSESS[$name]=$(sql "$name" "SELECT COUNT(*) FROM assessment WHERE state = 'ditetapkan'")
	GEN_SECS[$name]=$(($(date +%s) - t0))
}

# serve NAME DATA [serve options...]: a server on NAME's database, logged in as
# the administrator.
serve() {
	local name=$1 data=$2
	shift 2
	bench_serve "$data" "$BENCH_TMP/$name-serve.log" --db "$DB_URL" --log-level warn "$@"
	SESSION=$(bench_login "$SERVER_URL" bench.admin "$BENCH_PASSWORD" "$BENCH_TMP")
	COOKIE="Cookie: kinerja_sesi=$SESSION"
}

# req PATH: one request, its time_total in seconds.
req() {
	curl -sS -o /dev/null -w '%{time_total}' -H "$COOKIE" "$SERVER_URL$1"
}

# ms SECS-LIST: the smallest of the seconds given, in ms.
ms() {
	printf '%s\n' "$@" | awk 'NF { if (best == "" || $1 < best) best = $1 }
		END { printf "%.1f", best * 1000 }'
}

# idle: waits (up to a minute) until the server has finished the requests a
# wrk run left in flight (its CPU time stops growing), so they do not slow
# the next measurement.
idle() {
	local a b i
	for ((i = 0; i < 120; i++)); do
		a=$(bench_cpu_ticks "$SERVER_PID")
		sleep 0.5
		b=$(bench_cpu_ticks "$SERVER_PID")
		((b - a > 2)) || return 0
	done
}

# cold NAME DATA PATH: the first request after a fresh start, fastest of COLD.
cold() {
	local t=() i
	for ((i = 0; i < COLD; i++)); do
		serve "$1" "$2"
		t+=("$(req "$3")")
		bench_stop_server
	done
	ms "${t[@]}"
}

# measure NAME DATA: the table rows of NAME's database.
measure() {
	local name=$1 data=$2 code path out rps warm i t
	local dash="/dasbor?periode=$PERIOD" api="/api/v1/dasbor?periode=$PERIOD"
	declare -A COLDMS
	for path in "$dash" "$api"; do
		COLDMS[$path]=$(cold "$name" "$data" "$path")
	done
	serve "$name" "$data"
	# The page answers 200 with the city's SKP count as the database holds it.
	code=$(curl -sS -o "$BENCH_TMP/$name-dasbor.html" -w '%{http_code}' -H "$COOKIE" "$SERVER_URL$dash")
	[[ $code == 200 ]] || die "GET /dasbor answered $code ($name)"
	grep -q "dari ${SKPS[$name]} (" "$BENCH_TMP/$name-dasbor.html" ||
		die "/dasbor does not show the city's ${SKPS[$name]} SKPs ($name)"
	PAGE_BYTES[$name]=$(wc -c <"$BENCH_TMP/$name-dasbor.html")
	API_BYTES[$name]=$(curl -sS -H "$COOKIE" "$SERVER_URL$api" | wc -c)
	for path in /healthz "$dash" "$api"; do
		hdr=(-H "$COOKIE")
		[[ $path != /healthz ]] || hdr=()
		t=()
		for ((i = 0; i < SAMPLES; i++)); do t+=("$(req "$path")"); done
		warm=$(ms "${t[@]}")
		((WARMUP > 0)) && { bench_wrk_warmup "$WARMUP" "$path" ${hdr[@]+"${hdr[@]}"}; idle; }
		out=$BENCH_TMP/$name-wrk-${path//[\/?=]/_}.txt
		bench_wrk "$out" "$path" --timeout 60s ${hdr[@]+"${hdr[@]}"}
		idle
		rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")   # with its decimals: a slow page serves few
		RPS[$name$path]=$rps
		ROWS+=("$(printf '%-7s %-16s %9s %9s %9s %9s %9s %7s %10s %10s' "$name" "${path%%\?*}" \
			"${COLDMS[$path]:--}" "$warm" "$(bench_commas "$rps")" \
			"$(bench_wrk_field "$out" lat_avg_ms)" "$(bench_wrk_field "$out" lat_p99_ms)" \
			"$(bench_wrk_field "$out" non2xx)" \
			"$(bench_per_request "$BENCH_WRK_TICKS" "$rps" 1e3 1)" \
			"$(bench_commas "$(bench_wrk_field "$out" bytes_per_req)")")")
	done
	bench_stop_server
	ROWS+=("")
	for path in "$dash" "$api"; do
		SUMMARY+=("$name ${path%%\?*}: $(bench_commas "${RPS[$name$path]}") req/s = $(awk \
			-v p="${RPS[$name$path]}" -v h="${RPS[$name/healthz]}" \
			'BEGIN { printf "%.2f", h ? 100 * p / h : 0 }')% of /healthz")
	done
}

# busy NAME DATA: the city at work: an audited change every second (a row
# written into audit_log, as every change the program makes writes one) while
# wrk asks for /dasbor, without and with --dashboard-max-stale 60.
busy() {
	local name=$1 data=$2 stale writer out
	local dash="/dasbor?periode=$PERIOD"
	for stale in 0 60; do
		serve "$name" "$data" --dashboard-max-stale "$stale"
		(
			for ((i = 0; i < DURATION + WARMUP + 5; i++)); do
				sql "$name" "INSERT INTO audit_log (at, login, action, entity) VALUES \
					($(date +%s), 'bench', 'bench', 'bench')" >/dev/null 2>&1
				sleep 1
			done
		) &
		writer=$!
		BENCH_PIDS+=("$writer")
		out=$BENCH_TMP/$name-busy-$stale.txt
		bench_wrk "$out" "$dash" --timeout 60s -H "$COOKIE"
		kill "$writer" 2>/dev/null || true
		wait "$writer" 2>/dev/null || true
		bench_stop_server
		BUSY+=("$(printf '%-7s %-22s %9s %9s %9s %7s' "$name" "max-stale $stale s" \
			"$(bench_commas "$(awk '/^Requests\/sec:/ { print $2 }' "$out")")" \
			"$(bench_wrk_field "$out" lat_avg_ms)" "$(bench_wrk_field "$out" lat_p99_ms)" \
			"$(bench_wrk_field "$out" non2xx)")")
	done
}

declare -A EMPLOYEES REALISASI SKPS ANSWERS ASSESS GEN_SECS PAGE_BYTES API_BYTES RPS
ROWS=()
SUMMARY=()
BUSY=()

DB_URL="sqlite:$BENCH_TMP/sqlite-data/kinerja.db"
generate sqlite --data-dir "$BENCH_TMP/sqlite-data"
measure sqlite "$BENCH_TMP/sqlite-data"
busy sqlite "$BENCH_TMP/sqlite-data"
if [[ -n $PG_URL ]]; then
	bench_pg_db
	mkdir -p "$BENCH_TMP/pg-data"
	generate pg --db "$DB_URL" --data-dir "$BENCH_TMP/pg-data"
	measure pg "$BENCH_TMP/pg-data"
	busy pg "$BENCH_TMP/pg-data"
fi

for db in sqlite pg; do
	[[ -n ${SKPS[$db]:-} ]] || continue
	echo "$db: a generated city of $(bench_commas "${EMPLOYEES[$db]}") employees," \
		"$(bench_commas "${SKPS[$db]}") SKPs, $(bench_commas "${ASSESS[$db]}") final assessments," \
		"$(bench_commas "${ANSWERS[$db]}") 360 answers, $(bench_commas "${REALISASI[$db]}") realisasi" \
		"(data generated in ${GEN_SECS[$db]} s, before the server starts);" \
		"/dasbor $(bench_commas "${PAGE_BYTES[$db]}") bytes, /api/v1/dasbor $(bench_commas "${API_BYTES[$db]}") bytes"
done
echo "as the administrator (the whole city); wrk -t$WRK_T -c$WRK_C -d${DURATION}s after ${WARMUP}s warm-up," \
	"$(nproc) cores shared by wrk and the server"
echo "cold ms = first request after a fresh start (fastest of $COLD starts); warm ms = fastest of" \
	"$SAMPLES single requests after it (curl); srv ms/req = server CPU per request under wrk"
echo
printf '%-7s %-16s %9s %9s %9s %9s %9s %7s %10s %10s\n' db path "cold ms" "warm ms" req/s "avg ms" \
	"p99 ms" non-2xx "srv ms/req" bytes/req
printf '%s\n' "${ROWS[@]}"
printf '%s\n' "${SUMMARY[@]}"
echo
echo "the city at work: an audited change every second while wrk asks for /dasbor (${DURATION}s)"
printf '%-7s %-22s %9s %9s %9s %7s\n' db setting req/s "avg ms" "p99 ms" non-2xx
printf '%s\n' "${BUSY[@]}"
[[ -n $PG_URL ]] || echo "PostgreSQL: not run (add --pg, or set KINERJA_BENCH_PG_URL)"
