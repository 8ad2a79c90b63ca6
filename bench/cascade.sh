#!/usr/bin/env bash
# This file benchmarks the cascade view on a generated city: bench/gen_city
# (built with the program) fills a fresh database with BENCH_CITY employees
# (default 30,000) in about 30 perangkat daerah, each with an SKP of 4 utama
# RHK pointing at the superior's RHK (the top at the city's goals) and one
# tambahan RHK, 2 IKI each, nearly all approved.  Then, logged in as an
# administrator, it times with curl the cascade page (GET /kaskade) for the
# whole city as served by default (folded: the tree is far over the
# server's cascade_max_nodes budget of 2000) and in full (?lengkap=1), for
# one perangkat daerah and for one seksi (?unit=ID, folded if need be), and
# the API (GET /api/v1/kaskade, never folded) for the same three.
#
#   bash bench/cascade.sh        (uses build/kinerja and build/bench/gen_city,
#                                 or $KINERJA_BIN and $GEN_CITY_BIN)
#
# Each request runs BENCH_WARMUP_RUNS times (default 1) unmeasured, then
# BENCH_RUNS times (default 5); min and median are printed.  "server ms" is
# curl's time to the first byte: kinerja builds the whole response before
# sending it, so that is the time the server spent (plus a loopback round
# trip).  "total ms" adds the transfer.  "srv CPU" is the server's CPU time
# (user + system, from /proc) per measured request, in ms.  Before timing,
# every response is checked: 200, and the numbers of goals, RHK and people
# it shows.  Both whole-city pages must count every goal, RHK and person in
# their summary line; the folded one must carry the fold notice and fold
# links, the full one an anchor (id="r-ID") for every RHK and no fold link.
# Target: the whole-city cascade page (folded, as served by default) under
# 200 ms on SQLite; the full page's figure is printed beside it.
# Settings (environment): BENCH_CITY, BENCH_RUNS, BENCH_WARMUP_RUNS;
# KINERJA_BENCH_PG_URL (optional, e.g. postgresql://kinerja@localhost/postgres):
# the same on PostgreSQL, in a database created for the run and dropped after
# it (the role needs CREATEDB).
# Prints figures only; nothing asserts on time.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

CITY=${BENCH_CITY:-30000}
RUNS=${BENCH_RUNS:-5}
WARMUP=${BENCH_WARMUP_RUNS:-1}
TARGET_MS=200

bench_need curl awk jq
bench_setup
bench_find_gen_city
HZ=$(getconf CLK_TCK)

# city KEY: a figure of the generated city (gen_city's key=value output).
city() { bench_kv "$CITY_INFO" "$1"; }

# generate NAME INIT-ARGS...: a fresh database (kinerja init INIT-ARGS) at
# DB_URL filled by gen_city; sets CITY_INFO to its key=value output.
generate() {
	local name=$1
	shift
	bench_init "$name" "$@"
	CITY_INFO=$BENCH_TMP/$name-city.txt
	bench_gen_city "$name" "$CITY"
}

# fetch PATH OUT: one GET as the administrator; prints "code bytes first_ms total_ms".
fetch() {
	curl -sS -o "$2" -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}\n' \
		-H "Cookie: kinerja_sesi=$SESSION" "$SERVER_URL$1" |
		awk '{ printf "%s %s %.1f %.1f\n", $1, $2, $3 * 1000, $4 * 1000 }'
}

# What a response shows: the page's summary line ("95 sasaran, 150000 RHK,
# 30000 pegawai") as "goals rhk people", or for the API "items unsupported
# orphans" counted by jq.
shown() {
	if [[ $1 == html ]]; then
		grep -o 'class="cas-summary">.*</p>' "$2" | head -n1 |
			sed -n 's/.*: \([0-9]*\) sasaran, \([0-9]*\) RHK, \([0-9]*\) pegawai\..*/\1 \2 \3/p'
	else
		jq -r '"\(.items | length) \(.sasaran_tanpa_dukungan | length) \(.rhk_tanpa_induk | length)"' "$2"
	fi
}

# page_check KIND OUT: the extra checks of a whole-city page; "folded" must
# carry the fold notice and fold links (and sets FOLD_NOTE), "full" an anchor
# for every RHK ($1 of the summary) and no fold link.
page_check() {
	local kind=$1 out=$2 anchors folds
	folds=$({ grep -o 'class="cas-fold small"' "$out" || true; } | wc -l)
	if [[ $kind == folded ]]; then
		FOLD_NOTE=$({ grep -o 'cas-fold-note[^>]*>[^<]*' "$out" || true; } | head -n1 |
			sed 's/^[^>]*>//')
		[[ -n $FOLD_NOTE ]] || die "the whole-city page is not folded (no fold notice)"
		((folds > 0)) || die "the folded whole-city page has no fold links"
		FOLD_NOTE="$FOLD_NOTE; $folds fold links"
	else
		anchors=$({ grep -o 'id="r-[0-9]*"' "$out" || true; } | wc -l)
		((folds == 0)) || die "the full whole-city page has $folds fold links"
		[[ $anchors == "$3" ]] || die "the full whole-city page draws $anchors RHK, expected $3"
	fi
}

# check KIND PATH OUT WANT: the response is 200 and shows WANT ("" = anything
# non-empty); KIND html-folded and html-full add page_check; sets SHOWN.
check() {
	local kind=$1 path=$2 out=$3 want=$4 code
	read -r code _ < <(fetch "$path" "$out")
	[[ $code == 200 ]] || die "GET $path answered $code (expected 200)"
	SHOWN=$(shown "${kind%%-*}" "$out")
	[[ -n $SHOWN ]] || die "GET $path is 200 but shows no cascade summary"
	[[ -z $want || $SHOWN == "$want" ]] ||
		die "GET $path shows '$SHOWN', expected '$want'"
	if [[ $kind == html-* ]]; then
		page_check "${kind#html-}" "$out" "$(echo "$SHOWN" | awk '{ print $2 }')"
	fi
}

# median of the numbers on stdin (the lower middle one for an even count)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
minimum() { sort -n | head -n1; }

# measure DB LABEL KIND PATH WANT: checks, warms up, then times RUNS requests.
measure() {
	local db=$1 label=$2 kind=$3 path=$4 want=$5 out=$BENCH_TMP/resp i code bytes first total
	local times=$BENCH_TMP/times cpu0 cpu1
	check "$kind" "$path" "$out" "$want"
	for ((i = 1; i < WARMUP; i++)); do fetch "$path" "$out" >/dev/null; done
	: >"$times"
	cpu0=$(bench_cpu_ticks "$SERVER_PID")
	for ((i = 0; i < RUNS; i++)); do
		read -r code bytes first total < <(fetch "$path" "$out")
		[[ $code == 200 ]] || die "GET $path answered $code during the runs"
		echo "$first $total" >>"$times"
	done
	cpu1=$(bench_cpu_ticks "$SERVER_PID")
	local fmin fmed tmin tmed cpu
	fmin=$(awk '{ print $1 }' "$times" | minimum)
	fmed=$(awk '{ print $1 }' "$times" | median)
	tmin=$(awk '{ print $2 }' "$times" | minimum)
	tmed=$(awk '{ print $2 }' "$times" | median)
	cpu=$(awk -v t=$((cpu1 - cpu0)) -v hz="$HZ" -v n="$RUNS" 'BEGIN { printf "%.0f", 1000 * t / hz / n }')
	ROWS+=("$(printf '%-10s %-36s %-24s %12s %8s %8s %8s %8s %8s' "$db" "$label" "$SHOWN" \
		"$(bench_commas "$bytes")" "$fmin" "$fmed" "$tmin" "$tmed" "$cpu")")
	MEDIAN["$db $label"]=$fmed
}

# run_db NAME SERVE-ARGS...: the eight measurements against a server on the
# database just generated; the server's peak memory after the pages (HWM_PAGES)
# and after the API too (HWM).
run_db() {
	local name=$1 goals rhk people pd seksi
	shift
	bench_serve "$BENCH_TMP/$name-data" "$BENCH_TMP/$name-serve.log" --log-level warn "$@"
	SESSION=$(bench_login "$SERVER_URL" bench.admin "$BENCH_PASSWORD" "$BENCH_TMP")
	goals=$(city goals) rhk=$(city rhk) people=$(city employees)
	pd=$(city unit_pd_id) seksi=$(city unit_seksi_id)
	measure "$name" "/kaskade (whole city, folded)" html-folded /kaskade "$goals $rhk $people"
	FOLD_NOTES["$name"]=$FOLD_NOTE
	measure "$name" "/kaskade?lengkap=1 (whole city)" html-full "/kaskade?lengkap=1" \
		"$goals $rhk $people"
	measure "$name" "/kaskade?unit= (one PD)" html "/kaskade?unit=$pd" ""
	measure "$name" "/kaskade?unit= (one seksi)" html "/kaskade?unit=$seksi" ""
	read -r _ HWM_PAGES["$name"] < <(bench_rss_kib "$SERVER_PID")
	measure "$name" "/api/v1/kaskade (whole city)" json /api/v1/kaskade \
		"$((goals + rhk)) $(city unsupported_goals) $(city orphan_rhk)"
	measure "$name" "/api/v1/kaskade?unit= (one PD)" json "/api/v1/kaskade?unit=$pd" ""
	measure "$name" "/api/v1/kaskade?unit= (one seksi)" json "/api/v1/kaskade?unit=$seksi" ""
	read -r _ HWM["$name"] < <(bench_rss_kib "$SERVER_PID")
	bench_stop_server
}

declare -A MEDIAN HWM HWM_PAGES FOLD_NOTES
ROWS=()
SESSION=""
FOLD_NOTE=""

DB_URL="sqlite:$BENCH_TMP/sqlite-data/kinerja.db"
generate sqlite --data-dir "$BENCH_TMP/sqlite-data"
SQLITE_INFO=$CITY_INFO
run_db sqlite
if [[ -n $PG_URL ]]; then
	bench_pg_db
	mkdir -p "$BENCH_TMP/pg-data"
	generate pg --db "$DB_URL" --data-dir "$BENCH_TMP/pg-data"
	PG_INFO=$CITY_INFO
	run_db pg --db "$DB_URL"
fi

CITY_INFO=$SQLITE_INFO
echo "Cascade view: generated city of $(bench_commas "$(city employees)") employees" \
	"(BENCH_CITY=$CITY): $(city perangkat_daerah) perangkat daerah, $(bench_commas "$(city units)") units," \
	"$(city goals) goals, $(bench_commas "$(city skp)") SKP ($(bench_commas "$(city skp_disetujui)") approved," \
	"$(city skp_diajukan) submitted, $(city skp_draft) draft), $(bench_commas "$(city rhk)") RHK," \
	"$(bench_commas "$(city iki)") IKI"
echo "generated on SQLite in $(city total_secs) s: organisation $(city org_secs) s (units, then positions" \
	"and employees through the CSV import), plans $(city plan_secs) s"
awk -v n="$(city store_skp)" -v s="$(city store_secs)" -v e="$(city employees)" 'BEGIN {
	printf "  %d SKP built through the store functions (create, RHK, IKI, submit, approve):" \
		" %.0f ms each, so %.0f min for all %d that way; the rest written level by level\n",
		n, n ? 1000 * s / n : 0, n ? s / n * e / 60 : 0, e }'
if [[ -n $PG_URL ]]; then
	CITY_INFO=$PG_INFO
	echo "generated on PostgreSQL in $(city total_secs) s ($(city store_skp) SKP through the store:" \
		"$(awk -v n="$(city store_skp)" -v s="$(city store_secs)" 'BEGIN { printf "%.0f", n ? 1000 * s / n : 0 }') ms each)"
	CITY_INFO=$SQLITE_INFO
fi
echo "one PD = $(city unit_pd_name); one seksi = $(city unit_seksi_name)"
echo "shows: page = goals RHK people in its summary; API = items, goals without support, RHK supporting nothing"
echo "kinerja serve --log-level warn; curl on 127.0.0.1; $RUNS runs after $WARMUP warm-up; $(nproc) cores"
echo
printf '%-10s %-36s %-24s %12s %8s %8s %8s %8s %8s\n' db request shows bytes "srv min" "srv med" \
	"tot min" "tot med" "srv CPU"
printf '%s\n' "${ROWS[@]}"
echo "(srv = ms to the first byte, tot = ms to the last; srv CPU = server CPU ms per request)"
echo
for db in sqlite pg; do
	[[ -n ${HWM[$db]:-} ]] || continue
	echo "folded whole-city page ($db): ${FOLD_NOTES[$db]}"
	echo "server peak memory ($db): VmHWM $(bench_mib "${HWM_PAGES[$db]}") after the pages," \
		"$(bench_mib "${HWM[$db]}") after the API too"
done
m=${MEDIAN["sqlite /kaskade (whole city, folded)"]}
full=${MEDIAN["sqlite /kaskade?lengkap=1 (whole city)"]}
echo "whole-city cascade page on SQLite (folded, as served): median $m ms server time" \
	"(target < $TARGET_MS ms): $(awk -v m="$m" -v t="$TARGET_MS" 'BEGIN { print (m < t) ? "met" : "MISSED" }');" \
	"in full (?lengkap=1): median $full ms"
m=${MEDIAN["sqlite /api/v1/kaskade (whole city)"]}
echo "whole-city cascade API on SQLite (never folded): median $m ms server time"
if [[ -n $PG_URL ]]; then
	m=${MEDIAN["pg /kaskade (whole city, folded)"]}
	full=${MEDIAN["pg /kaskade?lengkap=1 (whole city)"]}
	echo "whole-city cascade page on PostgreSQL: median $m ms server time folded, $full ms in full" \
		"(the target is for SQLite)"
else
	echo "PostgreSQL: not run (set KINERJA_BENCH_PG_URL)"
fi
