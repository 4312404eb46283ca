/* proposals.c - the plan's proposals as register rows. */
#include "plan/proposals.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvio.h"
#include "util.h"

/* The register's columns in normal form (trygg-register(5)), English and
 * Swedish. */
enum {
	R_ID, R_MEASURE, R_CATALOGUE, R_PROBLEM, R_CAUSE, R_PLACE,
	R_RESPONSIBLE, R_PARTNERS, R_RESOURCES, R_START, R_DUE, R_SOURCE,
	R_VARIABLE, R_VALUE, R_GROUP, R_UNIT, R_AREA, R_BASELINE_PERIOD,
	R_BASELINE, R_TARGET, R_TARGET_DATE, R_BETTER, R_STATUS, R_STATUS_DATE,
	R_COMMENT, NR
};
static const char *const names[NR][2] = {
	{ "id", "id" }, { "measure", "åtgärd" }, { "catalogue", "katalog" },
	{ "problem", "problem" }, { "cause", "orsak" }, { "place", "plats" },
	{ "responsible", "ansvarig" }, { "partners", "samverkan" },
	{ "resources", "resurser" }, { "start", "start" }, { "due", "klart" },
	{ "source", "källa" }, { "variable", "variabel" }, { "value", "värde" },
	{ "group", "grupp" }, { "unit", "enhet" }, { "area", "område" },
	{ "baseline_period", "utgångsläge period" }, { "baseline", "utgångsläge" },
	{ "target", "mål" }, { "target_date", "måldatum" }, { "better", "bättre" },
	{ "status", "status" }, { "status_date", "statusdatum" },
	{ "comment", "kommentar" },
};

static char *tmp_path, *final_path;

static void remove_tmp(void)
{
	if (tmp_path)
		unlink(tmp_path);
}

FILE *proposals_open(const char *path)
{
	int fd = open_temp_beside(path, &tmp_path);
	FILE *f;

	final_path = xstrdup(path);
	atexit(remove_tmp);
	if (!(f = fdopen(fd, "w")))
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	return f;
}

void proposals_commit(FILE *f)
{
	if (fflush(f) != 0 || ferror(f) || fsync(fileno(f)) != 0 || fclose(f) != 0 ||
	    rename(tmp_path, final_path) != 0)
		die(EXIT_DATA, "%s: %s", final_path, strerror(errno));
	free(tmp_path);
	free(final_path);
	tmp_path = final_path = NULL;
}

void proposals_header(FILE *out, enum report_lang lang)
{
	const char *head[NR];

	for (int i = 0; i < NR; i++)
		head[i] = names[i][lang == LANG_SV];
	csv_put_row(out, head, NR, ',');
}

/* "col:code&col:code" from a tally row's joined group columns and values. */
static void group_cell(strbuf *out, const tally_row *r)
{
	const char *c = r->gcols, *v = r->gvals;

	while (*c) {
		size_t cl = strcspn(c, ","), vl = strcspn(v, ",");
		if (out->len)
			sb_putc(out, '&');
		sb_append(out, c, cl);
		sb_putc(out, ':');
		sb_append(out, v, vl);
		c += cl + (c[cl] == ',');
		v += vl + (v[vl] == ',');
	}
}

/* A role's unit in the organisation (its id, as the register names
 * units), else the role code. */
static void unit_cell(strbuf *out, const measure_set *ms, const char *role,
		      size_t len)
{
	const org_unit *u = organisation_owner(&ms->org, role, len);

	if (u)
		sb_puts(out, u->id);
	else
		sb_append(out, role, len);
}

/* The partners' units, each once, without the responsible's. */
static void partners_cell(strbuf *out, const measure_set *ms, const measure *m,
			  const char *lead)
{
	strbuf one = {0};

	for (const char *p = m->partners; *p; ) {
		size_t len = strcspn(p, "|");
		sb_clear(&one);
		unit_cell(&one, ms, p, len);
		if (strcmp(one.s, lead) != 0 && !strstr(out->s ? out->s : "", one.s)) {
			if (out->len)
				sb_puts(out, ", ");
			sb_puts(out, one.s);
		}
		p += len + (p[len] == '|');
	}
	sb_free(&one);
}

/* "P3", or with the period when the register already has that id. */
static void id_cell(strbuf *out, const report_input *in, int number)
{
	sb_printf(out, "P%d", number);
	for (size_t i = 0; in->follow && i < in->follow->n; i++)
		if (strcmp(in->follow->a[i].id, out->s) == 0) {
			sb_printf(out, "-%s", in->period ? in->period : "new");
			return;
		}
}

static const char *in_lang(char *const *pair, enum report_lang lang)
{
	return pair[lang] && *pair[lang] ? pair[lang] : pair[LANG_EN];
}

void proposal_row(FILE *out, const report_input *in, const leading *c,
		  const measure *m, int number, const char *problem)
{
	strbuf cell[NR] = {{0}};
	const char *row[NR];

	id_cell(&cell[R_ID], in, number);
	sb_puts(&cell[R_MEASURE], in_lang(m->measure, in->lang));
	sb_puts(&cell[R_CATALOGUE], m->id);
	sb_puts(&cell[R_PROBLEM], problem);
	sb_puts(&cell[R_CAUSE], in_lang(m->cause, in->lang));
	unit_cell(&cell[R_RESPONSIBLE], in->measures, m->lead, strlen(m->lead));
	partners_cell(&cell[R_PARTNERS], in->measures, m, cell[R_RESPONSIBLE].s);
	sb_puts(&cell[R_VARIABLE], c->var);
	sb_puts(&cell[R_VALUE], c->row->val);
	group_cell(&cell[R_GROUP], c->row);
	sb_puts(&cell[R_BASELINE_PERIOD], in->period ? in->period : "");
	sb_printf(&cell[R_BASELINE], "%.1f", c->row->pct);
	sb_puts(&cell[R_STATUS], in->lang == LANG_SV ? "planerad" : "planned");
	for (int k = 0; k < NR; k++)
		row[k] = cell[k].s ? cell[k].s : "";
	csv_put_row(out, row, NR, ',');
	for (int k = 0; k < NR; k++)
		sb_free(&cell[k]);
}
