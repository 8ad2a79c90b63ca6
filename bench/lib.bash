# This file contains the helpers shared by the benchmarks in bench/*.sh: finding
# the kinerja and gen_city binaries, a temporary directory removed on exit,
# `kinerja init` and a generated city, starting and stopping a server on a
# free loopback port, logging in with curl, running wrk (a warm-up, a
# measurement with the server's CPU time) and reading its report, a
# process's CPU time, the --pg option, starting a throw-away PostgreSQL
# (scripts/pg-test-server.sh) and the run's own database on it, and
# formatting figures.  It is sourced, never run (`make bench` runs bench/*.sh
# only, so this file is named .bash on purpose).
#
# Every benchmark prints figures and the target next to them; nothing here
# asserts on time.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_PASSWORD=${BENCH_PASSWORD:-Bench-Sandi-2024}
BENCH_TMP=""
BENCH_PIDS=()
BENCH_PG_DIR=""   # the throw-away PostgreSQL of bench_pg_start, stopped on exit
PG_URL=${KINERJA_BENCH_PG_URL:-}   # the PostgreSQL server to run on too ("": none)
PG_DB=""          # the run's own database on it (bench_pg_db), dropped on exit

die() {
	echo "bench: $*" >&2
	exit 1
}

# Sets KINERJA to the binary: $KINERJA_BIN, else build/kinerja of the repo.
bench_find_binary() {
	KINERJA=${KINERJA_BIN:-$BENCH_ROOT/build/kinerja}
	[[ -x $KINERJA ]] || die "no kinerja binary at $KINERJA: run make build first (or set KINERJA_BIN)"
	KINERJA=$(cd "$(dirname "$KINERJA")" && pwd)/$(basename "$KINERJA")
}

# Sets GEN_CITY to bench/gen_city, built with the program: $GEN_CITY_BIN, else
# next to the kinerja binary.  Call it after bench_setup.
bench_find_gen_city() {
	GEN_CITY=${GEN_CITY_BIN:-$(dirname "$KINERJA")/bench/gen_city}
	[[ -x $GEN_CITY ]] || die "no gen_city at $GEN_CITY: run make build first (or set GEN_CITY_BIN)"
}

# Fails with a clear message when a command the benchmark needs is missing.
bench_need() {
	local c
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 ||
			die "'$c' is missing: run scripts/install-deps.sh --test (or make bench)"
	done
}

# Stops the servers we started (by pid) and removes the temporary directory.
bench_cleanup() {
	local pid
	for pid in "${BENCH_PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${BENCH_PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	BENCH_PIDS=()
	if [[ -n $BENCH_TMP && -d $BENCH_TMP ]]; then
		rm -rf "$BENCH_TMP"
	fi
	if [[ -n ${PG_DB:-} ]]; then   # the run's own PostgreSQL database, on PG_URL's server
		psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
	fi
	if [[ -n $BENCH_PG_DIR ]]; then
		bash "$BENCH_ROOT/scripts/pg-test-server.sh" stop "$BENCH_PG_DIR" || true
		BENCH_PG_DIR=""
	fi
}

# bench_pg_start: starts a throw-away PostgreSQL 15 (scripts/pg-test-server.sh,
# in its own directory under /tmp: when root, the server runs as `postgres`,
# who cannot enter BENCH_TMP) and sets PG_URL to its URL (role kinerja,
# CREATEDB); bench_cleanup stops it and removes its directory.  Call it in
# the benchmark's own shell (not in $(...)), after bench_setup.
bench_pg_start() {
	bench_need psql
	BENCH_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/kinerja-bench-pg.XXXXXX")
	PG_URL=$(bash "$BENCH_ROOT/scripts/pg-test-server.sh" start "$BENCH_PG_DIR") ||
		die "the throw-away PostgreSQL did not start (install postgresql: scripts/install-deps.sh --test)"
}

# bench_pg_option SCRIPT [ARG]: reads the one option of a benchmark that also
# runs on PostgreSQL: --pg (WANT_PG=1), or none; anything else is a usage error
# naming SCRIPT.  With --pg and no KINERJA_BENCH_PG_URL it starts a throw-away
# server (bench_pg_start).  Call it after bench_setup.
bench_pg_option() {
	case ${2:-} in
	--pg) WANT_PG=1 ;;
	"") WANT_PG=0 ;;
	*) die "usage: bash bench/$1 [--pg]" ;;
	esac
	if ((WANT_PG)) && [[ -z $PG_URL ]]; then
		bench_pg_start
	fi
}

# bench_pg_db: (re)creates the run's own database, kinerja_bench_PID, on
# PG_URL's server; sets PG_DB to its name and DB_URL to its URL.
# bench_cleanup drops it.
bench_pg_db() {
	bench_need psql
	PG_DB=kinerja_bench_$$
	DB_URL=$(bench_pg_url_with_db "$PG_URL" "$PG_DB")
	PGOPTIONS='-c client_min_messages=warning' psql -q -v ON_ERROR_STOP=1 "$PG_URL" \
		-c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null ||
		die "cannot create database $PG_DB on $PG_URL (the role needs CREATEDB)"
}

# bench_kv FILE KEY: the value of KEY in a file of key=value lines (what
# gen_city and the wrk scripts print).
bench_kv() {
	awk -F= -v k="$2" '$1 == k { sub(/^[^=]*=/, ""); print; exit }' "$1"
}

# Creates BENCH_TMP and arranges for everything to be cleaned up on exit.
bench_setup() {
	bench_find_binary
	BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/kinerja-bench.XXXXXX")
	trap bench_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

# bench_demo_db DIR: a fresh demo database in DIR (output kept in DIR.init.log).
bench_demo_db() {
	KINERJA_DEMO_PASSWORD=$BENCH_PASSWORD "$KINERJA" init --demo --data-dir "$1" \
		>"$1.init.log" 2>&1 || { cat "$1.init.log" >&2; die "kinerja init --demo failed"; }
}

# bench_init NAME [init options...]: `kinerja init` (its output in
# BENCH_TMP/NAME-init.log, shown when it fails).
bench_init() {
	local name=$1
	shift
	"$KINERJA" init "$@" >"$BENCH_TMP/$name-init.log" 2>&1 ||
		{ cat "$BENCH_TMP/$name-init.log" >&2; die "kinerja init failed ($name)"; }
}

# bench_gen_city NAME EMPLOYEES [gen_city options...]: a generated city of
# EMPLOYEES on DB_URL (an initialised database); its figures (key=value, see
# bench_kv) in BENCH_TMP/NAME-city.txt, its log in BENCH_TMP/NAME-gen.log.
bench_gen_city() {
	local name=$1 employees=$2
	shift 2
	"$GEN_CITY" --db "$DB_URL" --employees "$employees" --password "$BENCH_PASSWORD" "$@" \
		>"$BENCH_TMP/$name-city.txt" 2>"$BENCH_TMP/$name-gen.log" ||
		{ cat "$BENCH_TMP/$name-gen.log" >&2; die "gen_city failed ($name)"; }
}

# bench_demo_login ROLE DIR: the login of ROLE in DIR/demo-accounts.tsv.
bench_demo_login() {
	local login
	login=$(awk -F'\t' -v role="$1" '$1 == role { print $2; exit }' "$2/demo-accounts.tsv")
	[[ -n $login ]] || die "no '$1' account in $2/demo-accounts.tsv"
	echo "$login"
}

# A loopback port nobody listens on (a connection to it is refused).
bench_free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$((20000 + RANDOM % 30000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	die "no free loopback port found"
}

# bench_serve DIR LOGFILE [serve options...]: starts `kinerja serve` on DIR's
# database; sets SERVER_PID and SERVER_URL once /healthz answers.
bench_serve() {
	local dir=$1 log=$2 port
	shift 2
	port=$(bench_free_port)
	"$KINERJA" serve --data-dir "$dir" --listen "127.0.0.1:$port" "$@" >"$log" 2>&1 &
	SERVER_PID=$!
	BENCH_PIDS+=("$SERVER_PID")
	SERVER_URL="http://127.0.0.1:$port"
	for _ in $(seq 1 100); do
		if curl -fsS -o /dev/null "$SERVER_URL/healthz" 2>/dev/null; then
			return 0
		fi
		kill -0 "$SERVER_PID" 2>/dev/null || break
		sleep 0.1
	done
	cat "$log" >&2
	die "kinerja serve did not answer on $SERVER_URL/healthz"
}

# Stops the server of SERVER_PID (SIGTERM, then waits for it).
bench_stop_server() {
	local pid=$SERVER_PID keep=() p
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	for p in "${BENCH_PIDS[@]}"; do
		[[ $p == "$pid" ]] || keep+=("$p")
	done
	BENCH_PIDS=("${keep[@]}")
}

# bench_login URL LOGIN PASSWORD WORKDIR: logs in through the login form
# (GET /masuk for the kinerja_csrf cookie and the _csrf field, then POST) and
# prints the kinerja_sesi cookie value.
bench_login() {
	local url=$1 login=$2 password=$3 work=$4 csrf code sesi
	local jar=$work/cookies.txt page=$work/masuk.html
	rm -f "$jar"
	curl -fsS -c "$jar" -o "$page" "$url/masuk" || die "GET /masuk failed"
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$page" | head -n1)
	[[ -n $csrf ]] || die "no _csrf field on /masuk"
	code=$(curl -sS -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
		--data-urlencode "login=$login" --data-urlencode "password=$password" \
		--data-urlencode "_csrf=$csrf" "$url/masuk")
	[[ $code == 303 || $code == 302 ]] || die "POST /masuk answered $code, not a redirect"
	sesi=$(awk '$6 == "kinerja_sesi" { print $7 }' "$jar" | tail -n1)
	[[ -n $sesi ]] || die "login as $login gave no kinerja_sesi cookie"
	echo "$sesi"
}

# bench_wrk_warmup SECONDS PATH [wrk options...]: load on SERVER_URL's PATH
# for SECONDS (none when 0), not measured; a failure is ignored.
bench_wrk_warmup() {
	local seconds=$1 path=$2
	shift 2
	((seconds > 0)) || return 0
	wrk -t"$WRK_T" -c"$WRK_C" -d"${seconds}s" "$@" "$SERVER_URL$path" >/dev/null 2>&1 || true
}

# bench_wrk OUT PATH [wrk options...]: DURATION seconds of load on
# SERVER_URL's PATH (wrk -t$WRK_T -c$WRK_C --latency), the report in OUT;
# sets BENCH_WRK_TICKS to the CPU time SERVER_PID used meanwhile.
bench_wrk() {
	local out=$1 path=$2 cpu0
	shift 2
	cpu0=$(bench_cpu_ticks "$SERVER_PID")
	wrk -t"$WRK_T" -c"$WRK_C" -d"${DURATION}s" --latency "$@" "$SERVER_URL$path" >"$out" 2>&1 ||
		{ cat "$out" >&2; die "wrk failed on $path"; }
	BENCH_WRK_TICKS=$(($(bench_cpu_ticks "$SERVER_PID") - cpu0))
}

# bench_per_request TICKS RPS UNIT DECIMALS: the server's CPU time per
# request of a bench_wrk run (TICKS at RPS for DURATION seconds) in UNIT
# (1e3: milliseconds, 1e6: microseconds), with DECIMALS decimals.
bench_per_request() {
	awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v r="$2" -v d="$DURATION" -v u="$3" -v k="$4" \
		'BEGIN { printf "%.*f", k, (r > 0 ? u * t / hz / (r * d) : 0) }'
}

# bench_wrk_field OUT NAME: one figure from wrk's report.
#   rps, lat_avg_ms, lat_p99_ms, non2xx, errors, bytes_per_req
bench_wrk_field() {
	awk -v want="$2" '
	function ms(s) {
		if (s ~ /us$/) return s / 1000
		if (s ~ /ms$/) return s + 0
		if (s ~ /m$/)  return s * 60000
		if (s ~ /s$/)  return s * 1000
		return s + 0
	}
	function bytes(s) {
		if (s ~ /GB$/) return s * 1024 * 1024 * 1024
		if (s ~ /MB$/) return s * 1024 * 1024
		if (s ~ /KB$/) return s * 1024
		return s + 0
	}
	/^Requests\/sec:/ { rps = $2 }
	/^ +Latency / && !avg { avg = ms($2) }
	/^ +99%/ { p99 = ms($2) }
	/Non-2xx or 3xx responses:/ { non2xx = $NF }
	/Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
	/requests in/ { reqs = $1; rd = bytes($5) }
	END {
		if (want == "rps") printf "%.0f\n", rps
		else if (want == "lat_avg_ms") printf "%.1f\n", avg
		else if (want == "lat_p99_ms") printf "%.1f\n", p99
		else if (want == "non2xx") printf "%d\n", non2xx
		else if (want == "errors") printf "%d\n", errors
		else if (want == "bytes_per_req") printf "%.0f\n", reqs ? rd / reqs : 0
	}' "$1"
}

# CPU time (user + system, in clock ticks) the process PID has used so far.
bench_cpu_ticks() {
	awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# bench_pg_url_with_db URL DB: the URL of database DB on the server of URL.
bench_pg_url_with_db() {
	local base=${1%%\?*} query=""
	[[ $1 == *\?* ]] && query="?${1#*\?}"
	local scheme=${base%%://*} rest=${base#*://}
	local authority=${rest%%/*}
	echo "$scheme://$authority/$2$query"
}

# VmRSS and VmHWM of PID in KiB: "RSS HWM".
bench_rss_kib() {
	awk '/^VmRSS:/ { r = $2 } /^VmHWM:/ { h = $2 } END { print r + 0, h + 0 }' \
		"/proc/$1/status" 2>/dev/null || echo "0 0"
}

# 12345678 -> 12,345,678
bench_commas() {
	echo "$1" | sed -e :a -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[,.]\)/\1,\2\3/;ta'
}

# KiB -> "12.3 MiB"
bench_mib() {
	awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'
}
