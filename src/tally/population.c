/* population.c - reading source,population (see population.h). */
#include "tally/population.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "tally/stats.h"
#include "util.h"

/* Up to 15 significant digits, so a double holds it exactly enough. */
#define POPULATION_MAX_DIGITS 15

static double parse_population(const csv_field *f, const char *path, long line)
{
	size_t intdigits = strspn(f->data, "0123456789");

	if (!plain_decimal(f->data, f->len))
		die_at(EXIT_DATA, path, line, "%s",
		       _("the population must be a plain decimal number, such as 2800"));
	if (intdigits > POPULATION_MAX_DIGITS)
		die_at(EXIT_DATA, path, line, "%s", _("the population is too large"));
	double v = strtod(f->data, NULL);
	if (!(v > 0))
		die_at(EXIT_DATA, path, line, "%s", _("the population must be above 0"));
	return v;
}

enum { C_SOURCE, C_POPULATION, NCOLS };
static const csv_table_column columns[NCOLS] = {
	{ "source", true }, { "population", true },
};

static void add_entry(population *p, const csv_table *t)
{
	const csv_field *src = csv_table_field(t, C_SOURCE);
	bool created;
	void **slot = strmap_slot(p->index, src->data, src->len, true, &created);
	long line = csv_table_line(t);

	if (!created)
		csv_table_die(t, "%s", _("a source is given twice in the population file"));
	if (grow_cap(p->n + 1, &p->cap)) {
		p->value = xreallocarray(p->value, p->cap, sizeof *p->value);
		p->line = xreallocarray(p->line, p->cap, sizeof *p->line);
	}
	p->value[p->n] = parse_population(csv_table_field(t, C_POPULATION), p->path, line);
	p->line[p->n] = line;
	*slot = (void *)(uintptr_t)(++p->n);
}

population *population_read(const char *path)
{
	const csv_options opt = { ',', CSV_ENC_UTF8, false };
	population *p = xcalloc(1, sizeof *p);
	csv_table t;
	int rc;

	if (csv_table_open(&t, path, &opt, columns, NCOLS, 0) < 0)
		exit(EXIT_DATA);
	p->index = strmap_new();
	p->path = path;
	while ((rc = csv_table_next(&t)) > 0)
		add_entry(p, &t);
	if (csv_table_close(&t) < 0 || rc < 0)
		exit(EXIT_DATA);
	return p;
}

double population_of(const population *p, const char *source,
		     size_t len, long *line)
{
	void *v = p ? strmap_get(p->index, source, len) : NULL;
	size_t i;

	if (!v)
		return 0;
	i = (size_t)(uintptr_t)v - 1;
	*line = p->line[i];
	return p->value[i];
}

void population_free(population *p)
{
	if (!p)
		return;
	strmap_free(p->index);
	free(p->value);
	free(p->line);
	free(p);
}
