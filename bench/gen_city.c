/*
 * gen_city.c - fills an empty kinerja database with a generated city for
 * bench/cascade.sh: the instansi, up to 30 perangkat daerah (dinas and
 * kecamatan alternately), each with a sekretariat and five bidang or
 * kelurahan of five sections each; a position per person (heads above
 * their staff); N employees with valid NIPs; the period "Tahun 2026",
 * opened; organisation goals for the city and for each perangkat daerah;
 * and for every employee an SKP with 4 utama RHK pointing at the
 * superior's RHK (the Sekretaris Daerah's at the city's goals, a Kepala
 * Dinas's two at the Sekda's and two at the dinas's goals), 1 tambahan
 * RHK, and 2 IKI per RHK.  Nearly all SKPs end approved; about 1% of the
 * staff's stay in draft with one RHK linked to nothing, about 1% waiting.
 * The third goal of each perangkat daerah and the fifth of the city are
 * left unsupported.
 *
 *   gen_city --db URL [--employees N] [--password PW] [--all-store]
 *            [--round360 N [--sessions FILE] [--answers]] [--assessments]
 *
 * What goes through the store's own functions (with every check and the
 * audit trail): the units (store_unit_create), positions and employees
 * (store_check_import + store_position_import / store_employee_import, as
 * `kinerja import` does), the period, the goals, two accounts (bench.admin,
 * an administrator, and one staff member logging in with their NIP, owner
 * of an SKP of the sample; both with --password), and a sample of about
 * ten SKPs per level of the hierarchy, built as a person would
 * (store_skp_create, store_rhk_add, store_iki_add, store_skp_act: submit
 * by the owner, approve by the assessor), so a link the store would refuse
 * stops the run.
 *
 * The other SKPs are written level by level, one transaction per level,
 * through the store's SQL layer (store/db.h, which only src/store uses
 * otherwise), with the rows the store functions write (SKP, the seven
 * BerAKHLAK rows, RHK, IKI, the workflow events and the frozen header of
 * an approved SKP) but no audit rows and no content snapshot; a city built
 * with --all-store holds the same rows otherwise.  This is a benchmark
 * fixture, not a way to write data: store_skp_create, store_rhk_add and
 * store_skp_act each load the whole position hierarchy
 * (store_employee_assessors), so at 30,000 positions one SKP through them
 * takes about 75 ms and the city about 40 minutes; the sample's time per
 * SKP is printed so that cost shows.  --all-store sends every SKP through
 * the store functions (sensible for small cities only).  On PostgreSQL the
 * tables are analysed at the end, as autovacuum would do soon after.
 *
 * With --round360, --sessions, --answers and --assessments it then adds a
 * 360-degree round with up to N raters per person, sessions for the
 * raters, every answer, and the unit predicates and tahunan assessments
 * (gen_assess.c says how) for bench/r360_answer.sh and
 * bench/assessment_city.sh.
 *
 * Prints key=value lines on stdout (counts, ids, timings) for the script;
 * progress and errors go to stderr.  Deterministic: no randomness.
 */
#include "core/strbuf.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "domain/csvcheck.h"
#include "domain/csvtable.h"
#include "domain/golongan.h"
#include "domain/skp.h"
#include "http/auth.h"
#include "store/db.h"
#include "store/plan.h"
#include "store/store.h"

#include "gen_assess.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define N_UTAMA 4
#define N_IKI 2
#define BIDANG 6                /* units under a perangkat daerah (sekretariat first) */
#define SECTIONS 5              /* sections under each of those */
#define SAMPLE_PER_LEVEL 10     /* SKPs per level built through the store functions */
#define PERIOD_NAME "Tahun 2026"
#define CITY "Kota Surabaya"

enum level { L_TOP, L_PD, L_BIDANG, L_SEKSI, L_STAFF, L__N };

static const char *const level_names[L__N] = {
	"sekda", "kepala_pd", "kepala_bidang", "kepala_seksi", "staf",
};

/* ---- the words ---------------------------------------------------------------- */

static const char *const dinas[] = {
	"Pendidikan", "Kesehatan", "Perhubungan", "Sosial", "Lingkungan Hidup",
	"Kependudukan dan Pencatatan Sipil", "Sumber Daya Air dan Bina Marga",
	"Perumahan Rakyat dan Kawasan Permukiman", "Koperasi Usaha Kecil dan Menengah",
	"Perdagangan", "Ketahanan Pangan dan Pertanian", "Kebudayaan dan Pariwisata",
	"Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Tenaga Kerja",
	"Pemadam Kebakaran dan Penyelamatan",
};
static const char *const kecamatan[] = {
	"Asemrowo", "Benowo", "Bubutan", "Bulak", "Dukuh Pakis", "Gayungan", "Genteng",
	"Gubeng", "Gunung Anyar", "Jambangan", "Karang Pilang", "Kenjeran", "Krembangan",
	"Lakarsantri", "Mulyorejo",
};
static const char *const bidang[] = {
	"Perencanaan dan Pengembangan", "Pelayanan", "Pengendalian dan Pengawasan",
	"Data dan Informasi", "Pembinaan dan Pemberdayaan",
};
static const char *const kelurahan_suffix[] = { "Barat", "Timur", "Utara", "Selatan", "Tengah" };
static const char *const subbagian[] = {
	"Umum dan Kepegawaian", "Keuangan", "Perencanaan", "Aset", "Hukum dan Organisasi",
};
static const char *const seksi[] = {
	"Pemerintahan", "Ketenteraman dan Ketertiban", "Kesejahteraan Rakyat",
	"Perekonomian dan Pembangunan", "Pelayanan Umum",
};
static const char *const staff_posts[] = {
	"Pengadministrasi Umum", "Pengolah Data", "Pengelola Layanan Operasional",
	"Pengadministrasi Perkantoran", "Pengelola Keuangan", "Penata Layanan Operasional",
	"Pengadministrasi Kepegawaian", "Pengelola Sarana dan Prasarana",
};
static const char *const functional_posts[] = {
	"Analis Kebijakan Ahli Pertama", "Pranata Komputer Ahli Pertama",
	"Perencana Ahli Muda", "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
};
static const char *const given[] = {
	"Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko",
	"Kartika", "Lestari", "Made", "Nur", "Oktavia", "Putri", "Rahmat", "Sri", "Taufik",
	"Utami", "Wahyu", "Yuliana", "Zainal", "Ahmad", "Bambang", "Dian", "Endang", "Fajar",
	"Hadi", "Ika", "Kurniawan", "Lina", "Muhammad", "Novi", "Rina", "Siti", "Teguh", "Wulan",
};
static const char *const family[] = {
	"Santoso", "Wijaya", "Prasetyo", "Lestari", "Hidayat", "Susanto", "Rahayu", "Setiawan",
	"Kusuma", "Nugroho", "Wibowo", "Purnomo", "Handayani", "Saputra", "Hartono", "Utomo",
	"Permana", "Sulistyowati", "Firmansyah", "Pratiwi", "Suryadi", "Ramadhan", "Astuti",
	"Kurniasih", "Syahputra", "Maharani", "Gunawan", "Anggraini", "Suharto", "Wulandari",
};
static const char *const topics[] = {
	"pelayanan administrasi kepada masyarakat", "perencanaan dan penganggaran program",
	"pengelolaan data dan informasi kinerja", "pengawasan dan pengendalian kegiatan",
	"pengelolaan keuangan dan barang milik daerah", "pembinaan dan pengembangan aparatur",
	"koordinasi lintas perangkat daerah", "penanganan pengaduan masyarakat",
};
static const char *const city_goals[] = {
	"Meningkatnya kualitas pelayanan publik",
	"Meningkatnya tata kelola pemerintahan yang bersih dan akuntabel",
	"Meningkatnya kesejahteraan masyarakat",
	"Meningkatnya kualitas lingkungan hidup dan infrastruktur kota",
	"Meningkatnya ketenteraman dan ketertiban umum",   /* left unsupported */
};
static const char *const pd_goals[] = {
	"Meningkatnya kinerja pelayanan", "Meningkatnya akuntabilitas kinerja",
	"Meningkatnya inovasi layanan",   /* left unsupported */
};
static const char *const perspectives[] = {
	"penerima_layanan", "proses_bisnis", "penguatan_internal", "anggaran",
};

/* ---- the city as data ------------------------------------------------------------ */

struct gunit {
	char code[24];
	char name[160];
	const char *kind;
	int parent;             /* index, -1 at the top */
	int64_t id;
};

struct person {
	enum level level;
	int pd;                 /* perangkat daerah, -1 for the Sekda */
	int boss;               /* index of the superior, -1 at the top */
	int unit;               /* index into the units */
	int rank;               /* index within its level */
	int sub;                /* index among the superior's subordinates */
	char pos[40];
	char pos_name[200];
	const char *kind;
	char nip[20];
	char name[80];
	const char *front, *back, *golongan;
	int64_t employee_id, position_id, skp_id;
	int64_t rhk[N_UTAMA];
	enum skp_state want;
	int sampled;            /* built through the store functions */
};

/* The multi-row INSERTs of the bulk SKPs, built once (the store caches
 * prepared statements by the address of their text). */
struct bulk_sql {
	char *behaviour, *events[3], *rhk, *iki;
};

struct city {
	struct db *db;
	struct bulk_sql sql;
	struct actor who;
	struct kerr *err;
	int n_pd, n_heads;
	struct gunit *units;
	size_t n_units;
	struct person *p;
	size_t n;
	int64_t period_id;
	int64_t city_goal[COUNT(city_goals)];
	int64_t (*pd_goal)[COUNT(pd_goals)];
	size_t n_goals;
	/* figures */
	size_t n_skp, n_rhk, n_iki, n_store_skp, n_state[SKP__STATES];
	double store_secs, bulk_secs;
};

static double now_secs(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int is_kecamatan(int pd)
{
	return pd % 2 == 1;
}

/* "Dinas Kesehatan" / "Kecamatan Gubeng" */
static void pd_name(int pd, char *out, size_t size)
{
	if (is_kecamatan(pd))
		snprintf(out, size, "Kecamatan %s", kecamatan[(size_t)(pd / 2) % COUNT(kecamatan)]);
	else
		snprintf(out, size, "Dinas %s", dinas[(size_t)(pd / 2) % COUNT(dinas)]);
}

/* Index of unit / head: 0 the city; then the perangkat daerah; then their
 * bidang; then the sections.  The head of unit i is person i. */
static int idx_pd(const struct city *c, int pd)
{
	(void)c;
	return 1 + pd;
}

static int idx_bidang(const struct city *c, int pd, int b)
{
	return 1 + c->n_pd + pd * BIDANG + b;
}

static int idx_section(const struct city *c, int pd, int b, int s)
{
	return 1 + c->n_pd + c->n_pd * BIDANG + (pd * BIDANG + b) * SECTIONS + s;
}

static void unit_set(struct city *c, int i, const char *code, const char *name, const char *kind,
		     int parent)
{
	struct gunit *u = &c->units[i];
	copy_str(u->code, sizeof u->code, code);
	copy_str(u->name, sizeof u->name, name);
	u->kind = kind;
	u->parent = parent;
}

/* The names of bidang b of perangkat daerah pd and of its section s. */
static void bidang_names(int pd, int b, char *unit, size_t usize, char *head, size_t hsize,
			 const char **kind)
{
	char pdn[120];
	pd_name(pd, pdn, sizeof pdn);
	if (b == 0) {
		snprintf(unit, usize, "Sekretariat %s", pdn);
		snprintf(head, hsize, "Sekretaris %s", pdn);
		*kind = "sekretariat";
	} else if (is_kecamatan(pd)) {
		snprintf(unit, usize, "Kelurahan %s %s", kecamatan[(size_t)(pd / 2) % COUNT(kecamatan)],
			 kelurahan_suffix[b - 1]);
		snprintf(head, hsize, "Lurah %s %s", kecamatan[(size_t)(pd / 2) % COUNT(kecamatan)],
			 kelurahan_suffix[b - 1]);
		*kind = "kelurahan";
	} else {
		snprintf(unit, usize, "Bidang %s %s", bidang[b - 1], pdn);
		snprintf(head, hsize, "Kepala Bidang %s %s", bidang[b - 1], pdn);
		*kind = "lainnya";
	}
}

static void build_units(struct city *c)
{
	char code[24], name[160], head[200], pdn[120];
	const char *kind;
	c->n_units = (size_t)c->n_heads;
	c->units = xcalloc(c->n_units, sizeof *c->units);
	unit_set(c, 0, "KOTA", "Pemerintah " CITY, "instansi", -1);
	for (int d = 0; d < c->n_pd; d++) {
		pd_name(d, pdn, sizeof pdn);
		snprintf(code, sizeof code, "PD%02d", d + 1);
		unit_set(c, idx_pd(c, d), code, pdn, is_kecamatan(d) ? "kecamatan" : "lainnya", 0);
		for (int b = 0; b < BIDANG; b++) {
			bidang_names(d, b, name, sizeof name, head, sizeof head, &kind);
			snprintf(code, sizeof code, "PD%02d-B%d", d + 1, b + 1);
			unit_set(c, idx_bidang(c, d, b), code, name, kind, idx_pd(c, d));
			for (int s = 0; s < SECTIONS; s++) {
				const char *what = b == 0 ? subbagian[s] : seksi[s];
				snprintf(code, sizeof code, "PD%02d-B%d-S%d", d + 1, b + 1, s + 1);
				snprintf(head, sizeof head, "%s %s %s", b == 0 ? "Subbagian" : "Seksi",
					 what, name);
				unit_set(c, idx_section(c, d, b, s), code, head,
					 b == 0 ? "subbagian" : "seksi", idx_bidang(c, d, b));
			}
		}
	}
}

/* ---- people ----------------------------------------------------------------------- */

/* A valid PNS NIP, unique per i: birth date and sequence number from i. */
static void make_nip(size_t i, char *out, size_t size)
{
	int by = 1966 + (int)(i % 34), bm = 1 + (int)(i / 34 % 12), bd = 1 + (int)(i / 408 % 28);
	int ay = by + 22 + (int)(i % 5), am = 1 + (int)(i % 12);
	int sex = 1 + (int)(i / 7 % 2), seq = 1 + (int)(i / 11424 % 999);
	snprintf(out, size, "%04d%02d%02d%04d%02d%d%03d", by, bm, bd, ay, am, sex, seq);
}

static void person_init(struct city *c, size_t i, enum level lv, int pd, int boss, int unit,
			int rank, int sub)
{
	static const char *const gol_staff[] = { "II/c", "II/d", "III/a", "III/b", "III/c" };
	static const char *const gol_head[L__N] = { "IV/d", "IV/c", "IV/a", "III/d", "III/a" };
	static const char *const backs[] = { "", "S.E.", "S.Sos.", "", "S.Kom.", "A.Md.", "S.H." };
	struct person *p = &c->p[i];
	p->level = lv;
	p->pd = pd;
	p->boss = boss;
	p->unit = unit;
	p->rank = rank;
	p->sub = sub;
	make_nip(i, p->nip, sizeof p->nip);
	snprintf(p->name, sizeof p->name, "%s %s", given[i % COUNT(given)],
		 family[(i / COUNT(given) + i) % COUNT(family)]);
	p->front = lv <= L_PD && i % 3 == 0 ? "Drs." : "";
	p->back = lv < L_STAFF ? (i % 2 ? "S.Sos., M.Si." : "S.T., M.M.") : backs[i % COUNT(backs)];
	p->golongan = lv == L_STAFF ? gol_staff[i % COUNT(gol_staff)] : gol_head[lv];
	p->want = SKP_DISETUJUI;
}

static void heads_init(struct city *c)
{
	char pdn[120], unit[160];
	const char *kind;
	person_init(c, 0, L_TOP, -1, -1, 0, 0, 0);
	copy_str(c->p[0].pos, sizeof c->p[0].pos, "KOTA-SEKDA");
	copy_str(c->p[0].pos_name, sizeof c->p[0].pos_name, "Sekretaris Daerah " CITY);
	c->p[0].kind = "jpt_madya";
	for (int d = 0; d < c->n_pd; d++) {
		struct person *h = &c->p[idx_pd(c, d)];
		person_init(c, (size_t)idx_pd(c, d), L_PD, d, 0, idx_pd(c, d), d, d);
		pd_name(d, pdn, sizeof pdn);
		snprintf(h->pos, sizeof h->pos, "%s-KA", c->units[idx_pd(c, d)].code);
		if (is_kecamatan(d))
			snprintf(h->pos_name, sizeof h->pos_name, "Camat %s", pdn + strlen("Kecamatan "));
		else
			snprintf(h->pos_name, sizeof h->pos_name, "Kepala %s", pdn);
		h->kind = is_kecamatan(d) ? "administrator" : "jpt_pratama";
		for (int b = 0; b < BIDANG; b++) {
			int bi = idx_bidang(c, d, b);
			struct person *bh = &c->p[bi];
			person_init(c, (size_t)bi, L_BIDANG, d, idx_pd(c, d), bi, d * BIDANG + b, b);
			bidang_names(d, b, unit, sizeof unit, bh->pos_name, sizeof bh->pos_name, &kind);
			snprintf(bh->pos, sizeof bh->pos, "%s-KA", c->units[bi].code);
			bh->kind = "administrator";
			for (int s = 0; s < SECTIONS; s++) {
				int si = idx_section(c, d, b, s);
				struct person *sh = &c->p[si];
				person_init(c, (size_t)si, L_SEKSI, d, bi, si, (d * BIDANG + b) * SECTIONS + s,
					    s);
				snprintf(sh->pos, sizeof sh->pos, "%s-KA", c->units[si].code);
				snprintf(sh->pos_name, sizeof sh->pos_name, "Kepala %s", c->units[si].name);
				sh->kind = "pengawas";
			}
		}
	}
}

/* The staff, spread evenly over the sections; about 1% of their SKPs stay
 * in draft (one RHK unlinked) and 1% wait for approval. */
static void staff_init(struct city *c)
{
	size_t sections = (size_t)c->n_pd * BIDANG * SECTIONS, staff = c->n - (size_t)c->n_heads;
	size_t i = (size_t)c->n_heads;
	for (size_t k = 0; k < sections; k++) {
		size_t here = staff / sections + (k < staff % sections);
		int si = 1 + c->n_pd + c->n_pd * BIDANG + (int)k;
		for (size_t j = 0; j < here; j++, i++) {
			struct person *p = &c->p[i];
			int rank = (int)(i - (size_t)c->n_heads);
			person_init(c, i, L_STAFF, c->p[si].pd, si, si, rank, (int)j);
			snprintf(p->pos, sizeof p->pos, "%.20s-P%03d", c->units[si].code, (int)j + 1);
			p->kind = rank % 5 == 4 ? "fungsional" : "pelaksana";
			copy_str(p->pos_name, sizeof p->pos_name,
				 rank % 5 == 4 ? functional_posts[(size_t)rank % COUNT(functional_posts)]
					       : staff_posts[(size_t)rank % COUNT(staff_posts)]);
			if (rank % 97 == 13)
				p->want = SKP_DRAFT;
			else if (rank % 89 == 7)
				p->want = SKP_DIAJUKAN;
		}
	}
}

/* About SAMPLE_PER_LEVEL people of each level, spread, build their SKP
 * through the store functions (all of them with --all-store). */
static void pick_sample(struct city *c, int all)
{
	size_t per_level[L__N] = { 0 };
	for (size_t i = 0; i < c->n; i++)
		per_level[c->p[i].level]++;
	for (size_t i = 0; i < c->n; i++) {
		struct person *p = &c->p[i];
		size_t step = per_level[p->level] / SAMPLE_PER_LEVEL;
		p->sampled = all || step < 2 || (size_t)p->rank % step == step / 2;
	}
}

static int city_layout(struct city *c, size_t n)
{
	c->n_pd = (int)(n / 1000);
	c->n_pd = c->n_pd < 1 ? 1 : c->n_pd > 30 ? 30 : c->n_pd;
	c->n_heads = 1 + c->n_pd * (1 + BIDANG + BIDANG * SECTIONS);
	if (n < (size_t)c->n_heads + (size_t)c->n_pd * BIDANG * SECTIONS)
		return kerr_set(c->err, KERR_INVALID, "employees",
				"Terlalu sedikit pegawai: paling sedikit %d",
				c->n_heads + c->n_pd * BIDANG * SECTIONS);
	c->n = n;
	c->p = xcalloc(n, sizeof *c->p);
	build_units(c);
	heads_init(c);
	staff_init(c);
	return 0;
}

/* ---- the organisation through the store ------------------------------------------ */

static int units_create(struct city *c)
{
	for (size_t i = 0; i < c->n_units; i++) {
		struct gunit *g = &c->units[i];
		struct unit u;
		memset(&u, 0, sizeof u);
		copy_str(u.code, sizeof u.code, g->code);
		copy_str(u.name, sizeof u.name, g->name);
		copy_str(u.kind, sizeof u.kind, g->kind);
		copy_str(u.parent_code, sizeof u.parent_code, g->parent < 0 ? "" : c->units[g->parent].code);
		if (store_unit_create(c->db, &c->who, &u, c->err))
			return -1;
		g->id = u.id;
	}
	return 0;
}

static void positions_csv(const struct city *c, struct strbuf *sb)
{
	strbuf_addstr(sb, "kode,nama,jenis,kode_unit,kode_atasan\r\n");
	for (size_t i = 0; i < c->n; i++) {
		const struct person *p = &c->p[i];
		const char *cells[] = { p->pos, p->pos_name, p->kind, c->units[p->unit].code,
					p->boss < 0 ? "" : c->p[p->boss].pos };
		csv_write_row(sb, cells, COUNT(cells));
	}
}

static void employees_csv(const struct city *c, struct strbuf *sb)
{
	strbuf_addstr(sb, "nip,jenis_nip,nama,gelar_depan,gelar_belakang,golongan,kode_jabatan,"
			  "kode_unit,status,email\r\n");
	for (size_t i = 0; i < c->n; i++) {
		const struct person *p = &c->p[i];
		const char *cells[] = { p->nip, "pns", p->name, p->front, p->back, p->golongan, p->pos,
					c->units[p->unit].code, "aktif", "" };
		csv_write_row(sb, cells, COUNT(cells));
	}
}

/* Checks and writes a CSV as `kinerja import` does; any issue stops the run. */
static int import_csv(struct city *c, const struct strbuf *csv, int positions)
{
	struct csv_table t = CSV_TABLE_INIT;
	struct csv_report rep = CSV_REPORT_INIT;
	if (csv_table_parse(csv->buf, csv->len, 0, &t, c->err))
		return -1;
	int rc = store_check_import(c->db, &t, positions, &rep, c->err);
	if (!rc && rep.issues_total) {
		const struct csv_issue *it = &rep.items[0];
		rc = kerr_set(c->err, KERR_INVALID, it->column, "impor %s, baris %zu: %s (%zu masalah)",
			      positions ? "jabatan" : "pegawai", it->line, it->reason,
			      rep.issues_total);
	}
	if (!rc && (positions ? store_position_import : store_employee_import)(c->db, &c->who, &t,
									      &rep, c->err) < 0)
		rc = -1;
	csv_report_release(&rep);
	csv_table_release(&t);
	return rc;
}

static int people_create(struct city *c)
{
	struct strbuf sb = STRBUF_INIT;
	positions_csv(c, &sb);
	int rc = import_csv(c, &sb, 1);
	strbuf_reset(&sb);
	if (!rc) {
		employees_csv(c, &sb);
		rc = import_csv(c, &sb, 0);
	}
	strbuf_release(&sb);
	for (size_t i = 0; !rc && i < c->n; i++) {
		struct employee e;
		rc = store_employee_by_nip(c->db, c->p[i].nip, &e, c->err);
		c->p[i].employee_id = e.id;
		c->p[i].position_id = e.position_id;
		if (!rc && !e.position_id)
			rc = kerr_set(c->err, KERR_INTERNAL, "", "pegawai %s tanpa jabatan", c->p[i].nip);
	}
	return rc;
}

/* An account; employee_id 0 for one that is no employee. */
static int account_add(struct city *c, const char *login, const char *name, int64_t employee_id,
		       enum role role, const char *hash)
{
	struct user u;
	memset(&u, 0, sizeof u);
	copy_str(u.login, sizeof u.login, login);
	copy_str(u.name, sizeof u.name, name);
	u.employee_id = employee_id;
	u.role = role;
	copy_str(u.password_hash, sizeof u.password_hash, hash);
	return store_user_create(c->db, &c->who, &u, c->err);
}

/* The first staff member whose SKP is built and approved through the store. */
static struct person *owner_of_sample(struct city *c)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->p[i].level == L_STAFF && c->p[i].sampled && c->p[i].want == SKP_DISETUJUI)
			return &c->p[i];
	return NULL;
}

/* bench.admin (administrator) and, logging in with their NIP, the owner of
 * one staff SKP (pegawai), both with `password`. */
static int accounts_create(struct city *c, const char *password)
{
	char hash[160];
	const struct person *o = owner_of_sample(c);
	if (!o)
		return kerr_set(c->err, KERR_INTERNAL, "", "tidak ada SKP staf dalam sampel");
	if (password_hash(password, hash, sizeof hash, c->err))
		return -1;
	return account_add(c, "bench.admin", "Administrator Benchmark", 0, ROLE_ADMIN, hash) ||
	       account_add(c, o->nip, "", o->employee_id, ROLE_PEGAWAI, hash) ? -1 : 0;
}

/* ---- period and goals --------------------------------------------------------------- */

static int goal_add(struct city *c, int unit, const char *code, const char *text, int64_t *id)
{
	char t[SKP_TEXT_MAX + 1], ind[200];
	struct goal g;
	memset(&g, 0, sizeof g);
	g.period_id = c->period_id;
	g.unit_id = c->units[unit].id;
	copy_str(g.code, sizeof g.code, code);
	copy_str(t, sizeof t, text);
	snprintf(ind, sizeof ind, "Indeks capaian: %s", text);
	g.text = t;
	g.indicator = ind;
	if (store_goal_create(c->db, &c->who, &g, c->err))
		return -1;
	*id = g.id;
	c->n_goals++;
	return 0;
}

static int plan_setup(struct city *c)
{
	char code[40], text[300];
	struct period p;
	memset(&p, 0, sizeof p);
	copy_str(p.name, sizeof p.name, PERIOD_NAME);
	p.year = 2026;
	copy_str(p.start_date, sizeof p.start_date, "2026-01-01");
	copy_str(p.end_date, sizeof p.end_date, "2026-12-31");
	copy_str(p.plan_due, sizeof p.plan_due, "2026-01-31");
	copy_str(p.cadence, sizeof p.cadence, "triwulan");
	if (store_period_create(c->db, &c->who, &p, c->err) ||
	    store_period_act(c->db, &c->who, p.id, "buka", c->err))
		return -1;
	c->period_id = p.id;
	for (size_t i = 0; i < COUNT(city_goals); i++) {
		snprintf(code, sizeof code, "KOTA-%zu", i + 1);
		if (goal_add(c, 0, code, city_goals[i], &c->city_goal[i]))
			return -1;
	}
	c->pd_goal = xcalloc((size_t)c->n_pd, sizeof *c->pd_goal);
	for (int d = 0; d < c->n_pd; d++)
		for (size_t i = 0; i < COUNT(pd_goals); i++) {
			int u = idx_pd(c, d);
			snprintf(code, sizeof code, "%s-%zu", c->units[u].code, i + 1);
			snprintf(text, sizeof text, "%s %s", pd_goals[i], c->units[u].name);
			if (goal_add(c, u, code, text, &c->pd_goal[d][i]))
				return -1;
		}
	return 0;
}

/* ---- one SKP's content ----------------------------------------------------------------- */

/* What utama RHK i of p points at: a goal or the superior's RHK (one each). */
static void rhk_link(const struct city *c, const struct person *p, int i, int64_t *parent,
		     int64_t *goal)
{
	*parent = *goal = 0;
	if (p->want == SKP_DRAFT && i == N_UTAMA - 1)
		return;                 /* a draft still missing its link */
	if (p->level == L_TOP)
		*goal = c->city_goal[i];
	else if (p->level == L_PD && i >= 2)
		*goal = c->pd_goal[p->pd][i - 2];
	else if (p->level == L_PD)
		*parent = c->p[0].rhk[(p->pd + i) % N_UTAMA];
	else
		*parent = c->p[p->boss].rhk[(p->sub + i) % N_UTAMA];
}

static void rhk_text(const struct city *c, const struct person *p, int i, char *out, size_t size)
{
	const char *topic = topics[(size_t)(p->rank + i) % COUNT(topics)];
	const char *unit = c->units[p->unit].name;
	if (i == N_UTAMA)
		snprintf(out, size, "Terlaksananya tugas tambahan sebagai anggota tim %s", topic);
	else if (p->level == L_TOP)
		snprintf(out, size, "Meningkatnya kualitas %s di lingkungan Pemerintah " CITY, topic);
	else if (p->level == L_PD)
		snprintf(out, size, "Meningkatnya kualitas %s pada %s", topic, unit);
	else if (p->level == L_BIDANG)
		snprintf(out, size, "Terlaksananya %s di %s", topic, unit);
	else if (p->level == L_SEKSI)
		snprintf(out, size, "Tersusunnya laporan %s %s", topic, unit);
	else
		snprintf(out, size, "Terselesaikannya %s sesuai standar waktu layanan", topic);
}

static char no_words[] = "";

/* IKI j of RHK i: a count, or a percentage range. */
static void iki_fill(const struct person *p, int i, int j, struct iki *k, char *text, size_t size)
{
	const char *topic = topics[(size_t)(p->rank + i) % COUNT(topics)];
	memset(k, 0, sizeof *k);
	k->seq = j + 1;
	if (j == 0) {
		snprintf(text, size, "Jumlah dokumen %s yang diselesaikan", topic);
		copy_str(k->aspect, sizeof k->aspect, "kuantitas");
		copy_str(k->target_min, sizeof k->target_min, "12");
		copy_str(k->unit_label, sizeof k->unit_label, "dokumen");
	} else {
		snprintf(text, size, "Persentase %s yang diselesaikan tepat waktu", topic);
		copy_str(k->aspect, sizeof k->aspect, "waktu");
		copy_str(k->target_min, sizeof k->target_min, "90");
		copy_str(k->target_max, sizeof k->target_max, "100");
		copy_str(k->unit_label, sizeof k->unit_label, "%");
	}
	copy_str(k->direction, sizeof k->direction, "naik");
	k->text = text;
	k->target_text = no_words;
}

static void rhk_fill(const struct city *c, const struct person *p, int i, struct rhk *r,
		     char *text, size_t size)
{
	memset(r, 0, sizeof *r);
	r->skp_id = p->skp_id;
	copy_str(r->kind, sizeof r->kind, i < N_UTAMA ? "utama" : "tambahan");
	r->seq = i < N_UTAMA ? i + 1 : 1;
	rhk_text(c, p, i, text, size);
	r->text = text;
	if (i < N_UTAMA)
		rhk_link(c, p, i, &r->parent_rhk_id, &r->goal_id);
	if (!strncmp(p->kind, "jpt_", 4))   /* JPT rows carry a perspektif */
		copy_str(r->perspective, sizeof r->perspective, perspectives[i % N_UTAMA]);
}

/* ---- the sample: through the store functions --------------------------------------------- */

static int store_act(struct city *c, const struct person *p, enum skp_action a, enum skp_role role)
{
	struct skp s;
	memset(&s, 0, sizeof s);
	if (store_skp_get(c->db, p->skp_id, &s, c->err))
		return -1;
	int64_t version = s.version;
	skp_release(&s);
	return store_skp_act(c->db, &c->who, p->skp_id, version, a, role, NULL, c->err);
}

static int store_build(struct city *c, struct person *p)
{
	char text[SKP_TEXT_MAX + 1], itext[SKP_TEXT_MAX + 1];
	struct skp s;
	memset(&s, 0, sizeof s);
	s.period_id = c->period_id;
	s.employee_id = p->employee_id;
	s.month_from = 1;
	s.month_to = 12;
	copy_str(s.approach, sizeof s.approach, "kuantitatif");
	if (store_skp_create(c->db, &c->who, &s, c->err))
		return -1;
	p->skp_id = s.id;
	for (int i = 0; i <= N_UTAMA; i++) {
		struct rhk r;
		rhk_fill(c, p, i, &r, text, sizeof text);
		if (store_rhk_add(c->db, &c->who, &r, c->err))
			return -1;
		if (i < N_UTAMA)
			p->rhk[i] = r.id;
		for (int j = 0; j < N_IKI; j++) {
			struct iki k;
			iki_fill(p, i, j, &k, itext, sizeof itext);
			k.rhk_id = r.id;
			if (store_iki_add(c->db, &c->who, &k, c->err))
				return -1;
		}
	}
	if (p->want >= SKP_DIAJUKAN && store_act(c, p, SKP_SUBMIT, SKP_ROLE_OWNER))
		return -1;
	return p->want == SKP_DISETUJUI ? store_act(c, p, SKP_APPROVE, SKP_ROLE_ASSESSOR) : 0;
}

/* ---- the rest: the same rows, one transaction per level ------------------------------------ */

static json_t *party(const struct city *c, const struct person *p)
{
	const struct golongan *g = golongan_find(p->golongan);
	char name[200];
	snprintf(name, sizeof name, "%s%s%s%s%s", p->front, p->front[0] ? " " : "", p->name,
		 p->back[0] ? ", " : "", p->back);
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s}", "id", (json_int_t)p->employee_id,
			 "name", name, "nip", p->nip, "pangkat", g ? g->pangkat : "", "golongan",
			 p->golongan, "position", p->pos_name, "unit", c->units[p->unit].name);
}

/* The employee and assessor as frozen at approval (NULL unless approved),
 * approved today (WIB, UTC+7) as the store would write it. */
static char *header_json(const struct city *c, const struct person *p)
{
	char today[16];
	time_t t = time(NULL) + 7 * 3600;
	struct tm tm;
	if (p->want != SKP_DISETUJUI)
		return NULL;
	gmtime_r(&t, &tm);
	strftime(today, sizeof today, "%Y-%m-%d", &tm);
	json_t *h = json_pack("{s:o, s:o, s:s, s:s, s:s, s:s, s:i}", "employee", party(c, p),
			      "assessor", p->boss < 0 ? json_null() : party(c, &c->p[p->boss]),
			      "approved_date", today, "period", PERIOD_NAME, "period_start",
			      "2026-01-01", "period_end", "2026-12-31", "revision", 0);
	char *text = h ? json_dumps(h, JSON_COMPACT) : NULL;
	json_decref(h);
	return text;
}

/* Column counts of the multi-row INSERTs of one SKP's content. */
enum { BEH_COLS = 3, EV_COLS = 6, RHK_COLS = 8, IKI_COLS = 9 };
#define N_RHK (N_UTAMA + 1)
/* IKI rows per statement: the store's PostgreSQL path takes 64 parameters. */
#define IKI_ROWS (N_RHK * N_IKI / 2)
_Static_assert(IKI_ROWS * IKI_COLS <= 64 && N_RHK * RHK_COLS <= 64 &&
	       BERAKHLAK_COUNT * BEH_COLS <= 64 && (N_RHK * N_IKI) % IKI_ROWS == 0,
	       "a statement over the store's 64 parameters");

/* "HEAD VALUES ($1, ..), (..) TAIL" for `rows` rows of `cols` placeholders
 * (free() it).  One statement per table and SKP: a round trip each on
 * PostgreSQL instead of one per row. */
static char *multi_insert(const char *head, int rows, int cols, const char *tail)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, head);
	for (int r = 0; r < rows; r++) {
		strbuf_addstr(&sb, r ? ", (" : " VALUES (");
		for (int k = 0; k < cols; k++)
			strbuf_addf(&sb, "%s$%d", k ? ", " : "", r * cols + k + 1);
		strbuf_addch(&sb, ')');
	}
	strbuf_addstr(&sb, tail);
	return strbuf_detach(&sb, NULL);
}

static void bulk_sql_init(struct bulk_sql *q)
{
	q->behaviour = multi_insert("INSERT INTO skp_behaviour (skp_id, value_code, expectation)",
				    BERAKHLAK_COUNT, BEH_COLS, "");
	q->events[0] = NULL;
	for (int n = 1; n <= 2; n++)
		q->events[n] = multi_insert("INSERT INTO skp_events (skp_id, at, user_id, login, "
					    "action, note)", n, EV_COLS, "");
	q->rhk = multi_insert("INSERT INTO rhk (skp_id, kind, seq, text, parent_rhk_id, goal_id, "
			      "perspective, proposed)", N_RHK, RHK_COLS, " RETURNING id, kind, seq");
	q->iki = multi_insert("INSERT INTO iki (rhk_id, seq, text, aspect, target_min, target_max, "
			      "target_text, unit_label, direction)", IKI_ROWS, IKI_COLS, "");
}

static void bulk_sql_release(struct bulk_sql *q)
{
	free(q->behaviour);
	free(q->events[1]);
	free(q->events[2]);
	free(q->rhk);
	free(q->iki);
}

static int bulk_skp_row(struct city *c, struct person *p, int64_t now)
{
	int64_t steps = p->want == SKP_DISETUJUI ? 2 : p->want == SKP_DIAJUKAN ? 1 : 0;
	int64_t version = 1 + N_RHK * (1 + N_IKI) + steps;
	char *header = header_json(c, p);
	int rc = db_query_int(c->db,
		"INSERT INTO skp (period_id, employee_id, position_id, assessor_id, month_from, "
		"month_to, approach, state, version, created_at, updated_at, submitted_at, approved_at, "
		"header_json) VALUES ($1, $2, $3, $4, 1, 12, 'kuantitatif', $5, $6, $7, $7, $8, $9, $10) "
		"RETURNING id",
		DB_ARGS(DB_INT(c->period_id), DB_INT(p->employee_id), DB_INT(p->position_id),
			DB_ID(p->boss < 0 ? 0 : c->p[p->boss].employee_id),
			DB_TEXT(skp_state_name(p->want)), DB_INT(version), DB_INT(now),
			DB_ID(steps ? now : 0), DB_ID(steps == 2 ? now : 0), DB_TEXT(header)),
		&p->skp_id, c->err);
	free(header);
	if (rc != 1)
		return rc ? -1 : kerr_set(c->err, KERR_DB, "", "SKP tidak tersimpan");
	struct db_param beh[BERAKHLAK_COUNT * BEH_COLS], ev[2 * EV_COLS];
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++) {
		beh[i * BEH_COLS] = DB_INT(p->skp_id);
		beh[i * BEH_COLS + 1] = DB_TEXT(berakhlak_at(i)->code);
		beh[i * BEH_COLS + 2] = DB_TEXT("");
	}
	if (db_exec(c->db, c->sql.behaviour, beh, (int)COUNT(beh), c->err) < 0)
		return -1;
	for (int64_t k = 0; k < steps; k++) {
		struct db_param *e = &ev[k * EV_COLS];
		e[0] = DB_INT(p->skp_id);
		e[1] = DB_INT(now);
		e[2] = DB_NULL;
		e[3] = DB_TEXT(c->who.login);
		e[4] = DB_TEXT(skp_action_name(k ? SKP_APPROVE : SKP_SUBMIT));
		e[5] = DB_TEXT("");
	}
	if (steps && db_exec(c->db, c->sql.events[steps], ev, (int)steps * EV_COLS, c->err) < 0)
		return -1;
	return 0;
}

/* The five RHK in one statement; their ids into ids[] (utama by number,
 * the tambahan last). */
static int bulk_rhk(struct city *c, struct person *p, int64_t ids[N_RHK])
{
	char text[N_RHK][SKP_TEXT_MAX + 1];
	struct rhk r[N_RHK];
	struct db_param prm[N_RHK * RHK_COLS];
	for (int i = 0; i < N_RHK; i++) {
		struct db_param *x = &prm[i * RHK_COLS];
		rhk_fill(c, p, i, &r[i], text[i], sizeof text[i]);
		x[0] = DB_INT(r[i].skp_id);
		x[1] = DB_TEXT(r[i].kind);
		x[2] = DB_INT(r[i].seq);
		x[3] = DB_TEXT(r[i].text);
		x[4] = DB_ID(r[i].parent_rhk_id);
		x[5] = DB_ID(r[i].goal_id);
		x[6] = DB_TEXT(r[i].perspective);
		x[7] = DB_INT(0);
	}
	struct db_rows *rows = db_query(c->db, c->sql.rhk, prm, (int)COUNT(prm), c->err);
	int got = 0;
	while (rows && db_next(rows, c->err) == 1) {
		int i = strcmp(db_text(rows, 1), "utama") ? N_UTAMA : (int)db_int(rows, 2) - 1;
		if (i >= 0 && i < N_RHK) {
			ids[i] = db_int(rows, 0);
			got++;
		}
	}
	db_rows_free(rows);
	if (!rows || kerr_is_set(c->err))
		return -1;
	if (got != N_RHK)
		return kerr_set(c->err, KERR_DB, "", "RHK tidak tersimpan");
	memcpy(p->rhk, ids, N_UTAMA * sizeof *ids);
	return 0;
}

/* The ten IKI of the five RHK in two statements. */
static int bulk_iki(struct city *c, const struct person *p, const int64_t ids[N_RHK])
{
	char text[N_RHK * N_IKI][SKP_TEXT_MAX + 1];
	struct iki k[N_RHK * N_IKI];
	struct db_param prm[N_RHK * N_IKI * IKI_COLS];
	for (int i = 0; i < N_RHK; i++)
		for (int j = 0; j < N_IKI; j++) {
			int row = i * N_IKI + j;
			struct db_param *x = &prm[row * IKI_COLS];
			iki_fill(p, i, j, &k[row], text[row], sizeof text[row]);
			x[0] = DB_INT(ids[i]);
			x[1] = DB_INT(k[row].seq);
			x[2] = DB_TEXT(k[row].text);
			x[3] = DB_TEXT(k[row].aspect);
			x[4] = DB_TEXT(k[row].target_min);
			x[5] = DB_TEXT(k[row].target_max);
			x[6] = DB_TEXT(k[row].target_text);
			x[7] = DB_TEXT(k[row].unit_label);
			x[8] = DB_TEXT(k[row].direction);
		}
	for (int row = 0; row < N_RHK * N_IKI; row += IKI_ROWS)
		if (db_exec(c->db, c->sql.iki, &prm[row * IKI_COLS], IKI_ROWS * IKI_COLS, c->err) < 0)
			return -1;
	return 0;
}

static int bulk_build(struct city *c, struct person *p, int64_t now)
{
	int64_t ids[N_RHK];
	return bulk_skp_row(c, p, now) || bulk_rhk(c, p, ids) || bulk_iki(c, p, ids) ? -1 : 0;
}

static void count_skp(struct city *c, const struct person *p)
{
	c->n_skp++;
	c->n_rhk += N_UTAMA + 1;
	c->n_iki += (N_UTAMA + 1) * N_IKI;
	c->n_state[p->want]++;
}

static int fail_at(struct city *c, const struct person *p, const char *how)
{
	struct kerr why = *c->err;
	kerr_clear(c->err);
	return kerr_set(c->err, why.code, why.field, "SKP %s (%s, %s): %s", how, p->pos, p->nip,
			why.msg);
}

/* The SKPs of one level: the bulk in one transaction, then the sample. */
static int plan_level(struct city *c, enum level lv)
{
	int64_t now = now_unix();
	double t0 = now_secs();
	db_set_cache_mib(c->db, 64);
	if (db_begin(c->db, c->err))
		return -1;
	int rc = 0;
	for (size_t i = 0; !rc && i < c->n; i++)
		if (c->p[i].level == lv && !c->p[i].sampled) {
			rc = bulk_build(c, &c->p[i], now) ? fail_at(c, &c->p[i], "massal") : 0;
			count_skp(c, &c->p[i]);
		}
	rc = db_finish(c->db, rc, c->err);
	db_set_cache_mib(c->db, 0);
	double t1 = now_secs();
	c->bulk_secs += t1 - t0;
	for (size_t i = 0; !rc && i < c->n; i++)
		if (c->p[i].level == lv && c->p[i].sampled) {
			rc = store_build(c, &c->p[i]) ? fail_at(c, &c->p[i], "lewat store") : 0;
			count_skp(c, &c->p[i]);
			c->n_store_skp++;
		}
	c->store_secs += now_secs() - t1;
	fprintf(stderr, "gen_city: SKP %s selesai (%.1f s)\n", level_names[lv], now_secs() - t0);
	return rc;
}

/* ---- the run ------------------------------------------------------------------------------- */

static int usage(void)
{
	fputs("Pemakaian: gen_city --db URL [--employees N] [--password PW] [--all-store]\n"
	      "                [--round360 N [--sessions FILE] [--answers]] [--assessments]\n"
	      "Mengisi basis data kosong dengan kota bangkitan untuk bench/*.sh.\n", stderr);
	return 2;
}

static void report(struct city *c, double t_org, double t_plan, double t_all)
{
	size_t level_n[L__N] = { 0 };
	for (size_t i = 0; i < c->n; i++)
		level_n[c->p[i].level]++;
	printf("employees=%zu\nunits=%zu\nperangkat_daerah=%d\ngoals=%zu\nskp=%zu\nrhk=%zu\niki=%zu\n",
	       c->n, c->n_units, c->n_pd, c->n_goals, c->n_skp, c->n_rhk, c->n_iki);
	for (int s = 0; s < SKP__STATES; s++)
		printf("skp_%s=%zu\n", skp_state_name((enum skp_state)s), c->n_state[s]);
	for (int l = 0; l < L__N; l++)
		printf("level_%s=%zu\n", level_names[l], level_n[l]);
	printf("unsupported_goals=%d\norphan_rhk=%zu\n", 1 + c->n_pd, c->n_state[SKP_DRAFT]);
	printf("period_id=%lld\n", (long long)c->period_id);
	printf("unit_pd_id=%lld\nunit_pd_name=%s\n", (long long)c->units[idx_pd(c, 0)].id,
	       c->units[idx_pd(c, 0)].name);
	printf("unit_seksi_id=%lld\nunit_seksi_name=%s\n",
	       (long long)c->units[idx_section(c, 0, 1, 0)].id, c->units[idx_section(c, 0, 1, 0)].name);
	printf("owner_login=%s\nowner_skp_id=%lld\n", owner_of_sample(c)->nip,
	       (long long)owner_of_sample(c)->skp_id);
	printf("store_skp=%zu\nstore_secs=%.2f\nbulk_secs=%.2f\n", c->n_store_skp, c->store_secs,
	       c->bulk_secs);
	printf("org_secs=%.2f\nplan_secs=%.2f\ntotal_secs=%.2f\n", t_org, t_plan, t_all);
}

static int generate(struct city *c, const char *password, int all_store,
		    struct gen_assess_opts *more)
{
	double t0 = now_secs();
	pick_sample(c, all_store);
	if (units_create(c) || people_create(c) || accounts_create(c, password))
		return -1;
	double t1 = now_secs();
	fprintf(stderr, "gen_city: %zu unit, %zu jabatan dan pegawai (%.1f s)\n", c->n_units, c->n,
		t1 - t0);
	if (plan_setup(c))
		return -1;
	bulk_sql_init(&c->sql);
	int rc = 0;
	for (int lv = 0; !rc && lv < L__N; lv++)
		rc = plan_level(c, (enum level)lv);
	double t2 = now_secs();
	more->period_id = c->period_id;
	more->password = password;
	/* (The bulk SQL texts stay allocated until here: a text freed while
	 * the connection lives could come back at the same address, where the
	 * statement cache would take it for the old one.) */
	if (!rc && (more->raters > 0 || more->assessments))
		rc = gen_assess(c->db, &c->who, more, stdout, c->err);
	/* What autovacuum would do within a minute of such a load. */
	if (!rc && db_kind(c->db) == DB_POSTGRES && db_exec(c->db, "ANALYZE", DB_NOARGS, c->err) < 0)
		rc = -1;
	bulk_sql_release(&c->sql);
	if (rc)
		return -1;
	report(c, t1 - t0, t2 - t1, now_secs() - t0);
	return 0;
}

int main(int argc, char **argv)
{
	const char *url = NULL, *password = getenv("KINERJA_BENCH_PASSWORD");
	long n = 30000;
	int all_store = 0;
	struct gen_assess_opts more;
	memset(&more, 0, sizeof more);
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--db") && i + 1 < argc)
			url = argv[++i];
		else if (!strcmp(argv[i], "--employees") && i + 1 < argc)
			n = strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--password") && i + 1 < argc)
			password = argv[++i];
		else if (!strcmp(argv[i], "--all-store"))
			all_store = 1;
		else if (!strcmp(argv[i], "--round360") && i + 1 < argc)
			more.raters = (int)strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--sessions") && i + 1 < argc)
			more.sessions = argv[++i];
		else if (!strcmp(argv[i], "--answers"))
			more.answers = 1;
		else if (!strcmp(argv[i], "--assessments"))
			more.assessments = 1;
		else
			return usage();
	}
	if (!url || n <= 0 || !password || !*password || more.raters < 0 ||
	    ((more.sessions || more.answers) && !more.raters))
		return usage();
	struct kerr err = KERR_INIT;
	struct store *st = NULL;
	struct city c;
	memset(&c, 0, sizeof c);
	c.who = (struct actor){ 0, "bench", "" };
	c.err = &err;
	int rc = auth_init() < 0 ? kerr_set(&err, KERR_INTERNAL, "", "libsodium gagal") : 0;
	if (!rc)
		rc = city_layout(&c, (size_t)n);
	if (!rc)
		rc = store_open(url, 1, &st, &err);
	if (!rc) {
		c.db = store_acquire(st);
		rc = generate(&c, password, all_store, &more);
		store_release(st, c.db);
		store_close(st);
	}
	if (rc)
		fprintf(stderr, "gen_city: %s%s%s\n", err.field[0] ? err.field : "",
			err.field[0] ? ": " : "", err.msg);
	free(c.units);
	free(c.p);
	free(c.pd_goal);
	return rc ? 1 : 0;
}
