/*
 * dashboard_board.c - every figure of one dashboard at once (see
 * dashboard.h, struct dash_board): where the period stands, the
 * distribution against the curve with who needs attention (a unit) or the
 * employee's own predicates, the achievement over the checkpoints, the
 * BerAKHLAK profile and the trend - the trend reusing the selected
 * period's status and distribution instead of counting them again.  The
 * page and the API both show a board; dashboard_cache.c keeps unit boards
 * between requests.
 */
#include "store/dashboard_int.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

static int unit_parts(struct db *db, struct dash_board *b, struct kerr *err)
{
	return store_dash_distribution(db, &b->sc, &b->dist, err) ||
	       store_dash_attention(db, &b->sc, b->dist.basis_checkpoint, &b->attention,
				    &b->n_attention, &b->attention_total, err) ? -1 : 0;
}

static int own_parts(struct db *db, struct dash_board *b, struct kerr *err)
{
	b->own_pred = xcalloc(b->st.n_cp + 1, sizeof *b->own_pred);
	return store_dash_own_predicates(db, &b->sc, &b->st, b->own_pred, &b->own_annual, err);
}

int store_dash_board(struct db *db, const struct dash_scope *sc, struct dash_board *out,
		     struct kerr *err)
{
	memset(out, 0, sizeof *out);
	out->sc = *sc;
	out->own_annual = PRED__COUNT;
	out->computed_at = now_unix();
	if (store_dash_status(db, sc, &out->st, err))
		return -1;
	int rc = (sc->employee_id ? own_parts(db, out, err) : unit_parts(db, out, err)) ||
		 store_dash_achievement(db, sc, &out->ach, err) ||
		 store_dash_berakhlak(db, sc, &out->ber, err) ||
		 store_dash_trend(db, sc, &out->st, sc->employee_id ? NULL : &out->dist,
				  &out->trend, &out->n_trend, err) ? -1 : 0;
	if (rc)
		dash_board_release(out);
	return rc;
}

void dash_board_release(struct dash_board *b)
{
	dash_status_release(&b->st);
	dash_distribution_release(&b->dist);
	free(b->attention);
	free(b->own_pred);
	dash_achievement_release(&b->ach);
	dash_berakhlak_release(&b->ber);
	free(b->trend);
	memset(b, 0, sizeof *b);
}
