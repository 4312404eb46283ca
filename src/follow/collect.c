/* collect.c - one merge per window for all measures (collect.h). */
#include "follow/collect.h"

#include <stdlib.h>

#include "follow/judge.h"

/* Where a window's counts go: measure I's indicator into *DST. */
typedef struct {
	size_t i;
	hist_counts *dst;
} collect_dest;

/* A window and every place its counts go (one measure may need the same
 * window twice: with --months 1 the current window is a trend month). */
typedef struct {
	month_t from, to;
	collect_dest *out;
	size_t n, cap;
} period_window;

typedef struct {
	period_window *w;
	size_t n, cap;
} collect_plan;

static period_window *window_of(collect_plan *p, month_t from, month_t to)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->w[i].from == from && p->w[i].to == to)
			return &p->w[i];
	GROW(p->w, p->n, p->cap);
	p->w[p->n] = (period_window){ from, to, NULL, 0, 0 };
	return &p->w[p->n++];
}

static void want(collect_plan *p, month_t from, month_t to, size_t i,
		 hist_counts *dst)
{
	period_window *w = window_of(p, from, to);

	GROW(w->out, w->n, w->cap);
	w->out[w->n++] = (collect_dest){ i, dst };
}

/* Every window every survey indicator needs. */
static void plan_windows(collect_plan *p, const register_set *rs,
			 measure_data *d, const follow_options *o,
			 bool rolling)
{
	month_t first = o->period - o->trend_months + 1;

	for (size_t i = 0; i < rs->n; i++) {
		const reg_measure *m = &rs->m[i];

		if (m->ind.reference)
			continue;
		want(p, o->period - o->window + 1, o->period, i, &d[i].now);
		if (m->has_baseline_window)
			want(p, m->baseline_from, m->baseline_to, i, &d[i].base);
		for (month_t mo = first; mo <= o->period; mo++) {
			want(p, mo, mo, i, &d[i].month[mo - first]);
			if (rolling)
				want(p, mo - o->window + 1, mo, i, &d[i].rolling[mo - first]);
		}
	}
}

static void fill(const history *h, const register_set *rs,
		 measure_data *d, const period_window *w)
{
	tally *t = history_merge(h, w->from, w->to);

	for (size_t k = 0; k < w->n; k++) {
		size_t i = w->out[k].i;

		*w->out[k].dst = indicator_counts(t, &rs->m[i].ind);
		d[i].in_history |= w->out[k].dst->found;
	}
	tally_free(t);
}

measure_data *collect(const history *h,
			     const register_set *rs,
			     const follow_options *o, bool rolling)
{
	measure_data *d = xcalloc(rs->n + 1, sizeof *d);
	collect_plan p = { 0 };
	size_t nt = (size_t)o->trend_months;

	for (size_t i = 0; i < rs->n; i++) {
		d[i].month = xcalloc(nt, sizeof *d[i].month);
		d[i].rolling = xcalloc(nt, sizeof *d[i].rolling);
	}
	plan_windows(&p, rs, d, o, rolling);
	for (size_t k = 0; k < p.n; k++) {
		fill(h, rs, d, &p.w[k]);
		free(p.w[k].out);
	}
	free(p.w);
	return d;
}

void collect_free(measure_data *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(d[i].month);
		free(d[i].rolling);
	}
	free(d);
}
