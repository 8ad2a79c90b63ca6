/*
 * config.c - settings from defaults, config file, environment and flags.
 */
#include "core/config.h"
#include "core/log.h"
#include "core/strbuf.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char config_flags_help[] =
	"Pengaturan umum (flag > variabel lingkungan > berkas konfigurasi):\n"
	"  --listen ALAMAT:PORT   alamat server HTTP        (KINERJA_LISTEN, bawaan 127.0.0.1:8080)\n"
	"  --db URL               sqlite:PATH atau postgresql://...  (KINERJA_DB)\n"
	"  --data-dir DIR         direktori data            (KINERJA_DATA_DIR, bawaan ./data)\n"
	"  --log-level LEVEL      error|warn|info|debug     (KINERJA_LOG_LEVEL)\n"
	"  --threads N            jumlah thread HTTP        (KINERJA_THREADS, bawaan = jumlah inti)\n"
	"  --behind-tls           cookie diberi tanda Secure (KINERJA_BEHIND_TLS=1)\n"
	"  --trust-proxy          alamat klien dari X-Forwarded-For (KINERJA_TRUST_PROXY=1)\n"
	"  --cascade-max-nodes N  batas simpul halaman kaskade; pohon yang lebih besar dilipat\n"
	"                         (KINERJA_CASCADE_MAX_NODES, bawaan 2000)\n"
	"  --smtp-url URL         server e-mail notifikasi smtp://host:port (KINERJA_SMTP_URL)\n"
	"  --smtp-from ALAMAT     pengirim e-mail notifikasi (KINERJA_SMTP_FROM)\n"
	"  --public-url URL       alamat situs untuk tautan dalam e-mail (KINERJA_PUBLIC_URL)\n"
	"  --bulk-max-docs N      dokumen terbanyak dalam satu permintaan dokumen massal\n"
	"                         (KINERJA_BULK_MAX_DOCS, bawaan 2000)\n"
	"  --dashboard-max-stale DETIK  dasbor unit boleh berumur sampai sekian detik walau data\n"
	"                         sudah berubah (KINERJA_DASHBOARD_MAX_STALE, bawaan 0: selalu baru)\n"
	"  --config FILE          berkas konfigurasi 'kunci = nilai' (KINERJA_CONFIG)\n";

enum cfg_key { K_LISTEN, K_DB, K_DATA_DIR, K_LOG_LEVEL, K_THREADS, K_BEHIND_TLS, K_SESSION_HOURS,
	       K_TRUST_PROXY, K_CASCADE_MAX_NODES, K_SMTP_URL, K_SMTP_FROM, K_PUBLIC_URL,
	       K_BULK_MAX_DOCS, K_DASHBOARD_MAX_STALE };

static const struct {
	const char *file_key, *env, *flag;
	int takes_value;
} keys[] = {
	[K_LISTEN] = { "listen", "KINERJA_LISTEN", "--listen", 1 },
	[K_DB] = { "db", "KINERJA_DB", "--db", 1 },
	[K_DATA_DIR] = { "data_dir", "KINERJA_DATA_DIR", "--data-dir", 1 },
	[K_LOG_LEVEL] = { "log_level", "KINERJA_LOG_LEVEL", "--log-level", 1 },
	[K_THREADS] = { "threads", "KINERJA_THREADS", "--threads", 1 },
	[K_BEHIND_TLS] = { "behind_tls", "KINERJA_BEHIND_TLS", "--behind-tls", 0 },
	[K_SESSION_HOURS] = { "session_hours", "KINERJA_SESSION_HOURS", "--session-hours", 1 },
	[K_TRUST_PROXY] = { "trust_proxy", "KINERJA_TRUST_PROXY", "--trust-proxy", 0 },
	[K_CASCADE_MAX_NODES] = { "cascade_max_nodes", "KINERJA_CASCADE_MAX_NODES",
				  "--cascade-max-nodes", 1 },
	[K_SMTP_URL] = { "smtp_url", "KINERJA_SMTP_URL", "--smtp-url", 1 },
	[K_SMTP_FROM] = { "smtp_from", "KINERJA_SMTP_FROM", "--smtp-from", 1 },
	[K_PUBLIC_URL] = { "public_url", "KINERJA_PUBLIC_URL", "--public-url", 1 },
	[K_BULK_MAX_DOCS] = { "bulk_max_docs", "KINERJA_BULK_MAX_DOCS", "--bulk-max-docs", 1 },
	[K_DASHBOARD_MAX_STALE] = { "dashboard_max_stale", "KINERJA_DASHBOARD_MAX_STALE",
				    "--dashboard-max-stale", 1 },
};
#define NKEYS (sizeof keys / sizeof keys[0])

static int truthy(const char *v)
{
	return strcmp(v, "0") != 0 && strcmp(v, "false") != 0 && strcmp(v, "no") != 0;
}

/* A whole number in [min, max] from v; -1 with a message naming the key if not. */
static int parse_count(const char *v, long min, long max, const char *origin, const char *key,
		       long *out, struct kerr *err)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (*v == '\0' || *end || n < min || n > max)
		return kerr_set(err, KERR_INVALID, key, "%s: %s harus bilangan %ld-%ld, bukan '%s'",
				origin, key, min, max, v);
	*out = n;
	return 0;
}

/* The e-mail settings of notifications: checked here, so a typo is
 * reported where it was made (the values are used by `kinerja notify`). */
static int set_mail_key(struct config *cfg, enum cfg_key k, const char *v, const char *origin,
			struct kerr *err)
{
	static const char *const schemes[][2] = { { "smtp://", "smtps://" }, { "http://", "https://" } };
	int url = k != K_SMTP_FROM, web = k == K_PUBLIC_URL;
	if (strpbrk(v, " \t\r\n") && url)
		return kerr_set(err, KERR_INVALID, keys[k].file_key, "%s: %s tidak boleh memuat spasi",
				origin, keys[k].file_key);
	if (url && *v && strncmp(v, schemes[web][0], strlen(schemes[web][0])) &&
	    strncmp(v, schemes[web][1], strlen(schemes[web][1])))
		return kerr_set(err, KERR_INVALID, keys[k].file_key, "%s: %s harus diawali %s atau %s, "
				"bukan '%s'", origin, keys[k].file_key, schemes[web][0], schemes[web][1], v);
	char *dst = k == K_SMTP_URL ? cfg->smtp_url : k == K_SMTP_FROM ? cfg->smtp_from : cfg->public_url;
	size_t size = k == K_SMTP_URL ? sizeof cfg->smtp_url : k == K_SMTP_FROM ? sizeof cfg->smtp_from
		: sizeof cfg->public_url;
	if (copy_str(dst, size, v))
		return kerr_set(err, KERR_INVALID, keys[k].file_key, "%s: %s terlalu panjang", origin,
				keys[k].file_key);
	return 0;
}

/* The whole-number limits: cascade_max_nodes, bulk_max_docs and
 * dashboard_max_stale, each within its range. */
static int set_limit(struct config *cfg, enum cfg_key k, const char *v, const char *origin,
		     struct kerr *err)
{
	int *field = k == K_CASCADE_MAX_NODES ? &cfg->cascade_max_nodes
		   : k == K_BULK_MAX_DOCS ? &cfg->bulk_max_docs : &cfg->dashboard_max_stale;
	long min = k == K_DASHBOARD_MAX_STALE ? 0 : 1;
	long max = k == K_CASCADE_MAX_NODES ? CASCADE_MAX_NODES_LIMIT
		 : k == K_BULK_MAX_DOCS ? BULK_MAX_DOCS_LIMIT : DASHBOARD_MAX_STALE_LIMIT;
	long n;
	if (parse_count(v, min, max, origin, keys[k].file_key, &n, err))
		return -1;
	*field = (int)n;
	return 0;
}

static int set_key(struct config *cfg, enum cfg_key k, const char *v, const char *origin,
		   struct kerr *err)
{
	switch (k) {
	case K_LISTEN: copy_str(cfg->listen, sizeof cfg->listen, v); break;
	case K_DB: copy_str(cfg->db_url, sizeof cfg->db_url, v); cfg->db_given = 1; break;
	case K_DATA_DIR: copy_str(cfg->data_dir, sizeof cfg->data_dir, v); break;
	case K_LOG_LEVEL:
		if (log_set_level_name(v))
			return kerr_set(err, KERR_INVALID, keys[k].file_key,
					"%s: log level '%s' tidak dikenal (error|warn|info|debug)", origin, v);
		copy_str(cfg->log_level, sizeof cfg->log_level, v);
		break;
	case K_THREADS:
	case K_SESSION_HOURS: {
		long n;
		if (parse_count(v, 0, 1024, origin, keys[k].file_key, &n, err))
			return -1;
		if (k == K_THREADS)
			cfg->threads = (int)n;
		else
			cfg->session_hours = n ? (int)n : 8;
		break;
	}
	case K_CASCADE_MAX_NODES:
	case K_BULK_MAX_DOCS:
	case K_DASHBOARD_MAX_STALE:
		return set_limit(cfg, k, v, origin, err);
	case K_BEHIND_TLS:
		cfg->behind_tls = truthy(v);
		break;
	case K_TRUST_PROXY:
		cfg->trust_proxy = truthy(v);
		break;
	case K_SMTP_URL:
	case K_SMTP_FROM:
	case K_PUBLIC_URL:
		return set_mail_key(cfg, k, v, origin, err);
	}
	return 0;
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

static int load_file(struct config *cfg, const char *path, struct kerr *err)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return kerr_set(err, KERR_IO, "config", "Berkas konfigurasi %s tidak dapat dibaca", path);
	char line[1200];
	int lineno = 0, rc = 0;
	while (!rc && fgets(line, sizeof line, f)) {
		lineno++;
		char *s = trim(line);
		if (!*s || *s == '#')
			continue;
		char *eq = strchr(s, '=');
		char origin[600];
		snprintf(origin, sizeof origin, "%s baris %d", path, lineno);
		if (!eq) {
			rc = kerr_set(err, KERR_INVALID, "config", "%s: tidak berbentuk 'kunci = nilai'", origin);
			break;
		}
		*eq = '\0';
		char *key = trim(s), *val = trim(eq + 1);
		size_t k;
		for (k = 0; k < NKEYS && strcmp(keys[k].file_key, key); k++)
			;
		if (k == NKEYS)
			rc = kerr_set(err, KERR_INVALID, "config", "%s: kunci '%s' tidak dikenal", origin, key);
		else
			rc = set_key(cfg, (enum cfg_key)k, val, origin, err);
	}
	fclose(f);
	return rc;
}

/* Finds a flag in argv ("--db X" or "--db=X"); removes it and returns its value. */
static const char *take_flag(int *argc, char **argv, const char *flag, int takes_value, int *found)
{
	size_t fl = strlen(flag);
	for (int i = 1; i < *argc; i++) {
		const char *a = argv[i], *val = NULL;
		int used = 1;
		if (strcmp(a, "--") == 0)
			break;
		if (strncmp(a, flag, fl) != 0 || (a[fl] != '\0' && a[fl] != '='))
			continue;
		if (!takes_value)
			val = "1";
		else if (a[fl] == '=')
			val = a + fl + 1;
		else if (i + 1 < *argc)
			val = argv[i + 1], used = 2;
		else
			val = NULL;
		memmove(&argv[i], &argv[i + used], sizeof(char *) * (size_t)(*argc - i - used + 1));
		*argc -= used;
		*found = 1;
		return val;
	}
	*found = 0;
	return NULL;
}

int config_load(struct config *cfg, int *argc, char **argv, struct kerr *err)
{
	memset(cfg, 0, sizeof *cfg);
	copy_str(cfg->listen, sizeof cfg->listen, "127.0.0.1:8080");
	copy_str(cfg->data_dir, sizeof cfg->data_dir, "data");
	copy_str(cfg->log_level, sizeof cfg->log_level, "info");
	cfg->session_hours = 8;
	cfg->cascade_max_nodes = CASCADE_MAX_NODES_DEFAULT;
	cfg->bulk_max_docs = BULK_MAX_DOCS_DEFAULT;

	int found;
	const char *flagv[NKEYS];
	int flag_found[NKEYS];
	const char *cfile = take_flag(argc, argv, "--config", 1, &found);
	if (found && !cfile)
		return kerr_set(err, KERR_INVALID, "config", "--config memerlukan nama berkas");
	for (size_t k = 0; k < NKEYS; k++) {
		flagv[k] = take_flag(argc, argv, keys[k].flag, keys[k].takes_value, &flag_found[k]);
		if (flag_found[k] && !flagv[k])
			return kerr_set(err, KERR_INVALID, keys[k].file_key, "%s memerlukan nilai", keys[k].flag);
	}
	if (!cfile)
		cfile = getenv("KINERJA_CONFIG");
	if (cfile && *cfile) {
		copy_str(cfg->config_file, sizeof cfg->config_file, cfile);
		if (load_file(cfg, cfile, err))
			return -1;
	}
	for (size_t k = 0; k < NKEYS; k++) {
		const char *v = getenv(keys[k].env);
		if (v && *v && set_key(cfg, (enum cfg_key)k, v, keys[k].env, err))
			return -1;
	}
	for (size_t k = 0; k < NKEYS; k++)
		if (flag_found[k] && set_key(cfg, (enum cfg_key)k, flagv[k], keys[k].flag, err))
			return -1;
	if (!cfg->db_given)
		snprintf(cfg->db_url, sizeof cfg->db_url, "sqlite:%s/kinerja.db", cfg->data_dir);
	return 0;
}
