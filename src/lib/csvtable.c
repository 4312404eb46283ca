/* csvtable.c - small CSV tables by column name (csvtable.h). */
#include "csvtable.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* The key a column name matches by: folded case and spaces, '_' as ' '. */
static void name_key(strbuf *key, const char *s, size_t n)
{
	sb_clear(key);
	fold_key(key, s, n, false);
	for (size_t i = 0; i < key->len; i++)
		if (key->s[i] == '_')
			key->s[i] = ' ';
}

static size_t first_name_length(const char *names)
{
	return strcspn(names, "|");
}

bool csv_table_name_is(const csv_field *f, const char *names)
{
	strbuf have = { 0 }, want = { 0 };
	bool found = false;

	name_key(&have, f->data, f->len);
	for (const char *p = names; !found; p++) {
		size_t n = strcspn(p, "|");

		name_key(&want, p, n);
		found = strcmp(have.s ? have.s : "", want.s ? want.s : "") == 0;
		p += n;
		if (!*p)
			break;
	}
	sb_free(&have);
	sb_free(&want);
	return found;
}

const char *csv_table_column_name(const csv_table_column *c, char *buf, size_t size)
{
	size_t n = first_name_length(c->name);

	if (n >= size)
		n = size - 1;
	memcpy(buf, c->name, n);
	buf[n] = '\0';
	return buf;
}

void csv_table_warn(const csv_table *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(t->name, csv_table_line(t), fmt, ap);
	va_end(ap);
}

void csv_table_die(const csv_table *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(t->name, csv_table_line(t), fmt, ap);
	va_end(ap);
	exit(EXIT_DATA);
}

/* Column of SPEC that header cell F names, or -1. */
static long spec_of(const csv_table *t, const csv_field *f)
{
	for (size_t c = 0; c < t->ncols; c++)
		if (csv_table_name_is(f, t->spec[c].name))
			return (long)c;
	return -1;
}

/* Every header cell one of the format's columns (with CSV_TABLE_CLOSED),
 * none named twice, every required one there. */
static int map_columns(csv_table *t, const csv_record *header)
{
	char name[64];

	for (size_t i = 0; i < header->nfields; i++) {
		long c = spec_of(t, &header->fields[i]);

		if (c < 0) {
			if (t->flags & CSV_TABLE_CLOSED) {
				csv_table_warn(t, _("column %zu has a name this file format does not define"),
					       i + 1);
				t->errors++;
			}
		} else if (t->col[c] >= 0) {
			csv_table_warn(t, _("column '%s' appears more than once"),
				       csv_table_column_name(&t->spec[c], name, sizeof name));
			t->errors++;
		} else {
			t->col[c] = (long)i;
			if (i + 1 > t->need)
				t->need = i + 1;
		}
	}
	for (size_t c = 0; c < t->ncols; c++)
		if (t->spec[c].required && t->col[c] < 0) {
			csv_table_warn(t, _("no column '%s'"),
				       csv_table_column_name(&t->spec[c], name, sizeof name));
			t->errors++;
		}
	return t->errors ? -1 : 0;
}

static int read_error(const csv_table *t)
{
	warn_at(t->name, csv_errline(t->reader), "%s", csv_errmsg(t->reader));
	return -1;
}

static bool is_comment(const csv_record *r)
{
	size_t n = r->nfields ? r->fields[0].len : 0;
	const char *s = n ? trim_span(r->fields[0].data, &n) : NULL;

	return n > 0 && *s == '#';
}

static bool all_cells_blank(const csv_record *r)
{
	for (size_t i = 0; i < r->nfields; i++) {
		size_t n = r->fields[i].len;

		trim_span(r->fields[i].data, &n);
		if (n)
			return false;
	}
	return true;
}

static bool skipped(const csv_table *t, const csv_record *r)
{
	return r->nfields == 0 || (t->flags & CSV_TABLE_COMMENTS && is_comment(r)) ||
	       (t->flags & CSV_TABLE_BLANK_ROWS && all_cells_blank(r));
}

/* The next record that is not blank (nor, with CSV_TABLE_COMMENTS, a
 * comment, nor, with CSV_TABLE_BLANK_ROWS, a row of empty cells): 1, 0
 * at the end, -1 on a read error. */
static int next_record(csv_table *t)
{
	int rc;

	while ((rc = csv_next(t->reader, &t->row)) > 0)
		if (!skipped(t, t->row))
			return 1;
	return rc < 0 ? read_error(t) : 0;
}

static void table_init(csv_table *t, csv_reader *r, const csv_table_column *spec,
		       size_t ncols, unsigned flags)
{
	*t = (csv_table){ .reader = r, .name = csv_name(r), .spec = spec,
			  .ncols = ncols, .flags = flags };
	t->col = xreallocarray(NULL, ncols + 1, sizeof *t->col);
	for (size_t c = 0; c < ncols; c++)
		t->col[c] = -1;
}

/* The header read: find the columns (T initialised). */
static int take_header(csv_table *t, const csv_record *header)
{
	t->row = header;
	t->width = header->nfields;
	if (map_columns(t, header) == 0)
		return 0;
	csv_table_close(t);
	return -1;
}

int csv_table_open(csv_table *t, const char *path, const csv_options *opt,
		   const csv_table_column *spec, size_t ncols, unsigned flags)
{
	static const csv_options sniffed = { .delimiter = 0, .encoding = CSV_ENC_DETECT };
	csv_reader *r = csv_open(path, opt ? opt : &sniffed);
	int rc;

	*t = (csv_table){ 0 };
	if (!r) {
		warn(_("cannot open %s: %s"), path, strerror(errno));
		return -1;
	}
	if (flags & CSV_TABLE_REWIND)
		csv_enable_rewind(r);
	table_init(t, r, spec, ncols, flags);
	rc = next_record(t);
	if (rc > 0)
		return take_header(t, t->row);
	if (rc == 0 && flags & CSV_TABLE_EMPTY_OK) {
		t->row = NULL;
		return 0;
	}
	if (rc == 0)
		warn_at(t->name, 1, "%s", _("the file is empty (no header line)"));
	csv_table_close(t);
	return -1;
}

int csv_table_next(csv_table *t)
{
	int rc;

	if (!t->row) /* an empty file (CSV_TABLE_EMPTY_OK) */
		return 0;
	rc = next_record(t);
	if (rc <= 0)
		return rc;
	if (t->flags & CSV_TABLE_ANY_WIDTH)
		return 1;
	if (t->flags & CSV_TABLE_SAME_WIDTH && t->row->nfields != t->width) {
		csv_table_warn(t, _("expected %zu fields, found %zu"), t->width, t->row->nfields);
		return -1;
	}
	if (t->row->nfields < t->need) {
		csv_table_warn(t, _("expected at least %zu fields, found %zu"), t->need,
			       t->row->nfields);
		return -1;
	}
	return 1;
}

int csv_table_rewind(csv_table *t)
{
	int rc;

	if (!t->row) /* an empty file (CSV_TABLE_EMPTY_OK) */
		return 0;
	if (csv_rewind(t->reader) < 0)
		return read_error(t);
	rc = next_record(t); /* the header again */
	if (rc == 0)
		t->row = NULL;
	return rc < 0 ? -1 : 0;
}

void csv_table_read_or_die(const char *path, const csv_options *opt,
			   const csv_table_column *spec, size_t ncols, unsigned flags,
			   csv_table_row_fn *row, void *ctx)
{
	csv_table t;
	int rc;

	if (csv_table_open(&t, path, opt, spec, ncols, flags) < 0)
		exit(EXIT_DATA);
	while ((rc = csv_table_next(&t)) > 0)
		row(&t, ctx);
	if (csv_table_close(&t) < 0 || rc < 0)
		exit(EXIT_DATA);
}

int csv_table_close(csv_table *t)
{
	char *name = t->reader ? xstrdup(t->name) : NULL;
	int rc = 0;

	if (t->reader && csv_close(t->reader) < 0) {
		warn(_("cannot read %s: %s"), name, strerror(errno));
		rc = -1;
	}
	free(name);
	free(t->col);
	*t = (csv_table){ .errors = t->errors };
	return rc;
}

const csv_field *csv_table_field(const csv_table *t, size_t c)
{
	long i = t->col[c];

	return i >= 0 && (size_t)i < t->row->nfields ? &t->row->fields[i] : NULL;
}

const char *csv_table_cell(const csv_table *t, size_t c)
{
	const csv_field *f = csv_table_field(t, c);

	return f ? f->data : "";
}
