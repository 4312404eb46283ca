/* rake.c - iterative proportional fitting on a cell table (rake.h). */
#include "weight/rake.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Trimming gives up when the weights approach their bounds so slowly that
 * they would need more rounds than this to reach them. */
#define STALL_ROUNDS 100

/* Scratch space: one sum per category of every dimension. */
typedef struct {
	double **sums;
	size_t ndims;
} dim_sums;

static void sums_init(dim_sums *s, const margin_group *g)
{
	s->ndims = g->ndims;
	s->sums = xcalloc(g->ndims, sizeof *s->sums);
	for (size_t d = 0; d < g->ndims; d++)
		s->sums[d] = xcalloc(g->dims[d].ncats, sizeof **s->sums);
}

static void sums_free(dim_sums *s)
{
	for (size_t d = 0; d < s->ndims; d++)
		free(s->sums[d]);
	free(s->sums);
}

/* SUM[k] = respondents (WEIGHTED: weighted count) in category k of
 * dimension D. */
static void category_totals(const margin_group *g,
			    const cell_table *t, size_t d, bool weighted,
			    double *sum)
{
	memset(sum, 0, g->dims[d].ncats * sizeof *sum);
	for (size_t c = 0; c < t->ncells; c++)
		sum[t->cats[c * t->ndims + d]] +=
			weighted ? t->count[c] * t->weight[c] : t->count[c];
}

void rake_check_support(const margin_group *g, const cell_table *t)
{
	dim_sums s;
	strbuf b = {0};

	sums_init(&s, g);
	for (size_t d = 0; d < g->ndims; d++) {
		const margin_dim *dim = &g->dims[d];

		category_totals(g, t, d, false, s.sums[d]);
		for (size_t k = 0; k < dim->ncats; k++) {
			const margin_cat *c = &dim->cats[k];
			double n = s.sums[d][k];

			if (c->population > 0 && n == 0)
				die_at(EXIT_DATA, c->file, c->line,
				       _("%s%s=%s has a population of %.10g but no "
					 "respondents (merge it with another value "
					 "in the margins and the records)"),
				       margin_group_prefix(g, &b), dim->name,
				       c->value, c->population);
			if (c->population == 0 && n > 0)
				die_at(EXIT_DATA, c->file, c->line,
				       _("%s%s=%s has population 0 but %.0f "
					 "respondents (their weight would be 0)"),
				       margin_group_prefix(g, &b), dim->name,
				       c->value, n);
		}
	}
	sums_free(&s);
}

/* Multiply each cell by population / weighted count of its category of
 * dimension D, so that D's margins hold exactly. */
static void adjust_dimension(const margin_group *g,
			     cell_table *t, size_t d, double *factor)
{
	const margin_dim *dim = &g->dims[d];

	category_totals(g, t, d, true, factor);
	for (size_t k = 0; k < dim->ncats; k++)
		factor[k] = factor[k] > 0 ? dim->cats[k].population / factor[k] : 1;
	for (size_t c = 0; c < t->ncells; c++)
		t->weight[c] *= factor[t->cats[c * t->ndims + d]];
}

/* Largest |weighted count - population| / population over every category
 * with a population. */
static double max_margin_error(const margin_group *g,
			       const cell_table *t, dim_sums *s)
{
	double worst = 0;

	for (size_t d = 0; d < g->ndims; d++) {
		const margin_dim *dim = &g->dims[d];

		category_totals(g, t, d, true, s->sums[d]);
		for (size_t k = 0; k < dim->ncats; k++) {
			double pop = dim->cats[k].population;
			double err;

			if (!(pop > 0))
				continue;
			err = fabs(s->sums[d][k] - pop) / pop;
			if (!(err <= worst)) /* NaN sticks */
				worst = err;
		}
	}
	return worst;
}

/* Sweep until the margins hold or MAX_ITER sweeps are done. */
static bool rake_once(const margin_group *g, cell_table *t,
		      const rake_params *p, rake_result *r,
		      dim_sums *s)
{
	unsigned it = 0;
	double err;

	for (;;) {
		err = max_margin_error(g, t, s);
		if (err <= p->tolerance || it == p->max_iter)
			break;
		for (size_t d = 0; d < g->ndims; d++)
			adjust_dimension(g, t, d, s->sums[d]);
		it++;
	}
	r->iterations += it;
	r->max_error = err;
	return err <= p->tolerance;
}

static void clip_weights(cell_table *t, double lo, double hi)
{
	for (size_t c = 0; c < t->ncells; c++)
		t->weight[c] = fmin(fmax(t->weight[c], lo), hi);
}

static void weight_stats(const cell_table *t, double mean,
			 rake_result *r)
{
	r->n = r->sum_w = r->sum_w2 = 0;
	r->min_ratio = INFINITY;
	r->max_ratio = 0;
	for (size_t c = 0; c < t->ncells; c++) {
		double w = t->weight[c];

		r->n += t->count[c];
		r->sum_w += t->count[c] * w;
		r->sum_w2 += t->count[c] * w * w;
		r->min_ratio = fmin(r->min_ratio, w / mean);
		r->max_ratio = fmax(r->max_ratio, w / mean);
	}
}

static double respondents(const cell_table *t)
{
	double n = 0;

	for (size_t c = 0; c < t->ncells; c++)
		n += t->count[c];
	return n;
}

/* How far the weights are outside [LO, HI], relative to the bound they
 * cross (0 when inside). */
static double bound_violation(const cell_table *t, double lo, double hi)
{
	double worst = 0;

	for (size_t c = 0; c < t->ncells; c++) {
		double w = t->weight[c];

		if (w > hi)
			worst = fmax(worst, w / hi - 1);
		else if (w < lo)
			worst = fmax(worst, 1 - w / lo);
	}
	return worst;
}

/* Largest relative change of a weight since PREV; PREV gets the current
 * weights. */
static double weight_change(const cell_table *t, double *prev)
{
	double worst = 0;

	for (size_t c = 0; c < t->ncells; c++) {
		worst = fmax(worst, fabs(t->weight[c] - prev[c]) / t->weight[c]);
		prev[c] = t->weight[c];
	}
	return worst;
}

bool rake_group(const margin_group *g, cell_table *t,
		const rake_params *p, rake_result *r)
{
	double mean = g->total / respondents(t);
	double lo = p->trim_low * mean, hi = p->trim_high * mean;
	double *prev = xcalloc(t->ncells, sizeof *prev);
	double violation, change;
	dim_sums s;

	memset(r, 0, sizeof *r);
	r->within_bounds = !p->trim;
	sums_init(&s, g);
	for (;;) {
		r->rounds++;
		r->converged = rake_once(g, t, p, r, &s);
		if (!r->converged || !p->trim)
			break;
		violation = bound_violation(t, lo, hi);
		change = weight_change(t, prev);
		r->within_bounds = violation <= p->tolerance;
		/* Stuck: at this pace the weights would need more than
		 * STALL_ROUNDS more rounds to come within the bounds (at a
		 * fixed point outside them, never). */
		r->stalled = !r->within_bounds && r->rounds > 1 &&
			     change * STALL_ROUNDS < violation;
		if (r->within_bounds || r->stalled || r->rounds >= p->max_iter)
			break;
		clip_weights(t, lo, hi);
	}
	free(prev);
	sums_free(&s);
	weight_stats(t, mean, r);
	return r->converged && r->within_bounds;
}

double rake_design_effect(const rake_result *r)
{
	return r->n * r->sum_w2 / (r->sum_w * r->sum_w);
}

double rake_effective_n(const rake_result *r)
{
	return r->sum_w * r->sum_w / r->sum_w2;
}
