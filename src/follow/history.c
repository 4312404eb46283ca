/* history.c - windows of the history, added up by trygg-tally's merge
 * (history.h). */
#include "follow/history.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "tally/merge.h"
#include "tally/publish.h"
#include "text.h"

/* ---- the months held ---- */

static void mark_month(history *h, month_t m)
{
	if (!h->any) {
		h->first = h->last = m;
		h->present = xcalloc(1, 1);
		h->npresent = 1;
		h->any = true;
	}
	if (m < h->first) {
		size_t add = (size_t)(h->first - m);
		unsigned char *p = xcalloc(h->npresent + add, 1);
		memcpy(p + add, h->present, h->npresent);
		free(h->present);
		h->present = p;
		h->npresent += add;
		h->first = m;
	} else if (m >= h->first + (month_t)h->npresent) {
		size_t n = (size_t)(m - h->first) + 1;
		h->present = xrealloc(h->present, n);
		memset(h->present + h->npresent, 0, n - h->npresent);
		h->npresent = n;
	}
	h->present[m - h->first] = 1;
	if (m > h->last)
		h->last = m;
}

bool history_has_month(const history *h, month_t m)
{
	return h->any && m >= h->first && m < h->first + (month_t)h->npresent &&
	       h->present[m - h->first];
}

long history_months(const history *h, month_t from, month_t to)
{
	long n = 0;

	for (month_t m = from; m <= to; m++)
		n += history_has_month(h, m);
	return n;
}

/* One pass over the period column; the rest is checked by the merge. */
static void scan_months(history *h, const char *path)
{
	const csv_options opt = { 0, CSV_ENC_UTF8, false };
	csv_reader *r = csv_open_or_die(path, &opt);
	const csv_record *rec;
	const char *name = csv_name(r);
	long col = -1;
	month_t m;

	while (csv_next_or_die(r, &rec)) {
		if (rec->nfields == 0)
			continue;
		if (col < 0) {
			col = csv_header_index(rec, "period");
			if (col < 0)
				die_at(EXIT_DATA, name, rec->line, "%s",
				       _("no column named period (is this a history of partial counts?)"));
			continue;
		}
		const csv_field *f = &rec->fields[(size_t)col < rec->nfields ? (size_t)col : 0];
		if (f->len == 6 && memcmp(f->data, "period", 6) == 0)
			continue; /* histories may be concatenated */
		if (!month_parse(f->data, &m))
			die_at(EXIT_DATA, name, rec->line, "%s",
			       _("the period is not a month (YYYY-MM)"));
		mark_month(h, m);
	}
	if (col < 0)
		die(EXIT_DATA, _("%s: empty input (no header line)"), name);
	csv_close_or_die(r);
}

/* Standard input is read once per window: keep a copy. */
static char *spool_stdin(history *h)
{
	char buf[65536];
	size_t n;
	strbuf path = { 0 };

	h->spool = anonymous_file();
	if (!h->spool)
		die(EXIT_DATA, "%s", strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		if (fwrite(buf, 1, n, h->spool) != n)
			die(EXIT_DATA, "%s", strerror(errno));
	if (ferror(stdin) || fflush(h->spool) != 0)
		die(EXIT_DATA, "%s", strerror(errno));
	sb_printf(&path, "/dev/fd/%d", fileno(h->spool));
	return path.s;
}

void history_open(history *h, char *const *files, size_t n)
{
	memset(h, 0, sizeof *h);
	h->files = xmalloc((n + 1) * sizeof *h->files);
	for (size_t i = 0; i < n; i++) {
		bool in = strcmp(files[i], "-") == 0;
		h->files[i] = in ? spool_stdin(h) : xstrdup(files[i]);
		h->nfiles++;
		scan_months(h, h->files[i]);
	}
}

void history_close(history *h)
{
	free_list(h->files, h->nfiles);
	free(h->present);
	if (h->spool)
		fclose(h->spool);
	memset(h, 0, sizeof *h);
}

/* ---- windows ---- */

tally *history_merge(const history *h, month_t from, month_t to)
{
	strbuf f = { 0 }, t = { 0 };
	merger m;

	if (history_months(h, from, to) == 0)
		return NULL;
	month_format(&f, from);
	month_format(&t, to);
	merger_init(&m, f.s, t.s);
	for (size_t i = 0; i < h->nfiles; i++)
		merge_file(&m, h->files[i]);
	merge_check(&m);
	sb_free(&f);
	sb_free(&t);
	if (!m.t || !m.any) {
		tally_free(m.t);
		return NULL;
	}
	tally_refresh_flags(m.t);
	return m.t;
}

static bool has_col(const reg_indicator *ind, const char *col)
{
	for (size_t i = 0; i < ind->ngroup; i++)
		if (strcmp(ind->by[i], col) == 0)
			return true;
	return false;
}

/* The breakdown by IND's group columns, in whatever order it has them. */
static long find_breakdown(const tally *t, const reg_indicator *ind)
{
	for (size_t b = 0; b < t->nbds; b++) {
		const breakdown *bd = &t->bds[b];
		bool same = bd->ncols == ind->ngroup;

		for (size_t k = 0; same && k < bd->ncols; k++)
			same = has_col(ind, bd->cols[k]);
		if (same)
			return (long)b;
	}
	return -1;
}

static const char *group_value(const reg_indicator *ind, const char *col)
{
	for (size_t i = 0; i < ind->ngroup; i++)
		if (strcmp(ind->by[i], col) == 0)
			return ind->group[i];
	return "";
}

static long find_group(tally *t, size_t b, const reg_indicator *ind)
{
	const breakdown *bd = &t->bds[b];

	tally_key_clear(t);
	for (size_t k = 0; k < bd->ncols; k++) {
		const char *v = group_value(ind, bd->cols[k]);
		tally_key_add(t, v, strlen(v));
	}
	void *id = strmap_get(bd->group_ids, t->key.s, t->key.len);
	return id ? (long)(uintptr_t)id - 1 : -1;
}

static long find_variable(const tally *t, const char *name)
{
	for (size_t v = 0; v < t->nvars; v++)
		if (strcmp(t->vars[v].name, name) == 0)
			return (long)v;
	return -1;
}

/* The row of VALUE: the unsafe slot, or the code's id (a code no one gave
 * in the window is added, so that its base is the right one). */
static bool find_row(tally *t, size_t v, const char *value, size_t *j)
{
	tally_var *var = &t->vars[v];

	if (strcmp(value, "unsafe") == 0) {
		*j = unsafe_slot(t, v);
		return var->has_unsafe;
	}
	*j = tally_code_id(var, value, strlen(value));
	tally_refresh_flags(t);
	return true;
}

hist_counts indicator_counts(tally *t, const reg_indicator *ind)
{
	hist_counts c = { 0 };
	long b, g, v;
	size_t j;

	if (!t || (b = find_breakdown(t, ind)) < 0 || (g = find_group(t, (size_t)b, ind)) < 0 ||
	    (v = find_variable(t, ind->variable)) < 0 ||
	    !find_row(t, (size_t)v, ind->value, &j))
		return c;
	tally_count n = row_count(t, (size_t)b, (size_t)g, (size_t)v, j);
	tally_base base = row_base(t, (size_t)b, (size_t)g, (size_t)v, j);
	c.n = n.n;
	c.w = n.w;
	c.base = base.n;
	c.bw = base.w;
	c.bw2 = base.w2;
	c.weighted = t->weighted;
	c.found = base.n > 0;
	return c;
}
