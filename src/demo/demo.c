/*
 * demo.c - the demo organisation: Kecamatan Asemrowo (West Surabaya) with its
 * sekretariat, five seksi and three kelurahan, about 80 invented employees,
 * their accounts, and DATA_DIR/demo-accounts.tsv listing the accounts to try.
 *
 * Everything is created through the store functions, parents before children.
 * The people come from demo_names.c with a fixed seed, so every run builds the
 * same organisation; only the passwords are random (unless
 * KINERJA_DEMO_PASSWORD is set, which tests use).  Three staff posts stay
 * vacant and one Kepala Seksi post is held by an acting official (Plt).
 */
#include "cli/commands.h"
#include "demo/demo.h"
#include "http/auth.h"
#include "store/store.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define DEMO_SEED 0x41534D524F574FULL   /* "ASMROWO" */
#define MAX_STAFF 128

/* ---- the organisation as data --------------------------------------------- */

/* One staff post (a position row of its own). */
struct slot {
	const char *name;
	const char *kind;       /* "pelaksana" or "fungsional" */
	enum demo_tier tier;
	const char *degree;     /* bachelor's title the post calls for, or NULL */
};

#define P(n) { n, "pelaksana", DEMO_PELAKSANA, NULL }
#define PD(n, d) { n, "pelaksana", DEMO_PELAKSANA, d }
#define PPPK(n) { n, "pelaksana", DEMO_PPPK, NULL }
#define FUNG(n, d) { n, "fungsional", DEMO_FUNGSIONAL, d }

/* A subbagian, seksi or the kelurahan's sekretariat, headed by a pengawas. */
struct section {
	const char *code;       /* appended to the parent's code */
	const char *unit_name;
	const char *kind;       /* unit kind */
	const char *head;       /* the head's position name */
	int under_secretary;    /* the head reports to the Sekretaris Kecamatan */
	const struct slot *slots;
	size_t nslots;
};

static const struct slot umum_slots[] = {
	P("Pengadministrasi Kepegawaian"), P("Pengolah Data Kepegawaian"),
	P("Pengadministrasi Umum"), FUNG("Pranata Komputer Ahli Pertama", "S.Kom."),
	PPPK("Pengadministrasi Perkantoran"),
};
static const struct slot renkeu_slots[] = {
	PD("Pengelola Keuangan", "S.E."), PD("Bendahara Pengeluaran", "S.E."),
	P("Penyusun Rencana Kegiatan dan Anggaran"), P("Pengadministrasi Keuangan"),
};
static const struct slot pem_slots[] = {
	P("Pengolah Data Kependudukan"), P("Pengadministrasi Pemerintahan"),
	P("Pengelola Data Pertanahan"), P("Pengadministrasi Kependudukan"),
};
static const struct slot trantib_slots[] = {
	P("Petugas Ketenteraman dan Ketertiban"), P("Petugas Ketenteraman dan Ketertiban"),
	PPPK("Petugas Ketenteraman dan Ketertiban"),
	P("Pengolah Data Ketenteraman dan Ketertiban"), P("Pengelola Penanggulangan Bencana"),
};
static const struct slot ekbang_slots[] = {
	PD("Pengelola Sarana dan Prasarana", "S.T."), P("Pengadministrasi Pembangunan"),
	PD("Analis Perekonomian", "S.E."),
};
static const struct slot kesra_slots[] = {
	P("Pengelola Kesejahteraan Sosial"), P("Pengadministrasi Kesejahteraan Rakyat"),
	P("Analis Pemberdayaan Masyarakat"),
};
static const struct slot yan_slots[] = {
	P("Pengadministrasi Perizinan"), P("Pengadministrasi Perizinan"),
	P("Analis Pelayanan"), P("Pengolah Data Pelayanan"), P("Pengadministrasi Pelayanan"),
	PPPK("Petugas Pelayanan"),
};

#define SLOTS(a) a, COUNT(a)

static const struct section kecamatan_sections[] = {
	{ "SEK-UMUM", "Subbagian Umum dan Kepegawaian", "subbagian",
	  "Kepala Subbagian Umum dan Kepegawaian", 1, SLOTS(umum_slots) },
	{ "SEK-RENKEU", "Subbagian Perencanaan dan Keuangan", "subbagian",
	  "Kepala Subbagian Perencanaan dan Keuangan", 1, SLOTS(renkeu_slots) },
	{ "PEM", "Seksi Pemerintahan", "seksi", "Kepala Seksi Pemerintahan", 0, SLOTS(pem_slots) },
	{ "TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", "seksi",
	  "Kepala Seksi Ketenteraman dan Ketertiban Umum", 0, SLOTS(trantib_slots) },
	{ "EKBANG", "Seksi Perekonomian dan Pembangunan", "seksi",
	  "Kepala Seksi Perekonomian dan Pembangunan", 0, SLOTS(ekbang_slots) },
	{ "KESRA", "Seksi Kesejahteraan Rakyat", "seksi", "Kepala Seksi Kesejahteraan Rakyat", 0,
	  SLOTS(kesra_slots) },
	{ "YAN", "Seksi Pelayanan", "seksi", "Kepala Seksi Pelayanan", 0, SLOTS(yan_slots) },
};

static const struct slot kel_sek_slots[] = {
	P("Pengadministrasi Umum"), PD("Pengelola Keuangan", "S.E."),
	P("Pengadministrasi Kepegawaian"),
};
static const struct slot kel_pem_slots[] = {
	P("Pengadministrasi Kependudukan"), P("Pengolah Data Kependudukan"),
	P("Pengadministrasi Pelayanan"),
};
static const struct slot kel_trantib_slots[] = {
	PPPK("Petugas Ketenteraman dan Ketertiban"), P("Pengelola Sarana dan Prasarana"),
};
static const struct slot kel_kesra_slots[] = {
	P("Pengelola Kesejahteraan Sosial"), P("Pengadministrasi Perekonomian"),
};

/* Kelurahan units and heads get " Kelurahan NAME" appended to these names. */
static const struct section kelurahan_sections[] = {
	{ "SEK", "Sekretariat", "sekretariat", "Sekretaris", 0, SLOTS(kel_sek_slots) },
	{ "PEM", "Seksi Pemerintahan dan Pelayanan Publik", "seksi",
	  "Kepala Seksi Pemerintahan dan Pelayanan Publik", 0, SLOTS(kel_pem_slots) },
	{ "TRANTIB", "Seksi Ketenteraman, Ketertiban dan Pembangunan", "seksi",
	  "Kepala Seksi Ketenteraman, Ketertiban dan Pembangunan", 0, SLOTS(kel_trantib_slots) },
	{ "KESRA", "Seksi Kesejahteraan Rakyat dan Perekonomian", "seksi",
	  "Kepala Seksi Kesejahteraan Rakyat dan Perekonomian", 0, SLOTS(kel_kesra_slots) },
};

static const struct {
	const char *code, *name;
} kelurahan[] = {
	{ "KEL-ASM", "Asemrowo" },
	{ "KEL-GKL", "Genting Kalianak" },
	{ "KEL-TSR", "Tambak Sarioso" },
};

#define TOP_UNIT "SBY"
#define KEC_UNIT "ASM"
#define CAMAT_POS "ASM-CAMAT"
#define SEKCAM_POS "ASM-SEKCAM"

/* Posts left vacant, and the structural post held by a Plt (and by whom). */
static const char *const vacant_posts[] = { "ASM-TRANTIB-P05", "KEL-GKL-PEM-P03", "KEL-TSR-SEK-P03" };
#define PLT_POST "ASM-EKBANG-KA"
#define PLT_HOLDER_POST "ASM-KESRA-KA"

/* The accounts listed in demo-accounts.tsv, in this order.  pos is the post
 * whose holder gets the account; NULL is the outside auditor. */
static const struct {
	const char *label;
	const char *pos;
	enum role role;
} named_accounts[] = {
	{ "admin", "ASM-SEK-UMUM-P04", ROLE_ADMIN },
	{ "pengelola", "ASM-SEK-UMUM-P01", ROLE_PENGELOLA },
	{ "auditor", NULL, ROLE_AUDITOR },
	{ "camat", CAMAT_POS, ROLE_PEGAWAI },
	{ "pejabat", "ASM-YAN-KA", ROLE_PEGAWAI },
	{ "pegawai", "ASM-YAN-P01", ROLE_PEGAWAI },
};
#define NNAMED COUNT(named_accounts)
#define AUDITOR_LOGIN "auditor.inspektorat"
#define AUDITOR_NAME "Auditor Inspektorat (demo)"

/* ---- the run ---------------------------------------------------------------- */

struct staff {
	int64_t employee_id;
	char pos[40];
	char nip[20];
	char display[160];
};

struct account_row {
	char login[64];
	char password[64];
	char name[260];
};

struct demo_ctx {
	struct db *db;
	struct actor who;
	struct kerr *err;
	struct demo_rng rng;
	struct demo_seen *seen;
	struct staff staff[MAX_STAFF];
	size_t nstaff;
	int64_t kec_unit_id;
	const char *fixed_password;          /* KINERJA_DEMO_PASSWORD, or NULL */
	char fixed_hash[160];
	struct account_row rows[NNAMED];
};

static int unit_add(struct demo_ctx *c, const char *code, const char *name, const char *kind,
		    const char *parent)
{
	struct unit u;
	memset(&u, 0, sizeof u);
	copy_str(u.code, sizeof u.code, code);
	copy_str(u.name, sizeof u.name, name);
	copy_str(u.kind, sizeof u.kind, kind);
	copy_str(u.parent_code, sizeof u.parent_code, parent);
	if (store_unit_create(c->db, &c->who, &u, c->err))
		return -1;
	if (!strcmp(code, KEC_UNIT))
		c->kec_unit_id = u.id;
	return 0;
}

static int is_vacant(const char *pos)
{
	for (size_t i = 0; i < COUNT(vacant_posts); i++)
		if (!strcmp(vacant_posts[i], pos))
			return 1;
	return !strcmp(pos, PLT_POST);
}

/* Invents the holder of post `pos` in unit `unit` and records them. */
static int person_add(struct demo_ctx *c, const char *pos, const char *unit, enum demo_tier tier,
		      const char *degree)
{
	struct demo_person p;
	struct employee e;
	if (c->nstaff >= MAX_STAFF)
		return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: terlalu banyak pegawai");
	if (demo_person_make(&c->rng, c->seen, tier, degree, &p, c->err))
		return -1;
	memset(&e, 0, sizeof e);
	copy_str(e.nip, sizeof e.nip, p.nip);
	copy_str(e.nip_kind, sizeof e.nip_kind, p.nip_kind);
	copy_str(e.name, sizeof e.name, p.name);
	copy_str(e.front_title, sizeof e.front_title, p.front_title);
	copy_str(e.back_title, sizeof e.back_title, p.back_title);
	copy_str(e.golongan, sizeof e.golongan, p.golongan);
	copy_str(e.position_code, sizeof e.position_code, pos);
	copy_str(e.unit_code, sizeof e.unit_code, unit);
	copy_str(e.status, sizeof e.status, "aktif");
	copy_str(e.email, sizeof e.email, p.email);
	if (store_employee_create(c->db, &c->who, &e, c->err))
		return -1;
	struct staff *s = &c->staff[c->nstaff++];
	s->employee_id = e.id;
	copy_str(s->pos, sizeof s->pos, pos);
	copy_str(s->nip, sizeof s->nip, p.nip);
	copy_str(s->display, sizeof s->display, p.display);
	return 0;
}

/* Creates a position and, unless it is to stay vacant, its holder. */
static int post_add(struct demo_ctx *c, const char *code, const char *name, const char *kind,
		    const char *unit, const char *parent, enum demo_tier tier, const char *degree)
{
	struct position p;
	memset(&p, 0, sizeof p);
	copy_str(p.code, sizeof p.code, code);
	copy_str(p.name, sizeof p.name, name);
	copy_str(p.kind, sizeof p.kind, kind);
	copy_str(p.unit_code, sizeof p.unit_code, unit);
	copy_str(p.parent_code, sizeof p.parent_code, parent);
	if (store_position_create(c->db, &c->who, &p, c->err))
		return -1;
	if (is_vacant(code))
		return 0;
	return person_add(c, code, unit, tier, degree);
}

/* A section unit below `parent_unit`, its head below `head_parent`, and its
 * staff posts below the head.  kel_name is NULL in the kecamatan itself. */
static int section_add(struct demo_ctx *c, const struct section *s, const char *parent_unit,
		       const char *head_parent, const char *kel_name)
{
	char unit[24], head[40], pos[40], uname[200], hname[200];
	snprintf(unit, sizeof unit, "%s-%s", parent_unit, s->code);
	snprintf(head, sizeof head, "%s-KA", unit);
	snprintf(uname, sizeof uname, "%s%s%s", s->unit_name, kel_name ? " Kelurahan " : "",
		 kel_name ? kel_name : "");
	snprintf(hname, sizeof hname, "%s%s%s", s->head, kel_name ? " Kelurahan " : "",
		 kel_name ? kel_name : "");
	if (unit_add(c, unit, uname, s->kind, s->under_secretary ? KEC_UNIT "-SEK" : parent_unit) ||
	    post_add(c, head, hname, "pengawas", unit, head_parent, DEMO_PENGAWAS, NULL))
		return -1;
	for (size_t i = 0; i < s->nslots; i++) {
		const struct slot *sl = &s->slots[i];
		snprintf(pos, sizeof pos, "%s-P%02d", unit, (int)i + 1);
		if (post_add(c, pos, sl->name, sl->kind, unit, head, sl->tier, sl->degree))
			return -1;
	}
	return 0;
}

static int kecamatan_add(struct demo_ctx *c)
{
	if (unit_add(c, TOP_UNIT, "Pemerintah Kota Surabaya", "instansi", "") ||
	    unit_add(c, KEC_UNIT, "Kecamatan Asemrowo", "kecamatan", TOP_UNIT) ||
	    unit_add(c, KEC_UNIT "-SEK", "Sekretariat Kecamatan Asemrowo", "sekretariat", KEC_UNIT) ||
	    post_add(c, CAMAT_POS, "Camat Asemrowo", "administrator", KEC_UNIT, "", DEMO_CAMAT,
		     "S.Sos.") ||
	    post_add(c, SEKCAM_POS, "Sekretaris Kecamatan Asemrowo", "administrator", KEC_UNIT "-SEK",
		     CAMAT_POS, DEMO_ADMINISTRATOR, NULL))
		return -1;
	for (size_t i = 0; i < COUNT(kecamatan_sections); i++) {
		const struct section *s = &kecamatan_sections[i];
		if (section_add(c, s, KEC_UNIT, s->under_secretary ? SEKCAM_POS : CAMAT_POS, NULL))
			return -1;
	}
	return 0;
}

static int kelurahan_add(struct demo_ctx *c, const char *code, const char *name)
{
	char uname[200], lurah[40], lname[200];
	snprintf(uname, sizeof uname, "Kelurahan %s", name);
	snprintf(lurah, sizeof lurah, "%s-LURAH", code);
	snprintf(lname, sizeof lname, "Lurah %s", name);
	if (unit_add(c, code, uname, "kelurahan", KEC_UNIT) ||
	    post_add(c, lurah, lname, "administrator", code, CAMAT_POS, DEMO_ADMINISTRATOR, NULL))
		return -1;
	for (size_t i = 0; i < COUNT(kelurahan_sections); i++)
		if (section_add(c, &kelurahan_sections[i], code, lurah, name))
			return -1;
	return 0;
}

static const struct staff *staff_at(const struct demo_ctx *c, const char *pos)
{
	for (size_t i = 0; i < c->nstaff; i++)
		if (!strcmp(c->staff[i].pos, pos))
			return &c->staff[i];
	return NULL;
}

/* The Kepala Seksi Kesejahteraan Rakyat also acts (Plt) as Kepala Seksi
 * Perekonomian dan Pembangunan, whose post is vacant. */
static int plt_set(struct demo_ctx *c)
{
	const struct staff *acting = staff_at(c, PLT_HOLDER_POST);
	struct position p;
	if (!acting)
		return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: pejabat Plt tidak ada");
	if (store_position_by_code(c->db, PLT_POST, &p, c->err))
		return -1;
	p.plt_id = acting->employee_id;
	return store_position_update(c->db, &c->who, &p, c->err);
}

/* ---- accounts --------------------------------------------------------------- */

/* The password of one account: the fixed test password (hashed once), or a
 * fresh random one.  pw may be NULL when nobody will be told the password. */
static int account_password(struct demo_ctx *c, char *pw, size_t pwsize, char *hash,
			    size_t hashsize)
{
	char tmp[64];
	if (c->fixed_password) {
		if (!c->fixed_hash[0] &&
		    password_hash(c->fixed_password, c->fixed_hash, sizeof c->fixed_hash, c->err))
			return -1;
		if (pw)
			copy_str(pw, pwsize, c->fixed_password);
		return copy_str(hash, hashsize, c->fixed_hash);
	}
	password_generate(tmp, sizeof tmp);
	if (pw)
		copy_str(pw, pwsize, tmp);
	return password_hash(tmp, hash, hashsize, c->err);
}

static int named_index(const char *pos)
{
	for (size_t i = 0; i < NNAMED; i++)
		if (named_accounts[i].pos && !strcmp(named_accounts[i].pos, pos))
			return (int)i;
	return -1;
}

/* One account; `row` (may be NULL) receives the login and password to print. */
static int account_add(struct demo_ctx *c, const char *login, int64_t employee_id,
		       const char *name, enum role role, struct account_row *row)
{
	struct user u;
	memset(&u, 0, sizeof u);
	copy_str(u.login, sizeof u.login, login);
	copy_str(u.name, sizeof u.name, name);
	u.employee_id = employee_id;
	u.role = role;
	u.scope_unit_id = role == ROLE_PENGELOLA ? c->kec_unit_id : 0;
	if (account_password(c, row ? row->password : NULL, row ? sizeof row->password : 0,
			     u.password_hash, sizeof u.password_hash))
		return -1;
	if (store_user_create(c->db, &c->who, &u, c->err))
		return -1;
	if (row) {
		copy_str(row->login, sizeof row->login, login);
		copy_str(row->name, sizeof row->name, name);
	}
	return 0;
}

/* Every employee logs in with their NIP; the auditor is no employee. */
static int accounts_add(struct demo_ctx *c)
{
	for (size_t i = 0; i < c->nstaff; i++) {
		const struct staff *s = &c->staff[i];
		int k = named_index(s->pos);
		enum role role = k < 0 ? ROLE_PEGAWAI : named_accounts[k].role;
		/* An employee's account shows the employee's current name: leave it "". */
		if (account_add(c, s->nip, s->employee_id, "", role, k < 0 ? NULL : &c->rows[k]))
			return -1;
		if (k >= 0)
			copy_str(c->rows[k].name, sizeof c->rows[k].name, s->display);
	}
	for (size_t k = 0; k < NNAMED; k++)
		if (!named_accounts[k].pos &&
		    account_add(c, AUDITOR_LOGIN, 0, AUDITOR_NAME, named_accounts[k].role, &c->rows[k]))
			return -1;
	return 0;
}

/* DATA_DIR/demo-accounts.tsv, readable by the owner only. */
static int accounts_write(const struct demo_ctx *c, const char *data_dir)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/demo-accounts.tsv", data_dir);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	FILE *f = fd < 0 || fchmod(fd, 0600) ? NULL : fdopen(fd, "w");
	if (!f) {
		if (fd >= 0)
			close(fd);
		return kerr_set(c->err, KERR_IO, "data_dir", "Tidak dapat menulis %s", path);
	}
	fprintf(f, "peran\tlogin\tkata_sandi\tnama\n");
	for (size_t k = 0; k < NNAMED; k++)
		fprintf(f, "%s\t%s\t%s\t%s\n", named_accounts[k].label, c->rows[k].login,
			c->rows[k].password, c->rows[k].name);
	if (ferror(f) | fclose(f))
		return kerr_set(c->err, KERR_IO, "data_dir", "Gagal menulis %s", path);
	return 0;
}

static int demo_check_password(struct demo_ctx *c)
{
	if (!c->fixed_password)
		return 0;
	struct kerr why = KERR_INIT;
	if (password_acceptable(c->fixed_password, NULL, &why))
		return kerr_set(c->err, KERR_INVALID, "KINERJA_DEMO_PASSWORD",
				"KINERJA_DEMO_PASSWORD tidak memenuhi syarat: %s", why.msg);
	return 0;
}

int demo_create(struct db *db, const char *data_dir, enum demo_level level, struct kerr *err)
{
	struct demo_ctx *c = xcalloc(1, sizeof *c);
	const char *fixed = getenv("KINERJA_DEMO_PASSWORD");
	c->db = db;
	c->who = (struct actor){ 0, "cli", "" };
	c->err = err;
	c->fixed_password = fixed && *fixed ? fixed : NULL;
	c->seen = demo_seen_new();
	demo_rng_seed(&c->rng, DEMO_SEED);
	int rc = demo_check_password(c) || kecamatan_add(c);
	for (size_t i = 0; !rc && i < COUNT(kelurahan); i++)
		rc = kelurahan_add(c, kelurahan[i].code, kelurahan[i].name);
	if (!rc)
		rc = plt_set(c) || accounts_add(c) || demo_create_plans(db, err) ||
		     (level == DEMO_LENGKAP && demo_create_monitoring(db, err)) ||
		     accounts_write(c, data_dir);
	demo_seen_free(c->seen);
	explicit_bzero(c, sizeof *c);   /* the passwords */
	free(c);
	return rc ? -1 : 0;
}
