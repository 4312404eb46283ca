/* trygg-clean - raw survey exports to the canonical record (SCHEMA.md).
 *
 * Options, the loop over files, the summary.  The rules live in
 * src/clean/: layout (header -> columns), process (records), values
 * (timestamps, ages, lists), index (duplicates, resubmissions), rejects. */
#include <stdlib.h>
#include <string.h>

#include "clean/process.h"
#include "cli.h"
#include "codebook.h"
#include "csvio.h"
#include "profile.h"
#include "util.h"

typedef struct {
	const char *source, *rejects;
	int year;
} options;

static const cli_option own_options[] = {
	{ 's', "source", N_("S"),
	  N_("how the answers were collected (school, staff, street,\n"
	     "web); default: the file name prefix, e.g. staff-*.csv") },
	{ 'y', "year", N_("Y"), N_("survey year for dates written without one") },
	{ 'r', "rejects", N_("FILE"),
	  N_("write every set-aside row and cell to FILE (mode 0600)") },
	{ 0 }
};

static const cli_spec program = {
	N_("[OPTION]... [FILE]..."),
	N_("Turn raw survey exports into canonical survey records (CSV on standard output)."),
	CLI_FILTER | CLI_PROFILE | CLI_CODEBOOK, own_options, NULL
};

static int parse_year(const char *s)
{
	return (int)cli_parse_count("--year", s, 1900, 9999);
}

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 's': o->source = arg; break;
	case 'y': o->year = parse_year(arg); break;
	case 'r': o->rejects = arg; break;
	}
}

/* "school, staff, street, web": the codebook's source codes, for messages. */
static char *source_list(const codebook *cb, const char *suffix)
{
	strbuf b = { 0 };

	for (size_t i = 0; i < codebook_ncodes(cb, "source"); i++)
		sb_printf(&b, "%s%s%s", i ? ", " : "", codebook_code(cb, "source", i), suffix);
	sb_reserve(&b, 1);
	return b.s;
}

static void check_source(const codebook *cb, const char *s)
{
	char *list;

	if (codebook_code_index(cb, "source", s) >= 0)
		return;
	list = source_list(cb, "");
	usage_error(_("unknown source '%s' (known: %s)"), s, list);
}

/* --source, else the file name prefix "<source>-". */
static const char *source_of(const codebook *cb, const char *name, const char *given)
{
	size_t n = codebook_ncodes(cb, "source");

	if (given)
		return given;
	for (size_t i = 0; i < n; i++) {
		const char *code = codebook_code(cb, "source", i);
		size_t len = strlen(code);

		if (strncmp(name, code, len) == 0 && name[len] == '-')
			return code;
	}
	return NULL;
}

static void summary(const clean_input *in)
{
	const clean_counts *c = &in->counts;

	note(_("%s: %ld records read, %ld kept, %ld dropped (empty_row %ld, ragged_row %ld, "
	       "duplicate %ld, resubmission %ld); unknown_column %ld, invalid_value %ld"),
	     in->name, c->read, c->kept, c->read - c->kept, c->reasons[R_EMPTY_ROW],
	     c->reasons[R_RAGGED_ROW], c->reasons[R_DUPLICATE], c->reasons[R_RESUBMISSION],
	     c->reasons[R_UNKNOWN_COLUMN], c->reasons[R_INVALID_VALUE]);
}

/* Open every input and resolve its header before writing anything, so a
 * bad file name or a file that is no export fails without output. */
static int open_inputs(clean_input *in, size_t n, const clean_settings *cs,
		       const options *o)
{
	csv_options copt = { .delimiter = cli.delimiter, .encoding = CSV_ENC_DETECT };

	for (size_t i = 0; i < n; i++) {
		if (clean_open(&in[i], cs, &copt) < 0)
			return -1;
		in[i].source = source_of(cs->cb, in[i].name, o->source);
		if (!in[i].source) {
			char *list = source_list(cs->cb, "-*.csv");

			warn_at(in[i].name, 0,
				_("cannot tell the source from the file name; name the file "
				  "one of %s, or use --source"), list);
			free(list);
			return -1;
		}
	}
	return 0;
}

static void write_header(FILE *out)
{
	size_t n;
	const char *const *cols = codebook_schema_columns(&n);

	csv_put_row(out, cols, n, ',');
}

static int run(clean_input *in, size_t n, const clean_settings *cs, const options *o)
{
	rejects *rj = cs->rj;
	int rc = 0;

	if (rejects_open(rj, o->rejects) < 0)
		return -1;
	if (open_inputs(in, n, cs, o) < 0)
		rc = -1;
	if (rc == 0)
		write_header(cs->out);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		rc = clean_run(&in[i], cs);
		if (rc == 0)
			summary(&in[i]);
	}
	if (rc == 0 && fflush(cs->out) != 0)
		rc = -1; /* finish_stdout says why */
	if (rc == 0)
		rc = rejects_commit(rj);
	else
		rejects_abort(rj);
	return rc;
}

int main(int argc, char **argv)
{
	options o = { 0 };
	clean_settings cs = { 0 };
	rejects rj;
	static char *stdin_only[] = { "-" };
	char **files;
	size_t nfiles;
	clean_input *in;
	int first, rc;

	trygg_init(argc, argv);
	first = cli_parse(argc, argv, &program, on_option, &o);
	files = first < argc ? argv + first : stdin_only;
	nfiles = first < argc ? (size_t)(argc - first) : 1;
	cs.cb = profile_codebook(true);
	if (!cs.cb)
		exit(EXIT_DATA);
	if (o.source)
		check_source(cs.cb, o.source);
	cs.year = o.year ? o.year : codebook_year(cs.cb);
	cs.out = stdout;
	cs.rj = &rj;
	in = xcalloc(nfiles, sizeof *in);
	for (size_t i = 0; i < nfiles; i++)
		in[i].path = files[i];
	rc = run(in, nfiles, &cs, &o);
	for (size_t i = 0; i < nfiles; i++)
		clean_close(&in[i]);
	free(in);
	codebook_free((codebook *)cs.cb);
	finish_stdout();
	return rc == 0 ? EXIT_OK : EXIT_DATA;
}
