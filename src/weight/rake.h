/* rake.h - raking (iterative proportional fitting) of a cell table to one
 * group's margins, with optional trimming and re-raking.
 *
 * A sweep adjusts the weights to each dimension in turn (the order of the
 * margin file): every cell of category k of dimension d is multiplied by
 * population(d,k) / weighted count(d,k).  Sweeps repeat until the largest
 * relative margin error |weighted count - population| / population is at
 * most the tolerance.  This is what survey::rake does on the records; the
 * limit (the raking solution) does not depend on the order.
 *
 * Trimming: after raking, weights below LOW or above HIGH times the mean
 * weight (population total / respondents) are set to that bound, and the
 * table is raked again; rake and trim repeat until the margins and the
 * bounds both hold (each within the tolerance), the rounds reach the
 * iteration cap, or the rounds stop bringing the weights nearer the bounds
 * (a margin needs weights beyond them). */
#ifndef WEIGHT_RAKE_H
#define WEIGHT_RAKE_H

#include <stdbool.h>

#include "weight/cells.h"
#include "weight/margins.h"

typedef struct {
	double tolerance;   /* largest relative margin error accepted */
	unsigned max_iter;  /* sweeps per raking; rake-trim rounds */
	bool trim;
	double trim_low, trim_high; /* bounds relative to the mean weight */
} rake_params;

typedef struct {
	unsigned iterations; /* sweeps, over all rounds */
	unsigned rounds;     /* rakings (1 without trimming) */
	double max_error;    /* largest relative margin error at the end */
	bool converged;      /* the margins hold */
	bool within_bounds;  /* the trimming bounds hold (true without --trim) */
	bool stalled;        /* trimming stopped: clipping and re-raking
				no longer bring the weights nearer the bounds
				(the margins need weights beyond them) */
	double n;            /* respondents */
	double sum_w, sum_w2;
	double min_ratio, max_ratio; /* smallest, largest weight / mean */
} rake_result;

/* Exit 1 with the margin row's FILE:LINE when a category with a population
 * has no respondents, or one with population 0 has respondents (raking
 * would give them weight 0: lost without a word). */
void rake_check_support(const margin_group *g, const cell_table *t);

/* Rake T's weights to G's margins.  Fills R; returns true when the margins
 * (and the bounds, when trimming) hold. */
bool rake_group(const margin_group *g, cell_table *t,
		const rake_params *p, rake_result *r);

/* Kish's design effect 1 + CV^2 = n sum w^2 / (sum w)^2 and the effective
 * sample size (sum w)^2 / sum w^2. */
double rake_design_effect(const rake_result *r);
double rake_effective_n(const rake_result *r);

#endif
