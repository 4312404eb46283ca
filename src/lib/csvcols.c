/* csvcols.c - columns by name and coded values (csvcols.h). */
#include "csvcols.h"

#include <string.h>

#include "util.h"

static long spec_index(const csv_field *f, const csv_column_spec *spec,
		       size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(spec[i].name) == f->len &&
		    memcmp(spec[i].name, f->data, f->len) == 0)
			return (long)i;
	return -1;
}

/* Every header cell must be one of the format's columns, once. */
static bool header_cells_known(const csv_record *header,
			       const csv_column_spec *spec, size_t n,
			       long *col, const char *path)
{
	bool ok = true;

	for (size_t i = 0; i < header->nfields; i++) {
		long k = spec_index(&header->fields[i], spec, n);
		if (k < 0) {
			warn_at(path, header->line,
				_("column %zu has a name this file format does not define"),
				i + 1);
			ok = false;
		} else if (col[k] >= 0) {
			warn_at(path, header->line,
				_("column '%s' appears more than once"), spec[k].name);
			ok = false;
		} else {
			col[k] = (long)i;
		}
	}
	return ok;
}

bool csv_map_columns(const csv_record *header, const csv_column_spec *spec,
		     size_t n, long *col, const char *path)
{
	bool ok;

	for (size_t i = 0; i < n; i++)
		col[i] = -1;
	ok = header_cells_known(header, spec, n, col, path);
	for (size_t i = 0; i < n; i++)
		if (spec[i].required && col[i] < 0) {
			warn_at(path, header->line, _("no column '%s'"), spec[i].name);
			ok = false;
		}
	return ok;
}

const char *csv_cell(const csv_record *r, long col)
{
	return col >= 0 && (size_t)col < r->nfields ? r->fields[col].data : "";
}

const char *const csv_yes_no[4] = { "no", "nej", "yes", "ja" };

long csv_code_index(const char *value, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(value, names[2 * i]) == 0 ||
		    strcmp(value, names[2 * i + 1]) == 0)
			return (long)i;
	return -1;
}

long csv_code_or_die(const char *value, const char *const *names, size_t n,
		     const char *column, const char *path, long line)
{
	long i = csv_code_index(value, names, n);

	if (i < 0)
		die_at(EXIT_DATA, path, line,
		       _("column '%s' has a value it does not allow"), column);
	return i;
}
