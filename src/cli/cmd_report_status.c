/*
 * cmd_report_status.c - `kinerja report status --period TAHUN|ID [--unit
 * KODE|ID] [--json]`: where a period stands for the whole office or a
 * unit and the units below it - the same figures as the first section of
 * the dashboard (store_dash_status): SKPs approved, realisasi at the
 * current checkpoint, assessments done per checkpoint and for the year,
 * 360 forms answered per round, objections open.  As text, or as the
 * dashboard API's "status" object (api_dashboard.h).  Reads only.
 */
#include "cli/cmd_report.h"
#include "cli/cli_files.h"
#include "api/api_dashboard.h"
#include "store/dashboard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CMD "report status"

struct status_args {
	const char *period;
	const char *unit;
	int json;
};

static int parse(int argc, char **argv, struct status_args *a)
{
	memset(a, 0, sizeof *a);
	for (int i = 2; i < argc; i++) {
		const char **dst = !strcmp(argv[i], "--period") ? &a->period
				   : !strcmp(argv[i], "--unit") ? &a->unit : NULL;
		if (!strcmp(argv[i], "--json"))
			a->json = 1;
		else if (dst && i + 1 < argc)
			*dst = argv[++i];
		else if (dst)
			return cli_usage(CMD, "opsi %s memerlukan nilai", argv[i]);
		else
			return cli_usage(CMD, "opsi tidak dikenal: %s (pemakaian: kinerja report status "
					 "--period TAHUN|ID [--unit KODE|ID] [--json])", argv[i]);
	}
	if (!a->period)
		return cli_usage(CMD, "--period belum diberikan (tahun periode, mis. 2026, atau ID-nya)");
	return 0;
}

/* --period: a year (the newest period of that year) or a period's id. */
static int pick_period(struct db *db, const char *text, int64_t *id, struct kerr *err)
{
	struct period p;
	*id = 0;
	if (cli_parse_id(text) < 0)
		return kerr_set(err, KERR_INVALID, "--period", "--period harus tahun periode (mis. "
				"2026) atau ID periode, bukan '%s'", text);
	int rc = cli_period_find(db, text, 1, &p, err);
	if (rc > 0)
		return kerr_set(err, KERR_NOT_FOUND, "--period", "Tidak ada periode tahun atau ID %s",
				text);
	if (!rc)
		*id = p.id;
	return rc;
}

static void line(const char *label, int64_t part, int64_t all)
{
	char text[96];
	dash_ratio_text(part, all, text, sizeof text);
	printf("  %-34s %s\n", label, text);
}

static void print_text(const struct dash_status *s, const struct unit *u)
{
	char label[96];
	printf("Posisi periode %s (%s) — %s%s\n\n", s->period.name, s->period.state,
	       u ? u->name : "seluruh kantor", u ? " beserta unit di bawahnya" : "");
	printf("SKP\n");
	line("disetujui", s->skp_state[SKP_DISETUJUI], s->skp_total);
	for (int i = 0; i < SKP__STATES; i++)
		printf("    %-32s %lld\n", skp_state_label((enum skp_state)i), (long long)s->skp_state[i]);
	if (s->n_cp) {
		snprintf(label, sizeof label, "IKI berealisasi (%s)", s->cp[s->current].name);
		printf("\nRealisasi titik periksa sekarang\n");
		line(label, s->iki_recorded, s->iki_total);
	}
	printf("\nPenilaian ditetapkan / wajib\n");
	for (size_t i = 0; i < s->n_cp; i++) {
		snprintf(label, sizeof label, "%s%s", s->cp[i].name, i == s->current ? " (sekarang)" : "");
		line(label, s->cp[i].assess_done, s->cp[i].assess_due);
	}
	line("Tahunan", s->annual_done, s->annual_due);
	printf("\nFormulir 360 dijawab / diminta\n");
	for (size_t i = 0; i < s->n_rounds; i++) {
		snprintf(label, sizeof label, "%s (%s)", s->rounds[i].checkpoint_name,
			 s->rounds[i].open ? "terbuka" : "ditutup");
		line(label, s->rounds[i].answered, s->rounds[i].asked);
	}
	if (!s->n_rounds)
		printf("  belum ada putaran\n");
	printf("\nKeberatan\n  %-34s %lld dari %lld\n", "belum diputus", (long long)s->obj_open,
	       (long long)s->obj_total);
}

static int run(struct db *db, const struct status_args *a, struct kerr *err)
{
	struct dash_scope sc = { 0, 0, 0 };
	struct dash_status s;
	struct unit u;
	if (pick_period(db, a->period, &sc.period_id, err) ||
	    (a->unit && cli_unit_named(db, a->unit, "berikan kode unit, mis. ASM-YAN, atau ID-nya",
				       &u, err)))
		return -1;
	sc.unit_id = a->unit ? u.id : 0;
	if (store_dash_status(db, &sc, &s, err))
		return -1;
	if (a->json) {
		json_t *j = dash_status_json(&s);
		json_object_set_new(j, "unit", a->unit ? json_pack("{s:I, s:s, s:s}", "id",
				    (json_int_t)u.id, "kode", u.code, "nama", u.name) : json_null());
		char *text = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
					 JSON_REAL_PRECISION(10));
		printf("%s\n", text ? text : "{}");
		free(text);
		json_decref(j);
	} else {
		print_text(&s, a->unit ? &u : NULL);
	}
	dash_status_release(&s);
	return 0;
}

int report_status(int argc, char **argv, struct config *cfg)
{
	struct status_args a;
	struct store *st = NULL;
	struct kerr err = KERR_INIT;
	if (cli_wants_help(argc, argv)) {
		fputs(cmd_report_usage, stdout);
		return 0;
	}
	int rc = parse(argc, argv, &a);
	if (rc)
		return rc;
	if (store_open(cfg->db_url, 1, &st, &err))
		return cli_fail(CMD, &err);
	struct db *db = store_acquire(st);
	rc = run(db, &a, &err) ? cli_fail(CMD, &err) : 0;
	store_release(st, db);
	store_close(st);
	return rc;
}
