/* source.c - the source of a file: manifest, else name prefix (source.h). */
#include "clean/source.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "text.h"
#include "util.h"

static bool known_source(const codebook *cb, const char *s)
{
	return codebook_code_index(cb, "source", s) >= 0;
}

enum { C_PATTERN, C_SOURCE, NCOLS };
static const csv_table_column columns[NCOLS] = {
	{ "pattern", true }, { "source", true },
};

/* Cell C of the current row, trimmed, as a malloc'd string. */
static char *cell(const csv_table *t, size_t c)
{
	const csv_field *f = csv_table_field(t, c);
	size_t n = f ? f->len : 0;
	const char *s = f ? trim_span(f->data, &n) : "";

	return xmemdup(s, n);
}

/* One row: a pattern and its source; an empty pattern or one that
 * starts with '#' is a comment. */
static int add_row(manifest *m, const csv_table *t, const codebook *cb)
{
	char *pattern = cell(t, C_PATTERN), *source = cell(t, C_SOURCE);

	if (!*pattern || *pattern == '#') {
		free(pattern);
		free(source);
		return 0;
	}
	if (!known_source(cb, source)) {
		csv_table_warn(t, _("unknown source '%s' (not a source code of the codebook)"),
			       source);
		free(pattern);
		free(source);
		return -1;
	}
	if (grow_cap(m->n + 1, &m->cap)) {
		m->pattern = xreallocarray(m->pattern, m->cap, sizeof *m->pattern);
		m->source = xreallocarray(m->source, m->cap, sizeof *m->source);
	}
	m->pattern[m->n] = pattern;
	m->source[m->n++] = source;
	return 0;
}

int manifest_load(manifest *m, const char *path, const codebook *cb)
{
	csv_table t;
	int st = 0, rc = 0;

	memset(m, 0, sizeof *m);
	if (csv_table_open(&t, path, NULL, columns, NCOLS,
			   CSV_TABLE_EMPTY_OK | CSV_TABLE_ANY_WIDTH) < 0)
		return -1;
	while (rc == 0 && (st = csv_table_next(&t)) > 0)
		rc = add_row(m, &t, cb);
	if (csv_table_close(&t) < 0 || st < 0)
		rc = -1;
	return rc;
}

void manifest_free(manifest *m)
{
	free_list(m->pattern, m->n);
	free_list(m->source, m->n);
	memset(m, 0, sizeof *m);
}

static bool prefix_end(char c)
{
	return c == '\0' || c == '-' || c == '_' || c == '.' || c == ' ' || (c >= '0' && c <= '9');
}

/* Does the folded NAME start with the folded PREFIX and a separator? */
static bool has_prefix(const codebook *cb, const char *name, const char *prefix)
{
	strbuf a = { 0 }, b = { 0 };
	bool yes;

	codebook_fold(cb, &a, name, strlen(name));
	codebook_fold(cb, &b, prefix, strlen(prefix));
	yes = b.len > 0 && a.len >= b.len && memcmp(a.s, b.s, b.len) == 0 &&
	      prefix_end(a.s[b.len]);
	sb_free(&a);
	sb_free(&b);
	return yes;
}

/* fnmatch(3) on folded pattern and name: case (and, by the codebook's
 * setting, accents) do not matter, "PERSONAL*" matches "personal.csv". */
static bool pattern_matches(const codebook *cb, const char *pattern, const char *name)
{
	strbuf p = { 0 }, n = { 0 };
	bool yes;

	codebook_fold(cb, &p, pattern, strlen(pattern));
	codebook_fold(cb, &n, name, strlen(name));
	yes = fnmatch(p.s, n.s, 0) == 0;
	sb_free(&p);
	sb_free(&n);
	return yes;
}

const char *source_of_file(const manifest *m, const codebook *cb, const char *name)
{
	for (size_t i = 0; m && i < m->n; i++)
		if (pattern_matches(cb, m->pattern[i], name)) /* the codebook's copy */
			return codebook_code(cb, "source",
					     (size_t)codebook_code_index(cb, "source", m->source[i]));
	for (size_t i = 0; i < codebook_ncodes(cb, "source"); i++) {
		const char *code = codebook_code(cb, "source", i);

		if (has_prefix(cb, name, code))
			return code;
	}
	for (size_t i = 0; i < codebook_nlabels(cb); i++) {
		const cb_entry *e = codebook_label_at(cb, i);

		if (strcmp(e->column, "source") == 0 && *e->code && has_prefix(cb, name, e->text))
			return e->code;
	}
	return NULL;
}

char *source_prefix_list(const codebook *cb)
{
	strbuf b = { 0 };

	for (size_t i = 0; i < codebook_ncodes(cb, "source"); i++)
		sb_printf(&b, "%s%s-*", b.len ? ", " : "", codebook_code(cb, "source", i));
	for (size_t i = 0; i < codebook_nlabels(cb); i++) {
		const cb_entry *e = codebook_label_at(cb, i);

		if (strcmp(e->column, "source") == 0 && *e->code)
			sb_printf(&b, ", %s-*", e->text);
	}
	sb_reserve(&b, 1);
	return b.s;
}
