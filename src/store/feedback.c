/*
 * feedback.c - writing continuous feedback: starting a thread about one
 * RHK or one BerAKHLAK value of an SKP, replying in it, and marking the
 * other side's messages read.  Each new message is one transaction with
 * its audit row.  Reading the threads and the unread lists is in
 * feedback_list.c.
 */
#include "store/feedback.h"
#include "store/db.h"
#include "store/plan_int.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* ---- the text ------------------------------------------------------------------- */

/* The length of the UTF-8 sequence at s, or 0 if it is not a valid one. */
static size_t utf8_len(const unsigned char *s)
{
	size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2 :
		     s[0] >= 0xE0 && s[0] <= 0xEF ? 3 : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
	for (size_t i = 1; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return len;
}

/* The text trimmed of blanks at both ends, checked: not empty, UTF-8, no
 * control characters but line breaks and tabs, at most FEEDBACK_TEXT_MAX
 * characters.  A malloc'ed copy, or NULL with err on field "text". */
static char *text_clean(const char *in, struct kerr *err)
{
	const char *s = in ? in : "";
	while (*s && strchr(" \t\r\n", *s))
		s++;
	size_t len = strlen(s), chars = 0;
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	if (!len) {
		kerr_set(err, KERR_INVALID, "text", "Isi umpan balik wajib diisi");
		return NULL;
	}
	for (size_t i = 0, step; i < len; i += step, chars++) {
		unsigned char c = (unsigned char)s[i];
		step = utf8_len((const unsigned char *)s + i);
		if (!step || i + step > len || c == 0x7F || (c < 0x20 && !strchr("\t\r\n", c))) {
			kerr_set(err, KERR_INVALID, "text", "Umpan balik berisi karakter yang tidak "
				 "sah (karakter kendali selain ganti baris, atau bukan UTF-8)");
			return NULL;
		}
	}
	if (chars > FEEDBACK_TEXT_MAX) {
		kerr_set(err, KERR_INVALID, "text", "Umpan balik paling banyak %d karakter; yang "
			 "diisi %zu karakter", FEEDBACK_TEXT_MAX, chars);
		return NULL;
	}
	return xstrndup(s, len);
}

/* ---- the SKP and the target --------------------------------------------------- */

int feedback_open(const struct skp *s, const struct period *p, struct kerr *err)
{
	if (!s->approved_at)
		return kerr_set(err, KERR_CONFLICT, "skp", "SKP ini belum pernah disetujui; umpan "
				"balik dapat diberikan setelah pejabat penilai menyetujuinya");
	if (strcmp(p->state, period_state_name(PERIOD_CLOSED)) == 0)
		return kerr_set(err, KERR_CONFLICT, "skp", "Periode %s sudah ditutup; umpan balik "
				"hanya dapat dibaca", p->name);
	return 0;
}

/* Loads the SKP's row and period and checks feedback is open on it. */
static int skp_open(struct db *db, int64_t skp_id, struct kerr *err)
{
	struct skp head;
	struct period p;
	if (plan_skp_head(db, skp_id, &head, &p, err))
		return -1;
	return feedback_open(&head, &p, err);
}

/* Exactly one of an RHK of this SKP (its text into *rhk_text) or a known
 * BerAKHLAK value. */
static int check_target(struct db *db, int64_t skp_id, int64_t rhk_id, const char *value_code,
			char **rhk_text, struct kerr *err)
{
	int has_value = value_code && value_code[0];
	if (!rhk_id && !has_value)
		return kerr_set(err, KERR_INVALID, "rhk_id", "Pilih hasil kerja (RHK) atau nilai "
				"perilaku kerja yang diberi umpan balik");
	if (rhk_id && has_value)
		return kerr_set(err, KERR_INVALID, "value_code", "Umpan balik hanya untuk satu hal: "
				"hasil kerja (RHK) atau nilai perilaku kerja, tidak keduanya");
	if (has_value)
		return berakhlak_index(value_code) < 0
			? kerr_set(err, KERR_INVALID, "value_code", "Nilai perilaku '%s' tidak dikenal; "
				   "pilih salah satu nilai BerAKHLAK", value_code) : 0;
	struct db_rows *rows = db_query(db, "SELECT text FROM rhk WHERE id = $1 AND skp_id = $2",
					DB_ARGS(DB_INT(rhk_id), DB_INT(skp_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		*rhk_text = xstrdup(db_text(rows, 0));
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "rhk_id", "RHK %lld bukan hasil kerja pada SKP ini",
				(long long)rhk_id);
	return rc < 0 ? -1 : 0;
}

/* ---- writing a message ------------------------------------------------------------ */

/* One new message: the thread's first (m->thread_id 0) or a reply. */
struct new_msg {
	int64_t skp_id, thread_id, rhk_id;
	const char *value_code;
	const char *rhk_text;
	const struct feedback_author *a;
	const char *text;
	int64_t created_at;
};

static json_t *msg_json(const struct new_msg *m)
{
	return json_pack("{s:I, s:I, s:I, s:s, s:s, s:I, s:s, s:b, s:s}",
			 "skp_id", (json_int_t)m->skp_id, "thread_id", (json_int_t)m->thread_id,
			 "rhk_id", (json_int_t)m->rhk_id, "value_code", m->value_code,
			 "rhk_text", m->rhk_text, "author_employee_id", (json_int_t)m->a->employee_id,
			 "author_name", m->a->name, "from_superior", m->a->from_superior,
			 "text", m->text);
}

static int insert_msg(struct db *db, const struct actor *who, const struct new_msg *m,
		      int64_t *id, struct kerr *err)
{
	int rc = db_query_int(db,
		"INSERT INTO feedback (skp_id, rhk_id, rhk_text, value_code, thread_id, "
		"author_user_id, author_employee_id, author_name, from_superior, text, created_at) "
		"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
		DB_ARGS(DB_INT(m->skp_id), DB_ID(m->rhk_id), DB_TEXT(m->rhk_text),
			DB_TEXT(m->value_code), DB_ID(m->thread_id), DB_ID(who->user_id),
			DB_ID(m->a->employee_id), DB_TEXT(m->a->name), DB_INT(m->a->from_superior),
			DB_TEXT(m->text), DB_INT(m->created_at)), id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Umpan balik tidak tersimpan") : -1;
	return store_audit_json(db, who, "create", "feedback", *id, NULL, msg_json(m), err);
}

static int start_tx(struct db *db, const struct actor *who, struct new_msg *m, int64_t *id,
		    struct kerr *err)
{
	char *rhk_text = NULL;
	if (!m->a->from_superior)
		return kerr_set(err, KERR_FORBIDDEN, "", "Umpan balik dimulai oleh pejabat penilai; "
				"pegawai dapat membalasnya");
	int rc = skp_open(db, m->skp_id, err);
	if (rc == 0)
		rc = check_target(db, m->skp_id, m->rhk_id, m->value_code, &rhk_text, err);
	if (rc == 0) {
		m->rhk_text = rhk_text ? rhk_text : "";
		rc = insert_msg(db, who, m, id, err);
	}
	free(rhk_text);
	return rc;
}

int store_feedback_start(struct db *db, const struct actor *who, const struct feedback_author *a,
			 int64_t skp_id, int64_t rhk_id, const char *value_code, const char *text,
			 int64_t *id, struct kerr *err)
{
	char *clean = text_clean(text, err);
	if (!clean)
		return -1;
	struct new_msg m = { .skp_id = skp_id, .rhk_id = rhk_id, .a = a, .text = clean,
			     .value_code = value_code ? value_code : "", .created_at = now_unix() };
	int rc = db_begin(db, err);
	if (rc == 0)
		rc = db_finish(db, start_tx(db, who, &m, id, err), err);
	free(clean);
	return rc;
}

/* ---- replying -------------------------------------------------------------------- */

int store_feedback_thread_of(struct db *db, int64_t msg_id, int64_t *thread_id, int64_t *skp_id,
			     struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT COALESCE(thread_id, id), skp_id FROM feedback WHERE id = $1",
		DB_ARGS(DB_INT(msg_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		*thread_id = db_int(rows, 0);
		*skp_id = db_int(rows, 1);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "thread_id", "Umpan balik tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* The thread's target, copied onto the reply so every message says what
 * it is about. */
static int thread_target(struct db *db, struct new_msg *m, char **rhk_text, char **value_code,
			 struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT COALESCE(rhk_id, 0), rhk_text, value_code FROM feedback WHERE id = $1",
		DB_ARGS(DB_INT(m->thread_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		m->rhk_id = db_int(rows, 0);
		m->rhk_text = *rhk_text = xstrdup(db_text(rows, 1));
		m->value_code = *value_code = xstrdup(db_text(rows, 2));
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "thread_id", "Umpan balik tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* Marks read the other side's messages in one thread. */
static int mark_thread_read(struct db *db, const struct new_msg *m, struct kerr *err)
{
	return db_exec(db,
		"UPDATE feedback SET read_at = $1 WHERE (id = $2 OR thread_id = $2) "
		"AND from_superior <> $3 AND read_at IS NULL",
		DB_ARGS(DB_INT(m->created_at), DB_INT(m->thread_id), DB_INT(m->a->from_superior)),
		err) < 0 ? -1 : 0;
}

static int reply_tx(struct db *db, const struct actor *who, int64_t msg_id, struct new_msg *m,
		    int64_t *id, struct kerr *err)
{
	char *rhk_text = NULL, *value_code = NULL;
	int rc = store_feedback_thread_of(db, msg_id, &m->thread_id, &m->skp_id, err);
	if (rc == 0)
		rc = skp_open(db, m->skp_id, err);
	if (rc == 0)
		rc = thread_target(db, m, &rhk_text, &value_code, err);
	if (rc == 0)
		rc = insert_msg(db, who, m, id, err);
	if (rc == 0)
		rc = mark_thread_read(db, m, err);
	free(rhk_text);
	free(value_code);
	return rc;
}

int store_feedback_reply(struct db *db, const struct actor *who, const struct feedback_author *a,
			 int64_t msg_id, const char *text, int64_t *id, struct kerr *err)
{
	char *clean = text_clean(text, err);
	if (!clean)
		return -1;
	struct new_msg m = { .a = a, .text = clean, .created_at = now_unix() };
	int rc = db_begin(db, err);
	if (rc == 0)
		rc = db_finish(db, reply_tx(db, who, msg_id, &m, id, err), err);
	free(clean);
	return rc;
}

/* ---- read receipts ---------------------------------------------------------------- */

int store_feedback_mark_read(struct db *db, int64_t skp_id, int by_superior, int64_t *marked,
			     struct kerr *err)
{
	int64_t n = db_exec(db,
		"UPDATE feedback SET read_at = $1 WHERE skp_id = $2 AND from_superior = $3 "
		"AND read_at IS NULL",
		DB_ARGS(DB_INT(now_unix()), DB_INT(skp_id), DB_INT(by_superior ? 0 : 1)), err);
	if (n < 0)
		return -1;
	if (marked)
		*marked = n;
	return 0;
}

int store_feedback_unread_count(struct db *db, int64_t skp_id, int by_superior, int64_t *n,
				struct kerr *err)
{
	*n = 0;
	return db_query_int(db,
		"SELECT COUNT(*) FROM feedback WHERE skp_id = $1 AND from_superior = $2 "
		"AND read_at IS NULL",
		DB_ARGS(DB_INT(skp_id), DB_INT(by_superior ? 0 : 1)), n, err) < 0 ? -1 : 0;
}
