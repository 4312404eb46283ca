/* judge.c - figures and traffic lights (judge.h).  The rules, in the order
 * they are tried, are those of trygg-follow(1); keep the two in step. */
#include "follow/judge.h"

#include <math.h>
#include <string.h>

#include "tally/stats.h"

static const char *const note_codes[NOTE_COUNT] = {
	"not_in_history", "suppressed", "small_base", "short_window",
	"baseline_from_register", "baseline_differs", "overlap", "no_reference",
	"few_months", "no_interval"
};

const char *note_code(unsigned bit_index)
{
	return bit_index < NOTE_COUNT ? note_codes[bit_index] : "";
}

/* ---- shares ---- */

share_figure share_of(const hist_counts *c, const follow_options *o,
		      unsigned *notes)
{
	bool weighted = c->weighted;
	share_figure s = { .found = c->found, .base = c->base };
	double neff;

	if (!c->found || c->base == 0 || (weighted && c->bw <= 0))
		return s;
	if (c->n > 0 && c->n < o->min_cell) {
		*notes |= NOTE_SUPPRESSED;
		return s;
	}
	if (c->base < o->min_base) {
		*notes |= NOTE_SMALL_BASE;
		return s;
	}
	if (weighted) {
		s.p = (double)c->w / (double)c->bw;
		neff = (double)c->bw * (double)c->bw / (double)c->bw2;
		s.tenths = pct_tenths(c->w, c->bw);
	} else {
		s.p = (double)c->n / (double)c->base;
		neff = (double)c->base;
		s.tenths = pct_tenths(c->n, c->base);
	}
	s.shown = s.has_interval = wilson_interval(s.p, neff, o->z, &s.lo, &s.hi);
	return s;
}

share_figure window_share(const hist_counts *c, const history *h,
			  month_t from, month_t to,
			  const follow_options *o, unsigned *notes)
{
	share_figure s = share_of(c, o, notes);

	s.months = history_months(h, from, to);
	if (c->found && s.months < to - from + 1)
		*notes |= NOTE_SHORT_WINDOW;
	return s;
}

/* ---- change, schedule, trend ---- */

/* Newcombe's hybrid score interval for the difference of two independent
 * shares, from their Wilson intervals (Statistics in Medicine 17, 1998,
 * method 10). */
static void change_interval(const share_figure *now, const share_figure *then,
			    verdict *v)
{
	double d = now->p - then->p;
	double a = now->p - now->lo, b = then->hi - then->p;
	double c = now->hi - now->p, e = then->p - then->lo;

	v->change = d;
	v->change_lo = d - sqrt(a * a + b * b);
	v->change_hi = d + sqrt(c * c + e * e);
	v->has_change = v->change_interval = true;
}

/* The baseline taken as exact: the interval is the current figure's. */
static void change_from_register(const share_figure *now, verdict *v)
{
	v->change = now->p - v->baseline;
	v->change_lo = now->lo - v->baseline;
	v->change_hi = now->hi - v->baseline;
	v->has_change = v->change_interval = true;
}

/* Where the straight line from the baseline (at the start) to the target
 * (at the target date) is at the end of the period. */
static void schedule(const reg_measure *m, const follow_options *o,
		     verdict *v)
{
	long start = m->start;

	if (!m->has_target || !v->has_baseline || m->target_date == NO_DATE)
		return;
	if (start == NO_DATE)
		start = v->has_baseline_window ? month_last_day(v->bto) + 1
					       : m->target_date;
	long end = month_last_day(o->period);
	double f = m->target_date > start
			   ? (double)(end - start) / (double)(m->target_date - start)
			   : 1;
	f = f < 0 ? 0 : f > 1 ? 1 : f;
	v->expected = v->baseline + (m->target / 100 - v->baseline) * f;
	v->has_expected = true;
}

/* Month M's base and count for the trend: with weights, the effective
 * base (Kish) and the weighted share of it.  False for an empty month. */
static bool month_point(const hist_counts *c, double *b, double *y)
{
	*b = (double)c->base;
	*y = (double)c->n;
	if (c->weighted && c->bw > 0) {
		*b = (double)c->bw * (double)c->bw / (double)c->bw2;
		*y = (double)c->w / (double)c->bw * *b;
	}
	return c->found && *b > 0;
}

/* The linear trend of the monthly shares, weighted by their bases: the
 * Cochran-Armitage slope, with its standard error under the pooled share.
 * Months with no base are left out; fewer than six months give none. */
static void trend(const measure_data *d, const follow_options *o,
		  verdict *v)
{
	double sb = 0, sy = 0, st = 0, sxx = 0, sxy = 0, b, y;

	for (long k = 0; k < o->trend_months; k++)
		if (month_point(&d->month[k], &b, &y)) {
			v->trend_months++;
			sb += b;
			sy += y;
			st += b * (double)k;
		}
	if (v->trend_months < 6) {
		v->notes |= NOTE_FEW_MONTHS;
		return;
	}
	double tbar = st / sb, pbar = sy / sb;
	for (long k = 0; k < o->trend_months; k++)
		if (month_point(&d->month[k], &b, &y)) {
			double dt = (double)k - tbar;
			sxx += b * dt * dt;
			sxy += (y - b * pbar) * dt;
		}
	if (!(sxx > 0))
		return;
	double slope = sxy / sxx, se = sqrt(pbar * (1 - pbar) / sxx);
	v->trend = 12 * slope;
	v->trend_lo = 12 * (slope - o->z * se);
	v->trend_hi = 12 * (slope + o->z * se);
	v->has_trend = true;
}

/* ---- the light ---- */

/* X expressed so that a positive number is better. */
static double gain(const reg_measure *m, double x)
{
	return m->better == BETTER_LOWER ? -x : x;
}

static bool past_due(const reg_measure *m, const follow_options *o)
{
	return m->due != NO_DATE && m->status != ST_DONE &&
	       m->due < month_last_day(o->period);
}

static void set_light(verdict *v, enum light l, enum reason r)
{
	v->light = l;
	v->reason = r;
}

static void decide(const reg_measure *m, const follow_options *o,
		   verdict *v)
{
	if (past_due(m, o))
		return set_light(v, LIGHT_RED, R_PAST_DUE);
	if (!v->now.shown)
		return set_light(v, LIGHT_NONE, R_NO_FIGURE);
	/* The change's interval in the "better" direction. */
	bool tested = v->has_change && v->change_interval;
	double lo = tested ? fmin(gain(m, v->change_lo), gain(m, v->change_hi)) : 0;
	double hi = tested ? fmax(gain(m, v->change_lo), gain(m, v->change_hi)) : 0;
	if (tested && hi < 0)
		return set_light(v, LIGHT_RED, R_WORSE);
	if (m->has_target && gain(m, v->now.p - m->target / 100) >= 0)
		return set_light(v, LIGHT_GREEN, R_TARGET_MET);
	if (!v->has_change)
		return set_light(v, LIGHT_YELLOW, R_NO_BASELINE);
	if (!tested || lo <= 0)
		return set_light(v, LIGHT_YELLOW, R_NO_CHANGE);
	/* Clearly better; behind schedule when even the interval's best end
	 * falls short of the planned path. */
	double best = m->better == BETTER_LOWER ? v->now.lo : v->now.hi;
	if (v->has_expected && gain(m, best - v->expected) < 0)
		return set_light(v, LIGHT_YELLOW, R_BEHIND);
	set_light(v, LIGHT_GREEN, R_TOWARD);
}

static void baseline(const reg_measure *m, const measure_data *d,
		     const history *h, const follow_options *o,
		     verdict *v)
{
	unsigned notes = 0;

	v->has_baseline_window = m->has_baseline_window;
	v->bfrom = m->baseline_from;
	v->bto = m->baseline_to;
	if (m->has_baseline_window)
		v->base_share = window_share(&d->base, h, v->bfrom, v->bto, o, &notes);
	if (v->base_share.shown) {
		v->notes |= notes & NOTE_SHORT_WINDOW;
		v->has_baseline = true;
		v->baseline = v->base_share.p;
		if (m->has_baseline && fabs(100 * v->baseline - m->baseline) >= 0.5)
			v->notes |= NOTE_BASELINE_DIFFERS;
		if (v->bto >= v->from)
			v->notes |= NOTE_OVERLAP;
		if (v->now.shown)
			change_interval(&v->now, &v->base_share, v);
	} else if (m->has_baseline) {
		v->notes |= NOTE_BASELINE_REGISTER;
		v->has_baseline = true;
		v->baseline = m->baseline / 100;
		if (v->now.shown)
			change_from_register(&v->now, v);
	}
}

/* ---- reference figures ---- */

static bool same(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

/* The figure of M's reference indicator with the latest period ending at
 * or before month UNTIL, or NULL. */
static const ref_row *latest_figure(const reg_measure *m, const refset *rs,
				    month_t until)
{
	const ref_row *best = NULL;
	month_t best_end = 0, end;

	for (size_t i = 0; rs && i < refset_count(rs); i++) {
		const ref_row *r = refset_row(rs, i);

		if (!same(r->source, m->cell[RC_SOURCE]) ||
		    !same(r->indicator, m->ind.variable) || r->unit != m->ind.unit ||
		    !same(r->area, m->ind.area ? m->ind.area : "") ||
		    !same(r->group, m->cell[RC_GROUP]) ||
		    !ref_period_end(r->period, &end) || end > until)
			continue;
		if (!best || end > best_end) {
			best = r;
			best_end = end;
		}
	}
	return best;
}

/* A figure as a share-like estimate (values are scaled like percentages,
 * so that they print as the source gives them).  Its interval is the
 * source's; for counts without one, the score interval of a Poisson count
 * (per 100 000 when the base is known). */
static share_figure figure_share(const ref_row *r, const follow_options *o,
				 unsigned *notes)
{
	share_figure s = { .shown = true, .found = true, .has_interval = true,
			   .p = r->value / 100 };
	double scale = r->unit == REF_PER100K && !isnan(r->base) ? r->base / 1e5 : 1;
	double n = r->value * scale, z = o->z;

	s.tenths = llround(r->value * 10);
	if (!isnan(r->base))
		s.base = (uint64_t)llround(r->base);
	if (!isnan(r->ci_low)) {
		s.lo = r->ci_low / 100;
		s.hi = r->ci_high / 100;
	} else if (r->unit == REF_COUNT || (r->unit == REF_PER100K && !isnan(r->base))) {
		double mid = n + z * z / 2, half = z * sqrt(n + z * z / 4);
		s.lo = (mid - half) / scale / 100;
		s.hi = (mid + half) / scale / 100;
	} else {
		s.has_interval = false;
		*notes |= NOTE_NO_INTERVAL;
	}
	return s;
}

static void judge_reference(const reg_measure *m, const follow_options *o,
			    verdict *v)
{
	const ref_row *now = latest_figure(m, o->refs, o->period);
	const ref_row *then = m->has_baseline_window
				      ? latest_figure(m, o->refs, m->baseline_to) : NULL;
	unsigned notes = 0;

	if (!now) {
		v->notes |= NOTE_NO_REFERENCE;
		return;
	}
	v->ref_period = now->period;
	v->now = figure_share(now, o, &notes);
	if (then && then != now) {
		share_figure b = figure_share(then, o, &notes);
		v->ref_base_period = then->period;
		v->base_share = b;
		v->has_baseline = true;
		v->baseline = b.p;
		change_interval(&v->now, &b, v);
	} else if (m->has_baseline) {
		v->notes |= NOTE_BASELINE_REGISTER;
		v->has_baseline = true;
		v->baseline = m->baseline / 100;
		change_from_register(&v->now, v);
	}
	if (notes & NOTE_NO_INTERVAL) {
		v->change_interval = false;
		v->notes |= NOTE_NO_INTERVAL;
	}
}

void judge_measure(const reg_measure *m, const measure_data *d,
		   const history *h, const follow_options *o,
		   verdict *v)
{
	memset(v, 0, sizeof *v);
	v->to = o->period;
	v->from = o->period - o->window + 1;
	if (m->ind.reference) {
		judge_reference(m, o, v);
	} else {
		v->now = window_share(&d->now, h, v->from, v->to, o, &v->notes);
		if (!d->in_history)
			v->notes |= NOTE_NOT_IN_HISTORY;
		else
			trend(d, o, v);
		baseline(m, d, h, o, v);
	}
	schedule(m, o, v);
	decide(m, o, v);
}

/* ---- words ---- */

const char *light_code(enum light l)
{
	static const char *const codes[] = { "", "green", "yellow", "red" };
	return codes[l];
}

const char *light_word(enum light l)
{
	static const char *const words[] = { "", N_("green"), N_("yellow"), N_("red") };
	return l == LIGHT_NONE ? "" : _(words[l]);
}

static const char *const reason_codes[] = {
	"", "past_due", "worse", "target_met", "toward_target",
	"behind_schedule", "no_clear_change", "no_baseline", "no_figure"
};
static const char *const reason_texts[] = {
	"",
	N_("past the due date and not done"),
	N_("clearly worse than the baseline"),
	N_("the target is met"),
	N_("clearly better than the baseline, on the way to the target"),
	N_("better than the baseline, but behind the planned path to the target"),
	N_("no clear change since the baseline"),
	N_("no baseline to compare with"),
	N_("no figure for this period")
};

const char *reason_code(enum reason r)
{
	return reason_codes[r];
}

const char *reason_text(enum reason r)
{
	return r == R_NONE ? "" : _(reason_texts[r]);
}

const char *trend_code(double lo, double hi)
{
	return lo > 0 ? "rising" : hi < 0 ? "falling" : "flat";
}

const char *trend_word(double lo, double hi)
{
	return lo > 0 ? _("rising") : hi < 0 ? _("falling") : _("flat");
}
