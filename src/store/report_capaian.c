/*
 * report_capaian.c - the basis of a report (see report.h): which
 * assessments it reads, and the checkpoint at which its achievements
 * (capaian) are read.  The achievements themselves come from the one
 * bulk loader, store_capaian_set (store/capaian.h).
 */
#include "store/report.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

/* ---- the basis ---------------------------------------------------------------------- */

static void name_capaian(struct report_basis *out, const struct checkpoint *c)
{
	out->capaian_checkpoint = c->id;
	out->capaian_seq = c->seq;
	copy_str(out->capaian_name, sizeof out->capaian_name, c->name);
}

int store_report_basis(struct db *db, int64_t period_id, int64_t basis, struct report_basis *out,
		       struct kerr *err)
{
	struct checkpoint *cp = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (basis == REPORT_BASIS_DEFAULT && store_curve_default_basis(db, period_id, &basis, err))
		return -1;
	if (store_checkpoint_list(db, period_id, &cp, &n, err))
		return -1;
	int found = basis == 0;
	copy_str(out->name, sizeof out->name, "Tahunan");
	for (size_t i = 0; i < n; i++) {
		if (cp[i].id == basis) {
			found = 1;
			out->checkpoint_id = basis;
			copy_str(out->name, sizeof out->name, cp[i].name);
			name_capaian(out, &cp[i]);
		} else if (basis == 0 && i == n - 1) {
			name_capaian(out, &cp[i]);
		}
	}
	free(cp);
	if (!found)
		return kerr_set(err, KERR_NOT_FOUND, "titik", "Titik periksa %lld bukan bagian dari "
				"periode ini", (long long)basis);
	return 0;
}
