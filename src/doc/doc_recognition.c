/*
 * doc_recognition.c - the certificate of an approved nomination and the
 * annual credit-point statement of an employee, from stored data (see
 * doc_recognition.h): the texts are read and formatted here, the pages
 * drawn by doc_certificate.c and doc_credit.c.
 */
#include "doc/doc_recognition.h"
#include "doc/doc.h"
#include "store/document.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static const char *const month_names[12] = {
	"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
	"Oktober", "November", "Desember",
};

void doc_date_id(int64_t unix_secs, char *out, size_t size)
{
	struct tm tm;
	wib_tm(unix_secs, &tm);
	snprintf(out, size, "%d %s %d", tm.tm_mday, month_names[tm.tm_mon % 12], tm.tm_year + 1900);
}

void doc_nip(const char *nip, char *out, size_t size)
{
	if (strlen(nip) == 18)
		snprintf(out, size, "%.8s %.6s %.1s %.3s", nip, nip + 8, nip + 14, nip + 15);
	else
		snprintf(out, size, "%s", nip);
}

void doc_months(int from, int to, char *out, size_t size)
{
	if (from < 1 || to > 12 || from > to)
		snprintf(out, size, "-");
	else
		snprintf(out, size, "%s - %s (%d bulan)", month_names[from - 1], month_names[to - 1],
			 to - from + 1);
}

void doc_place_of(const char *instansi, char *out, size_t size)
{
	static const char *const prefixes[] = {
		"Pemerintah Kota ", "Pemerintah Kabupaten ", "Kota ", "Kabupaten ",
	};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (!strncasecmp(instansi, prefixes[i], n) && instansi[n]) {
			snprintf(out, size, "%s", instansi + n);
			return;
		}
	}
	snprintf(out, size, "Surabaya");
}

/* ---- the certificate --------------------------------------------------------------------- */

int doc_nomination_certificate(struct db *db, const struct nomination *n, struct strbuf *out,
			       char *filename, size_t size, struct kerr *err)
{
	char instansi[200], place[120], date[40], nip[32], signer_nip[32], number[64], period[160];
	void *logo = NULL;
	if (n->state != NOM_DISETUJUI)
		return kerr_set(err, KERR_CONFLICT, "status", "Piagam hanya untuk usulan yang sudah "
				"disetujui (status usulan: %s)", nomination_state_label(n->state));
	if (store_instansi_name(db, n->unit_id, instansi, sizeof instansi, err))
		return -1;
	doc_place_of(instansi, place, sizeof place);
	doc_date_id(n->decided_at, date, sizeof date);
	doc_nip(n->nominee_nip, nip, sizeof nip);
	doc_nip(n->decider_nip, signer_nip, sizeof signer_nip);
	snprintf(number, sizeof number, "Nomor: PPB/%lld/%lld", (long long)n->period_id,
		 (long long)n->id);
	snprintf(period, sizeof period, "Periode %s", n->period_name);
	struct certificate c = {
		instansi, number, n->nominee_name, nip, n->nominee_position, n->nominee_unit,
		period, n->reason, place, date,
		n->decider_position[0] ? n->decider_position : "Pengelola Kinerja",
		n->decider_name, signer_nip, NULL, 0,
	};
	snprintf(filename, size, "piagam-%s-%lld.pdf", n->nominee_nip, (long long)n->id);
	if (store_document_logo_data(db, &logo, &c.logo_len, err) < 0)
		return -1;
	c.logo = logo;
	int rc = doc_certificate(&c, out, err);
	free(logo);
	return rc;
}

/* ---- the credit statement -------------------------------------------------------------------- */

/* The texts of one line, kept for the row's pointers. */
struct row_text {
	char months[64], position[300], predicate[120], pct[16], coef[32], amount[32];
};

static void row_texts(const struct credit_list *c, const struct credit_line *l,
		      struct row_text *t, struct credit_row *r)
{
	doc_months(l->month_from, l->month_to, t->months, sizeof t->months);
	snprintf(t->position, sizeof t->position, "%s (%s)", l->position_name,
		 l->level >= 0 ? c->tables.levels[l->level].label : "jenjang tidak dikenali");
	if (!l->has_predicate)
		snprintf(t->predicate, sizeof t->predicate, "belum ada");
	else if (l->provisional)
		snprintf(t->predicate, sizeof t->predicate, "%s (sementara: %s)",
			 predicate_label(l->predicate), l->basis_name);
	else
		snprintf(t->predicate, sizeof t->predicate, "%s", predicate_label(l->predicate));
	snprintf(t->pct, sizeof t->pct, l->has_predicate ? "%lld%%" : "-", (long long)l->pct);
	ak_format(l->coefficient, ',', t->coef, sizeof t->coef);
	ak_format(l->amount, ',', t->amount, sizeof t->amount);
	*r = (struct credit_row){ t->months, t->position, t->predicate, t->pct, t->coef, t->amount };
}

int doc_credit_pdf(struct db *db, const struct employee *e, const struct credit_list *c,
		   struct strbuf *out, char *filename, size_t size, struct kerr *err)
{
	char instansi[200], place[120], date[40], nip[32], total[32], period[160], name[600];
	if (store_instansi_name(db, e->unit_id, instansi, sizeof instansi, err))
		return -1;
	doc_place_of(instansi, place, sizeof place);
	doc_date_id(now_unix(), date, sizeof date);
	doc_nip(e->nip, nip, sizeof nip);
	snprintf(name, sizeof name, "%s%s%s%s%s", e->front_title, e->front_title[0] ? " " : "",
		 e->name, e->back_title[0] ? ", " : "", e->back_title);
	snprintf(period, sizeof period, "Periode %s", c->period.name);
	ak_format(credit_total(c, e->id), ',', total, sizeof total);
	struct row_text *texts = xcalloc(c->n + 1, sizeof *texts);
	struct credit_row *rows = xcalloc(c->n + 1, sizeof *rows);
	size_t n = 0;
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].employee_id == e->id)
			row_texts(c, &c->v[i], &texts[n], &rows[n]), n++;
	struct credit_statement s = {
		instansi, period, name, nip, e->position_name, e->unit_name, rows, n, total,
		"Angka kredit = persentase predikat x koefisien tahunan jenjang x bulan/12, dibulatkan "
		"ke tiga desimal (PermenPANRB 1/2023). Tabel persentase dan koefisien adalah data yang "
		"ditetapkan administrator. Predikat sementara diambil dari penilaian periodik terakhir "
		"yang ditetapkan selama penilaian tahunan belum ditetapkan.",
		place, date, NULL, 0,
	};
	snprintf(filename, size, "angka-kredit-%s-%d.pdf", e->nip, c->period.year);
	void *logo = NULL;
	int rc = store_document_logo_data(db, &logo, &s.logo_len, err) < 0 ? -1 : 0;
	s.logo = logo;
	if (!rc)
		rc = doc_credit_statement(&s, out, err);
	free(logo);
	free(texts);
	free(rows);
	return rc;
}
