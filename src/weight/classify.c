/* classify.c - a record's margin group and cell (classify.h). */
#include "weight/classify.h"

#include <stdlib.h>

static long column(const csv_record *header, const char *name, const char *file)
{
	long col = csv_header_index(header, name);

	if (col < 0)
		die_at(EXIT_DATA, file, 1, _("no column named %s"), name);
	return col;
}

void classifier_init(classifier *c, const margin_set *m,
		     const csv_record *header, const char *file)
{
	size_t most = 0;

	c->m = m;
	c->source_col = m->per_channel ? column(header, "source", file) : -1;
	c->dim_cols = xcalloc(m->ngroups, sizeof *c->dim_cols);
	for (size_t g = 0; g < m->ngroups; g++) {
		const margin_group *grp = &m->groups[g];

		c->dim_cols[g] = xcalloc(grp->ndims, sizeof **c->dim_cols);
		for (size_t d = 0; d < grp->ndims; d++)
			c->dim_cols[g][d] = column(header, grp->dims[d].name, file);
		if (grp->ndims > most)
			most = grp->ndims;
	}
	c->cats = xcalloc(most, sizeof *c->cats);
}

void classify(classifier *c, const csv_record *rec, class_match *out)
{
	const margin_group *g;
	const csv_field *src = c->source_col >= 0 ? &rec->fields[c->source_col] : NULL;

	g = margins_group(c->m, src ? src->data : "", src ? src->len : 0);
	if (!g) {
		out->kind = MATCH_NO_CHANNEL;
		return;
	}
	out->group = (size_t)(g - c->m->groups);
	for (size_t d = 0; d < g->ndims; d++) {
		const csv_field *f = &rec->fields[c->dim_cols[out->group][d]];
		long k = margin_dim_find(&g->dims[d], f->data, f->len);

		if (k < 0) {
			out->kind = MATCH_NO_VALUE;
			out->dim = d;
			return;
		}
		c->cats[d] = (uint32_t)k;
	}
	out->kind = MATCH_OK;
	out->cats = c->cats;
}

void classifier_free(classifier *c)
{
	for (size_t g = 0; c->dim_cols && g < c->m->ngroups; g++)
		free(c->dim_cols[g]);
	free(c->dim_cols);
	free(c->cats);
}
