/*
 * monitor.h - storing monitoring data: the state of checkpoints (closing
 * one), the realisasi of each IKI at each checkpoint, and their evidence
 * (bukti dukung): files kept in the database, so every server of a cluster
 * can serve them, and links.  Same conventions as plan.h: all SQL in
 * src/store, every change in one transaction with its audit row (entities
 * "checkpoint", "realisasi", "evidence"), 0 / -1 with `err`.  The rules
 * on values and files are domain/monitor.h's.
 *
 * When a realisasi may change (and evidence be added or deleted): its SKP
 * is disetujui, its period terbuka or dikunci, its checkpoint terbuka,
 * belongs to the SKP's period and overlaps the SKP's months, and the IKI
 * is the SKP's.  Who may change it (the SKP's owner) is the caller's to
 * check (http/skp_access.h).
 */
#ifndef KINERJA_STORE_MONITOR_H
#define KINERJA_STORE_MONITOR_H

#include "store/plan.h"
#include "domain/monitor.h"

/* Checkpoint states (struct checkpoint's `state`). */
#define CHECKPOINT_OPEN "terbuka"
#define CHECKPOINT_CLOSED "ditutup"

int store_checkpoint_get(struct db *db, int64_t id, struct checkpoint *out, struct kerr *err);
/* The same for a change that depends on the checkpoint's state: on
 * PostgreSQL the row is held (FOR SHARE) until the caller's transaction
 * ends, so closing it waits for the change. */
int store_checkpoint_get_held(struct db *db, int64_t id, struct checkpoint *out,
			      struct kerr *err);
/* Closes a checkpoint for good: its realisasi and evidence no longer
 * change (only an objection decision may, later).  The period must be
 * terbuka or dikunci; a closed checkpoint, or one with a draft assessment
 * left (it could never be finalised), is KERR_CONFLICT. */
int store_checkpoint_close(struct db *db, const struct actor *who, int64_t id,
			   struct kerr *err);
/* 1 if the checkpoint lies in the SKP's period and overlaps its months. */
int checkpoint_in_skp(const struct checkpoint *c, const struct skp *s);

/* What a realisasi is set to. */
struct realisasi_input {
	int64_t skp_id;
	int64_t iki_id;
	int64_t checkpoint_id;
	const char *value;         /* as typed; "" or NULL for none */
	const char *description;
	const char *note;
	int64_t version;           /* the one read; 0 when there was none yet */
};

/* Creates or changes the realisasi of an IKI at a checkpoint (see the
 * rules above and realisasi_validate).  A version that is not the stored
 * one (0 while one exists) is KERR_CONFLICT on "version".  Sets *id and
 * *created (1 when it was new). */
int store_realisasi_save(struct db *db, const struct actor *who,
			 const struct realisasi_input *in, int64_t *id, int *created,
			 struct kerr *err);
/* One realisasi; realisasi_release() it. */
int store_realisasi_get(struct db *db, int64_t id, struct realisasi *out, struct kerr *err);
/* The SKP a realisasi's IKI belongs to (for access checks). */
int store_realisasi_skp(struct db *db, int64_t realisasi_id, int64_t *skp_id,
			struct kerr *err);

/* Everything recorded for one SKP: its period's checkpoints, the realisasi
 * of its IKI and their evidence (without the files' bytes). */
struct skp_monitor {
	struct checkpoint *cp;
	size_t n_cp;
	struct realisasi *real;
	size_t n_real;
	struct evidence *ev;       /* by realisasi, oldest first */
	size_t n_ev;
};

int store_skp_monitor(struct db *db, const struct skp *s, struct skp_monitor *out,
		      struct kerr *err);
void skp_monitor_release(struct skp_monitor *m);

/* Adds a file (its bytes, the name a browser sent) to a realisasi: the
 * name is cleaned (evidence_clean_name), the content checked against the
 * extension (evidence_file_check, with libmagic), its SHA-256 kept; at
 * most EVIDENCE_FILES_MAX per realisasi.  Errors on "file". */
int store_evidence_add_file(struct db *db, const struct actor *who, int64_t realisasi_id,
			    const char *name, const void *data, size_t len, int64_t *id,
			    struct kerr *err);
/* Adds a link (evidence_link_check; at most EVIDENCE_LINKS_MAX). */
int store_evidence_add_link(struct db *db, const struct actor *who, int64_t realisasi_id,
			    const char *url, const char *title, int64_t *id, struct kerr *err);
/* Deletes evidence while its realisasi may change. */
int store_evidence_delete(struct db *db, const struct actor *who, int64_t id,
			  struct kerr *err);
/* One piece of evidence (no bytes) and the SKP it belongs to; release it. */
int store_evidence_get(struct db *db, int64_t id, struct evidence *out, int64_t *skp_id,
		       struct kerr *err);
/* A file's bytes (malloc'ed; free() them). */
int store_evidence_data(struct db *db, int64_t id, void **data, size_t *len,
			struct kerr *err);

/* ---- shared by realisasi.c and evidence.c only ------------------------------------ */

/* Inside a transaction: checks a realisasi of `skp_id`'s IKI `iki_id` at
 * checkpoint `checkpoint_id` may change now (the rules above), holding the
 * rows read until the end of the transaction (PostgreSQL: FOR SHARE, so a
 * checkpoint closing or an SKP being revised waits, and waits for it);
 * fills *approach with the SKP's. */
int monitor_check_writable(struct db *db, int64_t skp_id, int64_t iki_id,
			   int64_t checkpoint_id, char approach[12], struct kerr *err);
/* evidence.c: fills m->ev with the evidence of the SKP's realisasi. */
int monitor_load_evidence(struct db *db, int64_t skp_id, struct skp_monitor *m,
			  struct kerr *err);

#endif
