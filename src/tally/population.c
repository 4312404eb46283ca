/* population.c - reading source,population (see population.h). */
#include "tally/population.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
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

static void add_entry(population *p, const csv_record *r, long cs,
		      long cp)
{
	const csv_field *src = &r->fields[cs];
	bool created;
	void **slot = strmap_slot(p->index, src->data, src->len, true, &created);

	if (!created)
		die_at(EXIT_DATA, p->path, r->line, "%s",
		       _("a source is given twice in the population file"));
	p->value = xrealloc(p->value, (p->n + 1) * sizeof *p->value);
	p->line = xrealloc(p->line, (p->n + 1) * sizeof *p->line);
	p->value[p->n] = parse_population(&r->fields[cp], p->path, r->line);
	p->line[p->n] = r->line;
	*slot = (void *)(uintptr_t)(++p->n);
}

population *population_read(const char *path)
{
	const csv_options opt = { ',', CSV_ENC_UTF8, false };
	csv_reader *r = csv_open_or_die(path, &opt);
	population *p = xcalloc(1, sizeof *p);
	const csv_record *rec;
	long cs, cp;

	p->index = strmap_new();
	p->path = path;
	if (!csv_next_or_die(r, &rec))
		die(EXIT_DATA, _("%s: empty input (no header line)"), path);
	cs = csv_header_index(rec, "source");
	cp = csv_header_index(rec, "population");
	if (cs < 0 || cp < 0)
		die_at(EXIT_DATA, path, rec->line, "%s",
		       _("a population file needs the columns source,population"));
	while (csv_next_or_die(r, &rec)) {
		if (rec->nfields == 0)
			continue;
		if (rec->nfields <= (size_t)(cs > cp ? cs : cp))
			die_at(EXIT_DATA, path, rec->line,
			       _("the record has %zu fields, the header more"), rec->nfields);
		add_entry(p, rec, cs, cp);
	}
	csv_close_or_die(r);
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
