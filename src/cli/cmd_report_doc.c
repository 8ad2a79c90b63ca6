/*
 * cmd_report_doc.c - `kinerja report skp|evaluasi|keberatan|tpp|kredit|
 * piagam`: one official document as PDF from the command line, the same
 * document the pages and the API give (src/doc):
 *
 *   skp --nip NIP [--period P]                       the SKP of the period
 *   evaluasi --nip NIP [--period P] --checkpoint T   Dokumen Evaluasi Kinerja
 *                                                   ("Triwulan I" or tahunan)
 *   keberatan ID                                     Keputusan atas Keberatan
 *   tpp --nip NIP --run ID                           Rincian TPP of one run
 *   kredit --nip NIP [--period P]                    Pernyataan Angka Kredit
 *   piagam ID                                        Piagam Penghargaan
 *
 * --period takes a period's ID or its year (2026); none: the current
 * period.  --out FILE writes FILE.tmp and renames it (never half a file);
 * without it the PDF goes to standard output.  Errors name the option.
 */
#include "cli/cmd_report.h"
#include "cli/cli_files.h"
#include "doc/doc_recognition.h"
#include "doc/official.h"
#include "doc/pdf.h"
#include "store/assessment.h"
#include "store/recognition.h"
#include "store/tpp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { O_NIP = 1 << 0, O_PERIOD = 1 << 1, O_CHECKPOINT = 1 << 2, O_RUN = 1 << 3, O_OUT = 1 << 4 };
static const char *const flags[] = { "--nip", "--period", "--checkpoint", "--run", "--out" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* ---- picking what the options name ----------------------------------------------------- */

static int need(struct cli_run *c, unsigned bit)
{
	if (cli_opt(c, bit))
		return 0;
	return kerr_set(&c->err, KERR_INVALID, cli_flag_name(c, bit), "opsi ini wajib untuk "
			"dokumen ini (lihat: kinerja report --help)");
}

static int employee_of(struct cli_run *c, struct employee *e)
{
	const char *nip = cli_opt(c, O_NIP);
	if (need(c, O_NIP))
		return -1;
	if (!store_employee_by_nip(c->db, nip, e, &c->err))
		return 0;
	if (c->err.code == KERR_NOT_FOUND) {
		kerr_clear(&c->err);
		return kerr_set(&c->err, KERR_NOT_FOUND, "--nip", "tidak ada pegawai dengan NIP %s",
				nip);
	}
	return -1;
}

/* --period as a year (a period of that year) or an ID; none: the current. */
static int period_of(struct cli_run *c, struct period *p)
{
	const char *text = cli_opt(c, O_PERIOD);
	char *end = NULL;
	long year = text ? strtol(text, &end, 10) : 0;
	if (!text || *end || strlen(text) != 4 || year < 2000 || year > 2100)
		return cli_period_pick(c, text, p);
	int rc = cli_period_find(c->db, text, 1, p, &c->err);
	return rc > 0 ? kerr_set(&c->err, KERR_NOT_FOUND, "--period", "tidak ada periode tahun "
				 "%ld", year) : rc;
}

static int skp_of(struct cli_run *c, struct employee *e, struct period *p, struct skp *s)
{
	if (employee_of(c, e) || period_of(c, p))
		return -1;
	if (!store_skp_find(c->db, e->id, p->id, 0, s, &c->err))
		return 0;
	if (c->err.code == KERR_NOT_FOUND) {
		kerr_clear(&c->err);
		kerr_set(&c->err, KERR_NOT_FOUND, "--period", "%s (NIP %s) tidak memiliki SKP pada %s",
			 e->name, e->nip, p->name);
	}
	return -1;
}

/* ---- writing ------------------------------------------------------------------------------ */

/* The bytes to --out (through FILE.tmp and a rename) or standard output. */
static int write_out(struct cli_run *c, const struct strbuf *pdf, const char *filename)
{
	const char *path = cli_opt(c, O_OUT);
	if (cli_write_out(path, pdf, &c->err))
		return -1;
	if (path)
		fprintf(stderr, "%s ditulis ke %s (%zu byte).\n", filename, path, pdf->len);
	return 0;
}

typedef int (*draw_fn)(struct db *db, int64_t id, struct pdf_doc *d, char *filename,
		       size_t size, struct kerr *err);

/* One document of src/doc/official.h to the output. */
static int official(struct cli_run *c, draw_fn draw, int64_t id)
{
	char filename[160];
	struct strbuf pdf = STRBUF_INIT;
	struct pdf_doc *d = pdf_new(PDF_PORTRAIT, &c->err);
	int rc = !d || draw(c->db, id, d, filename, sizeof filename, &c->err) ||
		 pdf_save(d, &pdf, &c->err) || write_out(c, &pdf, filename);
	pdf_free(d);
	strbuf_release(&pdf);
	return rc ? -1 : 0;
}

/* ---- the documents ----------------------------------------------------------------------- */

static int sub_skp(struct cli_run *c)
{
	struct employee e;
	struct period p;
	struct skp s;
	memset(&s, 0, sizeof s);
	if (skp_of(c, &e, &p, &s))
		return -1;
	int64_t id = s.id;
	skp_release(&s);
	return official(c, official_skp, id);
}

static int sub_evaluation(struct cli_run *c)
{
	struct employee e;
	struct period p;
	struct skp s;
	struct assessment a;
	int64_t cp = 0;
	char name[64];
	memset(&s, 0, sizeof s);
	if (need(c, O_CHECKPOINT) || skp_of(c, &e, &p, &s))
		return -1;
	int rc = cli_checkpoint_pick(c, &p, cli_opt(c, O_CHECKPOINT), 1, &cp, name, sizeof name);
	int found = rc ? -1 : store_assessment_get(c->db, s.id, cp ? ASSESS_PERIODIK : ASSESS_TAHUNAN,
						     cp, &a, &c->err);
	int64_t id = found == 1 ? a.id : 0;
	if (found >= 0)
		assessment_release(&a);
	skp_release(&s);
	if (found == 0)
		return kerr_set(&c->err, KERR_NOT_FOUND, "--checkpoint", "%s (NIP %s) belum dinilai "
				"untuk %s pada %s", e.name, e.nip, name, p.name);
	return found < 0 ? -1 : official(c, official_evaluation, id);
}

static int sub_objection(struct cli_run *c)
{
	return official(c, official_objection, c->id);
}

static int sub_tpp(struct cli_run *c)
{
	struct employee e;
	struct tpp_run run;
	struct tpp_item *items = NULL;
	size_t n = 0;
	int64_t total = 0, id = 0;
	int64_t run_id = cli_parse_id(cli_opt(c, O_RUN));
	if (need(c, O_RUN) || employee_of(c, &e))
		return -1;
	if (run_id < 0)
		return kerr_set(&c->err, KERR_INVALID, "--run", "ID perhitungan harus bilangan bulat "
				"positif, bukan '%s'", cli_opt(c, O_RUN));
	if (store_tpp_run_get(c->db, run_id, &run, &c->err)) {
		if (c->err.code == KERR_NOT_FOUND)
			copy_str(c->err.field, sizeof c->err.field, "--run");
		return -1;
	}
	if (store_tpp_items(c->db, run_id, e.nip, 1, 0, &items, &n, &total, &c->err))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (items[i].employee_id == e.id)
			id = items[i].id;
	tpp_items_free(items, n);
	if (!id)
		return kerr_set(&c->err, KERR_NOT_FOUND, "--nip", "%s (NIP %s) tidak ada dalam "
				"perhitungan TPP %s", e.name, e.nip, run.label);
	return official(c, official_tpp, id);
}

static int sub_credit(struct cli_run *c)
{
	struct employee e;
	struct period p;
	struct credit_list list;
	struct strbuf pdf = STRBUF_INIT;
	char filename[160];
	if (employee_of(c, &e) || period_of(c, &p) ||
	    store_credit_list(c->db, p.id, 0, e.id, &list, &c->err))
		return -1;
	int rc = doc_credit_pdf(c->db, &e, &list, &pdf, filename, sizeof filename, &c->err) ||
		 write_out(c, &pdf, filename);
	credit_list_release(&list);
	strbuf_release(&pdf);
	return rc ? -1 : 0;
}

static int sub_certificate(struct cli_run *c)
{
	struct nomination n;
	struct strbuf pdf = STRBUF_INIT;
	char filename[160];
	if (store_nomination_get(c->db, c->id, &n, &c->err))
		return -1;
	int rc = doc_nomination_certificate(c->db, &n, &pdf, filename, sizeof filename, &c->err) ||
		 write_out(c, &pdf, filename);
	nomination_release(&n);
	strbuf_release(&pdf);
	return rc ? -1 : 0;
}

static const struct cli_sub subs[] = {
	{ "skp", NULL, sub_skp, 0, 0, O_NIP | O_PERIOD | O_OUT,
	  "skp --nip NIP [--period TAHUN|ID] [--out BERKAS]" },
	{ "evaluasi", NULL, sub_evaluation, 0, 0, O_NIP | O_PERIOD | O_CHECKPOINT | O_OUT,
	  "evaluasi --nip NIP --checkpoint TITIK|tahunan [--period TAHUN|ID] [--out BERKAS]" },
	{ "keberatan", NULL, sub_objection, 1, 1, O_OUT, "keberatan ID [--out BERKAS]" },
	{ "tpp", NULL, sub_tpp, 0, 0, O_NIP | O_RUN | O_OUT,
	  "tpp --nip NIP --run ID [--out BERKAS]" },
	{ "kredit", NULL, sub_credit, 0, 0, O_NIP | O_PERIOD | O_OUT,
	  "kredit --nip NIP [--period TAHUN|ID] [--out BERKAS]" },
	{ "piagam", NULL, sub_certificate, 1, 1, O_OUT, "piagam ID [--out BERKAS]" },
};

static const char *const fields[][2] = {
	{ "id", "" },
};

static const struct cli_suite suite = {
	"report", cmd_report_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID", fields, sizeof fields / sizeof fields[0],
};

int report_doc(int argc, char **argv, struct config *cfg)
{
	return cli_suite_run(&suite, argc, argv, cfg);
}
