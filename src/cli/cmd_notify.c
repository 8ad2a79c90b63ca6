/*
 * cmd_notify.c - `kinerja notify ...`: notifications from the command
 * line.  `list --user LOGIN` shows what waits on one user (as their
 * /notifikasi page does); `send` e-mails each user with an address a
 * digest of what waits on them, meant to run from cron: every item at
 * most once a day per user, nothing to users who turned e-mail off, and
 * `--dry-run` prints the digests without sending or recording anything.
 *
 * A refusal by the SMTP server is reported per recipient and records
 * nothing for them; the others still get theirs, and the command exits 1
 * naming the failure.  A server that cannot be reached stops the run.
 */
#include "cli/cli_sub.h"
#include "core/smtp.h"
#include "core/timeutil.h"
#include "store/notify.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_notify_usage[] =
	"Pemakaian:\n"
	"  kinerja notify list --user LOGIN\n"
	"  kinerja notify send [--dry-run] [--smtp-url URL] [--smtp-from ALAMAT] [--public-url URL]\n"
	"\n"
	"Notifikasi: pekerjaan yang menunggu tindakan seseorang (SKP untuk disetujui,\n"
	"formulir 360 untuk diisi, keberatan untuk diputus atau dijelaskan, titik\n"
	"pemantauan rencana perbaikan, panduan untuk dipahami, penilaian untuk diketahui).\n"
	"  list   menampilkan pekerjaan yang menunggu satu pengguna (LOGIN: NIP atau login).\n"
	"  send   mengirim satu e-mail ringkasan kepada setiap pengguna yang punya alamat\n"
	"         e-mail dan tidak mematikan e-mail, berisi pekerjaan yang belum dikirim\n"
	"         hari ini (setiap pekerjaan paling banyak sekali sehari).  Untuk cron.\n"
	"         Mencetak setiap e-mail yang dikirim; keluar dengan kode 1 dan menyebut\n"
	"         kegagalannya bila server SMTP menolak.\n"
	"\n"
	"Opsi:\n"
	"  --user LOGIN         pengguna yang pekerjaannya ditampilkan (list)\n"
	"  --dry-run            tampilkan e-mail yang akan dikirim tanpa mengirim atau mencatat\n"
	"  --smtp-url URL       server SMTP, smtp://host:port atau smtps://host:port\n"
	"                       (KINERJA_SMTP_URL; nama pengguna dan kata sandi hanya lewat\n"
	"                       KINERJA_SMTP_USER dan KINERJA_SMTP_PASSWORD)\n"
	"  --smtp-from ALAMAT   pengirim, 'Nama <alamat@domain>' (KINERJA_SMTP_FROM)\n"
	"  --public-url URL     alamat situs untuk tautan dalam e-mail (KINERJA_PUBLIC_URL)\n"
	"  -h, --help           tampilkan bantuan ini\n"
	"\n"
	"Contoh (crontab, setiap hari kerja pukul 07.00):\n"
	"  0 7 * * 1-5  kinerja notify send --smtp-url smtp://mail.surabaya.go.id:25 \\\n"
	"               --smtp-from 'Kinerja <kinerja@surabaya.go.id>' \\\n"
	"               --public-url https://kinerja.surabaya.go.id\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "notify"

enum { O_USER = 1 << 0 };
static const char *const flags[] = { "--user" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* Set by cmd_notify before the sub-command runs. */
static const struct config *run_cfg;
static int dry_run;

/* ---- list ------------------------------------------------------------------------------------- */

static void print_items(const struct notify_item *v, size_t n, const char *base)
{
	int group = -1;
	for (size_t i = 0; i < n; i++) {
		int g = (int)notify_kind_group(v[i].kind);
		char due[NOTIFY_DATE_SIZE];
		if (g != group)
			printf("%s%s\n", group < 0 ? "" : "\n", notify_group_label((enum notify_group)g));
		group = g;
		notify_date_text(v[i].due, due);
		printf("  - %s\n", v[i].title);
		if (*due)
			printf("    batas waktu %s%s%s\n", due, v[i].urgency >= NU_SOON ? ", " : "",
			       v[i].urgency >= NU_SOON ? notify_urgency_label(v[i].urgency) : "");
		printf("    %s%s\n", base, v[i].link);
	}
}

static int sub_list(struct cli_run *c)
{
	struct user u;
	struct notify_item *v = NULL;
	size_t n = 0;
	char today[NOTIFY_DATE_SIZE];
	if (!cli_opt(c, O_USER))
		return cli_usage(CMD, "pemakaian: kinerja notify list --user LOGIN");
	if (store_user_by_login(c->db, cli_opt(c, O_USER), &u, &c->err)) {
		if (c->err.code == KERR_NOT_FOUND || c->err.code == KERR_UNAUTHORIZED)
			return kerr_clear(&c->err), kerr_set(&c->err, KERR_NOT_FOUND, "--user", "Pengguna '%s' tidak ada",
					cli_opt(c, O_USER));
		return -1;
	}
	struct notify_who who = { u.id, u.employee_id, u.role == ROLE_ADMIN };
	store_notify_today(today);
	if (store_notify_pending(c->db, &who, today, &v, &n, &c->err))
		return -1;
	print_items(v, n, run_cfg->public_url);
	printf("%s%zu pekerjaan menunggu %s.\n", n ? "\n" : "", n, u.login);
	free(v);
	return 0;
}

/* ---- send ------------------------------------------------------------------------------------- */

struct send_run {
	struct cli_run *c;
	struct smtp *smtp;
	char from_name[NOTIFY_NAME_SIZE], from_addr[NOTIFY_ADDR_MAX + 1];
	const char *domain;             /* of from_addr, for Message-ID */
	char base[512];                 /* public_url without a trailing / */
	char today[NOTIFY_DATE_SIZE];
	size_t sent, failed, quiet, skipped;
	struct kerr first;              /* the first refusal */
};

/* The settings send needs, checked before anything is read. */
static int send_settings(struct send_run *s)
{
	const struct config *cfg = run_cfg;
	struct cli_run *c = s->c;
	const char *from = *cfg->smtp_from ? cfg->smtp_from : "kinerja@localhost.localdomain";
	if (!*cfg->public_url)
		return kerr_set(&c->err, KERR_INVALID, "--public-url", "Alamat situs belum diatur: "
				"beri --public-url https://... (atau KINERJA_PUBLIC_URL) agar tautan "
				"dalam e-mail dapat dibuka");
	copy_str(s->base, sizeof s->base, cfg->public_url);
	for (size_t n = strlen(s->base); n && s->base[n - 1] == '/'; n--)
		s->base[n - 1] = '\0';
	if (!dry_run && !*cfg->smtp_url)
		return kerr_set(&c->err, KERR_INVALID, "--smtp-url", "Server SMTP belum diatur: beri "
				"--smtp-url smtp://host:port (atau KINERJA_SMTP_URL)");
	if (!dry_run && !*cfg->smtp_from)
		return kerr_set(&c->err, KERR_INVALID, "--smtp-from", "Pengirim belum diatur: beri "
				"--smtp-from 'Nama <alamat@domain>' (atau KINERJA_SMTP_FROM)");
	if (notify_addr_parse(from, s->from_name, sizeof s->from_name, s->from_addr,
			      sizeof s->from_addr, "--smtp-from", &c->err))
		return -1;
	s->domain = strchr(s->from_addr, '@') + 1;
	if (!dry_run && !(s->smtp = smtp_new(cfg->smtp_url, &c->err))) {
		if (!strcmp(c->err.field, "smtp_url"))
			copy_str(c->err.field, sizeof c->err.field, "--smtp-url");
		return -1;
	}
	return 0;
}

/* The items of v[0..*n) not e-mailed to the user today, moved to the front. */
static int keep_unsent(struct send_run *s, int64_t user_id, struct notify_item *v, size_t *n)
{
	size_t kept = 0;
	for (size_t i = 0; i < *n; i++) {
		int sent = 0;
		if (store_notify_was_sent(s->c->db, user_id, v[i].key, s->today, &sent, &s->c->err))
			return -1;
		if (!sent)
			v[kept++] = v[i];
	}
	*n = kept;
	return 0;
}

static void message_id(const struct send_run *s, int64_t user_id, char *out, size_t size)
{
	unsigned char rnd[8];
	char hex[17];
	randombytes_buf(rnd, sizeof rnd);
	sodium_bin2hex(hex, sizeof hex, rnd, sizeof rnd);
	snprintf(out, size, "<%lld.%lld.%s@%s>", (long long)now_unix(), (long long)user_id, hex,
		 s->domain);
}

/* Sends (or, dry, prints) one user's digest and records it. */
static int send_one(struct send_run *s, const struct notify_recipient *r,
		    const struct notify_item *v, size_t n)
{
	char mid[160];
	struct strbuf msg = STRBUF_INIT;
	struct kerr err = KERR_INIT;
	message_id(s, r->user_id, mid, sizeof mid);
	struct notify_digest d = { s->from_name, s->from_addr, r->name, r->email, s->base, mid,
				   now_unix(), s->today, v, n };
	notify_digest_message(&msg, &d);
	if (dry_run) {
		printf("Akan dikirim kepada %s <%s>: %zu pekerjaan\n", r->name, r->email, n);
		print_items(v, n, s->base);
		printf("\n");
		strbuf_release(&msg);
		s->sent++;
		return 0;
	}
	int rc = smtp_send(s->smtp, s->from_addr, r->email, msg.buf, msg.len, &err);
	strbuf_release(&msg);
	if (rc && !strcmp(err.field, "smtp")) {
		fprintf(stderr, "kinerja notify: gagal mengirim kepada %s <%s>: %s\n", r->name, r->email,
			err.msg);
		if (!s->failed++)
			kerr_set(&s->first, err.code, "smtp", "%s <%s>: %s", r->login, r->email, err.msg);
		return 0;
	}
	if (rc)
		return kerr_set(&s->c->err, err.code, "--smtp-url", "%s", err.msg);
	if (store_notify_mark_sent(s->c->db, &s->c->who, r->user_id, r->email, v, n, s->today,
				   &s->c->err))
		return -1;
	printf("Terkirim kepada %s <%s>: %zu pekerjaan\n", r->name, r->email, n);
	s->sent++;
	return 0;
}

static int send_recipient(struct send_run *s, const struct notify_recipient *r)
{
	struct notify_item *v = NULL;
	size_t n = 0;
	struct notify_who who = { r->user_id, r->employee_id, r->admin };
	if (!notify_email_valid(r->email)) {
		fprintf(stderr, "kinerja notify: %s dilewati: alamat e-mail '%s' tidak sah\n", r->login,
			r->email);
		s->skipped++;
		return 0;
	}
	int rc = store_notify_pending(s->c->db, &who, s->today, &v, &n, &s->c->err);
	if (!rc)
		rc = keep_unsent(s, r->user_id, v, &n);
	if (!rc && !n)
		s->quiet++;
	else if (!rc)
		rc = send_one(s, r, v, n);
	free(v);
	return rc;
}

static int sub_send(struct cli_run *c)
{
	struct send_run *s = xcalloc(1, sizeof *s);
	struct notify_recipient *rs = NULL;
	size_t nr = 0;
	int rc;
	s->c = c;
	s->first = (struct kerr)KERR_INIT;
	if (sodium_init() < 0)
		return free(s), kerr_set(&c->err, KERR_INTERNAL, "", "libsodium tidak dapat dimulai");
	store_notify_today(s->today);
	rc = send_settings(s);
	if (!rc)
		rc = store_notify_recipients(c->db, &rs, &nr, &c->err);
	for (size_t i = 0; !rc && i < nr; i++)
		rc = send_recipient(s, &rs[i]);
	if (!rc)
		printf("%s: %zu e-mail %s, %zu gagal, %zu penerima tanpa pekerjaan baru, %zu "
		       "dilewati.\n", dry_run ? "Uji coba" : "Selesai", s->sent,
		       dry_run ? "akan dikirim (tidak ada yang dikirim atau dicatat)" : "terkirim",
		       s->failed, s->quiet, s->skipped);
	if (!rc && s->failed)
		rc = kerr_set(&c->err, KERR_IO, "", "%zu e-mail gagal dikirim; yang pertama: %s",
			      s->failed, s->first.msg);
	smtp_free(s->smtp);
	free(rs);
	free(s);
	return rc;
}

static const struct cli_sub subs[] = {
	{ "list", NULL, sub_list, 0, 0, O_USER, "list --user LOGIN" },
	{ "send", NULL, sub_send, 0, 0, 0, "send [--dry-run]" },
};

static const struct cli_suite suite = {
	CMD, cmd_notify_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID", NULL, 0,
};

/* Takes the value-less --dry-run out of argv (cli_sub's options take values). */
static void take_dry_run(int *argc, char **argv)
{
	for (int i = 2; i < *argc; i++)
		if (!strcmp(argv[i], "--dry-run")) {
			dry_run = 1;
			memmove(&argv[i], &argv[i + 1], sizeof(char *) * (size_t)(*argc - i));
			(*argc)--;
			i--;
		}
}

int cmd_notify(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_notify_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (list, send)");
	take_dry_run(&argc, argv);
	if (dry_run && strcmp(argv[1], "send") != 0)
		return cli_usage(CMD, "opsi --dry-run hanya berlaku untuk 'notify send'");
	run_cfg = cfg;
	return cli_suite_run(&suite, argc, argv, cfg);
}
