/*
 * briefing_int.h - helpers shared by the briefing files of src/store only
 * (briefing.c: reading; briefing_edit.c: HR's changes and the criteria
 * setting; briefing_attach.c: attachments; briefing_ack.c: opening,
 * quiz attempts, acknowledgements, reminders, coverage).
 */
#ifndef KINERJA_BRIEFING_INT_H
#define KINERJA_BRIEFING_INT_H

#include <jansson.h>

#include "store/briefing.h"

/* The units of an audience or a scope: unit `p` (a placeholder such as
 * "$2") and those below it; every unit when p is 0.  Name the CTE. */
#define BRIEF_UNITS_CTE(name, p) \
	name "(id) AS (SELECT id FROM units WHERE (" p " = 0 AND parent_id IS NULL) OR id = " p \
	" UNION SELECT u.id FROM units u JOIN " name " ON u.parent_id = " name ".id)"

/* The guide as JSON for the audit trail (with its text and quiz). */
json_t *guide_json(const struct guide *g);

/* Loads guide `id` with its quiz (no attachments). */
int guide_get_bare(struct db *db, int64_t id, struct guide *out, struct kerr *err);
/* Inside a transaction: loads guide `id` with its quiz for a change,
 * holding its row (FOR UPDATE on PostgreSQL), and checks `rev` (0: any). */
int guide_claim(struct db *db, int64_t id, int64_t rev, struct guide *g, struct kerr *err);
/* Inside a transaction: the next rev, and the next version too when the
 * guide is published (a change of its content). */
int guide_bump(struct db *db, const struct guide *g, int content, struct kerr *err);
/* KERR_CONFLICT "status" unless g is draf or terbit (what may change). */
int guide_changeable(const struct guide *g, struct kerr *err);

#endif
