/*
 * cmd_user.c - `kinerja user ...`: accounts from the command line: add,
 * passwd, role, disable/enable, list and API tokens.
 *
 * Every change is made as the actor {0, "cli", ""}, so the audit trail shows
 * it came from the command line.  A generated password or token is printed
 * once and never stored in the clear: only its hash is kept.
 */
#include "cli/commands.h"
#include "core/strbuf.h"
#include "domain/nip.h"
#include "http/auth.h"
#include "store/store.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_user_usage[] =
	"Pemakaian:\n"
	"  kinerja user add (--nip NIP | --login LOGIN) [--name NAMA]\n"
	"                   [--role pegawai|pengelola|auditor|admin] [--unit KODE_UNIT]\n"
	"                   [--password-stdin]\n"
	"  kinerja user passwd LOGIN [--password-stdin]\n"
	"  kinerja user role LOGIN PERAN [--unit KODE_UNIT]\n"
	"  kinerja user disable LOGIN\n"
	"  kinerja user enable LOGIN\n"
	"  kinerja user list\n"
	"  kinerja user token LOGIN [--name NAMA]\n"
	"\n"
	"Mengelola akun pengguna.\n"
	"  add       membuat akun.  Akun pegawai memakai NIP pegawai yang sudah terdaftar\n"
	"            sebagai login (--nip NIP, atau --login NIP).  Akun bukan pegawai\n"
	"            (mis. auditor dari inspektorat) memakai --login dan --name.\n"
	"  passwd    mengganti kata sandi; sesi yang masih terbuka diakhiri.\n"
	"  role      mengganti peran; peran pengelola wajib disertai --unit (unit kerja\n"
	"            yang dikelola, beserta unit di bawahnya).\n"
	"  disable   menonaktifkan akun dan mengakhiri semua sesinya; enable mengaktifkan.\n"
	"  list      menampilkan semua akun.\n"
	"  token     membuat token API (header 'Authorization: Bearer TOKEN'); token\n"
	"            hanya ditampilkan sekali.\n"
	"\n"
	"Opsi:\n"
	"  --nip NIP            NIP pegawai (18 digit, spasi boleh)\n"
	"  --login LOGIN        login: huruf, angka, dan . _ - @ (maks. 63 karakter)\n"
	"  --name NAMA          nama akun (add) atau nama token (token)\n"
	"  --role PERAN         pegawai (bawaan), pengelola, auditor, admin\n"
	"  --unit KODE_UNIT     kode unit kerja lingkup pengelola\n"
	"  --password-stdin     baca kata sandi dari baris pertama stdin (min. 8 karakter);\n"
	"                       tanpa opsi ini kata sandi dibuat acak dan dicetak sekali\n"
	"  -h, --help           tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja user add --nip '19850312 201001 1 004'\n"
	"  kinerja user add --login auditor.inspektorat --name 'Auditor Inspektorat' --role auditor\n"
	"  printf '%s\\n' 'KataSandiBaru-2026' | kinerja user passwd 198503122010011004 --password-stdin\n"
	"  kinerja user role 198503122010011004 pengelola --unit ASM\n"
	"  kinerja user disable 198503122010011004\n"
	"  kinerja user token auditor.inspektorat --name laporan-bulanan\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "user"

enum {
	O_NIP = 1 << 0, O_LOGIN = 1 << 1, O_NAME = 1 << 2, O_ROLE = 1 << 3,
	O_UNIT = 1 << 4, O_PWSTDIN = 1 << 5,
};

struct user_cmd {
	const char *nip, *login, *name, *role, *unit;
	int password_stdin;
	unsigned given;         /* O_* bits of the options seen */
	const char *pos[3];     /* positional arguments after the sub-command */
	int npos;
	int bad_usage;          /* the failure was a usage mistake: exit 2 */
	struct db *db;
	struct actor who;
	struct kerr err;
};

/* ---- arguments ------------------------------------------------------------ */

/* Takes "--opt VALUE" or "--opt=VALUE" at argv[*i]; 1 if it was one of ours. */
static int take_option(struct user_cmd *u, int argc, char **argv, int *i, int *bad)
{
	const struct { const char *flag; unsigned bit; const char **slot; } opts[] = {
		{ "--nip", O_NIP, &u->nip }, { "--login", O_LOGIN, &u->login },
		{ "--name", O_NAME, &u->name }, { "--role", O_ROLE, &u->role },
		{ "--unit", O_UNIT, &u->unit },
	};
	for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) {
		size_t len = strlen(opts[k].flag);
		if (strncmp(argv[*i], opts[k].flag, len) != 0)
			continue;
		if (argv[*i][len] == '=') {
			*opts[k].slot = argv[*i] + len + 1;
		} else if (argv[*i][len] == '\0' && *i + 1 < argc) {
			*opts[k].slot = argv[++*i];
		} else {
			*bad = cli_usage(CMD, "opsi %s memerlukan nilai", opts[k].flag);
			return 1;
		}
		u->given |= opts[k].bit;
		return 1;
	}
	return 0;
}

static int parse_args(struct user_cmd *u, int argc, char **argv)
{
	for (int i = 2; i < argc; i++) {
		int bad = 0;
		if (take_option(u, argc, argv, &i, &bad)) {
			if (bad)
				return bad;
		} else if (!strcmp(argv[i], "--password-stdin")) {
			u->password_stdin = 1;
			u->given |= O_PWSTDIN;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return cli_usage(CMD, "opsi tidak dikenal: %s", argv[i]);
		} else if (u->npos < 3) {
			u->pos[u->npos++] = argv[i];
		} else {
			return cli_usage(CMD, "argumen berlebih: %s", argv[i]);
		}
	}
	return 0;
}

/* ---- passwords -------------------------------------------------------------- */

/* The first line of stdin, without its line end. */
static int read_password(char *out, size_t size, struct kerr *err)
{
	if (!fgets(out, (int)size, stdin))
		return kerr_set(err, KERR_INVALID, "password", "Tidak ada kata sandi di stdin");
	size_t n = strcspn(out, "\r\n");
	if (out[n] == '\0' && n == size - 1)
		return kerr_set(err, KERR_INVALID, "password", "Kata sandi terlalu panjang");
	out[n] = '\0';
	return 0;
}

/* A new password (from stdin or generated) checked and hashed; *generated
 * tells the caller to print it. */
static int new_password(struct user_cmd *u, const char *login, char *pw, size_t pwsize,
			char *hash, size_t hashsize, int *generated)
{
	*generated = !u->password_stdin;
	if (u->password_stdin) {
		if (read_password(pw, pwsize, &u->err))
			return -1;
	} else {
		password_generate(pw, pwsize);
	}
	if (password_acceptable(pw, login, &u->err))
		return -1;
	if (auth_init() < 0)
		return kerr_set(&u->err, KERR_INTERNAL, "", "libsodium tidak dapat dimulai");
	return password_hash(pw, hash, hashsize, &u->err);
}

static void print_password(const char *login, const char *pw)
{
	printf("Kata sandi untuk %s: %s\n"
	       "Catat sekarang: kata sandi ini tidak akan ditampilkan lagi.\n", login, pw);
}

/* Records a usage mistake found only when the arguments are read together. */
static int usage_kerr(struct user_cmd *u, const char *field, const char *msg)
{
	u->bad_usage = 1;
	return kerr_set(&u->err, KERR_INVALID, field, "%s", msg);
}

/* ---- lookups ------------------------------------------------------------------ */

static int unit_scope(struct user_cmd *u, enum role role, int64_t *scope)
{
	struct unit unit;
	*scope = 0;
	if (role != ROLE_PENGELOLA) {
		if (u->unit)
			return usage_kerr(u, "unit", "--unit hanya berlaku untuk peran pengelola");
		return 0;
	}
	if (!u->unit || !*u->unit)
		return usage_kerr(u, "unit", "Peran pengelola wajib disertai --unit KODE_UNIT");
	if (store_unit_by_code(u->db, u->unit, &unit, &u->err))
		return -1;
	*scope = unit.id;
	return 0;
}

static int role_arg(struct user_cmd *u, const char *s, enum role *role)
{
	if (role_parse(s, role)) {
		u->bad_usage = 1;
		return kerr_set(&u->err, KERR_INVALID, "role",
				"Peran '%s' tidak dikenal (pegawai, pengelola, auditor, admin)", s);
	}
	return 0;
}

/* The employee whose NIP is `text`: 1 found, 0 `text` is no NIP at all,
 * -1 error (also for a well-formed NIP nobody holds). */
static int employee_for(struct user_cmd *u, const char *text, struct employee *e)
{
	char nip[NIP_LEN + 1];
	struct kerr ignored = KERR_INIT;
	if (nip_normalize(text, nip, &ignored))
		return 0;
	if (store_employee_by_nip(u->db, nip, e, &u->err) == 0)
		return 1;
	if (u->err.code == KERR_NOT_FOUND) {
		kerr_clear(&u->err);
		kerr_set(&u->err, KERR_NOT_FOUND, "nip", "Tidak ada pegawai dengan NIP %s", nip);
	}
	return -1;
}

/* ---- the sub-commands --------------------------------------------------------- */

/* Fills login, employee and name of a new account from --nip / --login. */
static int add_identity(struct user_cmd *u, enum role role, struct user *nu)
{
	struct employee e;
	char nip[NIP_LEN + 1];
	if (!!u->nip == !!u->login)
		return usage_kerr(u, "login", "Isi salah satu: --nip atau --login");
	if (u->nip && nip_normalize(u->nip, nip, &u->err))
		return -1;
	int found = employee_for(u, u->nip ? nip : u->login, &e);
	if (found < 0)
		return -1;
	if (!found && role == ROLE_PEGAWAI)
		return kerr_set(&u->err, KERR_INVALID, "login",
				"Akun peran pegawai harus memakai NIP pegawai yang terdaftar sebagai login");
	copy_str(nu->login, sizeof nu->login, found ? e.nip : u->login);
	nu->employee_id = found ? e.id : 0;
	copy_str(nu->name, sizeof nu->name, u->name ? u->name : found ? "" : u->login);
	return 0;
}

static int sub_add(struct user_cmd *u)
{
	struct user nu;
	char pw[256];
	int generated;
	memset(&nu, 0, sizeof nu);
	if (role_arg(u, u->role ? u->role : "pegawai", &nu.role) ||
	    unit_scope(u, nu.role, &nu.scope_unit_id) || add_identity(u, nu.role, &nu) ||
	    new_password(u, nu.login, pw, sizeof pw, nu.password_hash, sizeof nu.password_hash,
			 &generated) ||
	    store_user_create(u->db, &u->who, &nu, &u->err))
		return -1;
	printf("Akun %s dibuat (peran %s%s%s).\n", nu.login, role_name(nu.role),
	       u->unit ? ", unit " : "", u->unit ? u->unit : "");
	if (generated)
		print_password(nu.login, pw);
	explicit_bzero(pw, sizeof pw);
	return 0;
}

static int sub_passwd(struct user_cmd *u)
{
	struct user usr;
	char pw[256], hash[160];
	int generated;
	if (store_user_by_login(u->db, u->pos[0], &usr, &u->err) ||
	    new_password(u, usr.login, pw, sizeof pw, hash, sizeof hash, &generated) ||
	    store_user_set_password(u->db, &u->who, usr.id, hash, &u->err) ||
	    store_session_delete_user(u->db, usr.id, 0, &u->err))
		return -1;
	printf("Kata sandi %s diganti; sesi yang masih terbuka diakhiri.\n", usr.login);
	if (generated)
		print_password(usr.login, pw);
	explicit_bzero(pw, sizeof pw);
	return 0;
}

static int sub_role(struct user_cmd *u)
{
	struct user usr;
	enum role role;
	int64_t scope;
	if (role_arg(u, u->pos[1], &role) || unit_scope(u, role, &scope) ||
	    store_user_by_login(u->db, u->pos[0], &usr, &u->err) ||
	    store_user_set_role(u->db, &u->who, usr.id, role, scope, &u->err))
		return -1;
	printf("Peran %s sekarang %s%s%s.\n", usr.login, role_name(role),
	       scope ? ", unit " : "", scope ? u->unit : "");
	return 0;
}

static int set_disabled(struct user_cmd *u, int disabled)
{
	struct user usr;
	if (store_user_by_login(u->db, u->pos[0], &usr, &u->err) ||
	    store_user_set_disabled(u->db, &u->who, usr.id, disabled, &u->err) ||
	    (disabled && store_session_delete_user(u->db, usr.id, 0, &u->err)))
		return -1;
	printf(disabled ? "Akun %s dinonaktifkan; semua sesinya diakhiri.\n"
		        : "Akun %s diaktifkan kembali.\n", usr.login);
	return 0;
}

static int sub_disable(struct user_cmd *u)
{
	return set_disabled(u, 1);
}

static int sub_enable(struct user_cmd *u)
{
	return set_disabled(u, 0);
}

static const char *unit_code_of(const struct unit *units, size_t n, int64_t id)
{
	for (size_t i = 0; id && i < n; i++)
		if (units[i].id == id)
			return units[i].code;
	return "-";
}

static int sub_list(struct user_cmd *u)
{
	struct user *users = NULL;
	struct unit *units = NULL;
	size_t n = 0, nunits = 0;
	int w = 5;
	if (store_user_list(u->db, &users, &n, &u->err) ||
	    store_unit_list(u->db, &units, &nunits, &u->err)) {
		free(users);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		w = (int)strlen(users[i].login) > w ? (int)strlen(users[i].login) : w;
	printf("%-*s  %-9s  %-16s  %-9s  %s\n", w, "LOGIN", "PERAN", "LINGKUP", "STATUS", "NAMA");
	for (size_t i = 0; i < n; i++)
		printf("%-*s  %-9s  %-16s  %-9s  %s\n", w, users[i].login, role_name(users[i].role),
		       unit_code_of(units, nunits, users[i].scope_unit_id),
		       users[i].disabled ? "nonaktif" : "aktif", users[i].name);
	printf("%zu akun.\n", n);
	free(users);
	free(units);
	return 0;
}

static int sub_token(struct user_cmd *u)
{
	struct user usr;
	char token[65], hash[65];
	const char *name = u->name && *u->name ? u->name : "token-cli";
	if (store_user_by_login(u->db, u->pos[0], &usr, &u->err))
		return -1;
	if (usr.disabled)
		return kerr_set(&u->err, KERR_CONFLICT, "login", "Akun %s nonaktif", usr.login);
	if (auth_init() < 0)
		return kerr_set(&u->err, KERR_INTERNAL, "", "libsodium tidak dapat dimulai");
	token_new(token);
	token_hash(token, hash);
	if (store_token_create(u->db, &u->who, usr.id, name, hash, &u->err))
		return -1;
	printf("Token API '%s' untuk %s:\n%s\n"
	       "Simpan sekarang: token ini tidak akan ditampilkan lagi.\n"
	       "Pakai di header: Authorization: Bearer TOKEN\n", name, usr.login, token);
	return 0;
}

/* ---- dispatch ------------------------------------------------------------------ */

static const struct {
	const char *name;
	int (*run)(struct user_cmd *u);
	int npos;               /* positional arguments required */
	unsigned allowed;       /* O_* options it accepts */
	const char *synopsis;
} subs[] = {
	{ "add", sub_add, 0, O_NIP | O_LOGIN | O_NAME | O_ROLE | O_UNIT | O_PWSTDIN,
	  "add (--nip NIP | --login LOGIN) [...]" },
	{ "passwd", sub_passwd, 1, O_PWSTDIN, "passwd LOGIN [--password-stdin]" },
	{ "role", sub_role, 2, O_UNIT, "role LOGIN PERAN [--unit KODE_UNIT]" },
	{ "disable", sub_disable, 1, 0, "disable LOGIN" },
	{ "enable", sub_enable, 1, 0, "enable LOGIN" },
	{ "list", sub_list, 0, 0, "list" },
	{ "token", sub_token, 1, O_NAME, "token LOGIN [--name NAMA]" },
};
#define NSUBS (sizeof subs / sizeof subs[0])

/* The flag of the lowest O_* bit in `bits`. */
static const char *flag_name(unsigned bits)
{
	static const char *const names[] = { "--nip", "--login", "--name", "--role", "--unit",
					     "--password-stdin" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (bits & (1u << i))
			return names[i];
	return "?";
}

static int run_sub(size_t k, struct user_cmd *u, struct config *cfg)
{
	struct store *st = NULL;
	if (u->npos != subs[k].npos)
		return cli_usage(CMD, "pemakaian: kinerja user %s", subs[k].synopsis);
	if (u->given & ~subs[k].allowed)
		return cli_usage(CMD, "opsi %s tidak berlaku untuk 'user %s' (pemakaian: kinerja user %s)",
				   flag_name(u->given & ~subs[k].allowed), subs[k].name,
				   subs[k].synopsis);
	if (store_open(cfg->db_url, 1, &st, &u->err))
		return cli_fail(CMD, &u->err);
	u->db = store_acquire(st);
	int rc = subs[k].run(u) ? cli_fail(CMD, &u->err) + u->bad_usage : 0;
	store_release(st, u->db);
	store_close(st);
	return rc;
}

int cmd_user(int argc, char **argv, struct config *cfg)
{
	struct user_cmd u;
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_user_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (add, passwd, role, disable, "
				   "enable, list, token)");
	memset(&u, 0, sizeof u);
	u.who = (struct actor){ 0, "cli", "" };
	u.err = (struct kerr)KERR_INIT;
	int rc = parse_args(&u, argc, argv);
	if (rc)
		return rc;
	for (size_t k = 0; k < NSUBS; k++)
		if (!strcmp(argv[1], subs[k].name))
			return run_sub(k, &u, cfg);
	return cli_usage(CMD, "sub-perintah tidak dikenal: %s", argv[1]);
}
