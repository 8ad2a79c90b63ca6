#!/usr/bin/env bash
# This file benchmarks the server's memory: resident set size (VmRSS) and its
# peak (VmHWM) from /proc/PID/status, on a fresh demo database:
#   - idle after start, and after one login;
#   - during the wrk load of bench/http_throughput.sh (the employee list as the
#     demo administrator, then /healthz; sampled every 0.1 s, the maximum
#     reported), and idle again after it;
#   - after two logins per worker thread at once (argon2id holds 19 MiB per
#     verification while it runs);
#   - during /healthz with 4 times the connections, to show what each open
#     connection holds.
#
#   bash bench/memory.sh        (uses build/kinerja or $KINERJA_BIN)
#
# Target: under 30 MiB with the demo data (about 80 employees).
# Settings (environment): BENCH_DURATION (seconds of load per path, default 10),
# BENCH_THREADS and BENCH_CONNECTIONS (wrk -t/-c, default 2 and 64).
# Prints figures only; nothing asserts on memory.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

DURATION=${BENCH_DURATION:-10}
WRK_T=${BENCH_THREADS:-2}
WRK_C=${BENCH_CONNECTIONS:-64}
TARGET_MIB=30

bench_need curl wrk awk
bench_setup
DATA=$BENCH_TMP/data
bench_demo_db "$DATA"
ADMIN=$(bench_demo_login admin "$DATA")

bench_serve "$DATA" "$BENCH_TMP/serve.log" --log-level warn
sleep 1
read -r IDLE_RSS IDLE_HWM < <(bench_rss_kib "$SERVER_PID")
THREADS=$(awk '/^Threads:/ { print $2 }' "/proc/$SERVER_PID/status")

SESSION=$(bench_login "$SERVER_URL" "$ADMIN" "$BENCH_PASSWORD" "$BENCH_TMP")
read -r LOGIN_RSS LOGIN_HWM < <(bench_rss_kib "$SERVER_PID")
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: kinerja_sesi=$SESSION" "$SERVER_URL/pegawai")
[[ $code == 200 ]] || die "GET /pegawai answered $code (expected 200)"

# sample NAME PATH [wrk options]: wrk on PATH while sampling VmRSS every
# 0.1 s; sets NAME_MAX (largest RSS sampled, KiB), NAME_RPS and NAME_N (samples).
sample() {
	local name=$1 path=$2 stop=$BENCH_TMP/stop samples=$BENCH_TMP/samples out=$BENCH_TMP/wrk.txt
	shift 2
	rm -f "$stop" "$samples"
	(
		while [[ ! -e $stop ]]; do
			bench_rss_kib "$SERVER_PID" >>"$samples"
			sleep 0.1
		done
	) &
	local sampler=$!
	if ! wrk -t"$WRK_T" -c"$WRK_C" -d"${DURATION}s" "$@" "$SERVER_URL$path" >"$out" 2>&1; then
		touch "$stop"
		wait "$sampler" || true
		cat "$out" >&2
		die "wrk failed on $path"
	fi
	touch "$stop"
	wait "$sampler" || true
	printf -v "${name}_MAX" '%s' "$(awk '$1 > m { m = $1 } END { print m + 0 }' "$samples")"
	printf -v "${name}_RPS" '%s' "$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
	printf -v "${name}_N" '%s' "$(wc -l <"$samples")"
}

sample LIST /pegawai -H "Cookie: kinerja_sesi=$SESSION"
sleep 1    # the list's connections close and free their memory
sample HEALTH /healthz
sleep 1
read -r AFTER_RSS AFTER_HWM < <(bench_rss_kib "$SERVER_PID")

# Logins at once, two per worker thread (one thread per core by default) so
# that each thread is busy with one: every argon2id verification holds its
# own 19 MiB while it runs.  The forms are fetched first, then all the POSTs
# leave together.
NLOGIN=$((2 * $(nproc)))
mapfile -t ACCOUNTS < <(awk -F'\t' 'NR > 1 { print $2 }' "$DATA/demo-accounts.tsv")
pids=()
for ((i = 0; i < NLOGIN; i++)); do
	d=$BENCH_TMP/login$i
	mkdir -p "$d"
	curl -fsS -c "$d/jar" -o "$d/masuk.html" "$SERVER_URL/masuk" || die "GET /masuk failed"
done
for ((i = 0; i < NLOGIN; i++)); do
	d=$BENCH_TMP/login$i
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$d/masuk.html" | head -n1)
	curl -sS -b "$d/jar" -c "$d/jar" -o /dev/null -w '%{http_code}' \
		--data-urlencode "login=${ACCOUNTS[i % ${#ACCOUNTS[@]}]}" \
		--data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" \
		"$SERVER_URL/masuk" >"$d/code" &
	pids+=($!)
done
for p in "${pids[@]}"; do
	wait "$p" || die "a concurrent login failed"
done
for ((i = 0; i < NLOGIN; i++)); do
	[[ $(cat "$BENCH_TMP/login$i/code") == 303 ]] || die "a concurrent login was refused"
done
read -r MANY_RSS MANY_HWM < <(bench_rss_kib "$SERVER_PID")

# /healthz again with 4 times the connections: the memory each open
# connection holds (last, as it raises VmHWM).
WIDE_C=$((WRK_C * 4))
WRK_C=$WIDE_C sample WIDE /healthz

verdict() {
	awk -v k="$1" -v t="$TARGET_MIB" 'BEGIN { print (k / 1024 < t) ? "met" : "MISSED" }'
}
row() {
	printf '%-36s %10s %10s\n' "$@"
}

echo "Server memory: kinerja serve --log-level warn, demo data, $THREADS threads in the process," \
	"wrk -t$WRK_T -c$WRK_C -d${DURATION}s per path"
echo
row moment VmRSS VmHWM
row "idle, 1 s after start" "$(bench_mib "$IDLE_RSS")" "$(bench_mib "$IDLE_HWM")"
row "after one login (argon2id)" "$(bench_mib "$LOGIN_RSS")" "$(bench_mib "$LOGIN_HWM")"
row "load /pegawai, $WRK_C conns (max of $LIST_N)" "$(bench_mib "$LIST_MAX")" -
row "load /healthz, $WRK_C conns (max of $HEALTH_N)" "$(bench_mib "$HEALTH_MAX")" -
row "idle, 1 s after the load" "$(bench_mib "$AFTER_RSS")" "$(bench_mib "$AFTER_HWM")"
row "after $NLOGIN logins at once" "$(bench_mib "$MANY_RSS")" "$(bench_mib "$MANY_HWM")"
# shellcheck disable=SC2153  # WIDE_N is set by sample (printf -v)
row "load /healthz, $WIDE_C conns (max of $WIDE_N)" "$(bench_mib "$WIDE_MAX")" -
echo
MAX=$LIST_MAX
((HEALTH_MAX > MAX)) && MAX=$HEALTH_MAX
echo "load: /pegawai $(bench_commas "$LIST_RPS") req/s, /healthz $(bench_commas "$HEALTH_RPS") req/s"
awk -v a="$HEALTH_MAX" -v b="$WIDE_MAX" -v c1="$WRK_C" -v c2="$WIDE_C" 'BEGIN {
	printf "memory per open connection: %.0f KiB (%d -> %d connections: %.1f -> %.1f MiB)\n",
		(b - a) / (c2 - c1), c1, c2, a / 1024, b / 1024 }'
echo "RSS idle: $(bench_mib "$IDLE_RSS") (target < $TARGET_MIB MiB): $(verdict "$IDLE_RSS")"
echo "RSS under the wrk load (max sampled): $(bench_mib "$MAX") (target < $TARGET_MIB MiB): $(verdict "$MAX")"
echo "peak RSS, start + one login + load (VmHWM): $(bench_mib "$AFTER_HWM") (target < $TARGET_MIB MiB): $(verdict "$AFTER_HWM")"
echo "peak RSS with $NLOGIN logins at once (VmHWM): $(bench_mib "$MANY_HWM") (target < $TARGET_MIB MiB): $(verdict "$MANY_HWM")"
echo "(each argon2id verification holds 19 MiB while it runs; one runs at start for the dummy hash)"
