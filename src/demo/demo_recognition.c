/*
 * demo_recognition.c - the demo office's recognition and its survey of the
 * performance system, the last of the year so far:
 *   - the Camat nominates the two best-placed employees of the office in
 *     the provisional ranking (Triwulan III) as pegawai berprestasi; the
 *     pengelola kinerja approves the first (its certificate can be
 *     printed) and the second still waits for a decision;
 *   - the pengelola runs "Survei Sistem Kinerja 2026" for the whole office:
 *     opened, answered by about four in five employees (scores and a few
 *     remarks drawn with the fixed seed), and closed, so its results show.
 * Everything goes through store/recognition.h and store/evaluation.h as
 * the person who does it.
 */
#include "demo/demo_monitor.h"
#include "core/timeutil.h"
#include "domain/evaluation.h"
#include "store/evaluation.h"
#include "store/recognition.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define NOMINEES 2

static const char *const nomination_reasons[NOMINEES] = {
	"Predikat Sangat Baik sepanjang Triwulan I-III dengan capaian SKP tertinggi di "
	"kecamatan; memimpin penyederhanaan alur layanan perizinan sehingga waktu layanan "
	"rata-rata turun dari tiga hari menjadi satu hari.",
	"Predikat Sangat Baik dengan umpan balik rekan kerja dan bawahan di atas ekspektasi "
	"pada nilai Berorientasi Pelayanan dan Kolaboratif; aktif membimbing pegawai baru.",
};

static const char *const survey_remarks[] = {
	"Kriteria penilaian sudah jelas setelah sosialisasi pedoman.",
	"Pengisian realisasi tiap triwulan masih memakan waktu; mohon contoh bukti dukung.",
	"Umpan balik atasan sangat membantu, sebaiknya lebih sering.",
	"Penilaian 360 membuat penilaian terasa lebih adil.",
	"",
};

/* The ranking of the whole office on the default basis. */
static int nominate(struct mon_ctx *c, const struct worker *camat)
{
	struct ranking rk;
	int rc = store_ranking(c->db, c->period_id, 0, RANK_BASIS_DEFAULT, &rk, c->err);
	struct actor by = demo_actor(camat);
	int64_t ids[NOMINEES] = { 0 };
	for (size_t i = 0, k = 0; !rc && i < rk.ranked && k < NOMINEES; i++) {
		if (rk.v[i].employee_id == camat->employee_id)
			continue;
		struct nomination_input in = {
			c->period_id, rk.v[i].employee_id, 0, nomination_reasons[k], "",
			camat->employee_id, camat->name,
		};
		char rank_text[64];
		snprintf(rank_text, sizeof rank_text, "peringkat %d dari %zu", rk.v[i].rank, rk.ranked);
		in.rank_text = rank_text;
		rc = store_ranking_unit_of(c->db, c->period_id, in.employee_id, &in.unit_id, c->err) ||
		     store_nomination_create(c->db, &by, &in, &ids[k], c->err);
		k++;
	}
	ranking_release(&rk);
	if (rc || !ids[0] || !c->pengelola)
		return rc ? -1 : demo_fail(c, "peringkat demo tidak menghasilkan calon");
	struct actor hr = demo_actor(c->pengelola);
	struct nomination_decision d = {
		ids[0], 0, NOM_DISETUJUI, "", c->pengelola->name, c->pengelola->nip,
		"Pengelola Kinerja Kecamatan Asemrowo",
	};
	return store_nomination_decide(c->db, &hr, &d, c->err);
}

/* One employee's answers: mostly agreeing, a few doubts, some remarks. */
static int answer_survey(struct mon_ctx *c, const struct survey *s, const struct worker *w)
{
	struct survey_answer a[SURVEY_QUESTIONS_MAX];
	size_t n = s->nq < COUNT(a) ? s->nq : COUNT(a);
	struct actor who = demo_actor(w);
	for (size_t i = 0; i < n; i++) {
		a[i].question_id = s->q[i].id;
		a[i].value = s->q[i].kind == QUESTION_SKALA ? demo_rng_range(&c->rng, 2, 5) : 0;
		a[i].text = s->q[i].kind == QUESTION_SKALA ? ""
			    : demo_pick(c, survey_remarks, COUNT(survey_remarks));
	}
	return store_survey_answer(c->db, &who, s->id, w->employee_id, a, n, c->err);
}

static int run_survey(struct mon_ctx *c)
{
	char today[11];
	int64_t id = 0;
	struct survey s;
	struct actor hr = demo_actor(c->pengelola);
	date_wib(today, now_unix());
	struct survey_input in = {
		"Survei Sistem Kinerja 2026", c->period_id, 0, today, today, NULL, 0,
		c->pengelola->name, 0,
	};
	if (store_survey_create(c->db, &hr, &in, &id, c->err) ||
	    store_survey_open(c->db, &hr, id, 0, c->pengelola->name, c->err) ||
	    store_survey_get(c->db, id, &s, c->err))
		return -1;
	int rc = 0;
	for (size_t i = 0; !rc && i < c->n_w; i++) {
		int64_t group = 0;
		int yes = store_survey_addresses(c->db, &s, c->w[i].employee_id, &group, c->err);
		if (yes < 0)
			rc = -1;
		else if (yes && demo_rng_chance(&c->rng, 80))
			rc = answer_survey(c, &s, &c->w[i]);
	}
	survey_release(&s);
	return rc ? -1 : store_survey_close(c->db, &hr, id, 0, c->pengelola->name, c->err);
}

int demo_recognition(struct mon_ctx *c)
{
	const struct worker *camat = demo_worker_at(c, "ASM-CAMAT");
	if (!camat || !c->pengelola)
		return demo_fail(c, "Camat atau pengelola demo tidak ditemukan");
	return nominate(c, camat) || run_survey(c) ? -1 : 0;
}
