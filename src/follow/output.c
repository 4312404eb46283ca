/* output.c - writing the follow-up and the series (output.h).  Shares are
 * printed as trygg-tally prints them: tenths of a percent rounded half up,
 * the interval's ends rounded to tenths. */
#include "follow/output.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "tally/stats.h"

static const char *const followup_cols[] = {
	"period", "window", "now_base", "now", "now_low", "now_high",
	"baseline_window", "baseline_base", "baseline_value", "change",
	"change_low", "change_high", "expected", "trend", "trend_low",
	"trend_high", "trend_months", "trend_direction", "light", "reason",
	"note"
};
#define NFOLLOW (sizeof followup_cols / sizeof *followup_cols)

static const char *const series_cols[] = {
	"id", "period", "base", "pct", "ci_low", "ci_high", "rolling_window",
	"rolling_base", "rolling_pct", "rolling_low", "rolling_high", "note"
};
#define NSERIES (sizeof series_cols / sizeof *series_cols)

/* A row of cells, each in its own buffer. */
typedef struct {
	strbuf *cell;
	size_t n, i;
} follow_row;

static void row_init(follow_row *r, size_t n)
{
	r->cell = xcalloc(n, sizeof *r->cell);
	r->n = n;
	r->i = 0;
}

static strbuf *next(follow_row *r)
{
	return &r->cell[r->i++];
}

static void put_str(follow_row *r, const char *s)
{
	sb_puts(next(r), s);
}

static void put_month(follow_row *r, month_t m)
{
	month_format(next(r), m);
}

static void put_window(follow_row *r, bool has, month_t from, month_t to)
{
	strbuf *b = next(r);

	if (has)
		window_format(b, from, to);
}

static void put_count(follow_row *r, bool has, uint64_t n)
{
	strbuf *b = next(r);

	if (has)
		sb_printf(b, "%llu", (unsigned long long)n);
}

/* X (0..1 or a difference) in percent with one decimal, half away from
 * zero; empty unless HAS. */
static void put_percent(follow_row *r, const follow_output *w, bool has, double x)
{
	strbuf *b = next(r);
	long long t;

	if (!has)
		return;
	t = llround(x * 1000);
	if (t < 0)
		sb_putc(b, '-');
	format_tenths(b, llabs(t), w->point);
}

/* A share as trygg-tally prints it: pct, ci_low, ci_high (a reference
 * figure without an interval has none). */
static void put_share(follow_row *r, const follow_output *w, const share_figure *s)
{
	strbuf *b = next(r);

	if (s->shown)
		format_tenths(b, s->tenths, w->point);
	put_percent(r, w, s->shown && s->has_interval, s->lo);
	put_percent(r, w, s->shown && s->has_interval, s->hi);
}

static void put_notes(follow_row *r, unsigned notes)
{
	strbuf *b = next(r);

	for (unsigned i = 0; i < NOTE_COUNT; i++)
		if (notes & (1u << i)) {
			if (b->len)
				sb_putc(b, '|');
			sb_puts(b, note_code(i));
		}
}

static void row_put(const follow_output *w, follow_row *r)
{
	const char **cells = xmalloc(r->n * sizeof *cells);

	for (size_t i = 0; i < r->n; i++)
		cells[i] = r->cell[i].s ? r->cell[i].s : "";
	csv_put_row(w->out, cells, r->n, ',');
	free(cells);
	for (size_t i = 0; i < r->n; i++)
		sb_free(&r->cell[i]);
	free(r->cell);
}

/* ---- the follow-up ---- */

void write_followup_header(const follow_output *w)
{
	const char *cells[RC_NCOLS + NFOLLOW];

	for (int c = 0; c < RC_NCOLS; c++)
		cells[c] = register_column_name((enum reg_col)c);
	for (size_t i = 0; i < NFOLLOW; i++)
		cells[RC_NCOLS + i] = followup_cols[i];
	csv_put_row(w->out, cells, RC_NCOLS + NFOLLOW, ',');
}

/* The register's own cells; status and better in normal form. */
static void put_register(follow_row *r, const follow_output *w,
			 const reg_measure *m)
{
	for (int c = 0; c < RC_NCOLS; c++) {
		if (c == RC_STATUS)
			put_str(r, w->labels ? status_word(m->status) : status_code(m->status));
		else if (c == RC_BETTER)
			put_str(r, m->better == BETTER_HIGHER
					   ? (w->labels ? _("higher") : "higher")
					   : (w->labels ? _("lower") : "lower"));
		else
			put_str(r, m->cell[c]);
	}
}

static void put_trend(follow_row *r, const follow_output *w, const verdict *v)
{
	put_percent(r, w, v->has_trend, v->trend);
	put_percent(r, w, v->has_trend, v->trend_lo);
	put_percent(r, w, v->has_trend, v->trend_hi);
	put_count(r, v->trend_months > 0 || v->notes & NOTE_FEW_MONTHS,
		  (uint64_t)v->trend_months);
	put_str(r, !v->has_trend ? ""
		   : w->labels ? trend_word(v->trend_lo, v->trend_hi)
			       : trend_code(v->trend_lo, v->trend_hi));
}

void write_followup_row(const follow_output *w, const reg_measure *m,
			const verdict *v, const follow_options *o)
{
	follow_row r;
	bool survey = !m->ind.reference;

	row_init(&r, RC_NCOLS + NFOLLOW);
	put_register(&r, w, m);
	put_month(&r, o->period);
	if (survey)
		put_window(&r, true, v->from, v->to);
	else
		put_str(&r, v->ref_period ? v->ref_period : "");
	put_count(&r, v->now.found && (survey || v->now.base > 0), v->now.base);
	put_share(&r, w, &v->now);
	if (survey)
		put_window(&r, v->has_baseline_window, v->bfrom, v->bto);
	else
		put_str(&r, v->ref_base_period ? v->ref_base_period : "");
	put_count(&r, v->base_share.found && (survey || v->base_share.base > 0),
		  v->base_share.base);
	put_percent(&r, w, v->has_baseline, v->baseline);
	put_percent(&r, w, v->has_change, v->change);
	put_percent(&r, w, v->change_interval, v->change_lo);
	put_percent(&r, w, v->change_interval, v->change_hi);
	put_percent(&r, w, v->has_expected, v->expected);
	put_trend(&r, w, v);
	put_str(&r, w->labels ? light_word(v->light) : light_code(v->light));
	put_str(&r, w->labels ? reason_text(v->reason) : reason_code(v->reason));
	put_notes(&r, v->notes);
	row_put(w, &r);
}

/* ---- the series ---- */

void write_series_header(const follow_output *w)
{
	csv_put_row(w->out, series_cols, NSERIES, ',');
}

static void series_row(const follow_output *w, const reg_measure *m,
		       const hist_counts *c, const hist_counts *rc,
		       const history *h, month_t month,
		       const follow_options *o)
{
	follow_row r;
	unsigned notes = 0;
	share_figure s = share_of(c, o, &notes);
	month_t from = month - o->window + 1;
	share_figure rs = window_share(rc, h, from, month, o, &notes);

	row_init(&r, NSERIES);
	put_str(&r, m->cell[RC_ID]);
	put_month(&r, month);
	put_count(&r, c->found, c->base);
	put_share(&r, w, &s);
	put_window(&r, true, from, month);
	put_count(&r, rc->found, rc->base);
	put_share(&r, w, &rs);
	put_notes(&r, notes);
	row_put(w, &r);
}

void write_series_rows(const follow_output *w, const reg_measure *m,
		       const measure_data *d, const history *h,
		       const follow_options *o)
{
	month_t first = o->period - o->trend_months + 1;

	if (m->ind.reference)
		return;
	for (month_t month = first; month <= o->period; month++)
		if (history_has_month(h, month))
			series_row(w, m, &d->month[month - first],
				   &d->rolling[month - first], h, month, o);
}
