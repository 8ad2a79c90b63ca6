/*
 * cmd_briefing.c - `kinerja briefing ...`: briefing (sosialisasi) from the
 * command line, for HR and operators: list the guides with how many
 * employees they address and how many acknowledged, show one guide's
 * coverage per unit with who has not acknowledged, and remind them (the
 * reminder shows on their home page, as the page's button does).
 *
 * The rules are the store's (store/briefing.h); the figures are those of
 * the whole office (the command line has no scope); the reminder is made
 * as the actor "cli".
 */
#include "cli/cli_sub.h"
#include "store/briefing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_briefing_usage[] =
	"Pemakaian:\n"
	"  kinerja briefing list\n"
	"  kinerja briefing coverage ID [--unit KODE_UNIT]\n"
	"  kinerja briefing remind ID [--nip NIP]\n"
	"\n"
	"Sosialisasi panduan, kriteria dan prosedur kepada pegawai.\n"
	"  list       semua panduan: status, versi, tujuan, jumlah pegawai yang dituju,\n"
	"             yang sudah membuka dan yang sudah menyatakan paham versi terbaru.\n"
	"  coverage   cakupan satu panduan per unit kerja (dituju, membuka, paham,\n"
	"             persen), lalu daftar pegawai yang belum menyatakan paham\n"
	"             (--unit: satu unit kerja saja).\n"
	"  remind     mencatat pengingat untuk semua pegawai yang belum menyatakan paham\n"
	"             (--nip: satu pegawai saja); pegawai melihatnya di beranda.\n"
	"\n"
	"Opsi:\n"
	"  --unit KODE_UNIT     kode unit kerja (mis. ASM-YAN)\n"
	"  --nip NIP            NIP pegawai yang diingatkan\n"
	"  -h, --help           tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja briefing list\n"
	"  kinerja briefing coverage 1\n"
	"  kinerja briefing remind 1\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "briefing"

enum { O_UNIT = 1 << 0, O_NIP = 1 << 1 };
static const char *const flags[] = { "--unit", "--nip" };
#define NFLAGS (sizeof flags / sizeof flags[0])

static void percent(const struct guide_coverage *c, char *out, size_t size)
{
	briefing_percent_text(briefing_permille(c->acked, c->addressed), out, size);
}

static int sub_list(struct cli_run *c)
{
	struct guide *v = NULL;
	size_t n = 0;
	if (store_guide_list(c->db, 0, &v, &n, &c->err))
		return -1;
	printf("%-4s  %-8s  %-9s  %5s  %7s  %7s  %7s  %7s  %-24s  %s\n", "ID", "STATUS", "JENIS",
	       "VERSI", "DITUJU", "MEMBUKA", "PAHAM", "PERSEN", "TUJUAN", "JUDUL");
	for (size_t i = 0; i < n; i++) {
		struct guide_coverage t = { 0 };
		char pct[16] = "-";
		if (v[i].state == BRIEF_TERBIT) {
			if (store_guide_totals(c->db, &v[i], 0, &t, &c->err)) {
				guides_free(v, n);
				return -1;
			}
			percent(&t, pct, sizeof pct);
		}
		printf("%-4lld  %-8s  %-9s  %5lld  %7lld  %7lld  %7lld  %7s  %-24.24s  %s\n",
		       (long long)v[i].id, briefing_state_name(v[i].state),
		       briefing_kind_name(v[i].kind), (long long)v[i].version,
		       (long long)t.addressed, (long long)t.opened, (long long)t.acked, pct,
		       v[i].unit_id ? v[i].unit_name : "Seluruh kantor", v[i].title);
	}
	printf("%zu panduan.\n", n);
	guides_free(v, n);
	return 0;
}

/* The guide of the ID, published (coverage and reminders need it). */
static int published(struct cli_run *c, struct guide *g)
{
	if (store_guide_get(c->db, c->id, g, &c->err))
		return -1;
	if (g->state == BRIEF_TERBIT)
		return 0;
	guide_release(g);
	return kerr_set(&c->err, KERR_CONFLICT, "status", "Panduan %lld belum terbit atau sudah "
			"ditarik", (long long)c->id);
}

static int unit_of(struct cli_run *c, int64_t *unit_id)
{
	struct unit u;
	struct kerr nf = KERR_INIT;
	*unit_id = 0;
	if (!cli_opt(c, O_UNIT))
		return 0;
	if (store_unit_by_code(c->db, cli_opt(c, O_UNIT), &u, &nf))
		return kerr_set(&c->err, nf.code == KERR_NOT_FOUND ? KERR_INVALID : nf.code, "--unit",
				"Unit kerja '%s' tidak ditemukan", cli_opt(c, O_UNIT));
	*unit_id = u.id;
	return 0;
}

static void print_pending(const struct guide_pending *p, size_t n)
{
	printf("\nBelum menyatakan paham: %zu pegawai\n%-18s  %-10s  %-9s  %-30.30s  %s\n", n, "NIP",
	       "DIBUKA", "PENGINGAT", "UNIT", "NAMA");
	for (size_t i = 0; i < n; i++)
		printf("%-18s  %-10s  %9lld  %-30.30s  %s\n", p[i].nip, p[i].opened_at ? "ya" : "belum",
		       (long long)p[i].reminders, p[i].unit_name, p[i].name);
}

static int sub_coverage(struct cli_run *c)
{
	struct guide g;
	struct guide_coverage *v = NULL, sum = { 0 };
	struct guide_pending *p = NULL;
	size_t n = 0, np = 0;
	int64_t unit_id = 0;
	char pct[16];
	if (unit_of(c, &unit_id) || published(c, &g))
		return -1;
	int rc = store_guide_coverage(c->db, &g, 0, &v, &n, &c->err) ||
		 store_guide_pending(c->db, &g, 0, unit_id, &p, &np, &c->err) ? -1 : 0;
	if (!rc) {
		printf("%s (versi %lld)\n%7s  %7s  %7s  %7s  %s\n", g.title, (long long)g.version,
		       "DITUJU", "MEMBUKA", "PAHAM", "PERSEN", "UNIT");
		for (size_t i = 0; i < n; i++) {
			percent(&v[i], pct, sizeof pct);
			printf("%7lld  %7lld  %7lld  %7s  %s\n", (long long)v[i].addressed,
			       (long long)v[i].opened, (long long)v[i].acked, pct, v[i].unit_name);
			sum.addressed += v[i].addressed, sum.opened += v[i].opened,
				sum.acked += v[i].acked;
		}
		percent(&sum, pct, sizeof pct);
		printf("%7lld  %7lld  %7lld  %7s  JUMLAH\n", (long long)sum.addressed,
		       (long long)sum.opened, (long long)sum.acked, pct);
		print_pending(p, np);
	}
	guide_release(&g);
	free(v);
	free(p);
	return rc;
}

static int sub_remind(struct cli_run *c)
{
	struct guide g;
	struct employee e;
	struct kerr nf = KERR_INIT;
	int64_t count = 0, employee_id = 0;
	if (published(c, &g))
		return -1;
	guide_release(&g);
	if (cli_opt(c, O_NIP)) {
		if (store_employee_by_nip(c->db, cli_opt(c, O_NIP), &e, &nf))
			return kerr_set(&c->err, KERR_INVALID, "--nip", "Pegawai dengan NIP %s tidak "
					"ditemukan", cli_opt(c, O_NIP));
		employee_id = e.id;
	}
	if (store_guide_remind(c->db, &c->who, c->id, 0, employee_id, &count, &c->err))
		return -1;
	printf("%lld pegawai yang belum menyatakan paham diingatkan.\n", (long long)count);
	return 0;
}

static const struct cli_sub subs[] = {
	{ "list", NULL, sub_list, 0, 0, 0, "list" },
	{ "coverage", NULL, sub_coverage, 1, 1, O_UNIT, "coverage ID [--unit KODE_UNIT]" },
	{ "remind", NULL, sub_remind, 1, 1, O_NIP, "remind ID [--nip NIP]" },
};

static const char *const fields[][2] = {
	{ "pegawai_id", "--nip" }, { "unit_id", "--unit" }, { "id", "" },
};

static const struct cli_suite suite = {
	CMD, cmd_briefing_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID panduan", fields, sizeof fields / sizeof fields[0],
};

int cmd_briefing(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_briefing_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (list, coverage, remind)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
