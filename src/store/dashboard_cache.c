/*
 * dashboard_cache.c - the dashboards kept between requests (see
 * dashboard.h, dash_board_get): a short list of computed unit boards,
 * each with the data version it was computed at (the newest audit_log
 * id: every change the program makes writes one in its own transaction),
 * guarded by one mutex; with a staleness allowance (max_stale) a board
 * also answers for that many seconds after the data moved.  A board handed out is reference-counted, so a
 * board dropped from the list (newer data, least recently used, too old)
 * lives on until its last reader puts it back.  One computation per scope
 * and version runs at a time; requests for the same arrive while it runs
 * wait for it.  Each server process keeps its own list; they agree because
 * they all check the one database's version.
 */
#include "store/dashboard_int.h"
#include "core/timeutil.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* A board is dropped after this many seconds even when no audited change
 * came (a change made outside the program, by hand in SQL). */
#define DASH_CACHE_MAX_AGE 600
/* The boards kept may hold this many bytes at most (a whole city's
 * curve table is a few MiB). */
#define DASH_CACHE_BYTES (64u << 20)

struct entry {
	struct dash_board board;        /* first: the pointer handed out */
	int64_t version;
	size_t bytes;
	int refs;                       /* the list's (while listed) and each reader's */
	int listed;
	int computing;                  /* its computation still runs */
	int failed;                     /* it ran, and was not kept */
	uint64_t used;                  /* when last handed out (LRU) */
	struct entry *next;
};

/* Seconds a board may still be served after the data changed (0: never;
 * dash_cache_set_max_stale).  Read and written with the lock held. */
static int max_stale;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t finished = PTHREAD_COND_INITIALIZER;
static struct entry *list;
static size_t listed_bytes, listed_count;
static uint64_t ticks;

/* ---- the data version -------------------------------------------------------------------- */

/*
 * The newest audit id into *version, and whether a board computed from it
 * on may be kept (*keepable).  On PostgreSQL an audit id is taken when the
 * row is inserted, before its transaction commits: with a transaction in
 * flight, a smaller id could still appear, so nothing is kept then.  On
 * SQLite writes are serialised and ids follow commits.
 */
static int data_version(struct db *db, int64_t *version, int *keepable, struct kerr *err)
{
	int64_t v[2];
	int rc = db_query_ints(db, db_kind(db) == DB_POSTGRES
		? "SELECT COALESCE((SELECT MAX(id) FROM audit_log), 0), CASE WHEN "
		  "pg_snapshot_xmin(pg_current_snapshot()) = pg_snapshot_xmax(pg_current_snapshot()) "
		  "THEN 1 ELSE 0 END"
		: "SELECT COALESCE(MAX(id), 0), 1 FROM audit_log", DB_NOARGS, v, 2, err);
	*version = v[0];
	*keepable = v[1] == 1;
	return rc;
}

/* ---- the list (called with the lock held) ----------------------------------------------- */

static void unref(struct entry *e)
{
	if (--e->refs > 0)
		return;
	dash_board_release(&e->board);
	free(e);
}

static void unlist(struct entry *e)
{
	for (struct entry **p = &list; *p; p = &(*p)->next)
		if (*p == e) {
			*p = e->next;
			e->listed = 0;
			listed_bytes -= e->bytes;
			listed_count--;
			unref(e);
			return;
		}
}

static int same_scope(const struct dash_scope *a, const struct dash_scope *b)
{
	return a->period_id == b->period_id && a->unit_id == b->unit_id &&
	       a->employee_id == b->employee_id;
}

/* 1 if e may answer a request at `version`: computed at that version, or
 * (with max_stale) being computed, or computed at most max_stale seconds
 * ago. */
static int current(const struct entry *e, int64_t version, int64_t now)
{
	if (e->version == version)
		return 1;
	return max_stale && (e->computing || now - e->board.computed_at <= max_stale);
}

/* The listed board of the scope that may answer at `version`; drops the
 * scope's others and those past their age. */
static struct entry *lookup(const struct dash_scope *sc, int64_t version, int64_t now)
{
	struct entry *hit = NULL, *next;
	for (struct entry *e = list; e; e = next) {
		next = e->next;
		int old = !e->computing && now - e->board.computed_at > DASH_CACHE_MAX_AGE;
		if (!same_scope(&e->board.sc, sc) && !old)
			continue;
		if (!old && current(e, version, now) && !e->failed)
			hit = e;
		else if (!e->computing)
			unlist(e);
	}
	return hit;
}

/* Drops the least recently used boards beyond the bounds. */
static void trim(void)
{
	while (listed_count > DASH_CACHE_ENTRIES || listed_bytes > DASH_CACHE_BYTES) {
		struct entry *lru = NULL;
		for (struct entry *e = list; e; e = e->next)
			if (!e->computing && (!lru || e->used < lru->used))
				lru = e;
		if (!lru)
			return;
		unlist(lru);
	}
}

/* ---- one board ------------------------------------------------------------------------------ */

static size_t board_bytes(const struct dash_board *b)
{
	return sizeof(struct entry) + b->dist.n_units * sizeof *b->dist.units +
	       b->n_attention * sizeof *b->attention + b->st.n_cp * sizeof *b->st.cp +
	       b->st.n_rounds * sizeof *b->st.rounds + b->n_trend * sizeof *b->trend +
	       b->ach.n_cp * (sizeof *b->ach.cp + sizeof *b->ach.mean + sizeof *b->ach.skps);
}

static struct entry *entry_new(const struct dash_scope *sc, int64_t version)
{
	struct entry *e = xcalloc(1, sizeof *e);
	e->board.sc = *sc;
	e->version = version;
	e->refs = 1;
	return e;
}

/* Computes e's board outside the lock; 0 or -1 with err. */
static int compute(struct db *db, struct entry *e, struct kerr *err)
{
	struct dash_scope sc = e->board.sc;
	return store_dash_board(db, &sc, &e->board, err);
}

/* Computes a board for this request alone (never listed). */
static const struct dash_board *private_board(struct db *db, const struct dash_scope *sc,
					      struct kerr *err)
{
	struct entry *e = entry_new(sc, 0);
	if (compute(db, e, err)) {
		free(e);
		return NULL;
	}
	return &e->board;
}

/* Computes the listed entry e (the list holds one reference, the caller
 * another), then keeps it if the version did not move meanwhile (or, with
 * max_stale, whether it moved or not). */
static const struct dash_board *compute_listed(struct db *db, struct entry *e,
					       struct kerr *err)
{
	int64_t after = -1;
	int keepable = 0;
	int rc = compute(db, e, err);
	if (!rc && data_version(db, &after, &keepable, err))
		rc = -1;
	pthread_mutex_lock(&lock);
	e->computing = 0;
	e->failed = rc || (after != e->version && !max_stale);
	e->board.shared = !e->failed;
	if (e->failed) {
		if (e->listed)
			unlist(e);
	} else {
		e->bytes = board_bytes(&e->board);
		listed_bytes += e->bytes;
		trim();
	}
	if (rc)
		unref(e);            /* the caller's: nothing to hand out */
	pthread_cond_broadcast(&finished);
	pthread_mutex_unlock(&lock);
	return rc ? NULL : &e->board;
}

const struct dash_board *dash_board_get(struct db *db, const struct dash_scope *sc,
					struct kerr *err)
{
	int64_t version;
	int keepable;
	if (sc->employee_id)
		return private_board(db, sc, err);
	if (data_version(db, &version, &keepable, err))
		return NULL;
	pthread_mutex_lock(&lock);
	keepable = keepable || max_stale;   /* stale by at most max_stale anyway */
	struct entry *e = lookup(sc, version, now_unix());
	if (e) {
		e->refs++;               /* held while it may still be computing */
		while (e->computing)
			pthread_cond_wait(&finished, &lock);
		if (!e->failed) {
			e->used = ++ticks;
			pthread_mutex_unlock(&lock);
			return &e->board;
		}
		unref(e);                /* it was not kept: compute this one alone */
		keepable = 0;
	}
	if (!keepable) {
		pthread_mutex_unlock(&lock);
		return private_board(db, sc, err);
	}
	e = entry_new(sc, version);
	e->refs = 2;
	e->listed = e->computing = 1;
	e->used = ++ticks;
	e->next = list;
	list = e;
	listed_count++;
	pthread_mutex_unlock(&lock);
	return compute_listed(db, e, err);
}

void dash_board_put(const struct dash_board *b)
{
	if (!b)
		return;
	pthread_mutex_lock(&lock);
	unref((struct entry *)(void *)b);
	pthread_mutex_unlock(&lock);
}

void dash_cache_set_max_stale(int seconds)
{
	pthread_mutex_lock(&lock);
	max_stale = seconds > 0 ? seconds : 0;
	pthread_mutex_unlock(&lock);
}

void dash_cache_clear(void)
{
	pthread_mutex_lock(&lock);
	for (struct entry *e = list, *next; e; e = next) {
		next = e->next;
		if (!e->computing)
			unlist(e);
	}
	pthread_mutex_unlock(&lock);
}
