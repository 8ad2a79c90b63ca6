/*
 * feedback.h - storing the continuous feedback (umpan balik berkelanjutan)
 * on an SKP: the pejabat penilai starts a thread about one RHK or one
 * BerAKHLAK value, the SKP's owner and the pejabat penilai reply, and each
 * side marks the other's messages read.  Feedback is a record: it is never
 * edited or deleted.  Same conventions as plan.h: all SQL in src/store,
 * every new message in one transaction with its audit row (entity
 * "feedback"), 0 / -1 with `err`.
 *
 * Who may write is the caller's to decide (the SKP's roles live in
 * src/http/skp_access.h); the store checks what the data says: the SKP
 * was approved at least once (disetujui, or in a perubahan since), its
 * period is not closed, the target belongs to the SKP, the text is 1-2000
 * characters, and a thread is started from the superior's side.
 */
#ifndef KINERJA_STORE_FEEDBACK_H
#define KINERJA_STORE_FEEDBACK_H

#include "store/plan.h"

enum { FEEDBACK_TEXT_MAX = 2000 };   /* characters, after trimming */

/* One message.  The first message of a thread is the thread: its id is
 * the thread's id. */
struct feedback_msg {
	int64_t id;
	int64_t thread_id;
	int64_t author_employee_id;    /* 0: an account without an employee */
	char author_name[260];
	int from_superior;             /* written by the pejabat penilai's side */
	char *text;
	int64_t created_at;
	int64_t read_at;               /* 0 until the other side has seen it */
};

/* A thread with its messages, oldest first. */
struct feedback_thread {
	int64_t id;
	int64_t skp_id;
	int64_t rhk_id;          /* 0: about a value, or the RHK was removed since */
	char value_code[32];     /* "" when about an RHK */
	char *rhk_text;          /* the RHK's words now, else as they were ("" for a value) */
	struct feedback_msg *msgs;
	size_t n_msgs;
};

/* Who writes a message: the caller decides from the SKP's roles. */
struct feedback_author {
	int64_t employee_id;     /* 0 for an account without an employee */
	const char *name;
	int from_superior;       /* 1: the pejabat penilai; 0: the SKP's owner */
};

/* 0 if feedback may be written on the SKP now: approved at least once and
 * the period not closed; else -1 with KERR_CONFLICT saying why. */
int feedback_open(const struct skp *s, const struct period *p, struct kerr *err);

/* Starts a thread on SKP `skp_id` about RHK `rhk_id` of that SKP or the
 * BerAKHLAK value `value_code` (exactly one of the two: rhk_id 0 or
 * value_code NULL / "" for the other).  Only from the superior's side.
 * Fields in errors: "rhk_id", "value_code", "text"; *id is the thread. */
int store_feedback_start(struct db *db, const struct actor *who, const struct feedback_author *a,
			 int64_t skp_id, int64_t rhk_id, const char *value_code, const char *text,
			 int64_t *id, struct kerr *err);
/* Replies in the thread of message `msg_id` (any message of it); marks
 * the other side's messages of that thread read, since the writer has seen
 * them.  *id is the new message. */
int store_feedback_reply(struct db *db, const struct actor *who, const struct feedback_author *a,
			 int64_t msg_id, const char *text, int64_t *id, struct kerr *err);
/* The thread and the SKP of a message; KERR_NOT_FOUND (field "thread_id")
 * if there is no such message. */
int store_feedback_thread_of(struct db *db, int64_t msg_id, int64_t *thread_id, int64_t *skp_id,
			     struct kerr *err);

/* Every thread of an SKP, newest first, each with its messages oldest
 * first; feedback_threads_free() them. */
int store_feedback_threads(struct db *db, int64_t skp_id, struct feedback_thread **out,
			   size_t *n, struct kerr *err);
void feedback_threads_free(struct feedback_thread *t, size_t n);

/* Marks read what the other side wrote on the SKP: by_superior 1 marks the
 * owner's messages (the pejabat penilai has seen them), 0 the superior's.
 * *marked (may be NULL) counts them.  Not audited: a receipt, not a change
 * of the record. */
int store_feedback_mark_read(struct db *db, int64_t skp_id, int by_superior, int64_t *marked,
			     struct kerr *err);
/* How many messages on the SKP the given side has not read yet. */
int store_feedback_unread_count(struct db *db, int64_t skp_id, int by_superior, int64_t *n,
				struct kerr *err);

/* One unread message for someone's home page. */
struct feedback_note {
	int64_t id, thread_id, skp_id;
	int from_superior;
	char author_name[260];
	char owner_name[260];    /* the SKP's owner */
	char *text;
	int64_t created_at;
	int64_t rhk_id;
	char value_code[32];
	char *rhk_text;
};

/* What employee `employee_id` has not read yet, newest first (at most
 * `max`), and how many in all: the superior's messages on their own SKPs,
 * and the owners' replies on SKPs they assess (or in threads they began).
 * feedback_notes_free() them. */
int store_feedback_unread(struct db *db, int64_t employee_id, size_t max,
			  struct feedback_note **out, size_t *n, int64_t *total, struct kerr *err);
void feedback_notes_free(struct feedback_note *v, size_t n);

#endif
