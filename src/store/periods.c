/*
 * periods.c - performance periods and their checkpoint calendars, and the
 * organisation goals (Renstra / Perjanjian Kinerja) set for a period.
 *
 * A period lies within one calendar year; its checkpoints (Triwulan I ..
 * IV-Akhir, or the twelve months) are rebuilt from the cadence whenever it
 * changes, each clipped to the period's dates.  The period's state moves
 * only through period_transition (domain/skp.h).  Goals belong to a unit;
 * an RHK of a unit may point at the goals of that unit and the units
 * above it, which is what store_goal_list with a unit returns.
 */
#include "store/plan.h"
#include "store/assessment.h"
#include "store/calibration.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers -------------------------------------------------------------- */

/* Number of UTF-8 characters in s. */
static size_t utf8_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* 1 if s is empty or only white space. */
static int blank(const char *s)
{
	return !s || s[strspn(s, " \t\r\n")] == '\0';
}

/* 1 if s holds a control character (line breaks included). */
static int has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

/* 1 if s holds a control character other than a line break. */
static int has_control_but_breaks(const char *s)
{
	for (; s && *s; s++)
		if (((unsigned char)*s < 0x20 && *s != '\n' && *s != '\r') || *s == 0x7f)
			return 1;
	return 0;
}

/* A one-line text: given, at most `max` characters and size-1 bytes. */
static int check_line(const char *field, const char *what, const char *s, size_t max,
		      size_t size, struct kerr *err)
{
	if (blank(s))
		return kerr_set(err, KERR_INVALID, field, "%s harus diisi", what);
	if (utf8_chars(s) > max || strlen(s) >= size)
		return kerr_set(err, KERR_INVALID, field, "%s paling banyak %zu karakter", what, max);
	if (has_control(s))
		return kerr_set(err, KERR_INVALID, field,
				"%s tidak boleh berisi baris baru atau karakter kontrol", what);
	return 0;
}

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Writes YYYY-MM-DD (year 0-9999, month 1-12, day 1-31). */
static void format_date(char out[11], int y, int m, int d)
{
	const int parts[3][2] = { { y, 4 }, { m, 2 }, { d, 2 } };
	char *o = out;
	for (int i = 0; i < 3; i++) {
		for (int k = parts[i][1] - 1, v = parts[i][0]; k >= 0; k--, v /= 10)
			o[k] = (char)('0' + v % 10);
		o += parts[i][1];
		*o++ = i < 2 ? '-' : '\0';
	}
}

/* The year of a valid YYYY-MM-DD date. */
static int date_year(const char *d)
{
	return atoi(d);
}

/* ---- periods: reading ------------------------------------------------------- */

#define PERIOD_SELECT \
	"SELECT id, name, year, start_date, end_date, plan_due, cadence, state, created_at, " \
	"updated_at FROM periods "

static void period_from_row(struct db_rows *rows, struct period *p)
{
	memset(p, 0, sizeof *p);
	p->id = db_int(rows, 0);
	copy_str(p->name, sizeof p->name, db_text(rows, 1));
	p->year = (int)db_int(rows, 2);
	copy_str(p->start_date, sizeof p->start_date, db_text(rows, 3));
	copy_str(p->end_date, sizeof p->end_date, db_text(rows, 4));
	copy_str(p->plan_due, sizeof p->plan_due, db_text(rows, 5));
	copy_str(p->cadence, sizeof p->cadence, db_text(rows, 6));
	copy_str(p->state, sizeof p->state, db_text(rows, 7));
	p->created_at = db_int(rows, 8);
	p->updated_at = db_int(rows, 9);
}

/* Reads the one period `rows` finds; KERR_NOT_FOUND if none.  Frees rows. */
static int period_fetch(struct db_rows *rows, struct period *out, struct kerr *err)
{
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		period_from_row(rows, out);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "period_id", "Periode kinerja tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_period_list(struct db *db, struct period **out, size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db, PERIOD_SELECT
					"ORDER BY year DESC, start_date DESC, id DESC",
					DB_NOARGS, err);
	size_t count = 0, alloc = 8;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	struct period *list = xmalloc(alloc * sizeof *list);
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (count == alloc)
			list = xrealloc(list, (alloc *= 2) * sizeof *list);
		period_from_row(rows, &list[count++]);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(list);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}

int store_period_get(struct db *db, int64_t id, struct period *out, struct kerr *err)
{
	return period_fetch(db_query(db, PERIOD_SELECT "WHERE id = $1", DB_ARGS(DB_INT(id)), err),
			    out, err);
}

int store_period_current(struct db *db, struct period *out, struct kerr *err)
{
	return period_fetch(db_query(db, PERIOD_SELECT
		"ORDER BY CASE state WHEN 'terbuka' THEN 0 WHEN 'dikunci' THEN 1 ELSE 2 END, "
		"year DESC, start_date DESC, id DESC LIMIT 1", DB_NOARGS, err), out, err);
}

/* ---- checkpoints ------------------------------------------------------------ */

static void checkpoint_from_row(struct db_rows *rows, struct checkpoint *c)
{
	memset(c, 0, sizeof *c);
	c->id = db_int(rows, 0);
	c->period_id = db_int(rows, 1);
	c->seq = (int)db_int(rows, 2);
	copy_str(c->name, sizeof c->name, db_text(rows, 3));
	copy_str(c->start_date, sizeof c->start_date, db_text(rows, 4));
	copy_str(c->end_date, sizeof c->end_date, db_text(rows, 5));
	copy_str(c->state, sizeof c->state, db_text(rows, 6));
}

int store_checkpoint_list(struct db *db, int64_t period_id, struct checkpoint **out, size_t *n,
			  struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT id, period_id, seq, name, start_date, end_date, state FROM checkpoints "
		"WHERE period_id = $1 ORDER BY seq", DB_ARGS(DB_INT(period_id)), err);
	size_t count = 0, alloc = 12;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	struct checkpoint *list = xmalloc(alloc * sizeof *list);
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (count == alloc)
			list = xrealloc(list, (alloc *= 2) * sizeof *list);
		checkpoint_from_row(rows, &list[count++]);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(list);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}

/* Checkpoint i of the period's cadence, its dates clipped to the period;
 * 0 if it lies wholly outside the period. */
static int checkpoint_of(const struct period *p, int i, struct checkpoint *c)
{
	int first, last;
	memset(c, 0, sizeof *c);
	cadence_checkpoint(p->cadence, i, c->name, sizeof c->name, &first, &last);
	if (first < 1 || last > 12)
		return 0;
	format_date(c->start_date, p->year, first, 1);
	format_date(c->end_date, p->year, last, month_days(p->year, last));
	if (strcmp(c->start_date, p->start_date) < 0)
		memcpy(c->start_date, p->start_date, sizeof c->start_date);
	if (strcmp(c->end_date, p->end_date) > 0)
		memcpy(c->end_date, p->end_date, sizeof c->end_date);
	c->seq = i + 1;
	return strcmp(c->start_date, c->end_date) <= 0;
}

/* (Re)creates the period's checkpoints from its cadence.  A checkpoint
 * keeps the number of its place in the calendar (Triwulan III is seq 3
 * even in a period that starts in July). */
static int build_checkpoints(struct db *db, const struct period *p, struct kerr *err)
{
	if (db_exec(db, "DELETE FROM checkpoints WHERE period_id = $1",
		    DB_ARGS(DB_INT(p->id)), err) < 0)
		return -1;
	for (int i = 0; i < cadence_count(p->cadence); i++) {
		struct checkpoint c;
		if (!checkpoint_of(p, i, &c))
			continue;
		if (db_exec(db, "INSERT INTO checkpoints (period_id, seq, name, start_date, end_date) "
			    "VALUES ($1, $2, $3, $4, $5)",
			    DB_ARGS(DB_INT(p->id), DB_INT(c.seq), DB_TEXT(c.name),
				    DB_TEXT(c.start_date), DB_TEXT(c.end_date)), err) < 0)
			return -1;
	}
	return 0;
}

/* ---- periods: writing ------------------------------------------------------- */

static json_t *period_json(const struct period *p)
{
	return json_pack("{s:s, s:i, s:s, s:s, s:s, s:s, s:s}", "name", p->name, "year", p->year,
			 "start_date", p->start_date, "end_date", p->end_date,
			 "plan_due", p->plan_due, "cadence", p->cadence, "state", p->state);
}

/* A date field: a real date within the period's year. */
static int check_date(const char *field, const char *what, const char *d, int year,
		      struct kerr *err)
{
	if (!date_valid(d))
		return kerr_set(err, KERR_INVALID, field,
				"%s harus tanggal yang sah (TTTT-BB-HH)", what);
	if (date_year(d) != year)
		return kerr_set(err, KERR_INVALID, field, "%s harus dalam tahun %d", what, year);
	return 0;
}

static int check_period(struct period *p, struct kerr *err)
{
	if (check_line("name", "Nama periode", p->name, 119, sizeof p->name, err))
		return -1;
	if (p->year < 2000 || p->year > 2100)
		return kerr_set(err, KERR_INVALID, "year", "Tahun harus antara 2000 dan 2100");
	if (check_date("start_date", "Tanggal mulai", p->start_date, p->year, err) ||
	    check_date("end_date", "Tanggal selesai", p->end_date, p->year, err) ||
	    check_date("plan_due", "Batas penetapan SKP", p->plan_due, p->year, err))
		return -1;
	if (strcmp(p->start_date, p->end_date) > 0)
		return kerr_set(err, KERR_INVALID, "end_date",
				"Tanggal selesai tidak boleh sebelum tanggal mulai");
	if (strcmp(p->plan_due, p->start_date) < 0 || strcmp(p->plan_due, p->end_date) > 0)
		return kerr_set(err, KERR_INVALID, "plan_due",
				"Batas penetapan SKP harus di antara tanggal mulai dan selesai");
	if (!p->cadence[0])
		copy_str(p->cadence, sizeof p->cadence, "triwulan");
	if (!cadence_valid(p->cadence))
		return kerr_set(err, KERR_INVALID, "cadence",
				"Jadwal penilaian harus triwulan atau bulanan");
	return 0;
}

static int period_create_tx(struct db *db, const struct actor *who, struct period *p,
			    struct kerr *err)
{
	if (check_period(p, err))
		return -1;
	copy_str(p->state, sizeof p->state, period_state_name(PERIOD_DRAFT));
	p->created_at = p->updated_at = now_unix();
	int rc = db_query_int(db,
		"INSERT INTO periods (name, year, start_date, end_date, plan_due, cadence, state, "
		"created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
		DB_ARGS(DB_TEXT(p->name), DB_INT(p->year), DB_TEXT(p->start_date),
			DB_TEXT(p->end_date), DB_TEXT(p->plan_due), DB_TEXT(p->cadence),
			DB_TEXT(p->state), DB_INT(p->created_at)), &p->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Periode tidak tersimpan") : -1;
	if (build_checkpoints(db, p, err))
		return -1;
	return store_audit_json(db, who, "create", "period", p->id, NULL, period_json(p), err);
}

int store_period_create(struct db *db, const struct actor *who, struct period *p,
			struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, period_create_tx(db, who, p, err), err);
}

/* Loads the period and its state. */
static int period_load(struct db *db, int64_t id, struct period *p, enum period_state *state,
		       struct kerr *err)
{
	if (store_period_get(db, id, p, err))
		return -1;
	if (period_state_parse(p->state, state))
		return kerr_set(err, KERR_INTERNAL, "state", "Status periode tidak dikenal: %s",
				p->state);
	return 0;
}

static int period_act_tx(struct db *db, const struct actor *who, int64_t id, const char *action,
			 struct kerr *err)
{
	struct period old, p;
	enum period_state from, to;
	if (period_load(db, id, &old, &from, err) || period_transition(from, action, &to, err))
		return -1;
	p = old;
	copy_str(p.state, sizeof p.state, period_state_name(to));
	p.updated_at = now_unix();
	if (db_exec(db, "UPDATE periods SET state = $1, updated_at = $2 WHERE id = $3",
		    DB_ARGS(DB_TEXT(p.state), DB_INT(p.updated_at), DB_INT(id)), err) < 0)
		return -1;
	/* after the update, which waits for assessments in flight (FOR SHARE) */
	if (to == PERIOD_CLOSED &&
	    (store_calib_close_check(db, id, err) || store_curve_close_check(db, id, err)))
		return -1;
	return store_audit_json(db, who, action, "period", id, period_json(&old), period_json(&p),
				err);
}

int store_period_act(struct db *db, const struct actor *who, int64_t id, const char *action,
		     struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, period_act_tx(db, who, id, action, err), err);
}

/* Refuses rebuilding the checkpoints of a period once monitoring has begun:
 * realisasi recorded at a checkpoint, or a checkpoint closed. */
static int check_no_monitoring(struct db *db, int64_t period_id, struct kerr *err)
{
	int64_t n = 0;
	if (db_query_int(db,
		"SELECT (SELECT COUNT(*) FROM realisasi x JOIN checkpoints c "
		"ON c.id = x.checkpoint_id WHERE c.period_id = $1) + "
		"(SELECT COUNT(*) FROM checkpoints WHERE period_id = $1 AND state <> 'terbuka')",
		DB_ARGS(DB_INT(period_id)), &n, err) < 0)
		return -1;
	if (n)
		return kerr_set(err, KERR_CONFLICT, "cadence",
				"Realisasi sudah dicatat atau titik periksa sudah ditutup pada periode "
				"ini; jadwal penilaian tidak dapat diubah lagi");
	return 0;
}

static int period_cadence_tx(struct db *db, const struct actor *who, int64_t id,
			     const char *cadence, struct kerr *err)
{
	struct period old, p;
	enum period_state state;
	if (period_load(db, id, &old, &state, err))
		return -1;
	if (state != PERIOD_DRAFT && state != PERIOD_OPEN)
		return kerr_set(err, KERR_CONFLICT, "cadence",
				"Periode berstatus %s; jadwal penilaian tidak dapat diubah",
				period_state_label(state));
	if (!cadence || !cadence_valid(cadence))
		return kerr_set(err, KERR_INVALID, "cadence",
				"Jadwal penilaian harus triwulan atau bulanan");
	if (check_no_monitoring(db, id, err))
		return -1;
	p = old;
	copy_str(p.cadence, sizeof p.cadence, cadence);
	p.updated_at = now_unix();
	if (db_exec(db, "UPDATE periods SET cadence = $1, updated_at = $2 WHERE id = $3",
		    DB_ARGS(DB_TEXT(p.cadence), DB_INT(p.updated_at), DB_INT(id)), err) < 0 ||
	    build_checkpoints(db, &p, err))
		return -1;
	return store_audit_json(db, who, "update", "period", id, period_json(&old),
				period_json(&p), err);
}

int store_period_set_cadence(struct db *db, const struct actor *who, int64_t id,
			     const char *cadence, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, period_cadence_tx(db, who, id, cadence, err), err);
}

/* ---- goals ----------------------------------------------------------------- */

void goals_free(struct goal *g, size_t n)
{
	if (!g)
		return;
	for (size_t i = 0; i < n; i++) {
		free(g[i].text);
		free(g[i].indicator);
	}
	free(g);
}

static void goal_from_row(struct db_rows *rows, struct goal *g)
{
	memset(g, 0, sizeof *g);
	g->id = db_int(rows, 0);
	g->period_id = db_int(rows, 1);
	g->unit_id = db_int(rows, 2);
	copy_str(g->unit_name, sizeof g->unit_name, db_text(rows, 3));
	copy_str(g->code, sizeof g->code, db_text(rows, 4));
	g->text = xstrdup(db_text(rows, 5));
	g->indicator = xstrdup(db_text(rows, 6));
	g->created_at = db_int(rows, 7);
}

int store_goal_list(struct db *db, int64_t period_id, int64_t unit_id, struct goal **out,
		    size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"WITH RECURSIVE up(id, parent_id) AS ("
		"  SELECT id, parent_id FROM units WHERE id = $2"
		"  UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id) "
		"SELECT g.id, g.period_id, g.unit_id, u.name, g.code, g.text, g.indicator, "
		"g.created_at FROM goals g JOIN units u ON u.id = g.unit_id "
		"WHERE g.period_id = $1 AND ($2 = 0 OR g.unit_id IN (SELECT id FROM up)) "
		"ORDER BY u.code, g.code, g.id", DB_ARGS(DB_INT(period_id), DB_INT(unit_id)), err);
	size_t count = 0, alloc = 16;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	struct goal *list = xmalloc(alloc * sizeof *list);
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (count == alloc)
			list = xrealloc(list, (alloc *= 2) * sizeof *list);
		goal_from_row(rows, &list[count++]);
	}
	db_rows_free(rows);
	if (rc < 0) {
		goals_free(list, count);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}

/* Code, text and indicator of a goal. */
static int check_goal_fields(struct goal *g, struct kerr *err)
{
	if (check_line("code", "Kode sasaran", g->code, sizeof g->code - 1, sizeof g->code, err))
		return -1;
	if (g->code[strcspn(g->code, " \t")])
		return kerr_set(err, KERR_INVALID, "code", "Kode sasaran tidak boleh berisi spasi");
	if (blank(g->text))
		return kerr_set(err, KERR_INVALID, "text", "Sasaran harus diisi");
	if (utf8_chars(g->text) > SKP_TEXT_MAX)
		return kerr_set(err, KERR_INVALID, "text", "Sasaran paling banyak %d karakter",
				SKP_TEXT_MAX);
	if (has_control_but_breaks(g->text))
		return kerr_set(err, KERR_INVALID, "text",
				"Sasaran tidak boleh berisi karakter kendali selain ganti baris");
	if (g->indicator && utf8_chars(g->indicator) > SKP_TEXT_MAX)
		return kerr_set(err, KERR_INVALID, "indicator",
				"Indikator sasaran paling banyak %d karakter", SKP_TEXT_MAX);
	if (has_control_but_breaks(g->indicator))
		return kerr_set(err, KERR_INVALID, "indicator",
				"Indikator sasaran tidak boleh berisi karakter kendali selain ganti "
				"baris");
	return 0;
}

/* The period (not locked or closed), the unit and the code's uniqueness. */
static int check_goal_refs(struct db *db, struct goal *g, struct kerr *err)
{
	struct period p;
	struct unit u;
	struct kerr why = KERR_INIT;
	enum period_state state;
	if (period_load(db, g->period_id, &p, &state, err))
		return -1;
	if (state == PERIOD_LOCKED || state == PERIOD_CLOSED)
		return kerr_set(err, KERR_CONFLICT, "period_id",
				"Periode %s berstatus %s; sasaran tidak dapat ditambah", p.name,
				period_state_label(state));
	if (store_unit_get(db, g->unit_id, &u, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "unit_id", "Unit kerja tidak ditemukan")
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	copy_str(g->unit_name, sizeof g->unit_name, u.name);
	int64_t other = 0;
	int rc = db_query_int(db, "SELECT id FROM goals WHERE period_id = $1 AND code = $2",
			      DB_ARGS(DB_INT(g->period_id), DB_TEXT(g->code)), &other, err);
	if (rc == 1)
		return kerr_set(err, KERR_CONFLICT, "code",
				"Kode sasaran %s sudah dipakai pada periode ini", g->code);
	return rc < 0 ? -1 : 0;
}

static int goal_create_tx(struct db *db, const struct actor *who, struct goal *g,
			  struct kerr *err)
{
	const char *indicator = g->indicator ? g->indicator : "";
	if (check_goal_fields(g, err) || check_goal_refs(db, g, err))
		return -1;
	g->created_at = now_unix();
	int rc = db_query_int(db,
		"INSERT INTO goals (period_id, unit_id, code, text, indicator, created_at) "
		"VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
		DB_ARGS(DB_INT(g->period_id), DB_INT(g->unit_id), DB_TEXT(g->code),
			DB_TEXT(g->text), DB_TEXT(indicator), DB_INT(g->created_at)), &g->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Sasaran tidak tersimpan") : -1;
	return store_audit_json(db, who, "create", "goal", g->id, NULL,
				json_pack("{s:I, s:I, s:s, s:s, s:s}", "period_id",
					  (json_int_t)g->period_id, "unit_id", (json_int_t)g->unit_id,
					  "code", g->code, "text", g->text, "indicator", indicator),
				err);
}

int store_goal_create(struct db *db, const struct actor *who, struct goal *g, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, goal_create_tx(db, who, g, err), err);
}
