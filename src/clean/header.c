/* header.c - opening one export: its name and stem, its header line
 * resolved against the codebook, and the warnings about it (process.h). */
#include "clean/process.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "text.h"
#include "util.h"

int clean_read_error(clean_input *in)
{
	warn_at(in->name, csv_errline(in->reader), "%s", csv_errmsg(in->reader));
	return -1;
}

/* How the delimiter was found, for messages about the header. */
static const char *delimiter_note(const clean_input *in, char *buf, size_t size)
{
	unsigned char d = csv_delimiter(in->reader);

	if (d == '\t')
		snprintf(buf, size, "%s", csv_delimiter_was_guessed(in->reader)
			 ? _("read as TAB-separated (guessed; see --delimiter)")
			 : _("read as TAB-separated"));
	else
		snprintf(buf, size, csv_delimiter_was_guessed(in->reader)
			 ? _("read as '%c'-separated (guessed; see --delimiter)")
			 : _("read as '%c'-separated"), d);
	return buf;
}

static void warn_near(const clean_input *in)
{
	for (size_t i = 0; i < in->lo.nnear; i++) {
		const near_match *m = &in->lo.near[i];

		warn_at(in->name, 1,
			_("the header '%s' is taken for the codebook's '%s' (column %s): "
			  "add the new wording to the codebook"),
			m->header, m->entry->text, m->entry->column);
	}
}

/* Unknown columns by position: a header text may be data (a file without
 * a header line), so it is quoted only in the rejects file. */
static void warn_unknown(const clean_input *in)
{
	strbuf list = { 0 };

	if (in->lo.nunknown == 0)
		return;
	for (size_t i = 0; i < in->lo.nunknown; i++)
		sb_printf(&list, "%s%zu", i ? ", " : "", in->lo.unknown_col[i]);
	warn_at(in->name, 1,
		_("columns not in the codebook, left out (their headers are in the rejects file): %s"),
		list.s);
	sb_free(&list);
}

/* A column the profile has and the file lacks: an error each, unless
 * --allow-missing names it.  Returns how many. */
static int check_missing(const clean_input *in, const clean_settings *cs)
{
	static const bool none[NSCHEMA_MAX];
	const bool *allow = cs->allow_missing ? cs->allow_missing : none;
	const char *wanted;
	size_t from = 0, closest;
	long t;
	int missing = 0;
	char how[96];

	while ((t = layout_missing(&in->lo, cs->cb, allow, &from, &wanted, &closest)) >= 0) {
		const char *column = codebook_schema_columns(&(size_t){ 0 })[t];

		if (closest)
			warn_at(in->name, 1,
				_("no column for %s: no header is '%s' (the closest is column %zu); "
				  "add the header to the codebook, or use --allow-missing %s"),
				column, wanted, closest, column);
		else
			warn_at(in->name, 1,
				_("no column for %s: no header is '%s'; "
				  "add the header to the codebook, or use --allow-missing %s"),
				column, wanted, column);
		missing++;
	}
	if (missing)
		warn_at(in->name, 1, _("the header was %s"), delimiter_note(in, how, sizeof how));
	return missing;
}

static int read_header(clean_input *in, const clean_settings *cs)
{
	const csv_record *hdr;
	int status = csv_next(in->reader, &hdr);
	char how[96];

	if (status < 0)
		return clean_read_error(in);
	if (status == 0) {
		warn_at(in->name, 1, "%s", _("empty file: there is no header line"));
		return -1;
	}
	layout_build(&in->lo, cs->cb, hdr);
	if (in->lo.nknown == 0) {
		warn_at(in->name, hdr->line,
			_("no column of the header is known to the codebook (%s); "
			  "is this a survey export? (see trygg-codebook(5))"),
			delimiter_note(in, how, sizeof how));
		return -1;
	}
	warn_near(in);
	warn_unknown(in);
	if (check_missing(in, cs) > 0)
		return -1;
	if (csv_delimiter_was_guessed(in->reader) && csv_delimiter(in->reader) != ',')
		note("%s: %s", in->name, delimiter_note(in, how, sizeof how));
	return 0;
}

/* The name without directories and the stem without its extension. */
void clean_name(clean_input *in)
{
	static const char *const extensions[] = { ".csv", ".tsv", ".txt", ".xlsx" };
	const char *slash = strrchr(in->path, '/');
	size_t n;

	in->name = slash ? slash + 1 : in->path;
	n = strlen(in->name);
	if (strcmp(in->path, "-") == 0) {
		in->stem = xstrdup("stdin");
		return;
	}
	for (size_t i = 0; i < sizeof extensions / sizeof extensions[0]; i++) {
		size_t len = strlen(extensions[i]);

		if (n > len && strcasecmp(in->name + n - len, extensions[i]) == 0) {
			n -= len;
			break;
		}
	}
	in->stem = xmemdup(in->name, n);
}

int clean_open(clean_input *in, const clean_settings *cs, const csv_options *opt)
{
	if (!in->stem)
		clean_name(in);
	in->reader = csv_open(in->path, opt);
	if (!in->reader) {
		warn("%s: %s", in->path, strerror(errno));
		return -1;
	}
	return read_header(in, cs);
}

void clean_close(clean_input *in)
{
	if (in->reader)
		csv_close(in->reader);
	in->reader = NULL;
	layout_free(&in->lo);
	free(in->stem);
	in->stem = NULL;
}
