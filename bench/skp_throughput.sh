#!/usr/bin/env bash
# This file benchmarks viewing an SKP: requests per second of the SKP page
# (GET /skp/{id}, logged in as the SKP's owner) against /healthz in the same
# run, with wrk, first on a fresh demo database (the demo "pegawai" and their
# approved SKP), then on a generated city (bench/gen_city, BENCH_CITY
# employees, default 30,000: the owner of one approved staff SKP), where the
# page's queries meet 30,000 positions.
#
#   bash bench/skp_throughput.sh   (uses build/kinerja and build/bench/gen_city,
#                                   or $KINERJA_BIN and $GEN_CITY_BIN)
#
# Before and after the load the page must answer 200 and show the owner's
# name and the text of every RHK and IKI of the SKP (as the API returns
# them); wrk's non-2xx count is printed for every run.
# Target: the SKP page serves at least 30% of the /healthz rate.
# Settings (environment): BENCH_DURATION (seconds per measurement, default 10),
# BENCH_WARMUP (seconds of warm-up per path, default 2), BENCH_THREADS and
# BENCH_CONNECTIONS (wrk -t/-c, default 2 and 64), BENCH_CITY (employees of
# the city, default 30000; 0 skips the city).
# Prints figures only; nothing asserts on time.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
WRK_T=${BENCH_THREADS:-2}
WRK_C=${BENCH_CONNECTIONS:-64}
CITY=${BENCH_CITY:-30000}
TARGET_PCT=30

bench_need curl wrk awk jq
bench_setup

# HTML-escapes stdin as html_txt does.
escape() {
	sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' -e "s/'/\&#39;/g"
}

# check_skp ID: GET /skp/ID as the owner answers 200 and shows the owner's
# name and every RHK and IKI text of the SKP; sets PAGE_BYTES and PAGE_TEXTS.
check_skp() {
	local id=$1 page=$BENCH_TMP/skp.html json=$BENCH_TMP/skp.json code missing
	code=$(curl -sS -o "$json" -w '%{http_code}' -H "Cookie: kinerja_sesi=$SESSION" \
		"$SERVER_URL/api/v1/skp/$id")
	[[ $code == 200 ]] || die "GET /api/v1/skp/$id answered $code (expected 200)"
	jq -r '.pegawai.nama // empty, (.hasil_kerja[] | .teks, (.iki[] | .teks))' "$json" |
		escape >"$BENCH_TMP/texts.txt"
	(($(wc -l <"$BENCH_TMP/texts.txt") > 2)) || die "the API shows no RHK for SKP $id"
	code=$(curl -sS -o "$page" -w '%{http_code}' -H "Cookie: kinerja_sesi=$SESSION" \
		"$SERVER_URL/skp/$id")
	[[ $code == 200 ]] || die "GET /skp/$id answered $code (expected 200 with the SKP)"
	missing=$(while IFS= read -r t; do grep -qF -- "$t" "$page" || echo "$t"; done \
		<"$BENCH_TMP/texts.txt")
	[[ -z $missing ]] || die "GET /skp/$id is 200 but does not show: $missing"
	PAGE_BYTES=$(wc -c <"$page")
	PAGE_TEXTS=$(wc -l <"$BENCH_TMP/texts.txt")
}

# measure DB SKP_ID: /healthz (no cookie, as a load balancer calls it) and
# the SKP page (the owner's cookie), each after a warm-up.
measure() {
	local db=$1 id=$2 path out hdr
	check_skp "$id"
	INFO[$db]="/skp/$id: $PAGE_BYTES bytes, $PAGE_TEXTS texts of the SKP checked on it"
	for path in /healthz "/skp/$id"; do
		hdr=()
		[[ $path == /healthz ]] || hdr=(-H "Cookie: kinerja_sesi=$SESSION")
		bench_wrk_warmup "$WARMUP" "$path" ${hdr[@]+"${hdr[@]}"}
		out=$BENCH_TMP/wrk-$db-${path//\//_}.txt
		bench_wrk "$out" "$path" ${hdr[@]+"${hdr[@]}"}
		local rps key=skp label=/skp/ID
		[[ $path != /healthz ]] || key=healthz label=/healthz
		rps=$(bench_wrk_field "$out" rps)
		RPS[$db/$key]=$rps
		ROWS+=("$(printf '%-7s %-10s %9s %9s %9s %8s %7s %10s %10s' "$db" "$label" \
			"$(bench_commas "$rps")" "$(bench_wrk_field "$out" lat_avg_ms)" \
			"$(bench_wrk_field "$out" lat_p99_ms)" "$(bench_wrk_field "$out" non2xx)" \
			"$(bench_wrk_field "$out" errors)" "$(bench_commas "$(bench_wrk_field "$out" bytes_per_req)")" \
			"$(bench_per_request "$BENCH_WRK_TICKS" "$rps" 1e6 0)")")
	done
	check_skp "$id"    # the session still shows the SKP after the load
}

declare -A RPS INFO
ROWS=()

# The demo: the "pegawai" account and their SKP.
DATA=$BENCH_TMP/demo
bench_demo_db "$DATA"
OWNER=$(bench_demo_login pegawai "$DATA")
bench_serve "$DATA" "$BENCH_TMP/demo-serve.log" --log-level warn
SESSION=$(bench_login "$SERVER_URL" "$OWNER" "$BENCH_PASSWORD" "$BENCH_TMP")
SKP_ID=$(curl -sS -H "Cookie: kinerja_sesi=$SESSION" "$SERVER_URL/api/v1/skp" |
	jq -r --arg nip "$OWNER" '[.items[] | select(.nip == $nip)][0].id // empty')
[[ -n $SKP_ID ]] || die "the demo pegawai $OWNER has no SKP"
measure demo "$SKP_ID"
bench_stop_server

# The city.
if ((CITY > 0)); then
	bench_find_gen_city
	CDATA=$BENCH_TMP/city
	DB_URL=sqlite:$CDATA/kinerja.db
	bench_init city --data-dir "$CDATA"
	bench_gen_city city "$CITY"
	city() { bench_kv "$BENCH_TMP/city-city.txt" "$1"; }
	bench_serve "$CDATA" "$BENCH_TMP/city-serve.log" --log-level warn
	SESSION=$(bench_login "$SERVER_URL" "$(city owner_login)" "$BENCH_PASSWORD" "$BENCH_TMP")
	measure city "$(city owner_skp_id)"
	bench_stop_server
fi

echo "SKP page throughput: wrk -t$WRK_T -c$WRK_C -d${DURATION}s (after ${WARMUP}s warm-up)," \
	"$(nproc) cores shared by wrk and the server; kinerja serve --log-level warn"
echo "demo: the demo pegawai's approved SKP; ${INFO[demo]}"
if ((CITY > 0)); then
	echo "city: generated city of $(bench_commas "$(city employees)") employees and positions" \
		"(BENCH_CITY=$CITY), the owner of an approved staff SKP; ${INFO[city]}"
fi
echo "srv us/req = server CPU time (user + system) per request"
echo
printf '%-7s %-10s %9s %9s %9s %8s %7s %10s %10s\n' db path req/s "avg ms" "p99 ms" non-2xx errors \
	bytes/req "srv us/req"
printf '%s\n' "${ROWS[@]}"
echo
for db in demo city; do
	[[ -n ${RPS[$db/skp]:-} ]] || continue
	h=${RPS[$db/healthz]} p=${RPS[$db/skp]}
	pct=$(awk -v p="$p" -v h="$h" 'BEGIN { printf "%.0f", h ? 100 * p / h : 0 }')
	echo "SKP page ($db): $(bench_commas "$p") req/s = $pct% of /healthz (target >= $TARGET_PCT%):" \
		"$(awk -v x="$pct" -v t="$TARGET_PCT" 'BEGIN { print (x >= t) ? "met" : "MISSED" }')"
done
