#!/usr/bin/env bash
# This file benchmarks computing every 360 aggregate, predicate and curve
# check of a generated city, and opening a 360 round for it: bench/gen_city
# fills a fresh database with BENCH_CITY employees (default 30,000) and
# their SKPs, a 360 round with up to BENCH_RATERS raters each (default 8:
# about 240,000 answers of 7 scores, 1.7 million ratings; 20 answered
# through the store, the rest in bulk, then the round closed), a predicate
# for every unit and a ditetapkan tahunan assessment for every approved SKP
# (10 through the store).  Neither the CLI nor the API computes these for a
# whole city, so bench/calc_city (built with the program) times the store
# functions two ways: set-based, a few queries for the whole round or
# period (store_result360_all, store_assessment_period + predicate_of,
# store_unit_curves; aggregate360 and curve_check in C), and one person,
# SKP or unit at a time as each page does (store_result360,
# store_assessment_get, store_unit_curve).  Next to them, in the same run,
# one hand-written SQL aggregate over the same answers (SELECT ratee, grp,
# COUNT(*), AVG(...) x 7 ... GROUP BY ratee, grp) timed by sqlite3 (.timer)
# or psql (\timing), output to /dev/null.  Last, calc_city times
# store_round360_open on another checkpoint (POST /api/v1/360/putaran:
# every employee's raters assigned and inserted in one transaction).
#
#   bash bench/assessment_city.sh [--pg]
#       (uses build/kinerja, build/bench/gen_city and build/bench/calc_city, or
#       $KINERJA_BIN, $GEN_CITY_BIN and $CALC_CITY_BIN)
#   --pg   also on PostgreSQL: on KINERJA_BENCH_PG_URL's server when set, else on
#          a throw-away server started for the run (scripts/pg-test-server.sh)
#
# Checks: both ways of computing find the same figures (calc_city's agree=1:
# every count and a digest of every figure, comment, rating and curve key),
# every recomputed predicate equals the stored one, and the answers calc_city
# read equal the rows SQL counts in the round.
# Target: everything for the city (set-based) within 3x of the hand-written
# aggregate.
# Settings (environment): BENCH_CITY (default 30000; smaller works, e.g.
# 3000), BENCH_RATERS (default 8), BENCH_RUNS (calc_city runs, fastest
# kept; default 1), BENCH_REF_RUNS (runs of the SQL aggregate, fastest
# kept; default 3); KINERJA_BENCH_PG_URL (optional, e.g.
# postgresql://kinerja@localhost/postgres): the same on PostgreSQL (with or
# without --pg), in a database created for the run and dropped after it (the
# role needs CREATEDB).
# Prints figures only; nothing asserts on time.
#
# Figures (bash bench/assessment_city.sh --pg, 30,000 employees, the
# project's shared 2-core machine, so noisy; each against its own run's
# reference):
#   before, one person / SKP / unit at a time, and a round opened with one
#   INSERT per assignment:
#     SQLite 294 ms (reference 511 ms: 0.6x), PostgreSQL 25,107 ms
#     (reference 405 ms: 62x); opening a round (263,332 assignments):
#     SQLite 1,927 ms, PostgreSQL 47,629 ms
#   after, set-based (store_result360_all, store_assessment_period,
#   store_unit_curves) and a round opened in multi-row INSERTs (db_batch):
#     SQLite 226 ms (reference 344 ms: 0.7x), PostgreSQL 493 ms (reference
#     264 ms: 1.9x); the same run one at a time: PostgreSQL 12,215 ms;
#     opening a round: SQLite 752 ms, PostgreSQL 5,201 ms (an
#     INSERT ... SELECT of 240,000 such rows alone takes 4.5-6 s there:
#     the foreign keys and indexes of rater360)
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

CITY=${BENCH_CITY:-30000}
RATERS=${BENCH_RATERS:-8}
RUNS=${BENCH_RUNS:-1}
REF_RUNS=${BENCH_REF_RUNS:-3}
TARGET_X=3
bench_need awk sqlite3
bench_setup
bench_pg_option assessment_city.sh "${1:-}"
bench_find_gen_city
CALC_CITY=${CALC_CITY_BIN:-$(dirname "$KINERJA")/bench/calc_city}
[[ -x $CALC_CITY ]] || die "no calc_city at $CALC_CITY: run make build first (or set CALC_CITY_BIN)"

# generate NAME INIT-ARGS...: a fresh database (kinerja init INIT-ARGS) at
# DB_URL filled by gen_city; sets CITY_INFO.
generate() {
	local name=$1
	shift
	bench_init "$name" "$@"
	CITY_INFO=$BENCH_TMP/$name-city.txt
	bench_gen_city "$name" "$CITY" --round360 "$RATERS" --answers --assessments
}

# sql NAME QUERY: runs one query on the database of NAME, prints the result.
sql() {
	if [[ $1 == sqlite ]]; then
		sqlite3 "$BENCH_TMP/sqlite-data/kinerja.db" "$2"
	else
		psql -qAt "$DB_URL" -c "$2"
	fi
}

# ref_sql: the hand-written aggregate over the answers of the city's round.
ref_sql() {
	echo "SELECT ratee_employee_id, grp, COUNT(*), AVG(berorientasi_pelayanan), AVG(akuntabel)," \
		"AVG(kompeten), AVG(harmonis), AVG(loyal), AVG(adaptif), AVG(kolaboratif)" \
		"FROM answer360 WHERE round_id = $(bench_kv "$CITY_INFO" round_id)" \
		"GROUP BY ratee_employee_id, grp;"
}

# reference NAME: the fastest of REF_RUNS runs of ref_sql, in ms.
reference() {
	local q i
	q=$(ref_sql)
	if [[ $1 == sqlite ]]; then
		{
			printf '.timer on\n.output /dev/null\n'
			for ((i = 0; i < REF_RUNS; i++)); do echo "$q"; done
		} | sqlite3 "$BENCH_TMP/sqlite-data/kinerja.db" |
			awk '/^Run Time:/ { ms = $4 * 1000; if (!best || ms < best) best = ms }
			     END { printf "%.0f\n", best }'
	else
		{
			printf '\\timing on\n\\o /dev/null\n'
			for ((i = 0; i < REF_RUNS; i++)); do echo "$q"; done
		} | psql -q "$DB_URL" |
			awk '/^Time:/ { ms = $2 + 0; if (!best || ms < best) best = ms }
			     END { printf "%.0f\n", best }'
	fi
}

# line DB WHAT CALLS MS: one row of the table (per call in us or ms).
line() {
	local per=""
	if [[ -n $3 && $3 != 0 ]]; then
		per=$(awk -v ms="$4" -v n="$3" 'BEGIN { us = 1000 * ms / n;
			if (us >= 1000) printf "%.1f ms", us / 1000; else printf "%.0f us", us }')
	fi
	ROWS+=("$(printf '%-7s %-58s %8s %10s %10s' "$1" "$2" "$(bench_commas "$3")" \
		"$(bench_commas "$4")" "$per")")
}

# ms SECS: seconds (calc_city's figures) in whole ms.
ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }

# run_db NAME: calc_city and the reference on the database just generated.
run_db() {
	local name=$1 out=$BENCH_TMP/$1-calc.txt ref rows
	"$CALC_CITY" --db "$DB_URL" --period "$(bench_kv "$CITY_INFO" period_id)" \
		--round "$(bench_kv "$CITY_INFO" round_id)" --runs "$RUNS" --open-round \
		>"$out" 2>"$BENCH_TMP/$name-calc.log" ||
		{ cat "$BENCH_TMP/$name-calc.log" >&2; die "calc_city failed ($name)"; }
	[[ $(bench_kv "$out" agree) == 1 ]] ||
		die "calc_city ($name): one at a time and all at once disagree"
	[[ $(bench_kv "$out" pred_mismatch) == 0 ]] ||
		die "calc_city ($name): $(bench_kv "$out" pred_mismatch) stored predicates differ from predicate_of"
	rows=$(sql "$name" "SELECT COUNT(*) FROM answer360 WHERE round_id = $(bench_kv "$CITY_INFO" round_id)")
	[[ $rows == "$(bench_kv "$out" answers)" ]] ||
		die "calc_city ($name) read $(bench_kv "$out" answers) answers, the round holds $rows"
	ref=$(reference "$name")
	line "$name" "360: store_result360_all, the whole round" "" \
		"$(ms "$(bench_kv "$out" all_r360_secs)")"
	line "$name" "predikat: store_assessment_period + predicate_of" "" \
		"$(ms "$(bench_kv "$out" all_pred_secs)")"
	line "$name" "kurva: store_unit_curves (curve_check), every unit" "" \
		"$(ms "$(bench_kv "$out" all_curve_secs)")"
	line "$name" "all three, set-based (a few queries each)" "" \
		"$(ms "$(bench_kv "$out" all_total_secs)")"
	line "$name" "reference: one SQL GROUP BY ratee, grp ($([[ $name == sqlite ]] && echo sqlite3 || echo psql))" \
		"" "$ref"
	line "$name" "one at a time: store_result360, every person" "$(bench_kv "$out" people)" \
		"$(ms "$(bench_kv "$out" one_r360_secs)")"
	line "$name" "one at a time: store_assessment_get, every SKP" "$(bench_kv "$out" skp)" \
		"$(ms "$(bench_kv "$out" one_pred_secs)")"
	line "$name" "one at a time: store_unit_curve, every unit" "$(bench_kv "$out" units)" \
		"$(ms "$(bench_kv "$out" one_curve_secs)")"
	line "$name" "all three, one at a time (what each page does)" "" \
		"$(ms "$(bench_kv "$out" one_total_secs)")"
	line "$name" "open a 360 round: store_round360_open (rows inserted)" \
		"$(bench_kv "$out" open_round_assigned)" "$(ms "$(bench_kv "$out" open_round_secs)")"
	ROWS+=("")
	OPENSUM[$name]="$(bench_kv "$out" open_round_assigned) assignments, checksum $(bench_kv "$out" open_round_checksum)"
	TOTAL[$name]=$(ms "$(bench_kv "$out" all_total_secs)")
	ONE[$name]=$(ms "$(bench_kv "$out" one_total_secs)")
	REF[$name]=$ref
	CALC[$name]=$out
	GEN[$name]=$CITY_INFO
}

# x A B: A / B as "12.3x".
x() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }'; }

declare -A TOTAL ONE REF CALC GEN OPENSUM
ROWS=()

DB_URL="sqlite:$BENCH_TMP/sqlite-data/kinerja.db"
generate sqlite --data-dir "$BENCH_TMP/sqlite-data"
run_db sqlite
if [[ -n $PG_URL ]]; then
	bench_pg_db
	mkdir -p "$BENCH_TMP/pg-data"
	generate pg --db "$DB_URL" --data-dir "$BENCH_TMP/pg-data"
	run_db pg
fi

C=${CALC[sqlite]} G=${GEN[sqlite]}
echo "Assessment of a generated city: $(bench_commas "$(bench_kv "$G" employees)") employees" \
	"(BENCH_CITY=$CITY), $(bench_commas "$(bench_kv "$G" units)") units, a closed 360 round of" \
	"$(bench_commas "$(bench_kv "$G" answers)") answers x 7 values" \
	"= $(bench_commas "$(($(bench_kv "$G" answers) * 7))") ratings (up to $RATERS raters each)," \
	"$(bench_commas "$(bench_kv "$G" assessments)") ditetapkan tahunan assessments, a predicate per unit"
echo "generated on SQLite in $(bench_kv "$G" total_secs) s (360 round $(bench_kv "$G" round_secs) s," \
	"answers $(bench_kv "$G" answers_secs) s, assessments $(bench_kv "$G" assess_secs) s);" \
	"$(bench_kv "$G" answers_store) answers through store_rater360_answer:" \
	"$(awk -v s="$(bench_kv "$G" answers_store_secs)" -v n="$(bench_kv "$G" answers_store)" \
		'BEGIN { printf "%.1f", n ? 1000 * s / n : 0 }') ms each;" \
	"$(bench_kv "$G" assessments_store) assessments through store_assessment_save:" \
	"$(awk -v s="$(bench_kv "$G" assessments_store_secs)" -v n="$(bench_kv "$G" assessments_store)" \
		'BEGIN { printf "%.1f", n ? 1000 * s / n : 0 }') ms each"
echo "found (both ways alike, digest $(bench_kv "$C" digest)): $(bench_commas "$(bench_kv "$C" groups_shown)") rater groups shown" \
	"(threshold $(bench_kv "$C" round_threshold)), $(bench_commas "$(bench_kv "$C" comments)") comments;" \
	"predicates $(for p in sangat_baik baik butuh_perbaikan kurang sangat_kurang; do
		printf '%s %s\n' "$p" "$(bench_commas "$(bench_kv "$C" "pred_$p")")"; done | awk 'NR > 1 { printf ", " } { printf "%s", $0 }')" \
	"(each recomputed with predicate_of = the stored one);" \
	"$(bench_kv "$C" curve_units_deviating) of $(bench_kv "$C" curve_units) units deviate from the curve"
echo "reference SQL: $(CITY_INFO=$G ref_sql)"
echo "calc_city: $RUNS run(s), fastest kept, each part in one read snapshot; reference: fastest of $REF_RUNS;" \
	"the round opened once, last"
echo
printf '%-7s %-58s %8s %10s %10s\n' db what calls ms "per call"
printf '%s\n' "${ROWS[@]}"
for db in sqlite pg; do
	[[ -n ${TOTAL[$db]:-} ]] || continue
	echo "$db: everything through the store (set-based) = $(x "${TOTAL[$db]}" "${REF[$db]}") the" \
		"hand-written aggregate (target <= ${TARGET_X}x): $(awk -v a="${TOTAL[$db]}" -v b="${REF[$db]}" \
			-v t="$TARGET_X" 'BEGIN { print (b > 0 && a <= t * b) ? "met" : "MISSED" }')"
	echo "  one person / SKP / unit at a time: $(x "${ONE[$db]}" "${REF[$db]}")"
done
for db in sqlite pg; do
	[[ -z ${OPENSUM[$db]:-} ]] || echo "$db: the round opened last (a second round, on the period's first checkpoint): ${OPENSUM[$db]}"
done
[[ -n $PG_URL ]] || echo "PostgreSQL: not run (add --pg, or set KINERJA_BENCH_PG_URL)"
