/*
 * ui_plan.h - private declarations shared by the planning pages: the
 * periods (ui_plan.c, ui_plan_period.c), the cascade view (ui_cascade.c)
 * and the SKP print view (ui_skp_print.c).  The route table in ui_plan.c
 * points at the handlers declared here; the helpers show dates, states and
 * badges the same way on every one of these pages.
 */
#ifndef KINERJA_UI_PLAN_H
#define KINERJA_UI_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "core/strbuf.h"

struct req;

/* ---- display helpers (ui_plan.c) ----------------------------------------- */

/* "Januari" ... "Desember" for 1-12, "" otherwise. */
const char *month_name_id(int month);
/* "2 Januari 2026" from "2026-01-02"; the text as is if it is not a date. */
void date_id(char *out, size_t size, const char *ymd);
/* The date of a unix time in WIB (UTC+7) as "YYYY-MM-DD". */
void ymd_wib(char *out, size_t size, int64_t unix_secs);
/* A badge for a period state ("draft", "terbuka", ...). */
void period_badge(struct strbuf *out, const char *state);
/* A badge for an SKP state ("draft", "diajukan", ...); "Belum ada SKP" for "". */
void skp_badge(struct strbuf *out, const char *state);
/* "Triwulanan" / "Bulanan"; the value itself if unknown. */
const char *cadence_label(const char *cadence);
/* What may change in a period in this state, one sentence. */
const char *period_state_rules(const char *state);
/* 1 if a refusal is one the user can fix on the form that caused it. */
int plan_user_error(const struct kerr *err);

/* ---- one period (ui_plan_period.c) --------------------------------------- */

int page_period_view(struct req *r);
int page_period_act(struct req *r);
int page_period_calendar(struct req *r);
int page_goal_create(struct req *r);

/* ---- the cascade view (ui_cascade.c) ------------------------------------- */

int page_cascade(struct req *r);

/* ---- the print view (ui_skp_print.c, ui_plan_print.c) -------------------- */

int page_skp_print(struct req *r);

struct skp;
/* The HASIL KERJA table: NO, RHK pimpinan yang diintervensi, RHK, aspek,
 * IKI, target, grouped "A. Utama" / "B. Tambahan". */
void print_results(struct strbuf *out, const struct skp *s);
/* The PERILAKU KERJA table: the seven BerAKHLAK values with their guides
 * and the ekspektasi khusus pimpinan. */
void print_behaviour(struct strbuf *out, const struct skp *s);
/* The lampiran lists: dukungan sumber daya, skema pertanggungjawaban,
 * konsekuensi, each numbered. */
void print_attachments(struct strbuf *out, const struct skp *s);

#endif
