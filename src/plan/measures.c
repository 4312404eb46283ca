/* measures.c - load and search the measures catalogue. */
#include "plan/measures.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "util.h"

static const char *const columns[] = {
	"id", "answers", "type", "horizon", "actors",
	"measure_en", "measure_sv", "cause_en", "cause_sv",
	"goal_en", "goal_sv", "indicator_en", "indicator_sv", "source"
};
enum { NCOLS = sizeof columns / sizeof *columns };

/* Who can be responsible (DOMAIN.md 1.2, issue 5). */
static const struct { const char *code, *name; } actors[] = {
	{ "council", N_("local crime-prevention council") },
	{ "coordinator", N_("crime-prevention coordinator") },
	{ "police", N_("municipal police officer") },
	{ "sspf", N_("SSPF (school, social services, police, leisure)") },
	{ "sig", N_("SIG (social intervention group)") },
	{ "tsi", N_("TSI (early coordinated interventions)") },
	{ "planning", N_("urban planning") },
	{ "streets", N_("streets and parks") },
	{ "social", N_("social services") },
	{ "school", N_("schools") },
	{ "leisure", N_("leisure and youth services") },
	{ "transport", N_("public transport authority") },
	{ "housing", N_("property owners and housing companies") },
	{ "business", N_("local businesses") },
	{ "associations", N_("associations and volunteers") },
	{ "health", N_("public health (ANDT)") },
};

static void load_row(measure_set *ms, const csv_record *r, const long *col,
		     const char *path)
{
	measure *m;

	if (r->nfields == 0)
		return;
	ms->m = xrealloc(ms->m, (ms->n + 1) * sizeof *ms->m);
	m = &ms->m[ms->n++];
	memset(m, 0, sizeof *m);
	char **dst[NCOLS] = {
		&m->id, &m->answers, &m->type, &m->horizon, &m->actors,
		&m->measure[LANG_EN], &m->measure[LANG_SV],
		&m->cause[LANG_EN], &m->cause[LANG_SV],
		&m->goal[LANG_EN], &m->goal[LANG_SV],
		&m->indicator[LANG_EN], &m->indicator[LANG_SV], &m->source
	};
	for (int i = 0; i < NCOLS; i++) {
		if ((size_t)col[i] >= r->nfields)
			die_at(EXIT_DATA, path, r->line, "%s",
			       _("too few fields in the measures catalogue"));
		*dst[i] = xmemdup(r->fields[col[i]].data, r->fields[col[i]].len);
	}
	if (!*m->id || !*m->answers || !*m->measure[LANG_EN])
		die_at(EXIT_DATA, path, r->line, "%s",
		       _("a measure needs an id, what it answers and a text"));
}

void measures_load(measure_set *ms, const char *path)
{
	csv_options opt = { .delimiter = ',', .encoding = CSV_ENC_UTF8 };
	csv_reader *rd = csv_open(path, &opt);
	const csv_record *r;
	long col[NCOLS];
	bool header = true;
	int st;

	if (!rd)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	while ((st = csv_next(rd, &r)) == 1) {
		if (!header) {
			load_row(ms, r, col, path);
			continue;
		}
		for (int i = 0; i < NCOLS; i++)
			if ((col[i] = csv_header_index(r, columns[i])) < 0)
				die_at(EXIT_DATA, path, r->line,
				       _("no column '%s' in the measures catalogue"),
				       columns[i]);
		header = false;
	}
	if (st < 0)
		die_at(EXIT_DATA, path, csv_errline(rd), "%s", csv_errmsg(rd));
	csv_close(rd);
	if (ms->n == 0)
		die(EXIT_DATA, "%s: %s", path, _("the measures catalogue is empty"));
}

void measures_free(measure_set *ms)
{
	for (size_t i = 0; i < ms->n; i++) {
		measure *m = &ms->m[i];
		free(m->id); free(m->answers); free(m->type); free(m->horizon);
		free(m->actors); free(m->source);
		for (int l = 0; l < 2; l++) {
			free(m->measure[l]); free(m->cause[l]);
			free(m->goal[l]); free(m->indicator[l]);
		}
	}
	free(ms->m);
	memset(ms, 0, sizeof *ms);
}

/* Position of "VAR:VAL" in the '|' list LIST, or -1.  A measure lists
 * what it answers best first, so the position ranks the candidates. */
static int list_pos(const char *list, const char *var, const char *val)
{
	size_t vl = strlen(var), ll = strlen(val);
	int pos = 0;

	for (const char *p = list; *p; pos++) {
		size_t len = strcspn(p, "|");
		if (len == vl + 1 + ll && memcmp(p, var, vl) == 0 && p[vl] == ':' &&
		    memcmp(p + vl + 1, val, ll) == 0)
			return pos;
		p += len + (p[len] == '|');
	}
	return -1;
}

bool measure_answers(const measure *m, const char *var, const char *val)
{
	return list_pos(m->answers, var, val) >= 0;
}

static measure *best_match(measure_set *ms, const char *var, const char *val)
{
	measure *best = NULL;
	int best_pos = 0;

	for (size_t i = 0; i < ms->n; i++) {
		int pos = ms->m[i].used ? -1 : list_pos(ms->m[i].answers, var, val);
		if (pos >= 0 && (!best || pos < best_pos)) {
			best = &ms->m[i];
			best_pos = pos;
		}
	}
	return best;
}

measure *measures_pick(measure_set *ms, const char *var, const char *val)
{
	measure *m = best_match(ms, var, val);

	return m ? m : best_match(ms, var, "*");
}

void measure_actors(strbuf *out, const measure *m)
{
	const char *p = m->actors;
	bool first = true;

	while (*p) {
		size_t len = strcspn(p, "|");
		const char *name = NULL;
		for (size_t i = 0; i < sizeof actors / sizeof *actors; i++)
			if (strlen(actors[i].code) == len &&
			    memcmp(actors[i].code, p, len) == 0)
				name = _(actors[i].name);
		if (!first)
			sb_puts(out, ", ");
		if (name)
			sb_puts(out, name);
		else
			sb_append(out, p, len);
		first = false;
		p += len + (p[len] == '|');
	}
}
