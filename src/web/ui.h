/*
 * ui.h - the shared frame of every HTML page, and small form helpers.
 *
 * Pages are server-rendered in Indonesian with Bootstrap 5 (embedded in the
 * binary) and work without JavaScript.  A handler writes a page as:
 *
 *     page_begin(r, "Daftar Pegawai", NAV_PEGAWAI);
 *     html(&r->out, "<h1>%s</h1>", title);
 *     page_end(r);
 *     return reply_html(r, 200);
 *
 * Every form that changes data includes csrf_field(r).
 */
#ifndef KINERJA_UI_H
#define KINERJA_UI_H

#include <stdint.h>

struct req;
struct strbuf;

enum nav_item { NAV_NONE, NAV_BERANDA, NAV_SKP, NAV_PEGAWAI, NAV_ORGANISASI, NAV_KASKADE,
		NAV_PERIODE, NAV_AUDIT, NAV_AKUN, NAV_360, NAV_PENILAIAN, NAV_KEBERATAN,
		NAV_TPP, NAV_PEMBINAAN, NAV_SOSIALISASI, NAV_PENGHARGAAN, NAV_EVALUASI,
		NAV_NOTIFIKASI, NAV_DASBOR, NAV_LAPORAN,
		NAV_ANALISIS };

/* Writes <html>, <head>, the navigation bar (only the items the user may
 * use), and opens <main>.  A `pesan` query parameter naming a known notice
 * ("disimpan", "dibuat", "diimpor", "sandi_diganti", ...) shows it. */
void page_begin(struct req *r, const char *title, enum nav_item active);
/* The same, loading the script at path `script` (e.g. "/static/chart.min.js"
 * for the dashboards' charts) before app.js; NULL loads none. */
void page_begin_script(struct req *r, const char *title, enum nav_item active,
		       const char *script);
void page_end(struct req *r);
/* <input type="hidden" name="_csrf" value="..."> for the session. */
void csrf_field(struct req *r);
/* A Bootstrap alert box with escaped text; kind is "danger", "success", ... */
void alert_box(struct req *r, const char *kind, const char *text);
/* Pagination links "?page=N" keeping the other query parameters listed in
 * keep[] (NULL-terminated). */
void pager(struct req *r, const char *base_path, int page, int per_page, int64_t total,
	   const char *const *keep);
/* Renders r->error (set by reply_error) as a whole page into r->out. */
void page_error(struct req *r);
/* The label shown for a notice code, or NULL if the code is unknown. */
const char *notice_text(const char *code);

#endif
