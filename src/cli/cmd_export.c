/*
 * cmd_export.c - `kinerja export employees|positions [FILE]`: writes all
 * employees or positions as CSV in the columns `kinerja import` reads, to
 * stdout or to FILE (through FILE.tmp and a rename, so a failed export never
 * leaves half a file behind).
 */
#include "cli/commands.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"

const char cmd_export_usage[] =
	"Pemakaian: kinerja export employees|positions [BERKAS]\n"
	"           (sinonim: pegawai = employees, jabatan = positions)\n\n"
	"Mengekspor semua pegawai atau jabatan sebagai CSV (UTF-8, pemisah koma, akhir\n"
	"baris CRLF) dengan kolom yang sama seperti yang dibaca 'kinerja import', sehingga\n"
	"berkasnya dapat disunting di Excel lalu diimpor kembali.\n\n"
	"Tanpa BERKAS (atau dengan '-') hasilnya ditulis ke keluaran standar. Dengan BERKAS,\n"
	"data ditulis dahulu ke BERKAS.tmp lalu diganti nama menjadi BERKAS: bila gagal,\n"
	"BERKAS lama tetap utuh. Berkas baru hanya dapat dibaca pemiliknya (mode 0600)\n"
	"karena berisi data pribadi (NIP memuat tanggal lahir).\n\n"
	"Kolom berkas pegawai:\n"
	"  nip,jenis_nip,nama,gelar_depan,gelar_belakang,golongan,kode_jabatan,kode_unit,\n"
	"  status,email\n"
	"Kolom berkas jabatan:\n"
	"  kode,nama,jenis,kode_unit,kode_atasan\n\n"
	"Opsi:\n"
	"  -h, --help   tampilkan bantuan ini\n\n"
	"Kode keluar: 0 berhasil, 1 gagal membaca basis data atau menulis berkas,\n"
	"2 salah pemakaian.\n\n"
	"Contoh:\n"
	"  kinerja export employees pegawai.csv\n"
	"  kinerja export jabatan > jabatan.csv\n"
	"  kinerja export pegawai --db postgresql://kinerja@db/kinerja cadangan-pegawai.csv\n";

/* Why a file operation failed, in words a clerk understands. */
static const char *why_errno(int e)
{
	switch (e) {
	case ENOENT: return "direktori tidak ada";
	case EACCES: case EPERM: case EROFS: return "tidak ada izin menulis di sana";
	case ENOSPC: case EDQUOT: return "ruang disk habis";
	case EISDIR: return "itu sebuah direktori";
	default: return strerror(e);
	}
}

struct export_args {
	int positions;
	const char *file;      /* NULL = stdout */
};

static int parse_args(int argc, char **argv, struct export_args *a)
{
	if (argc < 2)
		return cli_usage("export", "perlu jenis data (employees atau positions)");
	if (strcmp(argv[1], "employees") == 0 || strcmp(argv[1], "pegawai") == 0)
		a->positions = 0;
	else if (strcmp(argv[1], "positions") == 0 || strcmp(argv[1], "jabatan") == 0)
		a->positions = 1;
	else
		return cli_usage("export", "jenis data harus employees atau positions: %s", argv[1]);
	if (argc > 3)
		return cli_usage("export", "argumen berlebih: %s", argv[3]);
	a->file = argc == 3 && strcmp(argv[2], "-") != 0 ? argv[2] : NULL;
	if (a->file && a->file[0] == '-')
		return cli_usage("export", "opsi tidak dikenal: %s", a->file);
	return 0;
}

/* Reads the whole export from the database into out. */
static int export_collect(struct config *cfg, int positions, struct strbuf *out,
			  struct kerr *err)
{
	struct store *st = NULL;
	if (store_open(cfg->db_url, 1, &st, err) < 0)
		return -1;
	struct db *db = store_acquire(st);
	int rc = positions ? store_position_export(db, out, err)
			   : store_employee_export(db, out, err);
	store_release(st, db);
	store_close(st);
	return rc;
}

/* Writes all of data to fd; -1 with errno set on failure. */
static int write_full(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* FILE.tmp, written and synced, then renamed over FILE. */
static int write_atomic(const char *path, const struct strbuf *data, struct kerr *err)
{
	struct strbuf tmp = STRBUF_INIT;
	strbuf_addf(&tmp, "%s.tmp", path);
	const char *failed = tmp.buf;
	int fd = open(tmp.buf, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	int ok = fd >= 0 && write_full(fd, data->buf, data->len) == 0 && fsync(fd) == 0;
	int saved = errno;
	if (fd >= 0 && close(fd) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	if (ok && rename(tmp.buf, path) != 0) {
		ok = 0;
		saved = errno;
		failed = path;
	}
	if (!ok) {
		if (fd >= 0)
			unlink(tmp.buf);
		kerr_set(err, KERR_IO, "", "%s: gagal ditulis: %s", failed, why_errno(saved));
	}
	strbuf_release(&tmp);
	return ok ? 0 : -1;
}

static int write_stdout(const struct strbuf *data, struct kerr *err)
{
	if (fwrite(data->buf, 1, data->len, stdout) != data->len || fflush(stdout) != 0)
		return kerr_set(err, KERR_IO, "", "gagal menulis ke keluaran standar: %s",
				why_errno(errno));
	return 0;
}

int cmd_export(int argc, char **argv, struct config *cfg)
{
	struct export_args a = { 0, NULL };
	struct kerr err = KERR_INIT;
	struct strbuf out = STRBUF_INIT;
	if (cli_wants_help(argc, argv)) {
		fputs(cmd_export_usage, stdout);
		return 0;
	}
	if (parse_args(argc, argv, &a))
		return 2;
	int rc = export_collect(cfg, a.positions, &out, &err);
	if (rc == 0)
		rc = a.file ? write_atomic(a.file, &out, &err) : write_stdout(&out, &err);
	strbuf_release(&out);
	return rc < 0 ? cli_fail("export", &err) : 0;
}
