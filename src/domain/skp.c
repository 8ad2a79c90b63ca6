/*
 * skp.c - the SKP's states and names: the period states and their actions,
 * the checkpoint calendars, the SKP workflow state machine, the lampiran
 * kinds, and releasing an SKP.  The checks on the plan's content (IKI, RHK,
 * completeness, numbers) are in skp_check.c.  See skp.h.
 */
#include "domain/skp.h"
#include "domain/nip.h"
#include "core/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- periods ------------------------------------------------------------ */

static const struct {
	const char *name, *label;
} period_states[PERIOD__STATES] = {
	[PERIOD_DRAFT] = { "draft", "Draf" },
	[PERIOD_OPEN] = { "terbuka", "Terbuka" },
	[PERIOD_LOCKED] = { "dikunci", "Dikunci" },
	[PERIOD_CLOSED] = { "ditutup", "Ditutup" },
};

const char *period_state_name(enum period_state s)
{
	return (unsigned)s < PERIOD__STATES ? period_states[s].name : "?";
}

const char *period_state_label(enum period_state s)
{
	return (unsigned)s < PERIOD__STATES ? period_states[s].label : "?";
}

int period_state_parse(const char *name, enum period_state *out)
{
	for (int i = 0; name && i < PERIOD__STATES; i++) {
		if (!strcmp(name, period_states[i].name)) {
			*out = (enum period_state)i;
			return 0;
		}
	}
	return -1;
}

/* The period actions: name, the passive verb for messages, the states it
 * starts from (a bit per state) and where it leads.  Any other action or
 * state is refused with KERR_CONFLICT on "aksi", as decided for the API. */
static const struct {
	const char *name, *done;
	unsigned from;
	enum period_state to;
} period_actions[] = {
	{ "buka", "dibuka", 1u << PERIOD_DRAFT | 1u << PERIOD_LOCKED, PERIOD_OPEN },
	{ "kunci", "dikunci", 1u << PERIOD_OPEN, PERIOD_LOCKED },
	{ "tutup", "ditutup", 1u << PERIOD_LOCKED, PERIOD_CLOSED },
};

int period_transition(enum period_state from, const char *action, enum period_state *to,
		      struct kerr *err)
{
	size_t n = sizeof period_actions / sizeof period_actions[0];
	for (size_t i = 0; action && i < n; i++) {
		if (strcmp(action, period_actions[i].name))
			continue;
		if ((unsigned)from >= PERIOD__STATES || !(period_actions[i].from & 1u << from))
			return kerr_set(err, KERR_CONFLICT, "aksi",
					"Periode berstatus %s; tidak dapat %s",
					period_state_label(from), period_actions[i].done);
		*to = period_actions[i].to;
		return 0;
	}
	return kerr_set(err, KERR_CONFLICT, "aksi",
			"Aksi periode tidak dikenal; pilih buka, kunci, atau tutup");
}

/* ---- checkpoint calendars ------------------------------------------------ */

static const char *const quarter_names[4] = {
	"Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV-Akhir",
};

static const char *const month_names[12] = {
	"Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember",
};

int cadence_count(const char *cadence)
{
	if (!cadence)
		return 0;
	if (!strcmp(cadence, "triwulan"))
		return 4;
	if (!strcmp(cadence, "bulanan"))
		return 12;
	return 0;
}

int cadence_valid(const char *cadence)
{
	return cadence_count(cadence) > 0;
}

void cadence_checkpoint(const char *cadence, int i, char *name, size_t size, int *first_month,
			int *last_month)
{
	int count = cadence_count(cadence), first = 0, last = 0;
	const char *label = "";
	if (i >= 0 && i < count) {
		int span = 12 / count;
		first = i * span + 1;
		last = first + span - 1;
		label = count == 4 ? quarter_names[i] : month_names[i];
	}
	if (name && size)
		copy_str(name, size, label);
	if (first_month)
		*first_month = first;
	if (last_month)
		*last_month = last;
}

/* The value of the `n` ASCII digits at s, or -1 if one is not a digit. */
static int digits_at(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int date_valid(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	int y = digits_at(s, 4), m = digits_at(s + 5, 2), d = digits_at(s + 8, 2);
	return y >= 1 && m >= 0 && d >= 0 && nip_is_real_date(y, m, d);
}

/* ---- SKP workflow -------------------------------------------------------- */

static const struct {
	const char *name, *label;
} skp_states[SKP__STATES] = {
	[SKP_DRAFT] = { "draft", "Draf" },
	[SKP_DIAJUKAN] = { "diajukan", "Diajukan" },
	[SKP_DISETUJUI] = { "disetujui", "Disetujui" },
	[SKP_DIKEMBALIKAN] = { "dikembalikan", "Dikembalikan" },
};

/* Each action: its names, the verbs for messages (active, passive), who
 * may take it, the states it starts from (a bit per state) and where it
 * leads. */
static const struct {
	const char *name, *label, *doing, *done;
	enum skp_role role;
	unsigned from;
	enum skp_state to;
} skp_actions[SKP__ACTIONS] = {
	[SKP_SUBMIT] = { "ajukan", "Ajukan", "mengajukan", "diajukan", SKP_ROLE_OWNER,
			 1u << SKP_DRAFT | 1u << SKP_DIKEMBALIKAN, SKP_DIAJUKAN },
	[SKP_APPROVE] = { "setujui", "Setujui", "menyetujui", "disetujui", SKP_ROLE_ASSESSOR,
			  1u << SKP_DIAJUKAN, SKP_DISETUJUI },
	[SKP_RETURN] = { "kembalikan", "Kembalikan", "mengembalikan", "dikembalikan",
			 SKP_ROLE_ASSESSOR, 1u << SKP_DIAJUKAN, SKP_DIKEMBALIKAN },
	[SKP_WITHDRAW] = { "tarik", "Tarik pengajuan", "menarik pengajuan", "ditarik",
			   SKP_ROLE_OWNER, 1u << SKP_DIAJUKAN, SKP_DRAFT },
	[SKP_REVISE] = { "ubah", "Buat perubahan SKP", "membuat perubahan", "diubah",
			 SKP_ROLE_OWNER, 1u << SKP_DISETUJUI, SKP_DRAFT },
};

const char *skp_state_name(enum skp_state s)
{
	return (unsigned)s < SKP__STATES ? skp_states[s].name : "?";
}

const char *skp_state_label(enum skp_state s)
{
	return (unsigned)s < SKP__STATES ? skp_states[s].label : "?";
}

int skp_state_parse(const char *name, enum skp_state *out)
{
	for (int i = 0; name && i < SKP__STATES; i++) {
		if (!strcmp(name, skp_states[i].name)) {
			*out = (enum skp_state)i;
			return 0;
		}
	}
	return -1;
}

const char *skp_action_name(enum skp_action a)
{
	return (unsigned)a < SKP__ACTIONS ? skp_actions[a].name : "?";
}

const char *skp_action_label(enum skp_action a)
{
	return (unsigned)a < SKP__ACTIONS ? skp_actions[a].label : "?";
}

int skp_action_parse(const char *name, enum skp_action *out)
{
	for (int i = 0; name && i < SKP__ACTIONS; i++) {
		if (!strcmp(name, skp_actions[i].name)) {
			*out = (enum skp_action)i;
			return 0;
		}
	}
	return -1;
}

/* 1 if s is NULL or holds only white space. */
static int blank(const char *s)
{
	for (; s && *s; s++)
		if (!strchr(" \t\r\n\f\v", *s))
			return 0;
	return 1;
}

/* Checks in this order: the person, the period, the state, the note. */
int skp_transition(enum skp_state from, enum skp_action action, enum skp_role role,
		   enum period_state period, const char *note, enum skp_state *to,
		   struct kerr *err)
{
	if ((unsigned)action >= SKP__ACTIONS)
		return kerr_set(err, KERR_INVALID, "aksi", "Aksi SKP tidak dikenal");
	if (role != skp_actions[action].role)
		return kerr_set(err, KERR_FORBIDDEN, "aksi", "Hanya %s yang dapat %s SKP ini",
				skp_actions[action].role == SKP_ROLE_OWNER ?
				"pegawai pemilik SKP" : "pejabat penilai",
				skp_actions[action].doing);
	if (period != PERIOD_OPEN)
		return kerr_set(err, KERR_CONFLICT, "aksi",
				"Periode kinerja berstatus %s; SKP tidak dapat %s",
				period_state_label(period), skp_actions[action].done);
	if ((unsigned)from >= SKP__STATES || !(skp_actions[action].from & 1u << from))
		return kerr_set(err, KERR_CONFLICT, "aksi", "SKP berstatus %s; tidak dapat %s",
				skp_state_label(from), skp_actions[action].done);
	if (action == SKP_RETURN && blank(note))
		return kerr_set(err, KERR_INVALID, "note",
				"Catatan wajib diisi saat mengembalikan SKP");
	*to = skp_actions[action].to;
	return 0;
}

int skp_editable(enum skp_state s, enum period_state period)
{
	return period == PERIOD_OPEN && (s == SKP_DRAFT || s == SKP_DIKEMBALIKAN);
}

/* ---- lampiran ---------------------------------------------------------------- */

static const struct {
	const char *name, *label;
} att_kinds[ATT__KINDS] = {
	[ATT_DUKUNGAN] = { "dukungan_sumber_daya", "Dukungan sumber daya" },
	[ATT_SKEMA] = { "skema_pertanggungjawaban", "Skema pertanggungjawaban" },
	[ATT_KONSEKUENSI] = { "konsekuensi", "Konsekuensi" },
};

const char *attachment_kind_name(enum attachment_kind k)
{
	return (unsigned)k < ATT__KINDS ? att_kinds[k].name : "?";
}

const char *attachment_kind_label(enum attachment_kind k)
{
	return (unsigned)k < ATT__KINDS ? att_kinds[k].label : "?";
}

int attachment_kind_parse(const char *name, enum attachment_kind *out)
{
	for (int i = 0; name && i < ATT__KINDS; i++) {
		if (!strcmp(name, att_kinds[i].name)) {
			*out = (enum attachment_kind)i;
			return 0;
		}
	}
	return -1;
}

/* ---- releasing ------------------------------------------------------------------ */

void rhk_release(struct rhk *r)
{
	if (!r)
		return;
	for (size_t i = 0; r->iki && i < r->n_iki; i++) {
		free(r->iki[i].text);
		free(r->iki[i].target_text);
	}
	free(r->iki);
	free(r->text);
	free(r->parent_text);
	memset(r, 0, sizeof *r);
}

void skp_release(struct skp *s)
{
	if (!s)
		return;
	for (size_t i = 0; s->rhk && i < s->n_rhk; i++)
		rhk_release(&s->rhk[i]);
	free(s->rhk);
	for (size_t v = 0; v < sizeof s->expectation / sizeof s->expectation[0]; v++)
		free(s->expectation[v]);
	for (int k = 0; k < ATT__KINDS; k++) {
		for (size_t i = 0; s->att[k] && i < s->n_att[k]; i++)
			free(s->att[k][i].text);
		free(s->att[k]);
	}
	free(s->return_note);
	free(s->header_json);
	memset(s, 0, sizeof *s);
}
