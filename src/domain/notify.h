/*
 * notify.h - the rules of notifications (notifikasi), pure: what kinds of
 * work wait on someone, how one waiting item is named, keyed and linked,
 * how urgent it is against its due date, the order of a list, and the
 * e-mail digest (an RFC 5322 message in plain UTF-8 text: its headers,
 * RFC 2047 encoded words, quoted-printable body).
 *
 * Items are derived from the state of the data (store/notify.h gathers
 * them), never kept as events: an item is gone once its step is done.
 * The key of an item is stable for as long as it waits, so what was
 * e-mailed can be remembered per item and day.
 */
#ifndef KINERJA_DOMAIN_NOTIFY_H
#define KINERJA_DOMAIN_NOTIFY_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "core/strbuf.h"

/* ---- what waits ------------------------------------------------------------------------ */

enum notify_kind {
	NOTIFY_SKP_APPROVE,        /* an SKP submitted to the user: approve or return it */
	NOTIFY_SKP_REVISE,         /* the user's SKP was returned: revise and submit again */
	NOTIFY_360_ANSWER,         /* a 360 form to answer in an open round */
	NOTIFY_ASSESSMENT_ACK,     /* a final assessment of the user to acknowledge */
	NOTIFY_OBJECTION_ASK,      /* an objection filed to the user: ask for an explanation */
	NOTIFY_OBJECTION_EXPLAIN,  /* an objection against the user's rating: explain it */
	NOTIFY_OBJECTION_DECIDE,   /* an objection explained: decide it */
	NOTIFY_PLAN_CHECKPOINT,    /* a checkpoint of a subordinate's improvement plan is due */
	NOTIFY_PLAN_OWN,           /* a checkpoint of the user's own improvement plan is due */
	NOTIFY_PLAN_OUTCOME,       /* a subordinate's improvement plan ends: record the outcome */
	NOTIFY_GUIDE_ACK,          /* a published guide to read and acknowledge */
	NOTIFY_CALIBRATION_DECIDE, /* a calibration proposal on the user's assessment: decide it */
	NOTIFY__KINDS
};

/* Groups, in the order lists show them. */
enum notify_group {
	NG_SKP, NG_360, NG_PENILAIAN, NG_KEBERATAN, NG_PEMBINAAN, NG_SOSIALISASI, NG__GROUPS
};

/* "skp_persetujuan", "skp_perbaikan", "360", ... (the API's `jenis`; keys
 * begin with it). */
const char *notify_kind_name(enum notify_kind k);
enum notify_group notify_kind_group(enum notify_kind k);
/* "skp", "360", "penilaian", "keberatan", "pembinaan", "sosialisasi". */
const char *notify_group_name(enum notify_group g);
/* "SKP", "Umpan balik 360°", "Penilaian", ... */
const char *notify_group_label(enum notify_group g);

/* How pressing an item is on a given day, least first. */
enum notify_urgency { NU_NONE, NU_LATER, NU_SOON, NU_TODAY, NU_LATE };

/* Days before the due date from which an item is "segera" (and a plan's
 * checkpoint is listed at all). */
enum { NOTIFY_SOON_DAYS = 7 };

/* "", "", "segera", "hari_ini", "terlambat" and the labels "", "", "Segera",
 * "Hari ini", "Terlambat". */
const char *notify_urgency_name(enum notify_urgency u);
const char *notify_urgency_label(enum notify_urgency u);

enum {
	NOTIFY_DATE_SIZE = 11,     /* "2026-04-17" */
	NOTIFY_NAME_SIZE = 320,
	NOTIFY_WHAT_SIZE = 400,
	NOTIFY_KEY_SIZE = 64,
	NOTIFY_TITLE_SIZE = 900,
	NOTIFY_LINK_SIZE = 160,
};

/* One thing waiting on the user.  The store fills the facts (kind .. since);
 * notify_item_finish works out the rest. */
struct notify_item {
	enum notify_kind kind;
	int64_t ref_id;                  /* the SKP, 360 form, objection, plan, guide or
					  * calibration proposal */
	int64_t ref2;                    /* assessment: its checkpoint (0 tahunan);
					  * plan checkpoint: its id; guide: its version */
	int seq;                         /* plan checkpoint: its number; 360: 1 for a self-assessment */
	char who[NOTIFY_NAME_SIZE];      /* the other person, with titles ("" none) */
	char what[NOTIFY_WHAT_SIZE];     /* the period, round, checkpoint or guide title */
	char due[NOTIFY_DATE_SIZE];      /* "YYYY-MM-DD", "" when none */
	int64_t since;                   /* unix time it began to wait, 0 unknown */
	/* by notify_item_finish */
	char key[NOTIFY_KEY_SIZE];       /* "skp_persetujuan:12" */
	char title[NOTIFY_TITLE_SIZE];   /* one line, what to do */
	char link[NOTIFY_LINK_SIZE];     /* a path of the site: "/skp/12" */
	enum notify_urgency urgency;     /* against `today` */
};

/* Fills key, title, link and urgency (against today, "YYYY-MM-DD"). */
void notify_item_finish(struct notify_item *it, const char *today);

/* The urgency of a due date on day `today` (both "YYYY-MM-DD"): NU_NONE
 * without a (valid) due date, NU_LATE past it, NU_TODAY on it, NU_SOON
 * within NOTIFY_SOON_DAYS, NU_LATER after. */
enum notify_urgency notify_urgency_of(const char *due, const char *today);

/* The day `days` after `ymd` as "YYYY-MM-DD" (ymd itself if invalid). */
void notify_date_add(const char *ymd, int days, char out[NOTIFY_DATE_SIZE]);
/* "17-04-2026" for "2026-04-17" ("" stays ""). */
void notify_date_text(const char *ymd, char out[NOTIFY_DATE_SIZE]);

/* Orders a list: by group, then the most urgent, the earliest due date,
 * the newest, the key. */
void notify_sort(struct notify_item *v, size_t n);
/* Orders a list across groups: the most urgent, the earliest due date,
 * the newest, the key (the first few for the home page). */
void notify_sort_urgent(struct notify_item *v, size_t n);
/* How many items of each group v[0..n) holds. */
void notify_count_groups(const struct notify_item *v, size_t n, size_t count[NG__GROUPS]);

/* ---- e-mail ------------------------------------------------------------------------------- */

enum { NOTIFY_ADDR_MAX = 254 };

/* 1 if `addr` is a plain address we can send to: local@domain, printable
 * ASCII without spaces, quotes, angle brackets or commas, at most
 * NOTIFY_ADDR_MAX bytes, a domain with a dot-separated name. */
int notify_email_valid(const char *addr);
/* Splits "Name <addr>" or "addr" into the two (name "" when none); -1 (and
 * KERR_INVALID on `field`) when the address is not valid. */
int notify_addr_parse(const char *spec, char *name, size_t name_size, char *addr,
		      size_t addr_size, const char *field, struct kerr *err);

/* Appends `text` for a header whose line already holds `used` bytes:
 * as it is when it is printable ASCII, else as RFC 2047 encoded words
 * (=?UTF-8?B?...?=), folded so no line passes 76 bytes and no UTF-8
 * character is split. */
void notify_header_text(struct strbuf *out, const char *text, size_t used);
/* A mailbox for From/To: "addr", "\"Name\" <addr>" or encoded words <addr>. */
void notify_header_mailbox(struct strbuf *out, const char *name, const char *addr,
			   size_t used);
/* "Sat, 28 Nov 2026 16:30:00 +0700" (WIB). */
void notify_date_header(char *buf, size_t size, int64_t unix_secs);
/* Appends `text` (LF or CRLF lines) quoted-printable, CRLF line ends, no
 * line longer than 76 bytes. */
void notify_qp(struct strbuf *out, const char *text);

/* Everything one digest says. */
struct notify_digest {
	const char *from_name, *from_addr;
	const char *to_name, *to_addr;
	const char *public_url;           /* "https://kinerja.example.go.id" (no trailing /) */
	const char *message_id;           /* "<...@...>" */
	int64_t now;                      /* the Date header */
	const char *today;                /* "YYYY-MM-DD" */
	const struct notify_item *items;  /* finished and sorted */
	size_t n;
};

/* The subject: "kinerja — 3 pekerjaan menunggu tindakan Anda". */
void notify_digest_subject(struct strbuf *out, size_t n);
/* The body, plain text with LF line ends: a greeting, the items grouped
 * with their due dates and absolute links, the link to the list and how
 * to stop these e-mails. */
void notify_digest_body(struct strbuf *out, const struct notify_digest *d);
/* The whole message: headers (Date, From, To, Subject, Message-ID,
 * MIME-Version, Content-Type text/plain UTF-8, quoted-printable) and
 * the body, CRLF line ends. */
void notify_digest_message(struct strbuf *out, const struct notify_digest *d);

#endif
