#!/usr/bin/env bash
# This file benchmarks the allowance (TPP) for a generated city: bench/gen_city
# fills a fresh database with BENCH_CITY employees (default 30,000) and their
# SKPs; a ditetapkan periodik assessment at Triwulan III is added in SQL for
# every approved SKP (predicates spread over the five, as a year of assessment
# would leave them); a rule set is stored with `kinerja tpp rules set`; 12
# months of attendance for every employee (BENCH_CITY x 12 rows, absences and
# late minutes for some) are generated from `kinerja export employees` and
# imported with `kinerja tpp attendance import` (checked whole, one
# transaction); then `kinerja tpp run` computes a quarterly run (Triwulan III:
# three months) and a monthly run (December: the newest assessment begun by
# then) for the whole instansi, and the quarter is exported to Excel.  Each
# step is timed with its peak memory (GNU time's maximum resident set size).
#
#   bash bench/tpp_run.sh [--pg]
#       (uses build/kinerja and build/bench/gen_city, or $KINERJA_BIN and $GEN_CITY_BIN)
#   --pg   also on PostgreSQL: on KINERJA_BENCH_PG_URL's server when set, else on
#          a throw-away server started for the run (scripts/pg-test-server.sh)
#
# Checks: every employee gets an item in each run, and the items of the
# quarter add up to the run's total.
# Settings: BENCH_CITY (default 30000; smaller works, e.g. 3000);
# KINERJA_BENCH_PG_URL (optional): as in bench/assessment_city.sh.
# Prints figures only; nothing asserts on time.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

CITY=${BENCH_CITY:-30000}
bench_need awk sqlite3
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is missing: apt-get install time"
bench_setup
bench_pg_option tpp_run.sh "${1:-}"
bench_find_gen_city

# sql NAME QUERY: one query on the database of NAME.
sql() {
	if [[ $1 == sqlite ]]; then
		sqlite3 "$BENCH_TMP/sqlite-data/kinerja.db" "$2"
	else
		psql -qAt "$DB_URL" -c "$2"
	fi
}

# timed NAME STEP CMD...: runs CMD under GNU time; adds a row (seconds, MiB).
timed() {
	local name=$1 step=$2 out=$BENCH_TMP/$1-$2
	shift 2
	/usr/bin/time -f '%e %M' -o "$out.time" "$@" >"$out.out" 2>"$out.err" ||
		{ cat "$out.err" >&2; die "$step failed ($name): $*"; }
	read -r secs kib <"$out.time"
	ROWS+=("$(printf '%-7s %-46s %9s %9s' "$name" "$step" "$secs" \
		"$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')")")
}

RULES=$BENCH_TMP/rules.json
cat >"$RULES" <<'EOF'
{"tahun": 2026, "dasar": "jabatan",
 "besaran": {"jpt_pratama": 15000000, "administrator": 10000000, "pengawas": 7500000,
             "fungsional": 6000000, "pelaksana": 4500000},
 "porsi_kinerja": 60, "porsi_disiplin": 40,
 "potongan_per_hari": {"tanpa_keterangan": 3, "izin": 1, "sakit": "0,5", "cuti": 0},
 "terlambat": {"menit_per_blok": 30, "persen_per_blok": 0.5, "batas_persen": 10},
 "pembulatan": {"satuan": 1000, "cara": "setengah_ke_atas"}}
EOF

# attendance FILE: 12 months for every employee of the export, CSV.
attendance() {
	"$KINERJA" export employees --db "$DB_URL" --data-dir "$DATA" |
		awk -F, 'NR > 1 { n++; for (m = 1; m <= 12; m++) {
				tk = (n + m) % 17 == 0 ? 1 : 0; izin = (n + m) % 11 == 0 ? 2 : 0
				late = (n * 7 + m) % 9 == 0 ? 15 * ((n + m) % 8) : 0
				print $1 ",2026," m ",21,21," tk "," izin ",0,0," late } }
		     BEGIN { print "nip,tahun,bulan,hari_kerja,hari_kerja_bulan,tanpa_keterangan,izin,sakit,cuti,terlambat_menit" }' >"$1"
}

# bench_db NAME: generates the city at DB_URL and times every step.
bench_db() {
	local name=$1 cp run q m
	bench_init "$name" --db "$DB_URL" --data-dir "$DATA"
	bench_gen_city "$name" "$CITY"
	cp=$(sql "$name" "SELECT id FROM checkpoints WHERE name = 'Triwulan III'")
	sql "$name" "INSERT INTO assessment (skp_id, kind, checkpoint_id, hasil_rating, perilaku_rating,
		predicate, state, finalised_at, created_at, updated_at)
		SELECT id, 'periodik', $cp, 'sesuai', 'sesuai', CASE id % 10 WHEN 0 THEN 'sangat_baik'
		WHEN 1 THEN 'butuh_perbaikan' WHEN 2 THEN 'kurang' WHEN 3 THEN 'sangat_kurang'
		ELSE 'baik' END, 'ditetapkan', 1, 1, 1 FROM skp WHERE state = 'disetujui'" >/dev/null
	attendance "$BENCH_TMP/$name-kehadiran.csv"
	ATT_ROWS=$(($(wc -l <"$BENCH_TMP/$name-kehadiran.csv") - 1))
	timed "$name" "tpp rules set" "$KINERJA" tpp rules set "$RULES" --db "$DB_URL" --data-dir "$DATA"
	timed "$name" "tpp attendance import ($(bench_commas "$ATT_ROWS") rows)" \
		"$KINERJA" tpp attendance import "$BENCH_TMP/$name-kehadiran.csv" --db "$DB_URL" --data-dir "$DATA"
	timed "$name" "tpp run --checkpoint 'Triwulan III'" \
		"$KINERJA" tpp run --checkpoint 'Triwulan III' --db "$DB_URL" --data-dir "$DATA"
	timed "$name" "tpp run --month 12 --year 2026" \
		"$KINERJA" tpp run --month 12 --year 2026 --db "$DB_URL" --data-dir "$DATA"
	run=$(sql "$name" "SELECT MIN(id) FROM tpp_run")
	timed "$name" "tpp export (quarter, xlsx)" \
		"$KINERJA" tpp export "$run" --format xlsx --out "$BENCH_TMP/$name-tpp.xlsx" --db "$DB_URL" --data-dir "$DATA"
	ROWS+=("")
	EMP[$name]=$(sql "$name" "SELECT COUNT(*) FROM employees WHERE status = 'aktif'")
	for q in $(sql "$name" "SELECT id FROM tpp_run ORDER BY id"); do
		m=$(sql "$name" "SELECT COUNT(*) FROM tpp_run_item WHERE run_id = $q")
		[[ $m == "${EMP[$name]}" ]] || die "run $q ($name) has $m items for ${EMP[$name]} employees"
	done
	[[ $(sql "$name" "SELECT SUM(amount) FROM tpp_run_item WHERE run_id = $run") == \
		$(sql "$name" "SELECT total FROM tpp_run WHERE id = $run") ]] ||
		die "the items of run $run ($name) do not add up to its total"
	TOTAL[$name]=$(sql "$name" "SELECT total FROM tpp_run WHERE id = $run")
	XLSX[$name]=$(wc -c <"$BENCH_TMP/$name-tpp.xlsx")
}

declare -A EMP TOTAL XLSX
ROWS=()

DATA=$BENCH_TMP/sqlite-data
DB_URL="sqlite:$DATA/kinerja.db"
bench_db sqlite
if [[ -n $PG_URL ]]; then
	bench_pg_db
	DATA=$BENCH_TMP/pg-data
	mkdir -p "$DATA"
	bench_db pg
fi

echo "TPP of a generated city: $(bench_commas "${EMP[sqlite]}") active employees (BENCH_CITY=$CITY)," \
	"12 months of attendance each ($(bench_commas "$ATT_ROWS") rows), a ditetapkan periodik" \
	"assessment at Triwulan III for every approved SKP"
echo "each step a separate process (open, migrate check, work, close); time = wall clock;" \
	"memory = peak resident set size of that process"
echo
printf '%-7s %-46s %9s %9s\n' db step seconds "peak MiB"
printf '%s\n' "${ROWS[@]}"
for db in sqlite pg; do
	[[ -n ${TOTAL[$db]:-} ]] || continue
	echo "$db: Triwulan III total Rp $(bench_commas "${TOTAL[$db]}"); Excel export $(bench_commas "${XLSX[$db]}") bytes"
done
[[ -n $PG_URL ]] || echo "PostgreSQL: not run (add --pg, or set KINERJA_BENCH_PG_URL)"
