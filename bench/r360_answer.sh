#!/usr/bin/env bash
# This file benchmarks saving 360-degree answers: requests per second of
# POST /api/v1/360/tugas/{id}/jawab (a JSON body with the seven scores and
# a comment, the rater's session cookie and X-CSRF-Token header, as the
# pages' script sends it) against /healthz in the same run, with wrk, on a
# generated city: bench/gen_city fills a fresh database with BENCH_CITY
# employees (default 30,000) and their SKPs, opens a 360 round on the
# period's last checkpoint with up to BENCH_RATERS raters per person
# (default 8; the store's rules: diri, atasan, rekan, bawahan), gives every
# rater an account and a session written with the store's session function
# (tokens only this run knows: no argon2 login per rater), and writes the
# pending (assignment, session) pairs in a scattered order.  An assignment
# takes one answer (a second is 409), so the wrk script
# (bench/r360_answer.lua) walks the pairs and every request is a first
# answer; warm-up and measurement use different pairs.
#
#   bash bench/r360_answer.sh     (uses build/kinerja and build/bench/gen_city,
#                                  or $KINERJA_BIN and $GEN_CITY_BIN)
#
# Checks: one pair answered with curl first (200, then 409 for the same
# assignment); the round's count of answers read through the API as an
# administrator (GET /api/v1/360/putaran/{id}: jumlah.dijawab) before and
# after the load, next to the 2xx that curl and wrk saw (requests still in
# flight when wrk stops are stored but not counted by wrk); the script's
# 2xx / non-2xx tally (non-2xx should be 0) and whether the pairs ran out.
# Target: none set; the answer rate is printed as a share of /healthz.
# Settings (environment): BENCH_DURATION (seconds per measurement, default
# 10), BENCH_WARMUP (seconds of warm-up per path, default 2), BENCH_THREADS
# and BENCH_CONNECTIONS (wrk -t/-c, default 2 and 64), BENCH_TIMEOUT (wrk
# --timeout, default 30s: slow answers count as answers, not socket
# errors), BENCH_CITY (default 30000), BENCH_RATERS (default 8);
# KINERJA_BENCH_PG_URL (optional, e.g. postgresql://kinerja@localhost/postgres):
# the same on PostgreSQL, in a database created for the run and dropped
# after it (the role needs CREATEDB).
# Prints figures only; nothing asserts on time.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
WRK_T=${BENCH_THREADS:-2}
WRK_C=${BENCH_CONNECTIONS:-64}
TIMEOUT=${BENCH_TIMEOUT:-30s}
CITY=${BENCH_CITY:-30000}
RATERS=${BENCH_RATERS:-8}

bench_need curl wrk awk jq
bench_setup
bench_find_gen_city
LUA=$BENCH_ROOT/bench/r360_answer.lua

# city KEY: a figure of the generated city (gen_city's key=value output).
city() { bench_kv "$CITY_INFO" "$1"; }

# generate NAME INIT-ARGS...: a fresh database (kinerja init INIT-ARGS) at
# DB_URL filled by gen_city with the round and the pairs; sets CITY_INFO
# and PAIRS.
generate() {
	local name=$1
	shift
	bench_init "$name" "$@"
	CITY_INFO=$BENCH_TMP/$name-city.txt
	PAIRS=$BENCH_TMP/$name-pairs.txt
	bench_gen_city "$name" "$CITY" --round360 "$RATERS" --sessions "$PAIRS"
}

# stored: the round's answers as the API counts them (as the administrator).
stored() {
	local out=$BENCH_TMP/round.json code
	code=$(curl -sS -o "$out" -w '%{http_code}' -H "Cookie: kinerja_sesi=$ADMIN" \
		"$SERVER_URL/api/v1/360/putaran/$(city round_id)")
	[[ $code == 200 ]] || die "GET /api/v1/360/putaran/$(city round_id) answered $code"
	jq -r '.jumlah.dijawab' "$out"
}

# answer_once LINE: POSTs the answer of one pair with curl; prints the status.
answer_once() {
	local id token csrf
	read -r id token csrf <<<"$1"
	curl -sS -o "$BENCH_TMP/answer.json" -w '%{http_code}' -H "Cookie: kinerja_sesi=$token" \
		-H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
		-d '{"nilai":{"berorientasi_pelayanan":2,"akuntabel":2,"kompeten":2,"harmonis":3,"loyal":2,"adaptif":2,"kolaboratif":1}}' \
		"$SERVER_URL/api/v1/360/tugas/$id/jawab"
}

# row DB LABEL OUT CPU_TICKS [OK BAD]: one line of the table from wrk's report.
row() {
	local db=$1 label=$2 out=$3 ticks=$4 rps
	rps=$(bench_wrk_field "$out" rps)
	local ok=${5:-$(awk '/requests in/ { print $1 }' "$out")}
	local bad=${6:-$(bench_wrk_field "$out" non2xx)}
	ROWS+=("$(printf '%-7s %-24s %8s %9s %9s %8s %8s %7s %10s' "$db" "$label" \
		"$(bench_commas "$rps")" "$(bench_wrk_field "$out" lat_avg_ms)" \
		"$(bench_wrk_field "$out" lat_p99_ms)" "$(bench_commas "$ok")" "$bad" \
		"$(bench_wrk_field "$out" errors)" \
		"$(bench_per_request "$ticks" "$rps" 1e6 0)")")
	LAST_RPS=$rps
}

# answers_run OUT START SECONDS: the wrk script over the pairs from START.
answers_run() {
	wrk -t"$WRK_T" -c"$WRK_C" -d"${3}s" --timeout "$TIMEOUT" --latency -s "$LUA" \
		"$SERVER_URL" -- "$PAIRS" "$2" "$WRK_T" >"$1" 2>&1 ||
		{ cat "$1" >&2; die "wrk failed on the answers"; }
}

# run_db NAME SERVE-ARGS...: the measurements against a server on the
# database just generated.
run_db() {
	local name=$1 out cpu0 cpu1 next before after first code warm_ok=0
	shift
	bench_serve "$BENCH_TMP/$name-data" "$BENCH_TMP/$name-serve.log" --log-level warn "$@"
	ADMIN=$(bench_login "$SERVER_URL" bench.admin "$BENCH_PASSWORD" "$BENCH_TMP")
	before=$(stored)
	first=$(head -n1 "$PAIRS")
	code=$(answer_once "$first")
	[[ $code == 200 ]] || die "the first answer (curl) got $code: $(head -c 300 "$BENCH_TMP/answer.json")"
	code=$(answer_once "$first")
	[[ $code == 409 ]] || die "answering the same assignment again got $code, not 409"
	next=1

	# /healthz, no cookie, as a load balancer calls it
	bench_wrk_warmup "$WARMUP" /healthz
	out=$BENCH_TMP/wrk-$name-healthz.txt
	bench_wrk "$out" /healthz
	row "$name" /healthz "$out" "$BENCH_WRK_TICKS"
	RPS[$name/healthz]=$LAST_RPS

	# the answers: warm-up on the first pairs, then the measurement on the next
	if ((WARMUP > 0)); then
		out=$BENCH_TMP/wrk-$name-warmup.txt
		answers_run "$out" "$next" "$WARMUP"
		next=$(bench_kv "$out" lua_next)
		warm_ok=$(bench_kv "$out" lua_ok)
		WARM_BAD[$name]=$(bench_kv "$out" lua_bad)
	fi
	out=$BENCH_TMP/wrk-$name-answers.txt
	cpu0=$(bench_cpu_ticks "$SERVER_PID")
	answers_run "$out" "$next" "$DURATION"
	cpu1=$(bench_cpu_ticks "$SERVER_PID")
	row "$name" "POST .../jawab" "$out" $((cpu1 - cpu0)) "$(bench_kv "$out" lua_ok)" "$(bench_kv "$out" lua_bad)"
	RPS[$name/answers]=$LAST_RPS
	sleep 1   # let the requests still in flight finish before counting
	after=$(stored)
	local ok
	ok=$(bench_kv "$out" lua_ok)
	STORED[$name]="before $before, after $after (+$((after - before))) = 1 (curl)"
	STORED[$name]+=" + $warm_ok (warm-up 2xx) + $ok (measured 2xx)"
	STORED[$name]+=" + $((after - before - 1 - warm_ok - ok)) in flight when the warm-up or the"
	STORED[$name]+=" measurement ended (stored, not counted by wrk)"
	POOL[$name]="pairs used $(bench_commas "$(bench_kv "$out" lua_next)") of $(bench_commas "$(city pairs)");"
	if (($(bench_kv "$out" lua_exhausted) > 0)); then
		POOL[$name]+=" EXHAUSTED: $(bench_kv "$out" lua_exhausted) requests re-sent an answered pair (409)"
	else
		POOL[$name]+=" not exhausted"
	fi
	FIRST_BAD[$name]=$(bench_kv "$out" lua_first_bad)
	bench_stop_server
}

declare -A RPS STORED POOL FIRST_BAD WARM_BAD
ROWS=()
ADMIN=""
LAST_RPS=0

DB_URL="sqlite:$BENCH_TMP/sqlite-data/kinerja.db"
generate sqlite --data-dir "$BENCH_TMP/sqlite-data"
SQLITE_INFO=$CITY_INFO
run_db sqlite
if [[ -n $PG_URL ]]; then
	bench_pg_db
	mkdir -p "$BENCH_TMP/pg-data"
	generate pg --db "$DB_URL" --data-dir "$BENCH_TMP/pg-data"
	run_db pg --db "$DB_URL"
fi

CITY_INFO=$SQLITE_INFO
echo "360 answer throughput: wrk -t$WRK_T -c$WRK_C -d${DURATION}s --timeout $TIMEOUT" \
	"(after ${WARMUP}s warm-up), $(nproc) cores shared by wrk and the server;" \
	"kinerja serve --log-level warn"
echo "city: $(bench_commas "$(city employees)") employees (BENCH_CITY=$CITY); round $(city round_id)" \
	"with $(bench_commas "$(city assignments)") assignments (up to $RATERS raters each:" \
	"$(city assign_diri) diri, $(city assign_atasan) atasan, $(city assign_rekan) rekan," \
	"$(city assign_bawahan) bawahan), $(bench_commas "$(city sessions)") rater sessions"
echo "each request: a first answer by the assignment's rater (cookie + X-CSRF-Token, JSON body)"
echo "srv us/req = kinerja serve's CPU time (user + system) per request (PostgreSQL's own not counted)"
echo
printf '%-7s %-24s %8s %9s %9s %8s %8s %7s %10s\n' db path req/s "avg ms" "p99 ms" 2xx non-2xx \
	errors "srv us/req"
printf '%s\n' "${ROWS[@]}"
echo
for db in sqlite pg; do
	[[ -n ${STORED[$db]:-} ]] || continue
	h=${RPS[$db/healthz]} a=${RPS[$db/answers]}
	echo "answers ($db): $(bench_commas "$a") req/s = $(awk -v a="$a" -v h="$h" \
		'BEGIN { printf "%.1f", h ? 100 * a / h : 0 }')% of /healthz (no target set)"
	echo "  stored (API count of the round): ${STORED[$db]}"
	echo "  ${POOL[$db]}; warm-up non-2xx ${WARM_BAD[$db]:-0}"
	[[ -z ${FIRST_BAD[$db]} ]] || echo "  first non-2xx: ${FIRST_BAD[$db]}"
done
[[ -n $PG_URL ]] || echo "PostgreSQL: not run (set KINERJA_BENCH_PG_URL)"
