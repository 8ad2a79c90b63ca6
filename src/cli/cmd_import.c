/*
 * cmd_import.c - `kinerja import employees|positions FILE.csv`: reads a CSV
 * file, checks every row, reports every problem with its line, and writes
 * either all rows or (with --skip-invalid) only the good ones, in one
 * transaction.
 */
#include "cli/commands.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "domain/csvcheck.h"
#include "store/store.h"

#define IMPORT_MAX_BYTES ((size_t)200 * 1024 * 1024)
#define PRINT_MAX_ISSUES 1000
#define PROGRESS_MIN_ROWS 5000

const char cmd_import_usage[] =
	"Pemakaian: kinerja import employees|positions BERKAS.csv [--skip-invalid]\n"
	"           (sinonim: pegawai = employees, jabatan = positions)\n\n"
	"Mengimpor data pegawai atau jabatan dari berkas CSV (UTF-8; pemisah koma atau\n"
	"titik koma seperti keluaran Excel berbahasa Indonesia; baris pertama berisi nama\n"
	"kolom). BERKAS '-' berarti masukan standar. Ukuran berkas paling besar 200 MiB.\n\n"
	"Setiap baris diperiksa dahulu dan setiap masalah dicetak ke stderr sebagai\n"
	"  BERKAS:BARIS: kolom KOLOM: ALASAN\n"
	"Tanpa --skip-invalid, satu baris bermasalah saja membuat tidak ada data yang\n"
	"disimpan. Semua baris disimpan dalam satu transaksi: NIP (atau kode jabatan) yang\n"
	"belum ada dibuat, yang sudah ada diperbarui.\n\n"
	"Opsi:\n"
	"  --skip-invalid   simpan baris yang benar, lewati baris yang bermasalah\n"
	"  -h, --help       tampilkan bantuan ini\n\n"
	"Kolom berkas pegawai:\n"
	"  nip,jenis_nip,nama,gelar_depan,gelar_belakang,golongan,kode_jabatan,kode_unit,\n"
	"  status,email   (wajib: nip, nama, kode_unit)\n"
	"Kolom berkas jabatan:\n"
	"  kode,nama,jenis,kode_unit,kode_atasan   (wajib: kode, nama, jenis, kode_unit)\n\n"
	"Kode keluar: 0 berhasil, 1 data bermasalah atau gagal menyimpan, 2 salah pemakaian.\n\n"
	"Contoh:\n"
	"  kinerja import positions jabatan.csv\n"
	"  kinerja import employees pegawai.csv\n"
	"  kinerja import pegawai pegawai.csv --skip-invalid\n"
	"  kinerja import employees - < pegawai.csv\n";

/* Why a file operation failed, in words a clerk understands. */
static const char *why_errno(int e)
{
	switch (e) {
	case ENOENT: return "berkas tidak ada";
	case EACCES: case EPERM: return "tidak ada izin membaca berkas";
	case EISDIR: return "itu sebuah direktori, bukan berkas";
	default: return strerror(e);
	}
}

struct import_args {
	int positions;
	int skip;
	const char *file;
	const char *shown;     /* the file name in messages */
};

/* 0 for a known kind, -1 otherwise. */
static int parse_kind(const char *s, int *positions)
{
	if (strcmp(s, "employees") == 0 || strcmp(s, "pegawai") == 0)
		*positions = 0;
	else if (strcmp(s, "positions") == 0 || strcmp(s, "jabatan") == 0)
		*positions = 1;
	else
		return -1;
	return 0;
}

static int parse_args(int argc, char **argv, struct import_args *a)
{
	const char *pos[2];
	int npos = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--skip-invalid") == 0)
			a->skip = 1;
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_usage("import", "opsi tidak dikenal: %s", argv[i]);
		else if (npos == 2)
			return cli_usage("import", "argumen berlebih: %s", argv[i]);
		else
			pos[npos++] = argv[i];
	}
	if (npos >= 1 && parse_kind(pos[0], &a->positions) < 0)
		return cli_usage("import", "jenis data harus employees atau positions: %s", pos[0]);
	if (npos < 2)
		return cli_usage("import", "perlu jenis data (employees atau positions) dan BERKAS");
	a->file = pos[1];
	a->shown = strcmp(a->file, "-") == 0 ? "<stdin>" : a->file;
	return 0;
}

/* Reads the whole file (or stdin) into sb, refusing more than the cap. */
static int read_all(const struct import_args *a, struct strbuf *sb, struct kerr *err)
{
	int is_stdin = strcmp(a->file, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(a->file, "rb");
	struct stat st;
	char buf[65536];
	size_t n;
	if (!f)
		return kerr_set(err, KERR_IO, "", "%s: tidak dapat dibuka: %s", a->shown,
				why_errno(errno));
	strbuf_init_capped(sb, IMPORT_MAX_BYTES);
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
	    (size_t)st.st_size <= IMPORT_MAX_BYTES)
		strbuf_grow(sb, (size_t)st.st_size);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 && strbuf_add(sb, buf, n) == 0)
		;
	int failed = ferror(f) ? errno : 0;
	if (!is_stdin)
		fclose(f);
	if (sb->overflow)
		return kerr_set(err, KERR_TOO_LARGE, "", "%s: berkas lebih besar dari 200 MiB",
				a->shown);
	if (failed)
		return kerr_set(err, KERR_IO, "", "%s: gagal dibaca: %s", a->shown,
				why_errno(failed));
	return 0;
}

/* Progress notes, only for people watching a big file go through. */
static void progress(const struct csv_table *t, const char *what)
{
	if (t->nrows >= PROGRESS_MIN_ROWS && isatty(STDERR_FILENO))
		fprintf(stderr, "%s %zu baris...\n", what, t->nrows);
}

static void print_issues(const struct import_args *a, const struct csv_report *rep)
{
	size_t shown = rep->n < PRINT_MAX_ISSUES ? rep->n : PRINT_MAX_ISSUES;
	for (size_t i = 0; i < shown; i++) {
		const struct csv_issue *it = &rep->items[i];
		if (it->column[0])
			fprintf(stderr, "%s:%zu: kolom %s: %s\n", a->shown, it->line, it->column,
				it->reason);
		else
			fprintf(stderr, "%s:%zu: %s\n", a->shown, it->line, it->reason);
	}
	if (rep->issues_total > shown)
		fprintf(stderr, "... dan %zu masalah lain\n", rep->issues_total - shown);
}

/* Writes the good rows and says how many went in. */
static int write_rows(struct db *db, const struct import_args *a, const struct csv_table *t,
		      const struct csv_report *rep)
{
	struct actor who = { 0, "cli", "" };
	struct kerr err = KERR_INIT;
	progress(t, "menyimpan");
	int n = a->positions ? store_position_import(db, &who, t, rep, &err)
			     : store_employee_import(db, &who, t, rep, &err);
	if (n < 0)
		return cli_fail("import", &err);
	if (rep->rows_bad)
		printf("%d baris disimpan, %zu baris bermasalah dilewati\n", n, rep->rows_bad);
	else
		printf("%d baris disimpan\n", n);
	return 0;
}

/* Checks the table, prints the issues, then writes or refuses. */
static int import_run(struct db *db, const struct import_args *a, const struct csv_table *t)
{
	struct csv_report rep = CSV_REPORT_INIT;
	struct kerr err = KERR_INIT;
	int rc = 1;
	progress(t, "memeriksa");
	if (store_check_import(db, t, a->positions, &rep, &err)) {
		csv_report_release(&rep);
		return cli_fail("import", &err);
	}
	print_issues(a, &rep);
	if (rep.header_bad)
		fputs("kinerja import: Tidak ada data yang disimpan: baris judul (header) "
		      "bermasalah\n", stderr);
	else if (rep.issues_total && !a->skip)
		fprintf(stderr, "kinerja import: Tidak ada data yang disimpan: %zu baris bermasalah "
			"(pakai --skip-invalid untuk menyimpan baris yang benar saja)\n",
			rep.rows_bad);
	else
		rc = write_rows(db, a, t, &rep);
	csv_report_release(&rep);
	return rc;
}

static int import_table(struct config *cfg, const struct import_args *a,
			const struct csv_table *t)
{
	struct kerr err = KERR_INIT;
	struct store *st = NULL;
	if (store_open(cfg->db_url, 1, &st, &err) < 0)
		return cli_fail("import", &err);
	struct db *db = store_acquire(st);
	int rc = import_run(db, a, t);
	store_release(st, db);
	store_close(st);
	return rc;
}

int cmd_import(int argc, char **argv, struct config *cfg)
{
	struct import_args a = { 0, 0, NULL, NULL };
	struct kerr err = KERR_INIT;
	struct strbuf data = STRBUF_INIT;
	struct csv_table t = CSV_TABLE_INIT;
	if (cli_wants_help(argc, argv)) {
		fputs(cmd_import_usage, stdout);
		return 0;
	}
	if (parse_args(argc, argv, &a))
		return 2;
	if (read_all(&a, &data, &err) < 0) {
		strbuf_release(&data);
		return cli_fail("import", &err);
	}
	int parsed = csv_table_parse(data.buf, data.len, 0, &t, &err);
	strbuf_release(&data);
	if (parsed < 0) {
		fprintf(stderr, "kinerja import: %s: %s\n", a.shown, err.msg);
		return 1;
	}
	int rc = import_table(cfg, &a, &t);
	csv_table_release(&t);
	return rc;
}
