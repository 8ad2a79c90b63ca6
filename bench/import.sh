#!/usr/bin/env bash
# This file benchmarks the CSV import: `kinerja import employees` of 100,000
# generated employees (valid, unique PNS NIPs, spread over the demo's units)
# into a fresh demo SQLite database, against sqlite3's own `.import --csv` of
# the same file into a bare table of a fresh database.
#
#   bash bench/import.sh        (uses build/kinerja or $KINERJA_BIN)
#
# Target: kinerja's import within 3 times sqlite3's.
# Settings (environment): BENCH_ROWS (default 100000); KINERJA_BENCH_PG_URL
# (optional, e.g. postgresql://kinerja@localhost/postgres): also time the
# import on PostgreSQL, in a database created for the run and dropped after
# it (the role needs CREATEDB).
# Each measured run follows one warm-up run on another fresh database.
# Prints figures only; nothing asserts on time.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

ROWS=${BENCH_ROWS:-100000}
TARGET_RATIO=3

bench_need sqlite3 node awk
bench_setup
CSV=$BENCH_TMP/employees.csv

# The unit codes and NIPs of the demo, read from its own CSV exports (parsed
# by sqlite3, as position names may hold commas).
bench_demo_db "$BENCH_TMP/template"
"$KINERJA" export positions --data-dir "$BENCH_TMP/template" >"$BENCH_TMP/positions.csv"
"$KINERJA" export employees --data-dir "$BENCH_TMP/template" >"$BENCH_TMP/demo.csv"
sqlite3 :memory: ".import --csv $BENCH_TMP/positions.csv p" \
	"SELECT DISTINCT kode_unit FROM p WHERE kode_unit <> '' ORDER BY 1;" >"$BENCH_TMP/units.txt"
sqlite3 :memory: ".import --csv $BENCH_TMP/demo.csv e" "SELECT nip FROM e;" >"$BENCH_TMP/demo-nips.txt"
NUNITS=$(wc -l <"$BENCH_TMP/units.txt")
NDEMO=$(wc -l <"$BENCH_TMP/demo-nips.txt")
((NUNITS > 0)) || die "no unit codes in the demo's position export"

gen_start=$(date +%s.%N)
node "$(dirname "${BASH_SOURCE[0]}")/gen_employees.mjs" "$ROWS" "$BENCH_TMP/units.txt" \
	"$BENCH_TMP/demo-nips.txt" >"$CSV"
gen_secs=$(awk -v a="$gen_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
[[ $(($(wc -l <"$CSV") - 1)) == "$ROWS" ]] || die "the generator wrote the wrong number of rows"
cat "$CSV" >/dev/null    # in the page cache for every run

# timed OUT COMMAND...: runs COMMAND (its output into OUT.log) and writes
# "wall user sys maxrss_kib" into OUT.  Fails when COMMAND fails.
timed() {
	local out=$1
	shift
	if [[ -x /usr/bin/time ]]; then
		/usr/bin/time -o "$out" -f '%e %U %S %M' "$@" >"$out.log" 2>&1 ||
			{ cat "$out.log" >&2; die "failed: $*"; }
	else
		local TIMEFORMAT='%R %U %S 0'
		{ time "$@" >"$out.log" 2>&1; } 2>"$out" ||
			{ cat "$out.log" >&2; die "failed: $*"; }
	fi
	tail -n1 "$out" >"$out.tmp" && mv "$out.tmp" "$out"
}

# Number of employees in a kinerja database (by its own export).
count_employees() {
	"$KINERJA" export employees "$@" | sqlite3 :memory: ".import --csv /dev/stdin e" \
		"SELECT count(*) FROM e;"
}

kinerja_sqlite_run() {
	local dir=$BENCH_TMP/kin-$1
	rm -rf "$dir"
	bench_demo_db "$dir"
	timed "$BENCH_TMP/time-kin-$1" "$KINERJA" import employees "$CSV" --data-dir "$dir"
	local n
	n=$(count_employees --data-dir "$dir")
	[[ $n == $((ROWS + NDEMO)) ]] || die "after the import the database holds $n employees, not $((ROWS + NDEMO))"
	rm -rf "$dir"
}

sqlite3_run() {
	local db=$BENCH_TMP/bare-$1.db
	rm -f "$db"
	sqlite3 "$db" "CREATE TABLE employees (nip TEXT, jenis_nip TEXT, nama TEXT,
		gelar_depan TEXT, gelar_belakang TEXT, golongan TEXT, kode_jabatan TEXT,
		kode_unit TEXT, status TEXT, email TEXT);"
	timed "$BENCH_TMP/time-sql-$1" sqlite3 "$db" ".import --csv --skip 1 $CSV employees"
	local n
	n=$(sqlite3 "$db" "SELECT count(*) FROM employees;")
	[[ $n == "$ROWS" ]] || die "sqlite3 imported $n rows, not $ROWS"
	rm -f "$db"
}

kinerja_pg_run() {
	local n
	bench_pg_db
	KINERJA_DEMO_PASSWORD=$BENCH_PASSWORD "$KINERJA" init --demo --db "$DB_URL" \
		>"$BENCH_TMP/pg-init.log" 2>&1 || { cat "$BENCH_TMP/pg-init.log" >&2; die "init --demo on PostgreSQL failed"; }
	timed "$BENCH_TMP/time-pg-$1" "$KINERJA" import employees "$CSV" --db "$DB_URL"
	n=$(count_employees --db "$DB_URL")
	[[ $n == $((ROWS + NDEMO)) ]] || die "after the import PostgreSQL holds $n employees, not $((ROWS + NDEMO))"
}

kinerja_sqlite_run warmup
kinerja_sqlite_run measured
sqlite3_run warmup
sqlite3_run measured
if [[ -n $PG_URL ]]; then
	kinerja_pg_run warmup
	kinerja_pg_run measured
fi

row() {
	local label=$1 file=$2 wall user sys rss
	read -r wall user sys rss <"$file"
	if [[ $rss == 0 ]]; then rss=-; else rss=$(bench_mib "$rss"); fi
	printf '%-40s %7.2f %7.2f %7.2f %10s %10s\n' "$label" "$wall" "$user" "$sys" "$rss" \
		"$(bench_commas "$(awk -v n="$ROWS" -v s="$wall" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')")"
}

echo "CSV import: $(bench_commas "$ROWS") employees ($(bench_mib $(($(wc -c <"$CSV") / 1024))) CSV," \
	"$NUNITS demo units, generated in ${gen_secs} s); a fresh database per run, each after one warm-up run"
echo
printf '%-40s %7s %7s %7s %10s %10s\n' "" "wall s" "user s" "sys s" "max RSS" "rows/s"
row "kinerja import employees (SQLite)" "$BENCH_TMP/time-kin-measured"
row "sqlite3 .import --csv (bare table)" "$BENCH_TMP/time-sql-measured"
if [[ -n $PG_URL ]]; then
	row "kinerja import employees (PostgreSQL)" "$BENCH_TMP/time-pg-measured"
else
	printf '%-40s %s\n' "kinerja import employees (PostgreSQL)" "not run (set KINERJA_BENCH_PG_URL)"
fi
echo
read -r kin _ <"$BENCH_TMP/time-kin-measured"
read -r raw _ <"$BENCH_TMP/time-sql-measured"
awk -v k="$kin" -v s="$raw" -v t="$TARGET_RATIO" 'BEGIN {
	r = s > 0 ? k / s : 0
	printf "kinerja import: %.2f s = %.1fx sqlite3 .import (%.2f s) (target <= %dx): %s\n",
		k, r, s, t, r <= t ? "met" : "MISSED"
}'
