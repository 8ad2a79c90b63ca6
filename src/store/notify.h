/*
 * notify.h - storing what notifications need: gathering, for one user,
 * the work waiting on them right now (notify.c), and the e-mail side
 * (notify_mail.c): each user's preference, the recipients of a digest,
 * and which items were e-mailed on which day (table notify_sent), so a
 * digest never repeats an item the same day.  The rules (titles, links,
 * order, the message) are domain/notify.h's; the schema is
 * schema_notify.c.
 *
 * The waiting items are derived from the data, one set-based query per
 * kind: an item disappears as soon as its step is done, and nothing has
 * to be marked as seen.  Who waits:
 *   - SKP diajukan with assessor_id = the user (an administrator: those
 *     submitted with no assessor), to approve or return;
 *   - the user's own SKP dikembalikan, to revise;
 *   - the user's 360 forms still menunggu in a round that takes answers;
 *   - the user's ditetapkan assessments not yet acknowledged;
 *   - objections: diajukan (ask for an explanation) and dijelaskan
 *     (decide) for the decider, penjelasan_diminta for the assessor (an
 *     administrator: those without one);
 *   - open improvement plans: a checkpoint without progress due within
 *     NOTIFY_SOON_DAYS (or past) for the employee and for their pejabat
 *     penilai, and the plan's end (outcome) for the pejabat penilai;
 *   - published guides addressing the user not acknowledged at their
 *     current version;
 *   - calibration proposals waiting on the assessor who rated (an
 *     administrator: those of assessments an administrator rated).
 */
#ifndef KINERJA_STORE_NOTIFY_H
#define KINERJA_STORE_NOTIFY_H

#include "store/store.h"
#include "domain/notify.h"

/* Whose work: the user's employee record (0: none) and whether they are
 * an administrator (who answers for the steps nobody in the office does). */
struct notify_who {
	int64_t user_id;
	int64_t employee_id;
	int admin;
};

#define NOTIFY_LIST_MAX 500   /* items kept per kind, most pressing first */

/* Today in WIB, "YYYY-MM-DD". */
void store_notify_today(char out[NOTIFY_DATE_SIZE]);

/* Everything waiting on `who` today ("YYYY-MM-DD", WIB), finished and
 * sorted (notify_sort); free() *out. */
int store_notify_pending(struct db *db, const struct notify_who *who, const char *today,
			 struct notify_item **out, size_t *n, struct kerr *err);

/* ---- the e-mail preference --------------------------------------------------------------- */

struct notify_pref {
	int email_on;                  /* 1 unless the user turned it off */
	char email[160];               /* the employee's address, "" when none */
	int64_t updated_at;            /* 0: never set */
};

int store_notify_pref_get(struct db *db, int64_t user_id, struct notify_pref *out,
			  struct kerr *err);
/* Turns e-mail on or off for the user, audited (entity "notifikasi",
 * action "pengaturan"); the same value again writes nothing. */
int store_notify_pref_set(struct db *db, const struct actor *who, int64_t user_id,
			  int email_on, struct kerr *err);

/* ---- digests ---------------------------------------------------------------------------------- */

/* A user who gets a digest: enabled, an active employee with an address
 * on record, e-mail not turned off. */
struct notify_recipient {
	int64_t user_id, employee_id;
	int admin;
	char login[64];
	char name[NOTIFY_NAME_SIZE];
	char email[160];
};

/* Every such user, by user id; free() *out. */
int store_notify_recipients(struct db *db, struct notify_recipient **out, size_t *n,
			    struct kerr *err);
/* 1 in *sent if `key` was e-mailed to the user on `day` ("YYYY-MM-DD"). */
int store_notify_was_sent(struct db *db, int64_t user_id, const char *key, const char *day,
			  int *sent, struct kerr *err);
/* Records that items v[0..n) were e-mailed to the user on `day` (to
 * address `to`), with one audit row (entity "notifikasi", action
 * "email"), in one transaction; the user's rows of more than a month
 * before `day` are dropped. */
int store_notify_mark_sent(struct db *db, const struct actor *who, int64_t user_id,
			   const char *to, const struct notify_item *v, size_t n, const char *day,
			   struct kerr *err);

#endif
