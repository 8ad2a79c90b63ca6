/*
 * cmd_tpp.c - `kinerja tpp ...`: the allowance (TPP) from the command
 * line, for HR and for operators of a big instance: show and set the rule
 * set (the JSON of POST /api/v1/tpp/aturan), import attendance from CSV
 * (all or nothing, every problem printed as FILE:LINE), compute a monthly
 * or quarterly run, list and show runs, compute a draft again, approve
 * (lock) one, compare two, and export one for payroll as CSV or Excel.
 * Changes are made as the actor "cli"; the rules are the store's.
 */
#include "cli/cli_sub.h"
#include "api/api_tpp.h"
#include "domain/csvcheck.h"
#include "domain/csvtable.h"
#include "store/tpp.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_tpp_usage[] =
	"Pemakaian:\n"
	"  kinerja tpp rules show [--year TAHUN]\n"
	"  kinerja tpp rules set BERKAS.json\n"
	"  kinerja tpp attendance import BERKAS.csv\n"
	"  kinerja tpp run (--month BULAN --year TAHUN | --checkpoint TITIK [--period ID])\n"
	"                  [--unit KODE]\n"
	"  kinerja tpp list\n"
	"  kinerja tpp show ID\n"
	"  kinerja tpp rerun ID\n"
	"  kinerja tpp approve ID\n"
	"  kinerja tpp compare ID --with ID2\n"
	"  kinerja tpp export ID [--format csv|xlsx] [--out BERKAS]\n"
	"\n"
	"Tambahan Penghasilan Pegawai (TPP).\n"
	"  rules show   aturan TPP terbaru tahun itu (bawaan: tahun ini) sebagai JSON.\n"
	"  rules set    menyimpan versi baru aturan dari berkas JSON (bentuk yang sama\n"
	"               dengan POST /api/v1/tpp/aturan, lihat docs/api-tpp.md).\n"
	"  attendance import\n"
	"               mengimpor data kehadiran CSV (kolom nip, tahun, bulan, hari_kerja,\n"
	"               hari_kerja_bulan, tanpa_keterangan, izin, sakit, cuti,\n"
	"               terlambat_menit); satu baris bermasalah membuat tidak ada yang\n"
	"               disimpan, setiap masalah dicetak sebagai BERKAS:BARIS: kolom: alasan.\n"
	"  run          menghitung TPP sebulan (--month, --year) atau satu triwulan\n"
	"               (--checkpoint) untuk pegawai unit --unit dan di bawahnya (bawaan:\n"
	"               seluruh instansi) dengan versi terbaru aturan tahun itu.\n"
	"  list, show   daftar perhitungan; satu perhitungan dengan jumlah per pegawai.\n"
	"  rerun        menghitung ulang perhitungan draf (yang disetujui ditolak).\n"
	"  approve      menyetujui dan mengunci perhitungan.\n"
	"  compare      selisih per pegawai antara dua perhitungan.\n"
	"  export       ekspor untuk penggajian: CSV ke stdout (bawaan) atau --out;\n"
	"               Excel (--format xlsx) memerlukan --out.\n"
	"\n"
	"Opsi:\n"
	"  --year TAHUN, --month BULAN   tahun dan bulan (1-12)\n"
	"  --checkpoint TITIK            'Triwulan III' atau ID titik periksa\n"
	"  --period ID                   periode titik periksa (bawaan: yang berjalan)\n"
	"  --unit KODE                   kode unit kerja\n"
	"  --with ID2                    perhitungan pembanding\n"
	"  --format csv|xlsx, --out BERKAS\n"
	"  -h, --help                    tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja tpp rules set aturan-2026.json\n"
	"  kinerja tpp attendance import kehadiran-juli.csv\n"
	"  kinerja tpp run --checkpoint 'Triwulan III'\n"
	"  kinerja tpp approve 3\n"
	"  kinerja tpp export 3 --format xlsx --out tpp-tw3.xlsx\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal (data bermasalah), 2 pemakaian salah.\n";

#define CMD "tpp"
#define FILE_MAX ((size_t)200 * 1024 * 1024)

enum { O_YEAR = 1 << 0, O_MONTH = 1 << 1, O_CHECKPOINT = 1 << 2, O_PERIOD = 1 << 3,
       O_UNIT = 1 << 4, O_WITH = 1 << 5, O_FORMAT = 1 << 6, O_OUT = 1 << 7 };
static const char *const flags[] = { "--year", "--month", "--checkpoint", "--period", "--unit",
				     "--with", "--format", "--out" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* The whole of `path` ("-": standard input) into sb. */
static int read_all(struct cli_run *c, const char *path, struct strbuf *sb)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char buf[65536];
	size_t got;
	if (!f)
		return kerr_set(&c->err, KERR_IO, "", "%s: %s", path, strerror(errno));
	while ((got = fread(buf, 1, sizeof buf, f)) > 0 && sb->len < FILE_MAX)
		strbuf_add(sb, buf, got);
	if (f != stdin)
		fclose(f);
	if (sb->len >= FILE_MAX)
		return kerr_set(&c->err, KERR_TOO_LARGE, "", "%s: berkas terlalu besar", path);
	return 0;
}

static int year_opt(struct cli_run *c, int *year)
{
	const char *y = cli_opt(c, O_YEAR);
	int64_t v = y ? cli_parse_id(y) : 0;
	if (y && (v < 2000 || v > 2100))
		return kerr_set(&c->err, KERR_INVALID, "--year", "--year harus tahun 2000-2100");
	if (!v) {
		struct period p;
		if (store_period_current(c->db, &p, &c->err))
			return -1;
		v = p.year;
	}
	*year = (int)v;
	return 0;
}

/* ---- rules ------------------------------------------------------------------------------------ */

static int sub_rules_show(struct cli_run *c)
{
	int64_t inst = 0;
	int year = 0;
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	int rc = year_opt(c, &year) || store_tpp_instansi_default(c->db, &inst, &c->err) ||
		 store_tpp_ruleset_latest(c->db, inst, year, rs, &c->err) ? -1 : 0;
	if (!rc) {
		json_t *j = tpp_ruleset_to_json(rs);
		char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		printf("%s\n", s);
		free(s);
		json_decref(j);
	}
	free(rs);
	return rc;
}

static int sub_rules_set(struct cli_run *c)
{
	struct strbuf sb = STRBUF_INIT;
	json_error_t jerr;
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	json_t *body = NULL;
	int rc = read_all(c, c->pos[0], &sb);
	if (!rc && !(body = json_loadb(sb.buf, sb.len, 0, &jerr)))
		rc = kerr_set(&c->err, KERR_INVALID, "", "%s: bukan JSON yang sah (baris %d: %s)",
			      c->pos[0], jerr.line, jerr.text);
	if (!rc)
		rc = tpp_ruleset_from_json(body, rs, &c->err);
	if (!rc && !rs->instansi_id)
		rc = store_tpp_instansi_default(c->db, &rs->instansi_id, &c->err);
	if (!rc) {
		copy_str(rs->created_by, sizeof rs->created_by, "cli");
		rc = store_tpp_ruleset_create(c->db, &c->who, rs, &c->err);
	}
	if (!rc)
		printf("Aturan TPP tahun %d versi %d disimpan (id %lld).\n", rs->year, rs->version,
		       (long long)rs->id);
	json_decref(body);
	strbuf_release(&sb);
	free(rs);
	return rc;
}

/* ---- attendance --------------------------------------------------------------------------------- */

/* Every problem as "FILE:LINE: kolom KOLOM: ALASAN" on stderr. */
static void print_issues(const char *file, const struct csv_report *rep)
{
	for (size_t i = 0; i < rep->n; i++)
		fprintf(stderr, "%s:%zu: %s%s%s%s\n", file, rep->items[i].line,
			rep->items[i].column[0] ? "kolom " : "", rep->items[i].column,
			rep->items[i].column[0] ? ": " : "", rep->items[i].reason);
}

static int sub_attendance_import(struct cli_run *c)
{
	struct strbuf sb = STRBUF_INIT;
	struct csv_table t = CSV_TABLE_INIT;
	struct csv_report rep = CSV_REPORT_INIT;
	struct tpp_attendance_row *rows = NULL;
	size_t n = 0;
	int64_t replaced = 0;
	int rc = read_all(c, c->pos[0], &sb);
	if (!rc)
		rc = csv_table_parse(sb.buf, sb.len, 0, &t, &c->err);
	strbuf_release(&sb);
	if (!rc)
		rc = store_tpp_attendance_check(c->db, &t, 0, &rep, &rows, &n, &c->err);
	if (!rc && !rows) {
		print_issues(c->pos[0], &rep);
		rc = kerr_set(&c->err, KERR_INVALID, "", "Tidak ada data yang disimpan: %zu baris "
			      "bermasalah", rep.rows_bad);
	}
	if (!rc)
		rc = store_tpp_attendance_save(c->db, &c->who, rows, n, c->pos[0], &replaced, &c->err);
	if (!rc)
		printf("%zu baris kehadiran disimpan (%lld mengganti data lama).\n", n,
		       (long long)replaced);
	free(rows);
	csv_report_release(&rep);
	csv_table_release(&t);
	return rc;
}

/* ---- runs ---------------------------------------------------------------------------------------- */

static void print_run(const struct tpp_run *r)
{
	char total[48];
	tpp_rupiah(total, sizeof total, r->total);
	printf("%-4lld  %-22s  %-10s  v%-3d  %7lld  %20s  %s\n", (long long)r->id, r->label, r->state,
	       r->ruleset_version, (long long)r->employees, total, r->unit_name);
}

static void print_run_head(void)
{
	printf("%-4s  %-22s  %-10s  %-4s  %7s  %20s  %s\n", "ID", "PERHITUNGAN", "STATUS", "ATUR",
	       "PEGAWAI", "JUMLAH", "UNIT");
}

static int spec_from_opts(struct cli_run *c, struct tpp_run_spec *s)
{
	const char *m = cli_opt(c, O_MONTH), *cp = cli_opt(c, O_CHECKPOINT), *u = cli_opt(c, O_UNIT);
	char name[64];
	memset(s, 0, sizeof s[0]);
	if (!m == !cp) {
		cli_usage(CMD, "pemakaian: kinerja tpp run (--month BULAN --year TAHUN | "
			  "--checkpoint TITIK [--period ID]) [--unit KODE]");
		return -2;   /* bad usage: exit code 2 */
	}
	if (m) {
		int64_t mo = cli_parse_id(m);
		s->kind = TPP_RUN_BULANAN;
		s->month = mo > 0 && mo <= 12 ? (int)mo : 0;
		if (year_opt(c, &s->year))
			return -1;
	} else {
		struct period p;
		s->kind = TPP_RUN_TRIWULAN;
		if (cli_period_pick(c, cli_opt(c, O_PERIOD), &p) ||
		    cli_checkpoint_pick(c, &p, cp, 0, &s->checkpoint_id, name, sizeof name))
			return -1;
	}
	if (u) {
		struct unit unit;
		if (store_unit_by_code(c->db, u, &unit, &c->err)) {
			kerr_clear(&c->err);
			return kerr_set(&c->err, KERR_NOT_FOUND, "--unit", "Unit kerja '%s' tidak ada", u);
		}
		s->unit_id = unit.id;
	} else if (store_tpp_instansi_default(c->db, &s->unit_id, &c->err)) {
		return -1;
	}
	s->by_name = "cli";
	return 0;
}

static int sub_run(struct cli_run *c)
{
	struct tpp_run_spec s;
	struct tpp_run run;
	int64_t id = 0;
	int rc = spec_from_opts(c, &s);
	if (rc == -2)
		return 2;
	if (rc || store_tpp_run_create(c->db, &c->who, &s, &id, &c->err) ||
	    store_tpp_run_get(c->db, id, &run, &c->err))
		return -1;
	printf("Perhitungan %lld dibuat (draf).\n", (long long)id);
	print_run_head();
	print_run(&run);
	return 0;
}

static int sub_list(struct cli_run *c)
{
	struct tpp_run *v = NULL;
	size_t n = 0;
	if (store_tpp_run_list(c->db, &v, &n, &c->err))
		return -1;
	print_run_head();
	for (size_t i = 0; i < n; i++)
		print_run(&v[i]);
	printf("%zu perhitungan.\n", n);
	free(v);
	return 0;
}

static int sub_show(struct cli_run *c)
{
	struct tpp_run run;
	struct tpp_item *v = NULL;
	size_t n = 0;
	int64_t total = 0;
	char amt[48];
	if (store_tpp_run_get(c->db, c->id, &run, &c->err) ||
	    store_tpp_items(c->db, c->id, NULL, 1, 0, &v, &n, &total, &c->err))
		return -1;
	print_run_head();
	print_run(&run);
	printf("\n%-18s  %-6s  %-16s  %20s  %s\n", "NIP", "GOL", "PREDIKAT", "JUMLAH", "NAMA");
	for (size_t i = 0; i < n; i++) {
		tpp_rupiah(amt, sizeof amt, v[i].amount);
		printf("%-18s  %-6s  %-16s  %20s  %s\n", v[i].nip, v[i].golongan,
		       tpp_pred_label(v[i].predicate), amt, v[i].name);
	}
	tpp_items_free(v, n);
	return 0;
}

static int sub_rerun(struct cli_run *c)
{
	struct tpp_run run;
	if (store_tpp_run_recompute(c->db, &c->who, c->id, 0, &c->err) ||
	    store_tpp_run_get(c->db, c->id, &run, &c->err))
		return -1;
	printf("Perhitungan %lld dihitung ulang.\n", (long long)c->id);
	print_run_head();
	print_run(&run);
	return 0;
}

static int sub_approve(struct cli_run *c)
{
	if (store_tpp_run_approve(c->db, &c->who, c->id, "cli", 0, &c->err))
		return -1;
	printf("Perhitungan %lld disetujui dan dikunci.\n", (long long)c->id);
	return 0;
}

static int sub_compare(struct cli_run *c)
{
	struct tpp_run a, b;
	struct tpp_diff *d = NULL;
	size_t n = 0, changed = 0;
	char x[48], y[48], z[48];
	int64_t other = cli_parse_id(cli_opt(c, O_WITH));
	if (other < 0)
		return cli_usage(CMD, "pemakaian: kinerja tpp compare ID --with ID2");
	if (store_tpp_run_get(c->db, c->id, &a, &c->err) ||
	    store_tpp_run_get(c->db, other, &b, &c->err) ||
	    store_tpp_compare(c->db, a.id, b.id, &d, &n, &changed, &c->err))
		return -1;
	printf("A: %s (v%d, %s)  B: %s (v%d, %s)\n%-18s  %16s  %16s  %16s  %s\n", a.label,
	       a.ruleset_version, a.state, b.label, b.ruleset_version, b.state, "NIP", "A", "B",
	       "SELISIH", "NAMA");
	for (size_t i = 0; i < n; i++) {
		if (d[i].amount_a == d[i].amount_b && d[i].in_a == d[i].in_b)
			continue;
		tpp_rupiah(x, sizeof x, d[i].amount_a);
		tpp_rupiah(y, sizeof y, d[i].amount_b);
		tpp_rupiah(z, sizeof z, d[i].amount_b - d[i].amount_a);
		printf("%-18s  %16s  %16s  %16s  %s\n", d[i].nip, d[i].in_a ? x : "-",
		       d[i].in_b ? y : "-", z, d[i].name);
	}
	tpp_rupiah(z, sizeof z, b.total - a.total);
	printf("%zu dari %zu pegawai berbeda; selisih jumlah %s.\n", changed, n, z);
	free(d);
	return 0;
}

static int sub_export(struct cli_run *c)
{
	const char *fmt = cli_opt(c, O_FORMAT), *out = cli_opt(c, O_OUT);
	int xlsx = fmt && !strcmp(fmt, "xlsx");
	struct strbuf sb = STRBUF_INIT;
	if (fmt && !xlsx && strcmp(fmt, "csv"))
		return kerr_set(&c->err, KERR_INVALID, "--format", "--format harus csv atau xlsx");
	if (xlsx && !out)
		return kerr_set(&c->err, KERR_INVALID, "--out", "Ekspor Excel memerlukan --out BERKAS");
	if (xlsx ? store_tpp_export_xlsx(c->db, c->id, &sb, &c->err)
		 : store_tpp_export_csv(c->db, c->id, &sb, &c->err))
		return strbuf_release(&sb), -1;
	FILE *f = out ? fopen(out, "wb") : stdout;
	int rc = 0;
	if (!f || fwrite(sb.buf, 1, sb.len, f) != sb.len)
		rc = kerr_set(&c->err, KERR_IO, "--out", "%s: %s", out ? out : "stdout",
			      strerror(errno));
	if (f && f != stdout && fclose(f))
		rc = kerr_set(&c->err, KERR_IO, "--out", "%s: %s", out, strerror(errno));
	if (!rc && out)
		printf("%zu bita ditulis ke %s.\n", sb.len, out);
	strbuf_release(&sb);
	return rc;
}

static const struct cli_sub subs[] = {
	{ "rules", "show", sub_rules_show, 0, 0, O_YEAR, "rules show [--year TAHUN]" },
	{ "rules", "set", sub_rules_set, 1, 0, 0, "rules set BERKAS.json" },
	{ "attendance", "import", sub_attendance_import, 1, 0, 0, "attendance import BERKAS.csv" },
	{ "run", NULL, sub_run, 0, 0, O_YEAR | O_MONTH | O_CHECKPOINT | O_PERIOD | O_UNIT,
	  "run (--month BULAN --year TAHUN | --checkpoint TITIK [--period ID]) [--unit KODE]" },
	{ "list", NULL, sub_list, 0, 0, 0, "list" },
	{ "show", NULL, sub_show, 1, 1, 0, "show ID" },
	{ "rerun", NULL, sub_rerun, 1, 1, 0, "rerun ID" },
	{ "approve", NULL, sub_approve, 1, 1, 0, "approve ID" },
	{ "compare", NULL, sub_compare, 1, 1, O_WITH, "compare ID --with ID2" },
	{ "export", NULL, sub_export, 1, 1, O_FORMAT | O_OUT,
	  "export ID [--format csv|xlsx] [--out BERKAS]" },
};

static const char *const fields[][2] = {
	{ "tahun", "--year" }, { "bulan", "--month" }, { "titik_periksa", "--checkpoint" },
	{ "unit", "--unit" }, { "perhitungan", "ID" }, { "status", "ID" },
};

static const struct cli_suite suite = {
	CMD, cmd_tpp_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID perhitungan", fields, sizeof fields / sizeof fields[0],
};

int cmd_tpp(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_tpp_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (rules, attendance, run, list, "
				 "show, rerun, approve, compare, export)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
