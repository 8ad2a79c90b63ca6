/*
 * briefing.h - the pure rules of briefing (sosialisasi): a guide's kinds
 * and states, the checks on its title and text, its short quiz (the
 * clerk's text form of it, the checks, grading against a pass mark), the
 * coverage percentage, and the small markup its text is written in with
 * the renderer that turns it into safe HTML.  No I/O: the store
 * (store/briefing.h) applies these.
 *
 * A guide (panduan) is written by HR as a draft (draf), published
 * (terbit) to the whole office or to one unit and the units below it,
 * and may be withdrawn (ditarik).  Every active employee in its audience
 * must open it and acknowledge it; when it has a quiz, acknowledging
 * needs a passing attempt.  Editing a published guide's title, text,
 * quiz or attachments makes a new version, acknowledged anew.
 *
 * The markup (no raw HTML is ever accepted; every character of the text
 * lands in the page as text):
 *   # Judul bagian          a heading (h2); "## " a smaller one (h3)
 *   - butir                 a bulleted list ("* " too), consecutive lines
 *   1. butir                a numbered list
 *   **tebal**               bold, within one line
 *   [teks](https://...)     a link: http://, https://, mailto: or a path
 *                           of this site ("/penilaian"); anything else
 *                           (javascript:, quotes, blanks) stays plain text
 *   a blank line            ends a paragraph; lines of one paragraph are
 *                           kept as line breaks
 */
#ifndef KINERJA_DOMAIN_BRIEFING_H
#define KINERJA_DOMAIN_BRIEFING_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "core/strbuf.h"

enum briefing_kind { BRIEF_PANDUAN, BRIEF_KRITERIA, BRIEF_PROSEDUR, BRIEF__KINDS };
enum briefing_state { BRIEF_DRAF, BRIEF_TERBIT, BRIEF_DITARIK, BRIEF__STATES };

/* "panduan", "kriteria", "prosedur" (stored, in the API) and "Panduan",
 * "Kriteria", "Prosedur"; parse: -1 for anything else. */
const char *briefing_kind_name(enum briefing_kind k);
const char *briefing_kind_label(enum briefing_kind k);
int briefing_kind_parse(const char *name, enum briefing_kind *out);
/* "draf", "terbit", "ditarik" and "Draf", "Terbit", "Ditarik". */
const char *briefing_state_name(enum briefing_state s);
const char *briefing_state_label(enum briefing_state s);
int briefing_state_parse(const char *name, enum briefing_state *out);

enum {
	BRIEFING_TITLE_MAX = 200,        /* characters */
	BRIEFING_BODY_MAX = 20000,
	BRIEFING_QUESTIONS_MAX = 10,
	BRIEFING_CHOICES_MIN = 2,
	BRIEFING_CHOICES_MAX = 6,
	BRIEFING_QTEXT_MAX = 500,        /* characters in a question or a choice */
	BRIEFING_QUIZ_TEXT_MAX = 20000,  /* bytes of the quiz in its text form */
};

/* The title (field "judul": not blank, one line, BRIEFING_TITLE_MAX) and
 * the text (field "isi": not blank, BRIEFING_BODY_MAX, line breaks). */
int briefing_title_check(const char *title, struct kerr *err);
int briefing_body_check(const char *body, struct kerr *err);

/* ---- the quiz ------------------------------------------------------------------------ */

struct briefing_question {
	char *text;
	char *choices[BRIEFING_CHOICES_MAX];
	int nchoices;
	int answer;              /* index of the one right choice */
};

struct briefing_quiz {
	struct briefing_question *q;
	int n;
	int pass_mark;           /* right answers needed; 0: all of them */
};

void briefing_quiz_release(struct briefing_quiz *quiz);
/* Appends a question (texts copied); its choices are added with
 * briefing_quiz_add_choice.  Never fails (checks are briefing_quiz_check's). */
struct briefing_question *briefing_quiz_add(struct briefing_quiz *quiz, const char *text);
void briefing_quiz_add_choice(struct briefing_question *q, const char *text, int right);
/* 1 if a and b hold the same questions, choices, answers and pass mark. */
int briefing_quiz_equal(const struct briefing_quiz *a, const struct briefing_quiz *b);

/*
 * The clerk's text form of a quiz, one item a line:
 *   ? Berapa hari batas pengajuan keberatan?
 *   - 7 hari
 *   * 14 hari        (the right choice: exactly one "* " per question)
 *   - 30 hari
 * Blank lines are ignored.  Fills *out (empty text: no quiz); KERR_INVALID
 * on field "kuis" naming the line for a line of another shape, a choice
 * before any question, too many questions or choices.  Run
 * briefing_quiz_check afterwards.
 */
int briefing_quiz_parse(const char *text, struct briefing_quiz *out, struct kerr *err);
/* The text form back (what briefing_quiz_parse reads). */
void briefing_quiz_format(const struct briefing_quiz *quiz, struct strbuf *out);
/* Checks a quiz: at most BRIEFING_QUESTIONS_MAX questions, each with a
 * text and BRIEFING_CHOICES_MIN..MAX choices (texts not blank, one line,
 * BRIEFING_QTEXT_MAX characters, no two alike) and one right answer
 * (field "kuis", naming the question); the pass mark 0..n (field
 * "lulus_minimal"). */
int briefing_quiz_check(const struct briefing_quiz *quiz, struct kerr *err);
/* Right answers needed to pass: the pass mark, or every question. */
int briefing_pass_needed(const struct briefing_quiz *quiz);

struct briefing_grade {
	int correct, total, needed;
	int passed;
	unsigned wrong;          /* bit i: question i answered wrongly */
};

/* Grades answers[0..n) (the index of the choice taken for each question):
 * KERR_INVALID on field "jawaban" when n is not the number of questions
 * or an answer is not one of its question's choices (naming the first
 * question unanswered), nothing graded. */
int briefing_quiz_grade(const struct briefing_quiz *quiz, const int *answers, int n,
			struct briefing_grade *g, struct kerr *err);

/* ---- coverage ------------------------------------------------------------------------ */

/* part of whole in tenths of a percent, rounded half up (0 for 0 of 0):
 * 5 of 8 is 625 (62.5%). */
int64_t briefing_permille(int64_t part, int64_t whole);
/* "62,5%" (Indonesian decimal comma) of briefing_permille. */
void briefing_percent_text(int64_t permille, char *out, size_t size);

/* ---- the markup (briefing_markup.c) ---------------------------------------------------- */

/* Renders the markup above as HTML into out: every character of the text
 * escaped, tags only from the renderer, links only to the schemes above
 * (with rel="noopener noreferrer"). */
void briefing_render(const char *markup, struct strbuf *out);
/* 1 if url may be a link's target: http://, https://, mailto: or a path
 * beginning with one "/", printable ASCII without blanks, quotes, angle
 * brackets or backslashes. */
int briefing_link_ok(const char *url, size_t len);

#endif
