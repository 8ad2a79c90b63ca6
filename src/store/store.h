/*
 * store.h - everything kinerja keeps, behind one interface.
 *
 * All SQL lives in the files of src/store; callers pass a connection (`struct db *`,
 * opaque outside the store) taken from the pool for the length of one request
 * or one command.  Every function that changes data takes the `struct actor`
 * doing it and writes the audit trail in the same transaction, so a change
 * and its record stand or fall together.  Functions return 0 (or a count) on
 * success and -1 with `err` set on failure; on failure nothing was written.
 */
#ifndef KINERJA_STORE_H
#define KINERJA_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "core/strbuf.h"

struct db;
struct csv_table;
struct csv_report;

/* ---- the connection pool ------------------------------------------------ */

struct store;

/* Opens `nconn` connections to `url` and applies pending migrations. */
int store_open(const char *url, int nconn, struct store **out, struct kerr *err);
void store_close(struct store *st);
/* Takes a free connection, waiting for one if all are busy. */
struct db *store_acquire(struct store *st);
void store_release(struct store *st, struct db *db);
const char *store_url(const struct store *st);

/* Applies the schema migrations that `db` has not seen yet. */
int store_migrate(struct db *db, struct kerr *err);
/* The schema version of the database (0 if empty). */
int store_schema_version(struct db *db, struct kerr *err);

/* ---- who is acting ------------------------------------------------------ */

struct actor {
	int64_t user_id;      /* 0 for the command line / system */
	const char *login;    /* "cli" or "system" when no user */
	const char *ip;       /* "" on the command line */
};

/* ---- units (unit kerja) ------------------------------------------------- */

struct unit {
	int64_t id;
	char code[40];
	char name[200];
	char kind[24];        /* instansi, kecamatan, sekretariat, subbagian, seksi, kelurahan, lainnya */
	int64_t parent_id;    /* 0 at the top */
	char parent_code[40];
};

int store_unit_list(struct db *db, struct unit **out, size_t *n, struct kerr *err);
int store_unit_get(struct db *db, int64_t id, struct unit *out, struct kerr *err);
int store_unit_by_code(struct db *db, const char *code, struct unit *out, struct kerr *err);
/* Creates a unit; u->id is set.  parent_code names the parent (may be ""). */
int store_unit_create(struct db *db, const struct actor *who, struct unit *u, struct kerr *err);
/* 1 if unit `inner` is `outer` or lies below it. */
int store_unit_within(struct db *db, int64_t inner, int64_t outer, struct kerr *err);
/* How many active employees are outside unit `scope_unit` and the units
 * below it (whether a pengelola's scope holds the whole office). */
int store_active_outside_scope(struct db *db, int64_t scope_unit, int64_t *count,
			       struct kerr *err);

/* ---- positions (jabatan) ------------------------------------------------ */

struct position {
	int64_t id;
	char code[40];
	char name[200];
	char kind[24];        /* jpt_utama ... pelaksana, see position_kind_valid() */
	int64_t unit_id;
	char unit_code[40];
	char unit_name[200];
	int64_t parent_id;    /* 0 = top of the hierarchy */
	char parent_code[40];
	int64_t holder_id;    /* employee holding it, 0 = vacant (derived) */
	char holder_name[260];
	int64_t plt_id;       /* acting holder (Plt), 0 = none */
	char plt_name[260];
};

int store_position_list(struct db *db, struct position **out, size_t *n, struct kerr *err);
int store_position_get(struct db *db, int64_t id, struct position *out, struct kerr *err);
int store_position_by_code(struct db *db, const char *code, struct position *out, struct kerr *err);
/* Creates a position from code, name, kind, unit_code and parent_code; refuses
 * an unknown unit or parent and a parent chain that would loop. */
int store_position_create(struct db *db, const struct actor *who, struct position *p,
			  struct kerr *err);
/* Changes name, kind, unit, parent and Plt; the same checks as create. */
int store_position_update(struct db *db, const struct actor *who, const struct position *p,
			  struct kerr *err);

/* The whole hierarchy as pos_node rows (see domain/hierarchy.h); free() it. */
struct pos_node;
int store_position_nodes(struct db *db, struct pos_node **out, size_t *n, struct kerr *err);

/* ---- employees (pegawai) ------------------------------------------------ */

struct employee {
	int64_t id;
	char nip[20];
	char nip_kind[8];     /* pns, pppk */
	char name[260];
	char front_title[48];
	char back_title[64];
	char golongan[8];     /* "III/a", "" unknown */
	int64_t position_id;  /* 0 = none */
	char position_code[40];
	char position_name[200];
	char position_kind[24];
	int64_t unit_id;
	char unit_code[40];
	char unit_name[200];
	char status[12];      /* aktif, pindah, pensiun */
	char email[160];
	int64_t version;      /* for optimistic locking; bumped by every update */
	int64_t created_at, updated_at;   /* unix seconds */
};

struct employee_query {
	const char *search;   /* matches name or NIP, case-insensitive; NULL = all */
	int64_t unit_id;      /* 0 = all; otherwise this unit and those below it */
	const char *status;   /* NULL = all */
	int64_t only_id;      /* 0 = all; otherwise just this employee (a pegawai's own view) */
	int page;             /* 1-based */
	int per_page;         /* 1..500 */
	int sort, desc;       /* enum employee_sort (domain/listquery.h), 0: by unit */
};

/* Fills a page of employees ordered by unit then name (or by q->sort, then
 * NIP and id); *total is the count of all matches.  free() *out. */
int store_employee_list(struct db *db, const struct employee_query *q, struct employee **out,
			size_t *n, int64_t *total, struct kerr *err);
int store_employee_get(struct db *db, int64_t id, struct employee *out, struct kerr *err);
int store_employee_by_nip(struct db *db, const char *nip, struct employee *out, struct kerr *err);
/* Validates (NIP, name, golongan, unit_code, position_code, status, email) and
 * creates; e->id and e->version are set.  Unit and position are given by code. */
int store_employee_create(struct db *db, const struct actor *who, struct employee *e,
			  struct kerr *err);
/* Updates all editable fields if e->version still matches (else KERR_CONFLICT). */
int store_employee_update(struct db *db, const struct actor *who, struct employee *e,
			  struct kerr *err);
/* Writes every good row of a checked employee CSV in one transaction: new NIPs
 * are created, known NIPs updated.  Returns the number of rows written. */
int store_employee_import(struct db *db, const struct actor *who, const struct csv_table *t,
			  const struct csv_report *report, struct kerr *err);
/* The same for a positions CSV (created or updated by code, parents last). */
int store_position_import(struct db *db, const struct actor *who, const struct csv_table *t,
			  const struct csv_report *report, struct kerr *err);
/* Appends the export of all employees (employee_csv_columns) to `out`. */
int store_employee_export(struct db *db, struct strbuf *out, struct kerr *err);
int store_position_export(struct db *db, struct strbuf *out, struct kerr *err);
/* The unit and position codes, loaded once, to answer the CSV checkers'
 * "does this code exist?" (pass the struct as the lookup's ctx). */
struct store_codes;
struct store_codes *store_codes_load(struct db *db, struct kerr *err);
void store_codes_free(struct store_codes *codes);
int store_codes_unit_exists(void *codes, const char *code);
int store_codes_position_exists(void *codes, const char *code);
/* Checks every row of an employee file (or a positions file) against the
 * rules and the codes in the database, filling *report. */
int store_check_import(struct db *db, const struct csv_table *t, int positions,
		       struct csv_report *report, struct kerr *err);

/* The employee's pejabat penilai (0 if none) and the atasan pejabat penilai. */
int store_employee_assessors(struct db *db, int64_t employee_id, int64_t *assessor,
			     int64_t *assessor_superior, struct kerr *err);
/* The same for whoever holds position `pos` (0: none, both 0). */
int store_position_assessors(struct db *db, int64_t pos, int64_t *assessor,
			     int64_t *assessor_superior, struct kerr *err);
/* 1 if a position sits directly under a post the employee holds
 * (position_id, their current one; 0 = none) or acts in (Plt), 0 if none:
 * a cheap test before looking for whom they assess; -1 on error. */
int store_employee_leads(struct db *db, int64_t employee_id, int64_t position_id,
			 struct kerr *err);
/* 1 if `superior` is the pejabat penilai of `employee`, or above them. */
int store_employee_is_superior(struct db *db, int64_t superior, int64_t employee,
			       struct kerr *err);

/* ---- users, sessions, tokens, throttling -------------------------------- */

enum role { ROLE_PEGAWAI = 0, ROLE_PENGELOLA, ROLE_AUDITOR, ROLE_ADMIN };
const char *role_name(enum role r);
int role_parse(const char *s, enum role *out);
const char *role_label(enum role r);   /* Indonesian label for the UI */

struct user {
	int64_t id;
	char login[64];
	int64_t employee_id;      /* 0 if not an employee (e.g. an outside auditor) */
	char name[260];
	enum role role;
	int64_t scope_unit_id;    /* pengelola: the unit they manage (with sub-units) */
	int disabled;
	char password_hash[160];
};

int store_user_by_login(struct db *db, const char *login, struct user *out, struct kerr *err);
int store_user_get(struct db *db, int64_t id, struct user *out, struct kerr *err);
/* Creates a user with an already-hashed password. */
int store_user_create(struct db *db, const struct actor *who, struct user *u, struct kerr *err);
int store_user_set_password(struct db *db, const struct actor *who, int64_t user_id,
			    const char *password_hash, struct kerr *err);
int store_user_set_role(struct db *db, const struct actor *who, int64_t user_id, enum role role,
			int64_t scope_unit_id, struct kerr *err);
int store_user_set_disabled(struct db *db, const struct actor *who, int64_t user_id, int disabled,
			    struct kerr *err);
int store_user_list(struct db *db, struct user **out, size_t *n, struct kerr *err);

struct session {
	int64_t id;
	int64_t user_id;
	char csrf[48];
	int64_t expires_at;
	struct user user;   /* filled by store_session_find (an enabled user) */
};

/* Stores a session under the hash of its token. */
int store_session_create(struct db *db, const char *token_hash, int64_t user_id, const char *csrf,
			 int64_t expires_at, const char *ip, struct kerr *err);
/* Finds a live session of an enabled user (expired ones are not returned),
 * with the user: 1 found, 0 not, -1 error. */
int store_session_find(struct db *db, const char *token_hash, int64_t now, struct session *out,
		       struct kerr *err);
int store_session_touch(struct db *db, int64_t session_id, int64_t expires_at, struct kerr *err);
int store_session_delete(struct db *db, const char *token_hash, struct kerr *err);
/* Ends every session of the user except `keep` (0 ends them all). */
int store_session_delete_user(struct db *db, int64_t user_id, int64_t keep, struct kerr *err);
int store_session_purge(struct db *db, int64_t now, struct kerr *err);

int store_token_create(struct db *db, const struct actor *who, int64_t user_id, const char *name,
		       const char *token_hash, struct kerr *err);
/* 1 found (user id in *user_id), 0 not, -1 error. */
int store_token_find(struct db *db, const char *token_hash, int64_t *user_id, struct kerr *err);

/* Login throttling, keyed by "acct:LOGIN" or "ip:ADDR".  Returns the unix time
 * until which the key is locked (0 if not). */
int64_t store_throttle_locked_until(struct db *db, const char *key, int64_t now, struct kerr *err);
/* Records a failure; locks the key for `lock_secs` once `max_failures` are
 * reached within `window_secs`. */
int store_throttle_fail(struct db *db, const char *key, int64_t now, int window_secs,
			int max_failures, int lock_secs, struct kerr *err);
int store_throttle_clear(struct db *db, const char *key, struct kerr *err);

/* ---- the audit trail ---------------------------------------------------- */

/* Records a change; before/after are JSON texts or NULL. */
int store_audit(struct db *db, const struct actor *who, const char *action, const char *entity,
		int64_t entity_id, const char *before_json, const char *after_json, struct kerr *err);

struct audit_entry {
	int64_t id;
	int64_t at;
	char login[64];
	char ip[64];
	char action[24];
	char entity[32];
	int64_t entity_id;
	char *before_json;    /* owned; NULL if none */
	char *after_json;
};

struct audit_query {
	const char *entity;   /* NULL = all */
	int64_t entity_id;    /* 0 = all */
	const char *login;    /* NULL = all */
	int page, per_page;
};

int store_audit_list(struct db *db, const struct audit_query *q, struct audit_entry **out,
		     size_t *n, int64_t *total, struct kerr *err);
void audit_entries_free(struct audit_entry *e, size_t n);

/* ---- backup -------------------------------------------------------------- */

/* SQLite: an online, consistent copy of the database to `path`. */
int store_backup_sqlite(const char *url, const char *path, struct kerr *err);

#endif
