/*
 * config.h - run-time settings, from flags, environment and a config file.
 *
 * Precedence, highest first: command-line flags, environment variables
 * (KINERJA_LISTEN, KINERJA_DB, KINERJA_DATA_DIR, KINERJA_LOG_LEVEL,
 * KINERJA_THREADS, KINERJA_BEHIND_TLS, KINERJA_TRUST_PROXY, KINERJA_SESSION_HOURS,
 * KINERJA_CASCADE_MAX_NODES, KINERJA_CONFIG), the config file (`key = value`
 * lines, `#` comments; keys listen, db, data_dir, log_level, threads,
 * behind_tls, trust_proxy, session_hours, cascade_max_nodes),
 * then the built-in defaults.
 */
#ifndef KINERJA_CONFIG_H
#define KINERJA_CONFIG_H

#include "core/err.h"

#define CASCADE_MAX_NODES_DEFAULT 2000
#define CASCADE_MAX_NODES_LIMIT 100000000
#define BULK_MAX_DOCS_DEFAULT 2000
#define BULK_MAX_DOCS_LIMIT 1000000
#define DASHBOARD_MAX_STALE_LIMIT 3600

struct config {
	char listen[128];        /* "127.0.0.1:8080" */
	char db_url[1024];       /* "sqlite:DATA_DIR/kinerja.db" unless given */
	char data_dir[512];      /* "data" */
	char log_level[16];      /* "info" */
	char config_file[512];
	int threads;             /* HTTP worker threads; 0 = one per core */
	int behind_tls;          /* 1: cookies get the Secure flag */
	int trust_proxy;         /* 1: the client address is the last X-Forwarded-For entry */
	int session_hours;       /* idle session lifetime */
	int cascade_max_nodes;   /* the cascade page folds trees with more nodes */
	int db_given;            /* db_url came from a flag, env or file */
	char smtp_url[512];      /* "smtp://host:port" for notification e-mail, "" none */
	char smtp_from[320];     /* the sender, "Name <addr>" or "addr" */
	char public_url[512];    /* "https://kinerja.example.go.id": links in e-mail */
	int bulk_max_docs;       /* the most documents one bulk job may hold */
	int dashboard_max_stale; /* seconds a unit dashboard may be served after the data
				    changed; 0: never (store/dashboard.h) */
};

/* The flags every command accepts, for --help texts. */
extern const char config_flags_help[];

/*
 * Fills `cfg` from defaults, the config file, the environment and the flags
 * it recognises in argv (--listen, --db, --data-dir, --log-level, --config,
 * --threads, --behind-tls, --trust-proxy, --session-hours,
 * --cascade-max-nodes, --smtp-url, --smtp-from, --public-url,
 * --bulk-max-docs, --dashboard-max-stale; env KINERJA_SMTP_URL,
 * KINERJA_SMTP_FROM, KINERJA_PUBLIC_URL, KINERJA_BULK_MAX_DOCS,
 * KINERJA_DASHBOARD_MAX_STALE; keys smtp_url, smtp_from, public_url,
 * bulk_max_docs, dashboard_max_stale).  Recognised flags are removed from argv and *argc
 * updated, so the command sees only its own arguments.
 */
int config_load(struct config *cfg, int *argc, char **argv, struct kerr *err);

#endif
