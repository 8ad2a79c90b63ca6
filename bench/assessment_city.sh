#!/usr/bin/env bash
# This file benchmarks computing every 360 aggregate, predicate and curve
# check of a generated city: bench/gen_city fills a fresh database with
# BENCH_CITY employees (default 30,000) and their SKPs, a 360 round with up
# to BENCH_RATERS raters each (default 8: about 240,000 answers of 7 scores,
# 1.7 million ratings; 20 answered through the store, the rest in bulk,
# then the round closed), a predicate for every unit and a ditetapkan
# tahunan assessment for every approved SKP (10 through the store).
# Neither the CLI nor the API computes these for a whole city (each page or
# endpoint does one person or one unit), so bench/calc_city (built with the
# program) times the store and domain functions the server calls, for
# everyone: store_result360 per person (aggregate360 inside), the tahunan
# assessment per SKP with predicate_of, and store_unit_curve per unit
# (curve_check inside); and, as a sketch of the batch functions the store
# lacks, one query each over the round's answers and the period's
# assessments put through the same domain functions.  Next to them, in the
# same run, one hand-written SQL aggregate over the same answers
# (SELECT ratee, grp, COUNT(*), AVG(...) x 7 ... GROUP BY ratee, grp) timed
# by sqlite3 (.timer) or psql (\timing), output to /dev/null.
#
#   bash bench/assessment_city.sh   (uses build/kinerja, build/bench/gen_city
#                                    and build/bench/calc_city, or $KINERJA_BIN,
#                                    $GEN_CITY_BIN and $CALC_CITY_BIN)
#
# Checks: both ways of computing find the same figures (calc_city's agree=1),
# every recomputed predicate equals the stored one, and the answers calc_city
# read equal the rows SQL counts in the round.
# Target: everything for the city within 3x of the hand-written aggregate.
# Settings (environment): BENCH_CITY (default 30000; smaller works, e.g.
# 3000), BENCH_RATERS (default 8), BENCH_RUNS (calc_city runs, fastest
# kept; default 1), BENCH_REF_RUNS (runs of the SQL aggregate, fastest
# kept; default 3); KINERJA_BENCH_PG_URL (optional, e.g.
# postgresql://kinerja@localhost/postgres): the same on PostgreSQL, in a
# database created for the run and dropped after it (the role needs CREATEDB).
# Prints figures only; nothing asserts on time.
set -euo pipefail
# shellcheck source=bench/lib.bash
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

CITY=${BENCH_CITY:-30000}
RATERS=${BENCH_RATERS:-8}
RUNS=${BENCH_RUNS:-1}
REF_RUNS=${BENCH_REF_RUNS:-3}
TARGET_X=3
PG_URL=${KINERJA_BENCH_PG_URL:-}
PG_DB=""

bench_need awk sqlite3
bench_setup
GEN_CITY=${GEN_CITY_BIN:-$(dirname "$KINERJA")/bench/gen_city}
CALC_CITY=${CALC_CITY_BIN:-$(dirname "$KINERJA")/bench/calc_city}
[[ -x $GEN_CITY ]] || die "no gen_city at $GEN_CITY: run make build first (or set GEN_CITY_BIN)"
[[ -x $CALC_CITY ]] || die "no calc_city at $CALC_CITY: run make build first (or set CALC_CITY_BIN)"

# generate NAME INIT-ARGS...: a fresh database (kinerja init INIT-ARGS) at
# DB_URL filled by gen_city; sets CITY_INFO.
generate() {
	local name=$1
	shift
	"$KINERJA" init "$@" >"$BENCH_TMP/$name-init.log" 2>&1 ||
		{ cat "$BENCH_TMP/$name-init.log" >&2; die "kinerja init failed ($name)"; }
	CITY_INFO=$BENCH_TMP/$name-city.txt
	"$GEN_CITY" --db "$DB_URL" --employees "$CITY" --password "$BENCH_PASSWORD" \
		--round360 "$RATERS" --answers --assessments \
		>"$CITY_INFO" 2>"$BENCH_TMP/$name-gen.log" ||
		{ cat "$BENCH_TMP/$name-gen.log" >&2; die "gen_city failed ($name)"; }
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
		--round "$(bench_kv "$CITY_INFO" round_id)" --runs "$RUNS" >"$out" 2>"$BENCH_TMP/$name-calc.log" ||
		{ cat "$BENCH_TMP/$name-calc.log" >&2; die "calc_city failed ($name)"; }
	[[ $(bench_kv "$out" agree) == 1 ]] || die "calc_city ($name): the store and the sketch disagree"
	[[ $(bench_kv "$out" pred_mismatch) == 0 ]] ||
		die "calc_city ($name): $(bench_kv "$out" pred_mismatch) stored predicates differ from predicate_of"
	rows=$(sql "$name" "SELECT COUNT(*) FROM answer360 WHERE round_id = $(bench_kv "$CITY_INFO" round_id)")
	[[ $rows == "$(bench_kv "$out" answers)" ]] ||
		die "calc_city ($name) read $(bench_kv "$out" answers) answers, the round holds $rows"
	ref=$(reference "$name")
	line "$name" "360: store_result360, every person" "$(bench_kv "$out" ratees)" \
		"$(ms "$(bench_kv "$out" store_r360_secs)")"
	line "$name" "predikat: store_assessment_get + predicate_of, every SKP" "$(bench_kv "$out" skp)" \
		"$(ms "$(bench_kv "$out" store_pred_secs)")"
	line "$name" "kurva: store_unit_curve (curve_check), every unit" "$(bench_kv "$out" units)" \
		"$(ms "$(bench_kv "$out" store_curve_secs)")"
	line "$name" "all three through the store functions" "" "$(ms "$(bench_kv "$out" store_total_secs)")"
	line "$name" "sketch: 360, one query + aggregate360" "" "$(ms "$(bench_kv "$out" batch_r360_secs)")"
	line "$name" "sketch: predikat + kurva, one query + curve_check" "" \
		"$(ms "$(bench_kv "$out" batch_assess_secs)")"
	line "$name" "reference: one SQL GROUP BY ratee, grp ($([[ $name == sqlite ]] && echo sqlite3 || echo psql))" \
		"" "$ref"
	ROWS+=("")
	TOTAL[$name]=$(ms "$(bench_kv "$out" store_total_secs)")
	NOCURVE[$name]=$(ms "$(awk -v a="$(bench_kv "$out" store_r360_secs)" -v b="$(bench_kv "$out" store_pred_secs)" \
		'BEGIN { print a + b }')")
	SKETCH[$name]=$(ms "$(bench_kv "$out" batch_total_secs)")
	REF[$name]=$ref
	CALC[$name]=$out
	GEN[$name]=$CITY_INFO
}

# x A B: A / B as "12.3x".
x() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }'; }

declare -A TOTAL NOCURVE SKETCH REF CALC GEN
ROWS=()

DB_URL="sqlite:$BENCH_TMP/sqlite-data/kinerja.db"
generate sqlite --data-dir "$BENCH_TMP/sqlite-data"
run_db sqlite
if [[ -n $PG_URL ]]; then
	bench_need psql
	PG_DB=kinerja_bench_$$
	DB_URL=$(bench_pg_url_with_db "$PG_URL" "$PG_DB")
	PGOPTIONS='-c client_min_messages=warning' psql -q -v ON_ERROR_STOP=1 "$PG_URL" \
		-c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null ||
		die "cannot create database $PG_DB on $PG_URL (the role needs CREATEDB)"
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
echo "found (both ways alike): $(bench_commas "$(bench_kv "$C" groups_shown)") rater groups shown" \
	"(threshold $(bench_kv "$C" round_threshold)), $(bench_commas "$(bench_kv "$C" comments)") comments;" \
	"predicates $(for p in sangat_baik baik butuh_perbaikan kurang sangat_kurang; do
		printf '%s %s\n' "$p" "$(bench_commas "$(bench_kv "$C" "pred_$p")")"; done | awk 'NR > 1 { printf ", " } { printf "%s", $0 }')" \
	"(each recomputed with predicate_of = the stored one);" \
	"$(bench_kv "$C" curve_units_deviating) of $(bench_kv "$C" curve_units) units deviate from the curve"
echo "reference SQL: $(CITY_INFO=$G ref_sql)"
echo "calc_city: $RUNS run(s), fastest kept, each part in one read snapshot; reference: fastest of $REF_RUNS"
echo
printf '%-7s %-58s %8s %10s %10s\n' db what calls ms "per call"
printf '%s\n' "${ROWS[@]}"
for db in sqlite pg; do
	[[ -n ${TOTAL[$db]:-} ]] || continue
	echo "$db: everything through the store = $(x "${TOTAL[$db]}" "${REF[$db]}") the hand-written" \
		"aggregate (target <= ${TARGET_X}x): $(awk -v a="${TOTAL[$db]}" -v b="${REF[$db]}" \
			-v t="$TARGET_X" 'BEGIN { print (b > 0 && a <= t * b) ? "met" : "MISSED" }')"
	echo "  without the curve: $(x "${NOCURVE[$db]}" "${REF[$db]}");" \
		"the batch sketch (bench-only SQL + the same domain functions): $(x "${SKETCH[$db]}" "${REF[$db]}")"
done
[[ -n $PG_URL ]] || echo "PostgreSQL: not run (set KINERJA_BENCH_PG_URL)"
