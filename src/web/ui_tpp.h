/*
 * ui_tpp.h - private to the allowance (TPP) pages: ui_tpp.c (the overview
 * at /tpp, a new run, and the route table), ui_tpp_rules.c (the rule set
 * editor), ui_tpp_attendance.c (the attendance import), ui_tpp_run.c (one
 * run, its actions, comparison and export) and ui_tpp_item.c (one
 * employee's breakdown).
 */
#ifndef KINERJA_UI_TPP_H
#define KINERJA_UI_TPP_H

#include <stdint.h>

#include "http/tpp_access.h"

struct req;

/* Writes "Rp 1.234.500" (escaped). */
void tpp_html_money(struct req *r, int64_t amount);
/* Ends a <select> opened with form_select_open, with its message. */
struct kerr;
void tpp_select_close(struct req *r, const char *name, const struct kerr *err);
/* A badge for a run's state: "Draf" or "Disetujui (terkunci)". */
void tpp_state_badge(struct req *r, const char *state);

int page_tpp_rules(struct req *r);
int page_tpp_rules_save(struct req *r);
int page_tpp_ruleset(struct req *r);
int page_tpp_attendance(struct req *r);
int page_tpp_attendance_import(struct req *r);
int page_tpp_run(struct req *r);
int page_tpp_run_recompute(struct req *r);
int page_tpp_run_approve(struct req *r);
int page_tpp_run_compare(struct req *r);
int page_tpp_run_csv(struct req *r);
int page_tpp_run_xlsx(struct req *r);
int page_tpp_item(struct req *r);

#endif
