/* margins.c - reading and checking population margins (margins.h). */
#include "weight/margins.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"

/* Longest population cell accepted: 15 integer digits and a fraction fit a
 * double's precision for any real population. */
#define MAX_POPULATION_DIGITS 15
#define MAX_POPULATION_LEN 32

/* The columns of a margin file. */
enum { C_SOURCE, C_DIMENSION, C_VALUE, C_POPULATION, NCOLS };
static const csv_table_column columns[NCOLS] = {
	{ "source", false }, { "dimension", true }, { "value", true }, { "population", true },
};

static void *index_value(size_t i)
{
	return (void *)(uintptr_t)(i + 1);
}

static long index_of(void *slot_value)
{
	return (long)(uintptr_t)slot_value - 1;
}

bool parse_population(const char *s, size_t len, double *out)
{
	char buf[MAX_POPULATION_LEN + 1];
	size_t i = 0, int_digits = 0, frac_digits = 0;

	if (len == 0 || len > MAX_POPULATION_LEN)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	while (i < len && buf[i] >= '0' && buf[i] <= '9')
		i++, int_digits++;
	if (i < len && (buf[i] == '.' || buf[i] == ',')) {
		buf[i++] = '.'; /* LC_NUMERIC is "C" (trygg_init) */
		while (i < len && buf[i] >= '0' && buf[i] <= '9')
			i++, frac_digits++;
		if (frac_digits == 0)
			return false;
	}
	if (i != len || int_digits == 0 || int_digits > MAX_POPULATION_DIGITS)
		return false;
	errno = 0;
	*out = strtod(buf, NULL);
	return errno == 0 && isfinite(*out);
}

const char *margin_group_name(const margin_group *g)
{
	return g->source ? g->source : _("all");
}

long margin_dim_find(const margin_dim *dim, const char *value, size_t len)
{
	void *v = strmap_get(dim->index, value, len);

	return v ? index_of(v) : -1;
}

const margin_group *margins_group(const margin_set *m,
					 const char *source, size_t len)
{
	void *v;

	if (!m->per_channel)
		return m->ngroups ? &m->groups[0] : NULL;
	v = strmap_get(m->group_index, source, len);
	return v ? &m->groups[index_of(v)] : NULL;
}

/* ---- building the set ---- */

static margin_group *group_for(margin_set *m, const char *source,
				      size_t len)
{
	bool created;
	void **slot;
	margin_group *g;

	if (!m->group_index)
		m->group_index = strmap_new();
	slot = strmap_slot(m->group_index, source, len, true, &created);
	if (!created)
		return &m->groups[index_of(*slot)];
	*slot = index_value(m->ngroups);
	GROW(m->groups, m->ngroups, m->groupcap);
	g = &m->groups[m->ngroups++];
	memset(g, 0, sizeof *g);
	g->source = len ? xmemdup(source, len) : NULL;
	return g;
}

static margin_dim *dim_for(margin_group *g, const char *name)
{
	margin_dim *d;

	for (size_t i = 0; i < g->ndims; i++)
		if (strcmp(g->dims[i].name, name) == 0)
			return &g->dims[i];
	GROW(g->dims, g->ndims, g->dimcap);
	d = &g->dims[g->ndims++];
	memset(d, 0, sizeof *d);
	d->name = xstrdup(name);
	d->index = strmap_new();
	return d;
}

const char *margin_group_prefix(const margin_group *g, strbuf *b)
{
	sb_clear(b);
	if (g->source)
		sb_printf(b, "%s: ", g->source);
	return b->s ? b->s : "";
}

static void add_category(margin_group *g, margin_dim *d,
			 const char *value, double population,
			 const char *file, long line)
{
	bool created;
	void **slot = strmap_slot(d->index, value, strlen(value), true, &created);
	margin_cat *c;

	if (!created) {
		const margin_cat *first = &d->cats[index_of(*slot)];
		strbuf b = {0};

		die_at(EXIT_DATA, file, line,
		       _("%s%s=%s is given twice (first at %s:%ld)"),
		       margin_group_prefix(g, &b), d->name, value, first->file,
		       first->line);
	}
	*slot = index_value(d->ncats);
	GROW(d->cats, d->ncats, d->catcap);
	c = &d->cats[d->ncats++];
	c->value = xstrdup(value);
	c->population = population;
	c->file = file;
	c->line = line;
}

static void add_row(margin_set *m, const csv_table *t, const char *file)
{
	const csv_field *src = csv_table_field(t, C_SOURCE);
	const csv_field *dim = csv_table_field(t, C_DIMENSION);
	const csv_field *pop = csv_table_field(t, C_POPULATION);
	margin_group *g;
	double population;

	if (dim->len == 0)
		csv_table_die(t, "%s", _("the dimension is empty"));
	if (!parse_population(pop->data, pop->len, &population))
		csv_table_die(t, "%s",
			      _("the population is not a plain decimal number "
				"(digits with at most one decimal mark; no sign, exponent or spaces)"));
	g = group_for(m, src ? src->data : "", src ? src->len : 0);
	add_category(g, dim_for(g, dim->data), csv_table_cell(t, C_VALUE),
		     population, file, csv_table_line(t));
}

void margins_load(margin_set *m, const char *path)
{
	csv_table t;
	const char *file;
	int rc;

	if (csv_table_open(&t, path, NULL, columns, NCOLS,
			   CSV_TABLE_COMMENTS | CSV_TABLE_SAME_WIDTH) < 0)
		exit(EXIT_DATA);
	m->files = xrealloc(m->files, (m->nfiles + 1) * sizeof *m->files);
	file = m->files[m->nfiles++] = xstrdup(path);
	while ((rc = csv_table_next(&t)) > 0)
		add_row(m, &t, file);
	if (csv_table_close(&t) < 0 || rc < 0)
		exit(EXIT_DATA);
}

/* ---- checks on the whole set ---- */

static double dim_total(const margin_dim *d)
{
	double t = 0;

	for (size_t i = 0; i < d->ncats; i++)
		t += d->cats[i].population;
	return t;
}

/* Every dimension of G must add up to the same total: raking cannot meet
 * margins that describe populations of different sizes. */
static void check_totals(margin_group *g, double tolerance)
{
	const margin_dim *first = &g->dims[0];
	strbuf b = {0};

	g->total = dim_total(first);
	if (!(g->total > 0))
		die_at(EXIT_DATA, first->cats[0].file, first->cats[0].line,
		       _("%sthe margins of %s add up to 0"),
		       margin_group_prefix(g, &b), first->name);
	for (size_t i = 1; i < g->ndims; i++) {
		const margin_dim *d = &g->dims[i];
		double t = dim_total(d);

		if (fabs(t - g->total) > tolerance * fmax(t, g->total))
			die_at(EXIT_DATA, d->cats[0].file, d->cats[0].line,
			       _("%sthe margins of %s and %s disagree on the "
				 "total: %.10g and %.10g"),
			       margin_group_prefix(g, &b), first->name, d->name,
			       g->total, t);
	}
	sb_free(&b);
}

void margins_check(margin_set *m, double tolerance)
{
	void *pooled;

	if (m->ngroups == 0)
		die(EXIT_DATA, "%s: %s", m->nfiles ? m->files[m->nfiles - 1] : "-",
		    _("no margins"));
	pooled = strmap_get(m->group_index, "", 0);
	m->per_channel = !pooled || m->ngroups > 1;
	if (pooled && m->per_channel) {
		const margin_dim *d = &m->groups[index_of(pooled)].dims[0];

		die_at(EXIT_DATA, d->cats[0].file, d->cats[0].line, "%s",
		       _("a margin without a source among margins given per "
			 "channel (give every row a source, or none)"));
	}
	for (size_t i = 0; i < m->ngroups; i++)
		check_totals(&m->groups[i], tolerance);
}

void margins_free(margin_set *m)
{
	for (size_t i = 0; i < m->ngroups; i++) {
		margin_group *g = &m->groups[i];

		for (size_t j = 0; j < g->ndims; j++) {
			margin_dim *d = &g->dims[j];

			for (size_t k = 0; k < d->ncats; k++)
				free(d->cats[k].value);
			free(d->cats);
			free(d->name);
			strmap_free(d->index);
		}
		free(g->dims);
		free(g->source);
	}
	free(m->groups);
	strmap_free(m->group_index);
	free_list(m->files, m->nfiles);
	memset(m, 0, sizeof *m);
}
