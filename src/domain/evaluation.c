/*
 * evaluation.c - the pure rules of evaluating the system: survey
 * questions, states, dates and threshold, the reporting groups and the
 * cells results are shown in, and the process figures' names and
 * explanations (see evaluation.h).
 */
#include "domain/evaluation.h"
#include "domain/guidance.h"
#include "domain/skp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- questions ------------------------------------------------------------------------- */

static const char *const aspect_names[ASPECT__COUNT] = {
	"kejelasan", "keadilan", "kebermanfaatan", "beban", "lain",
};
static const char *const aspect_labels[ASPECT__COUNT] = {
	"Kejelasan", "Keadilan", "Kebermanfaatan", "Beban kerja", "Lainnya",
};

const char *survey_aspect_name(enum survey_aspect a)
{
	return (unsigned)a < ASPECT__COUNT ? aspect_names[a] : "";
}

const char *survey_aspect_label(enum survey_aspect a)
{
	return (unsigned)a < ASPECT__COUNT ? aspect_labels[a] : "";
}

int survey_aspect_parse(const char *name, enum survey_aspect *out)
{
	for (int i = 0; name && i < ASPECT__COUNT; i++)
		if (!strcmp(name, aspect_names[i])) {
			*out = (enum survey_aspect)i;
			return 0;
		}
	return -1;
}

const char *question_kind_name(enum question_kind k)
{
	return k == QUESTION_TEKS ? "teks" : "skala";
}

int question_kind_parse(const char *name, enum question_kind *out)
{
	if (name && !strcmp(name, "skala"))
		*out = QUESTION_SKALA;
	else if (name && !strcmp(name, "teks"))
		*out = QUESTION_TEKS;
	else
		return -1;
	return 0;
}

const char *survey_scale_label(int value)
{
	static const char *const labels[] = { "", "Sangat tidak setuju", "Tidak setuju", "Netral",
					      "Setuju", "Sangat setuju" };
	return value >= SURVEY_SCALE_MIN && value <= SURVEY_SCALE_MAX ? labels[value] : "";
}

const struct survey_question_def survey_default_questions[] = {
	{ QUESTION_SKALA, ASPECT_KEJELASAN, "Saya memahami dengan jelas bagaimana kinerja saya "
	  "direncanakan, dipantau dan dinilai." },
	{ QUESTION_SKALA, ASPECT_KEADILAN, "Penilaian kinerja di unit kerja saya berlangsung adil "
	  "dan objektif." },
	{ QUESTION_SKALA, ASPECT_MANFAAT, "Sistem manajemen kinerja membantu saya memperbaiki dan "
	  "meningkatkan kinerja." },
	{ QUESTION_SKALA, ASPECT_BEBAN, "Waktu dan tenaga untuk menyusun SKP, mengisi realisasi "
	  "dan mengikuti penilaian wajar, tidak memberatkan." },
	{ QUESTION_TEKS, ASPECT_LAIN, "Saran Anda untuk memperbaiki sistem manajemen kinerja." },
};
const size_t survey_default_count =
	sizeof survey_default_questions / sizeof survey_default_questions[0];

int survey_title_check(const char *title, struct kerr *err)
{
	return skp_text_check(title ? title : "", SURVEY_TITLE_MAX, 0, "judul", "Judul survei",
			      err);
}

int survey_questions_check(const struct survey_question_def *q, size_t n, struct kerr *err)
{
	size_t scaled = 0;
	char what[40];
	if (n == 0 || n > SURVEY_QUESTIONS_MAX)
		return kerr_set(err, KERR_INVALID, "pertanyaan", "Survei harus berisi 1 sampai %d "
				"pertanyaan", SURVEY_QUESTIONS_MAX);
	for (size_t i = 0; i < n; i++) {
		snprintf(what, sizeof what, "Pertanyaan %zu", i + 1);
		if ((unsigned)q[i].aspect >= ASPECT__COUNT ||
		    (q[i].kind != QUESTION_SKALA && q[i].kind != QUESTION_TEKS))
			return kerr_set(err, KERR_INVALID, "pertanyaan", "%s: jenis atau aspeknya "
					"tidak dikenal", what);
		if (skp_text_check(q[i].text ? q[i].text : "", SURVEY_QUESTION_MAX, 0, "pertanyaan",
				   what, err))
			return -1;
		scaled += q[i].kind == QUESTION_SKALA;
	}
	if (!scaled)
		return kerr_set(err, KERR_INVALID, "pertanyaan", "Survei harus berisi paling sedikit "
				"satu pernyataan berskala 1-5");
	return 0;
}

int survey_scale_check(int64_t value, size_t no, struct kerr *err)
{
	if (value < SURVEY_SCALE_MIN || value > SURVEY_SCALE_MAX)
		return kerr_set(err, KERR_INVALID, "jawaban", "Pertanyaan %zu: pilih nilai %d sampai "
				"%d", no, SURVEY_SCALE_MIN, SURVEY_SCALE_MAX);
	return 0;
}

int survey_text_answer_check(const char *text, size_t no, struct kerr *err)
{
	char what[40];
	if (!text || !*text)
		return 0;
	snprintf(what, sizeof what, "Jawaban pertanyaan %zu", no);
	return skp_text_check(text, SURVEY_ANSWER_TEXT_MAX, 1, "jawaban", what, err);
}

/* ---- states and dates ------------------------------------------------------------------ */

static const char *const state_names[SURVEY__STATES] = { "draf", "dibuka", "ditutup" };
static const char *const state_labels[SURVEY__STATES] = { "Draf", "Dibuka", "Ditutup" };

const char *survey_state_name(enum survey_state s)
{
	return (unsigned)s < SURVEY__STATES ? state_names[s] : "";
}

const char *survey_state_label(enum survey_state s)
{
	return (unsigned)s < SURVEY__STATES ? state_labels[s] : "";
}

int survey_state_parse(const char *name, enum survey_state *out)
{
	for (int i = 0; name && i < SURVEY__STATES; i++)
		if (!strcmp(name, state_names[i])) {
			*out = (enum survey_state)i;
			return 0;
		}
	return -1;
}

enum survey_phase survey_phase_of(enum survey_state s, int64_t opens_on, int64_t closes_on,
				  int64_t today)
{
	if (s == SURVEY_DRAF)
		return PHASE_DRAF;
	if (s == SURVEY_DITUTUP || today > closes_on)
		return PHASE_SELESAI;
	return today < opens_on ? PHASE_BELUM_MULAI : PHASE_BERJALAN;
}

const char *survey_phase_label(enum survey_phase p)
{
	switch (p) {
	case PHASE_DRAF: return "Draf";
	case PHASE_BELUM_MULAI: return "Belum dimulai";
	case PHASE_BERJALAN: return "Berjalan";
	default: return "Selesai";
	}
}

int survey_dates_check(const char *opens_on, const char *closes_on, int64_t *opens,
		       int64_t *closes, struct kerr *err)
{
	int64_t a = 0, b = 0;
	if (gdate_check(opens_on, "dibuka", "Tanggal dibuka", &a, err) ||
	    gdate_check(closes_on, "ditutup", "Tanggal ditutup", &b, err))
		return -1;
	if (b < a)
		return kerr_set(err, KERR_INVALID, "ditutup", "Tanggal ditutup tidak boleh sebelum "
				"tanggal dibuka");
	if (opens)
		*opens = a;
	if (closes)
		*closes = b;
	return 0;
}

int survey_answer_phase_check(enum survey_phase p, struct kerr *err)
{
	switch (p) {
	case PHASE_BERJALAN:
		return 0;
	case PHASE_DRAF:
		return kerr_set(err, KERR_CONFLICT, "status", "Survei ini belum dibuka");
	case PHASE_BELUM_MULAI:
		return kerr_set(err, KERR_CONFLICT, "status", "Survei ini belum dimulai; jawaban "
				"diterima mulai tanggal dibukanya");
	default:
		return kerr_set(err, KERR_CONFLICT, "status", "Survei ini sudah selesai; jawaban "
				"tidak diterima lagi");
	}
}

int survey_results_phase_check(enum survey_phase p, struct kerr *err)
{
	if (p == PHASE_SELESAI)
		return 0;
	return kerr_set(err, KERR_CONFLICT, "status", "Hasil survei baru ditampilkan setelah "
			"survei selesai, agar angka yang berubah setiap ada jawaban tidak "
			"membuka jawaban seseorang");
}

/* ---- the threshold --------------------------------------------------------------------- */

int survey_threshold_check(int64_t k, struct kerr *err)
{
	if (k < SURVEY_THRESHOLD_MIN || k > SURVEY_THRESHOLD_MAX)
		return kerr_set(err, KERR_INVALID, "ambang", "Ambang anonimitas survei harus %d "
				"sampai %d jawaban (tidak pernah kurang dari %d)",
				SURVEY_THRESHOLD_MIN, SURVEY_THRESHOLD_MAX, SURVEY_THRESHOLD_MIN);
	return 0;
}

int survey_threshold_effective(int64_t k)
{
	if (k < SURVEY_THRESHOLD_MIN)
		return SURVEY_THRESHOLD_MIN;
	return k > SURVEY_THRESHOLD_MAX ? SURVEY_THRESHOLD_MAX : (int)k;
}

/* ---- reporting groups and cells ---------------------------------------------------------- */

void survey_plan_groups(struct survey_node *v, size_t n, int k)
{
	k = survey_threshold_effective(k);
	for (size_t i = 0; i < n; i++) {
		v[i].pooled = v[i].addressed;
		v[i].is_group = 0;
	}
	for (size_t i = n; i-- > 1; ) {
		if (v[i].pooled >= k)
			v[i].is_group = 1;
		else if (v[i].parent < n)
			v[v[i].parent].pooled += v[i].pooled;
	}
	if (n)
		v[0].is_group = 1;
}

/* The nearest shown proper ancestor of node i (SURVEY_NO_NODE: none). */
static size_t shown_ancestor(const struct survey_node *v, size_t n, size_t i)
{
	for (size_t p = v[i].parent; p < n; p = v[p].parent)
		if (v[p].shown)
			return p;
	return SURVEY_NO_NODE;
}

/* The shown node below the root with the fewest answers among those
 * with no shown node between them and the root; SURVEY_NO_NODE if none. */
static size_t smallest_top_cell(const struct survey_node *v, size_t n)
{
	size_t best = SURVEY_NO_NODE;
	for (size_t i = 1; i < n; i++)
		if (v[i].shown && shown_ancestor(v, n, i) == SURVEY_NO_NODE &&
		    (best == SURVEY_NO_NODE || v[i].pooled < v[best].pooled))
			best = i;
	return best;
}

int64_t survey_plan_cells(struct survey_node *v, size_t n, int k)
{
	int64_t total = 0;
	k = survey_threshold_effective(k);
	for (size_t i = 0; i < n; i++) {
		v[i].pooled = v[i].answers;
		v[i].shown = 0;
		v[i].cell = SURVEY_NO_NODE;
		total += v[i].answers;
	}
	if (!n)
		return 0;
	for (size_t i = n; i-- > 1; ) {
		if (v[i].is_group && v[i].pooled >= k)
			v[i].shown = 1;
		else if (v[i].parent < n)
			v[v[i].parent].pooled += v[i].pooled;
	}
	while (v[0].pooled > 0 && v[0].pooled < k) {
		size_t c = smallest_top_cell(v, n);
		if (c == SURVEY_NO_NODE)
			break;
		v[c].shown = 0;
		v[0].pooled += v[c].pooled;
	}
	v[0].shown = v[0].pooled >= k;
	if (total < k)
		for (size_t i = 0; i < n; i++)
			v[i].shown = 0;
	for (size_t i = 0; i < n; i++)
		v[i].cell = v[i].shown ? i : shown_ancestor(v, n, i);
	return total;
}

/* ---- numbers ------------------------------------------------------------------------------- */

double survey_scale_mean(const int64_t count[SURVEY_SCALE_MAX + 1], int64_t *n)
{
	int64_t sum = 0, all = 0;
	for (int v = SURVEY_SCALE_MIN; v <= SURVEY_SCALE_MAX; v++) {
		all += count[v];
		sum += count[v] * v;
	}
	if (n)
		*n = all;
	return all ? (double)sum / (double)all : 0.0;
}

/* Writes x with `decimals` decimals and a decimal comma. */
static void decimal_comma(double x, int decimals, const char *suffix, char *out, size_t size)
{
	snprintf(out, size, "%.*f%s", decimals, x, suffix);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

void eval_percent_text(int64_t num, int64_t den, char *out, size_t size)
{
	if (den <= 0) {
		snprintf(out, size, "-");
		return;
	}
	decimal_comma(100.0 * (double)num / (double)den, 1, "%", out, size);
}

void eval_ratio_text(int64_t num, int64_t den, char *out, size_t size)
{
	if (den <= 0) {
		snprintf(out, size, "-");
		return;
	}
	decimal_comma((double)num / (double)den, 2, "", out, size);
}

void eval_mean_text(double mean, int64_t n, char *out, size_t size)
{
	if (n <= 0) {
		snprintf(out, size, "-");
		return;
	}
	decimal_comma(mean, 2, "", out, size);
}

/* ---- the process figures ------------------------------------------------------------------- */

static const struct {
	const char *name, *label, *explanation;
} figures[FIG__COUNT] = {
	[FIG_SKP_TEPAT_WAKTU] = { "skp_tepat_waktu", "SKP disetujui tepat waktu",
		"SKP periode ini yang pertama kali disetujui pejabat penilai paling lambat "
		"tanggal batas penyusunan rencana periode (akhir hari itu, WIB), dibagi "
		"semua SKP periode ini di unit tersebut." },
	[FIG_UMPAN_BALIK] = { "umpan_balik_per_pegawai", "Umpan balik per pegawai",
		"Jumlah utas umpan balik berkelanjutan (pesan pertama, tanpa balasannya) pada "
		"SKP periode ini, dibagi jumlah pegawai yang mempunyai SKP periode ini." },
	[FIG_RESPON_360] = { "respons_360", "Tingkat respons 360",
		"Penugasan penilai 360 pada putaran-putaran periode ini yang sudah dijawab, "
		"dibagi semua penugasan (yang ditolak atau belum dijawab tidak dihitung "
		"sebagai jawaban); pegawai yang dinilai menentukan unitnya." },
	[FIG_KEBERATAN_DIAJUKAN] = { "keberatan_diajukan", "Keberatan diajukan",
		"Jumlah keberatan yang diajukan atas penilaian SKP periode ini, dan berapa "
		"di antaranya sudah diputus." },
	[FIG_KEBERATAN_DIUBAH] = { "keberatan_dikabulkan", "Keberatan dikabulkan",
		"Keberatan yang diputus dengan penilaian diubah, dibagi semua keberatan yang "
		"sudah diputus (sisanya: penilaian tetap)." },
	[FIG_RENCANA_PERBAIKAN] = { "rencana_perbaikan_selesai", "Rencana perbaikan selesai",
		"Rencana perbaikan kinerja periode ini yang sudah dicatat hasil akhirnya "
		"(berhasil atau belum berhasil), dibagi semua rencana perbaikan yang dibuka." },
};

const char *eval_figure_name(enum eval_figure f)
{
	return (unsigned)f < FIG__COUNT ? figures[f].name : "";
}

const char *eval_figure_label(enum eval_figure f)
{
	return (unsigned)f < FIG__COUNT ? figures[f].label : "";
}

const char *eval_figure_explanation(enum eval_figure f)
{
	return (unsigned)f < FIG__COUNT ? figures[f].explanation : "";
}
