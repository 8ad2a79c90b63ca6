#!/usr/bin/env bash
# This file benchmarks the HTTP server: requests per second of the employee
# list (/pegawai, logged in as the demo administrator) against /healthz, with
# wrk, on a fresh demo database in a temporary directory.
#
#   bash bench/http_throughput.sh        (uses build/kinerja or $KINERJA_BIN)
#
# The server runs twice: once with --log-level warn (no access log: the figure
# that counts) and once with the default info level (one access-log line per
# request, written to a file), so the cost of the access log shows.
# Target: the employee list serves at least 30% of the /healthz rate.
#
# Settings (environment): BENCH_DURATION (seconds per measurement, default 10),
# BENCH_WARMUP (seconds of warm-up per path, default 2), BENCH_THREADS and
# BENCH_CONNECTIONS (wrk -t/-c, default 2 and 64).
# Prints figures only; nothing asserts on time.  Exit 1 only when the
# benchmark could not run (no build, login failed, list not served).
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
WRK_T=${BENCH_THREADS:-2}
WRK_C=${BENCH_CONNECTIONS:-64}
TARGET_PCT=30

bench_need curl wrk awk
bench_setup
DATA=$BENCH_TMP/data
bench_demo_db "$DATA"
ADMIN=$(bench_demo_login admin "$DATA")
# The demo names, to check that /pegawai really lists employees.
"$KINERJA" export employees --data-dir "$DATA" >"$BENCH_TMP/demo.csv"
awk -F, 'NR > 1 && $3 !~ /"/ { print $3 }' "$BENCH_TMP/demo.csv" >"$BENCH_TMP/names.txt"
NDEMO=$(wc -l <"$BENCH_TMP/names.txt")

# Checks that /pegawai answers 200 with demo names on it for cookie $1;
# sets PAGE_BYTES and PAGE_NAMES.
check_list() {
	local code
	code=$(curl -sS -o "$BENCH_TMP/pegawai.html" -w '%{http_code}' \
		-H "Cookie: kinerja_sesi=$1" "$SERVER_URL/pegawai")
	[[ $code == 200 ]] || die "GET /pegawai answered $code (expected 200 with the list)"
	PAGE_BYTES=$(wc -c <"$BENCH_TMP/pegawai.html")
	PAGE_NAMES=$(grep -oFf "$BENCH_TMP/names.txt" "$BENCH_TMP/pegawai.html" | sort -u | wc -l)
	((PAGE_NAMES > 0)) || die "GET /pegawai is 200 but shows none of the $NDEMO demo names"
}

declare -A RPS SRVUS LOG_LINES
ROWS=()
SESSION=""

# Sets HDR to the wrk options for PATH: the session cookie for the list only
# (/healthz is measured as a load balancer calls it, without a cookie).
set_hdr() {
	HDR=()
	[[ $1 == /healthz ]] || HDR=(-H "Cookie: kinerja_sesi=$SESSION")
}

measure_level() {
	local level=$1 log=$BENCH_TMP/serve-$1.log path out HDR
	bench_serve "$DATA" "$log" --log-level "$level"
	[[ -n $SESSION ]] || SESSION=$(bench_login "$SERVER_URL" "$ADMIN" "$BENCH_PASSWORD" "$BENCH_TMP")
	check_list "$SESSION"
	for path in /healthz /pegawai; do
		set_hdr "$path"
		bench_wrk_warmup "$WARMUP" "$path" ${HDR[@]+"${HDR[@]}"}
	done
	for path in /healthz /pegawai; do
		out=$BENCH_TMP/wrk-$level-${path#/}.txt
		set_hdr "$path"
		bench_wrk "$out" "$path" ${HDR[@]+"${HDR[@]}"}
		RPS[$level$path]=$(bench_wrk_field "$out" rps)
		SRVUS[$level$path]=$(bench_per_request "$BENCH_WRK_TICKS" "${RPS[$level$path]}" 1e6 0)
		ROWS+=("$(printf '%-6s %-9s %9s %9s %9s %8s %7s %10s %9s' "$level" "$path" \
			"$(bench_commas "${RPS[$level$path]}")" \
			"$(bench_wrk_field "$out" lat_avg_ms)" "$(bench_wrk_field "$out" lat_p99_ms)" \
			"$(bench_wrk_field "$out" non2xx)" "$(bench_wrk_field "$out" errors)" \
			"$(bench_commas "$(bench_wrk_field "$out" bytes_per_req)")" "${SRVUS[$level$path]}")")
	done
	check_list "$SESSION"    # the session still served the list after the run
	LOG_LINES[$level]=$(wc -l <"$log")
	bench_stop_server
}

measure_level warn
measure_level info

echo "HTTP throughput: wrk -t$WRK_T -c$WRK_C -d${DURATION}s (after ${WARMUP}s warm-up), $(nproc) cores shared by wrk and the server"
echo "srv us/req = server CPU time (user + system) per request; wrk uses the rest of the cores"
echo "/pegawai = employee list page 1 as the demo admin: $PAGE_BYTES bytes, $PAGE_NAMES of $NDEMO demo names on it"
echo
printf '%-6s %-9s %9s %9s %9s %8s %7s %10s %9s\n' log path req/s "avg ms" "p99 ms" non-2xx errors bytes/req "srv us/req"
printf '%s\n' "${ROWS[@]}"
echo
for level in warn info; do
	h=${RPS[$level/healthz]} p=${RPS[$level/pegawai]}
	pct=$(awk -v p="$p" -v h="$h" 'BEGIN { printf "%.0f", h ? 100 * p / h : 0 }')
	verdict=$(awk -v x="$pct" -v t="$TARGET_PCT" 'BEGIN { print (x >= t) ? "met" : "MISSED" }')
	note=""
	[[ $level == warn ]] || note=" (access log on: ${LOG_LINES[$level]} lines written)"
	echo "employee list, log $level: $(bench_commas "$p") req/s = $pct% of /healthz" \
		"(target >= $TARGET_PCT%): $verdict$note"
done
awk -v w="${RPS[warn/pegawai]}" -v i="${RPS[info/pegawai]}" \
	-v hw="${RPS[warn/healthz]}" -v hi="${RPS[info/healthz]}" \
	-v cw="${SRVUS[warn/pegawai]}" -v ci="${SRVUS[info/pegawai]}" \
	-v chw="${SRVUS[warn/healthz]}" -v chi="${SRVUS[info/healthz]}" 'BEGIN {
	printf "access log cost (info vs warn): /healthz %+.0f%% req/s, %+d us CPU/req;" \
		" /pegawai %+.0f%% req/s, %+d us CPU/req\n",
		hw ? 100 * (hi - hw) / hw : 0, chi - chw, w ? 100 * (i - w) / w : 0, ci - cw }'
echo "server CPU per request: /pegawai costs $(awk -v p="${SRVUS[warn/pegawai]}" -v h="${SRVUS[warn/healthz]}" \
	'BEGIN { printf "%.1fx", (h > 0 ? p / h : 0) }') /healthz (log warn)"
