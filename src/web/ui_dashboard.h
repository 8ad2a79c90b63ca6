/*
 * ui_dashboard.h - the sections of the dashboard page, shared by
 * ui_dashboard.c (the route, the filters, the order of the sections) and
 * ui_dashboard_parts.c (each section: a short explanation, a chart drawn
 * by app.js from the accessible table beside it, and that table).
 *
 * A chart's table is <table class="chart-data" data-chart="bar|line|radar">:
 * the header cells marked data-series name the figures charted, each body
 * row's first cell (<th scope="row">) its label, and the cells carry the
 * figure in data-value; data-series-in="rows" makes each row a line
 * instead.  Without JavaScript the table alone is shown.
 */
#ifndef KINERJA_UI_DASHBOARD_H
#define KINERJA_UI_DASHBOARD_H

#include "store/dashboard.h"

struct req;

/* The curve table shows at most this many units (those that break their
 * curve first); the rest are on /predikat-unit. */
#define DASH_CURVE_ROWS 25
/* Above this many units the unit filter goes one level down at a time
 * (dash_unit_choices). */
#define DASH_UNIT_CHOICES 60

/* Each section of the dashboard from its computed figures (store/dashboard.h). */
void dash_section_status(struct req *r, const struct dash_board *b);
void dash_section_distribution(struct req *r, const struct dash_board *b);
void dash_section_own_predicates(struct req *r, const struct dash_board *b);
void dash_section_achievement(struct req *r, const struct dash_board *b);
void dash_section_berakhlak(struct req *r, const struct dash_board *b);
void dash_section_trend(struct req *r, const struct dash_board *b);

/* Opens a chart's table (ui_dashboard_charts.c): the box app.js draws the
 * chart in, <table id=ID data-chart=CHART EXTRA> (EXTRA: trusted literal
 * attributes, or NULL), the caption and the first header cell; the
 * caller adds the other header cells. */
void dash_chart_table(struct req *r, const char *id, const char *chart, const char *extra,
		      const char *caption, const char *first);

/* A <td> with a percentage (data-value for the chart) or "-". */
void dash_pct_cell(struct req *r, int set, double value);

#endif
