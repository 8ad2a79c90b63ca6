/*
 * api_briefing_json.c - the JSON shapes of briefing (sosialisasi): a
 * guide in a list and whole, its quiz (without the right answers for
 * employees), attachments, an employee's status, coverage figures and a
 * graded quiz attempt.  Field names are Indonesian, as in the rest of the
 * API; "version" is the row version for optimistic locking, "versi" the
 * content version employees acknowledge.
 */
#include "api/api_briefing.h"
#include "api/api_util.h"
#include "core/timeutil.h"

#include <stdio.h>

static json_t *unit_json(const struct guide *g)
{
	if (!g->unit_id)
		return json_null();
	return json_pack("{s:I, s:s}", "id", (json_int_t)g->unit_id, "nama", g->unit_name);
}

json_t *guide_summary_json(const struct guide *g)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:o, s:s, s:s, s:I, s:I, s:o, s:o}",
			 "id", (json_int_t)g->id, "judul", g->title,
			 "jenis", briefing_kind_name(g->kind), "jenis_label",
			 briefing_kind_label(g->kind), "unit", unit_json(g),
			 "status", briefing_state_name(g->state), "status_label",
			 briefing_state_label(g->state), "versi", (json_int_t)g->version,
			 "version", (json_int_t)g->rev, "terbit", api_time(g->published_at),
			 "diperbarui", api_time(g->updated_at));
}

json_t *guide_attachment_to_json(const struct guide_attachment *a)
{
	char href[64];
	snprintf(href, sizeof href, "/api/v1/sosialisasi-lampiran/%lld", (long long)a->id);
	return json_pack("{s:I, s:s, s:s, s:I, s:s, s:o, s:s}", "id", (json_int_t)a->id,
			 "nama", a->name, "tipe", a->content_type, "ukuran", (json_int_t)a->size,
			 "sha256", a->sha256, "dibuat", api_time(a->created_at), "unduh", href);
}

static json_t *quiz_json(const struct briefing_quiz *quiz, int answers)
{
	if (!quiz->n)
		return json_null();
	json_t *qs = json_array();
	for (int i = 0; i < quiz->n; i++) {
		const struct briefing_question *q = &quiz->q[i];
		json_t *choices = json_array();
		for (int k = 0; k < q->nchoices; k++)
			json_array_append_new(choices, json_string(q->choices[k]));
		json_t *one = json_pack("{s:i, s:s, s:o}", "nomor", i + 1, "pertanyaan", q->text,
					"pilihan", choices);
		if (answers)
			json_object_set_new(one, "jawaban", json_integer(q->answer));
		json_array_append_new(qs, one);
	}
	return json_pack("{s:i, s:i, s:i, s:o}", "jumlah", quiz->n, "lulus_minimal",
			 quiz->pass_mark, "perlu_benar", briefing_pass_needed(quiz),
			 "pertanyaan", qs);
}

const char *guide_status_word(const struct guide *g, const struct guide_status *st)
{
	if (guide_status_acked(g, st))
		return "diketahui";
	return guide_status_opened(g, st) ? "dibaca" : "belum_dibaca";
}

json_t *guide_status_json(const struct guide *g, const struct guide_status *st)
{
	return json_pack("{s:s, s:o, s:o, s:I, s:o, s:I, s:o, s:I, s:b}",
			 "status", guide_status_word(g, st),
			 "dibuka_pertama", api_time(st->first_opened_at),
			 "dibuka", api_time(st->opened_at),
			 "versi_dibuka", (json_int_t)st->opened_version,
			 "diketahui", api_time(st->acked_at),
			 "versi_diketahui", (json_int_t)st->acked_version,
			 "diingatkan", api_time(st->reminded_at),
			 "pengingat", (json_int_t)st->reminders,
			 "versi_baru", st->acked_version > 0 && st->acked_version < g->version);
}

static json_t *actions_json(const struct guide *g, unsigned roles,
			    const struct guide_status *st)
{
	json_t *a = json_array();
	int live = g->state != BRIEF_DITARIK;
	if ((roles & GUIDE_ROLE_MANAGE) && live) {
		json_array_append_new(a, json_string("ubah"));
		json_array_append_new(a, json_string("lampiran"));
		json_array_append_new(a, json_string("tarik"));
	}
	if ((roles & GUIDE_ROLE_MANAGE) && g->state == BRIEF_DRAF)
		json_array_append_new(a, json_string("terbitkan"));
	if ((roles & GUIDE_ROLE_HR) && g->state == BRIEF_TERBIT)
		json_array_append_new(a, json_string("cakupan"));
	if ((roles & GUIDE_ROLE_ADDRESSED) && g->state == BRIEF_TERBIT && st &&
	    !guide_status_acked(g, st)) {
		if (g->quiz.n)
			json_array_append_new(a, json_string("kuis"));
		json_array_append_new(a, json_string("ketahui"));
	}
	return a;
}

json_t *guide_to_json(const struct guide *g, unsigned roles, const struct guide_status *st,
		      int criteria)
{
	struct strbuf html = STRBUF_INIT;
	json_t *j = guide_summary_json(g);
	json_t *att = json_array();
	briefing_render(g->body, &html);
	for (size_t i = 0; i < g->n_att; i++)
		json_array_append_new(att, guide_attachment_to_json(&g->att[i]));
	json_object_set_new(j, "isi", json_string(g->body));
	json_object_set_new(j, "isi_html", json_string(html.buf));
	json_object_set_new(j, "kuis", quiz_json(&g->quiz, (roles & GUIDE_ROLE_HR) != 0));
	json_object_set_new(j, "lampiran", att);
	json_object_set_new(j, "dibuat_oleh", json_string(g->created_by));
	json_object_set_new(j, "diterbitkan_oleh", json_string(g->published_by));
	json_object_set_new(j, "kriteria_penilaian", json_boolean(criteria));
	json_object_set_new(j, "dituju", json_boolean((roles & GUIDE_ROLE_ADDRESSED) != 0));
	json_object_set_new(j, "saya", st ? guide_status_json(g, st) : json_null());
	json_object_set_new(j, "aksi_tersedia", actions_json(g, roles, st));
	strbuf_release(&html);
	return j;
}

json_t *guide_coverage_json(const struct guide_coverage *c)
{
	int64_t pm = briefing_permille(c->acked, c->addressed);
	return json_pack("{s:I, s:I, s:I, s:f}", "dituju", (json_int_t)c->addressed,
			 "dibuka", (json_int_t)c->opened, "diketahui", (json_int_t)c->acked,
			 "persen", (double)pm / 10.0);
}

json_t *guide_grade_json(const struct briefing_grade *g)
{
	json_t *wrong = json_array();
	for (int i = 0; i < g->total; i++)
		if (g->wrong & (1u << i))
			json_array_append_new(wrong, json_integer(i + 1));
	return json_pack("{s:i, s:i, s:i, s:b, s:o}", "benar", g->correct, "jumlah", g->total,
			 "perlu_benar", g->needed, "lulus", g->passed, "salah", wrong);
}
