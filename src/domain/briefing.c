/*
 * briefing.c - the pure rules of briefing (sosialisasi): kind and state
 * names, the checks on a guide's texts, the quiz (its text form, checks
 * and grading) and the coverage percentage (see briefing.h; the markup
 * renderer is briefing_markup.c).
 */
#include "domain/briefing.h"
#include "domain/skp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[BRIEF__KINDS] = { "panduan", "kriteria", "prosedur" };
static const char *const kind_labels[BRIEF__KINDS] = { "Panduan", "Kriteria", "Prosedur" };
static const char *const state_names[BRIEF__STATES] = { "draf", "terbit", "ditarik" };
static const char *const state_labels[BRIEF__STATES] = { "Draf", "Terbit", "Ditarik" };

const char *briefing_kind_name(enum briefing_kind k)
{
	return (unsigned)k < BRIEF__KINDS ? kind_names[k] : "";
}

const char *briefing_kind_label(enum briefing_kind k)
{
	return (unsigned)k < BRIEF__KINDS ? kind_labels[k] : "";
}

static int parse_in(const char *const *names, int n, const char *name)
{
	for (int i = 0; name && i < n; i++)
		if (!strcmp(name, names[i]))
			return i;
	return -1;
}

int briefing_kind_parse(const char *name, enum briefing_kind *out)
{
	int i = parse_in(kind_names, BRIEF__KINDS, name);
	if (i < 0)
		return -1;
	*out = (enum briefing_kind)i;
	return 0;
}

const char *briefing_state_name(enum briefing_state s)
{
	return (unsigned)s < BRIEF__STATES ? state_names[s] : "";
}

const char *briefing_state_label(enum briefing_state s)
{
	return (unsigned)s < BRIEF__STATES ? state_labels[s] : "";
}

int briefing_state_parse(const char *name, enum briefing_state *out)
{
	int i = parse_in(state_names, BRIEF__STATES, name);
	if (i < 0)
		return -1;
	*out = (enum briefing_state)i;
	return 0;
}

int briefing_title_check(const char *title, struct kerr *err)
{
	return skp_text_check(title ? title : "", BRIEFING_TITLE_MAX, 0, "judul", "Judul", err);
}

int briefing_body_check(const char *body, struct kerr *err)
{
	return skp_text_check(body ? body : "", BRIEFING_BODY_MAX, 1, "isi", "Isi panduan", err);
}

/* ---- building a quiz ------------------------------------------------------------------- */

void briefing_quiz_release(struct briefing_quiz *quiz)
{
	for (int i = 0; i < quiz->n; i++) {
		free(quiz->q[i].text);
		for (int k = 0; k < quiz->q[i].nchoices && k < BRIEFING_CHOICES_MAX; k++)
			free(quiz->q[i].choices[k]);
	}
	free(quiz->q);
	memset(quiz, 0, sizeof *quiz);
}

struct briefing_question *briefing_quiz_add(struct briefing_quiz *quiz, const char *text)
{
	quiz->q = xrealloc(quiz->q, (size_t)(quiz->n + 1) * sizeof *quiz->q);
	struct briefing_question *q = &quiz->q[quiz->n++];
	memset(q, 0, sizeof *q);
	q->text = xstrdup(text ? text : "");
	q->answer = -1;
	return q;
}

void briefing_quiz_add_choice(struct briefing_question *q, const char *text, int right)
{
	if (q->nchoices >= BRIEFING_CHOICES_MAX) {
		q->nchoices++;      /* counted, so that the check can name it */
		return;
	}
	if (right)
		q->answer = q->answer == -1 ? q->nchoices : -2;   /* -2: more than one */
	q->choices[q->nchoices++] = xstrdup(text ? text : "");
}

int briefing_quiz_equal(const struct briefing_quiz *a, const struct briefing_quiz *b)
{
	if (a->n != b->n || briefing_pass_needed(a) != briefing_pass_needed(b))
		return 0;
	for (int i = 0; i < a->n; i++) {
		const struct briefing_question *x = &a->q[i], *y = &b->q[i];
		if (strcmp(x->text, y->text) || x->nchoices != y->nchoices || x->answer != y->answer)
			return 0;
		for (int k = 0; k < x->nchoices && k < BRIEFING_CHOICES_MAX; k++)
			if (strcmp(x->choices[k], y->choices[k]))
				return 0;
	}
	return 1;
}

/* ---- the text form ---------------------------------------------------------------------- */

/* One line of the text form, trimmed, into buf; returns its marker
 * ('?', '-', '*', ' ' for blank, 0 for anything else). */
static char quiz_line(const char *p, size_t len, struct strbuf *buf)
{
	while (len && (*p == ' ' || *p == '\t'))
		p++, len--;
	while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
		len--;
	strbuf_reset(buf);
	if (!len)
		return ' ';
	if ((*p != '?' && *p != '-' && *p != '*') || len < 2 || (p[1] != ' ' && p[1] != '\t'))
		return 0;
	size_t skip = 2;
	while (skip < len && (p[skip] == ' ' || p[skip] == '\t'))
		skip++;
	strbuf_add(buf, p + skip, len - skip);
	return *p;
}

static int quiz_parse_line(struct briefing_quiz *out, char mark, const char *text, int lineno,
			   struct kerr *err)
{
	if (mark == ' ')
		return 0;
	if (!mark)
		return kerr_set(err, KERR_INVALID, "kuis", "Kuis baris %d: awali dengan \"? \" untuk "
				"pertanyaan, \"- \" untuk pilihan, atau \"* \" untuk pilihan yang benar",
				lineno);
	if (mark == '?') {
		if (out->n >= BRIEFING_QUESTIONS_MAX)
			return kerr_set(err, KERR_INVALID, "kuis", "Kuis paling banyak %d pertanyaan "
					"(baris %d)", BRIEFING_QUESTIONS_MAX, lineno);
		briefing_quiz_add(out, text);
		return 0;
	}
	if (!out->n)
		return kerr_set(err, KERR_INVALID, "kuis", "Kuis baris %d: pilihan jawaban sebelum "
				"pertanyaan pertama (\"? \")", lineno);
	briefing_quiz_add_choice(&out->q[out->n - 1], text, mark == '*');
	return 0;
}

int briefing_quiz_parse(const char *text, struct briefing_quiz *out, struct kerr *err)
{
	struct strbuf line = STRBUF_INIT;
	int lineno = 0, rc = 0;
	memset(out, 0, sizeof *out);
	if (text && strlen(text) > BRIEFING_QUIZ_TEXT_MAX)
		return kerr_set(err, KERR_INVALID, "kuis", "Teks kuis terlalu panjang");
	for (const char *p = text ? text : ""; !rc && *p; ) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char mark = quiz_line(p, len, &line);
		rc = quiz_parse_line(out, mark, line.buf, ++lineno, err);
		p += len + (nl ? 1 : 0);
	}
	strbuf_release(&line);
	if (rc)
		briefing_quiz_release(out);
	return rc;
}

void briefing_quiz_format(const struct briefing_quiz *quiz, struct strbuf *out)
{
	for (int i = 0; i < quiz->n; i++) {
		const struct briefing_question *q = &quiz->q[i];
		strbuf_addf(out, "%s? %s\n", i ? "\n" : "", q->text);
		for (int k = 0; k < q->nchoices && k < BRIEFING_CHOICES_MAX; k++)
			strbuf_addf(out, "%c %s\n", k == q->answer ? '*' : '-', q->choices[k]);
	}
}

/* ---- checks and grading ------------------------------------------------------------------- */

static int question_check(const struct briefing_question *q, int no, struct kerr *err)
{
	struct kerr why = KERR_INIT;
	if (skp_text_check(q->text, BRIEFING_QTEXT_MAX, 0, "kuis", "Pertanyaan", &why))
		return kerr_set(err, KERR_INVALID, "kuis", "Pertanyaan %d: %s", no, why.msg);
	if (q->nchoices < BRIEFING_CHOICES_MIN || q->nchoices > BRIEFING_CHOICES_MAX)
		return kerr_set(err, KERR_INVALID, "kuis", "Pertanyaan %d: beri %d sampai %d pilihan "
				"jawaban", no, BRIEFING_CHOICES_MIN, BRIEFING_CHOICES_MAX);
	for (int k = 0; k < q->nchoices; k++) {
		if (skp_text_check(q->choices[k], BRIEFING_QTEXT_MAX, 0, "kuis", "Pilihan", &why))
			return kerr_set(err, KERR_INVALID, "kuis", "Pertanyaan %d, pilihan %d: %s", no,
					k + 1, why.msg);
		for (int j = 0; j < k; j++)
			if (!strcmp(q->choices[j], q->choices[k]))
				return kerr_set(err, KERR_INVALID, "kuis", "Pertanyaan %d: pilihan %d dan "
						"%d sama", no, j + 1, k + 1);
	}
	if (q->answer < 0 || q->answer >= q->nchoices)
		return kerr_set(err, KERR_INVALID, "kuis", "Pertanyaan %d: tandai tepat satu "
				"jawaban yang benar (\"* \")", no);
	return 0;
}

int briefing_quiz_check(const struct briefing_quiz *quiz, struct kerr *err)
{
	if (quiz->n > BRIEFING_QUESTIONS_MAX)
		return kerr_set(err, KERR_INVALID, "kuis", "Kuis paling banyak %d pertanyaan",
				BRIEFING_QUESTIONS_MAX);
	for (int i = 0; i < quiz->n; i++)
		if (question_check(&quiz->q[i], i + 1, err))
			return -1;
	if (quiz->pass_mark < 0 || quiz->pass_mark > quiz->n)
		return kerr_set(err, KERR_INVALID, "lulus_minimal", "Batas lulus harus 0 (semua "
				"benar) sampai %d (jumlah pertanyaan)", quiz->n);
	return 0;
}

int briefing_pass_needed(const struct briefing_quiz *quiz)
{
	return quiz->pass_mark > 0 && quiz->pass_mark <= quiz->n ? quiz->pass_mark : quiz->n;
}

int briefing_quiz_grade(const struct briefing_quiz *quiz, const int *answers, int n,
			struct briefing_grade *g, struct kerr *err)
{
	memset(g, 0, sizeof *g);
	if (n != quiz->n)
		return kerr_set(err, KERR_INVALID, "jawaban", "Kirim %d jawaban, satu untuk setiap "
				"pertanyaan (diterima %d)", quiz->n, n);
	for (int i = 0; i < n; i++)
		if (answers[i] < 0 || answers[i] >= quiz->q[i].nchoices)
			return kerr_set(err, KERR_INVALID, "jawaban", "Pertanyaan %d belum dijawab dengan "
					"salah satu pilihannya", i + 1);
	g->total = n;
	g->needed = briefing_pass_needed(quiz);
	for (int i = 0; i < n; i++) {
		if (answers[i] == quiz->q[i].answer)
			g->correct++;
		else
			g->wrong |= 1u << i;
	}
	g->passed = g->correct >= g->needed;
	return 0;
}

/* ---- coverage ------------------------------------------------------------------------------ */

int64_t briefing_permille(int64_t part, int64_t whole)
{
	if (whole <= 0 || part <= 0)
		return 0;
	return (part * 1000 + whole / 2) / whole;
}

void briefing_percent_text(int64_t permille, char *out, size_t size)
{
	if (permille % 10)
		snprintf(out, size, "%lld,%lld%%", (long long)(permille / 10), (long long)(permille % 10));
	else
		snprintf(out, size, "%lld%%", (long long)(permille / 10));
}
