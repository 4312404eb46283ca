/* trygg-clean - raw survey exports to the canonical record (SCHEMA.md).
 *
 * Options, the loop over files, the summary.  The rules live in
 * src/clean/: layout (header -> columns), process (records), values
 * (timestamps, ages, lists), index (duplicates, resubmissions), rejects. */
#include <stdlib.h>
#include <string.h>

#include "clean/csvout.h"
#include "clean/process.h"
#include "clean/source.h"
#include "cli.h"
#include "codebook.h"
#include "csvio.h"
#include "profile.h"
#include "util.h"

typedef struct {
	const char *source, *rejects, *manifest;
	int year;
	bool allow_missing[NSCHEMA_MAX];
} options;

enum { OPT_ALLOW_MISSING = CLI_LONG, OPT_MANIFEST };

static const cli_option own_options[] = {
	{ 's', "source", N_("S"),
	  N_("how the answers were collected (school, staff, street,\n"
	     "web); default: the manifest, else the file name prefix,\n"
	     "e.g. staff-*.csv or Personal_*.CSV") },
	{ 'y', "year", N_("Y"), N_("survey year for dates written without one") },
	{ 'r', "rejects", N_("FILE"),
	  N_("write every set-aside row and cell to FILE (mode 0600)") },
	{ OPT_ALLOW_MISSING, "allow-missing", N_("COL"),
	  N_("let the canonical column COL (or COL,COL...) be missing\n"
	     "from an export whose profile has it") },
	{ OPT_MANIFEST, "manifest", N_("FILE"),
	  N_("file patterns and their sources (trygg-manifest(5))") },
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

/* --allow-missing: canonical column names, comma-separated. */
static void allow_missing(options *o, const char *arg)
{
	size_t n;
	char **cols = split_list(arg, ',', &n);

	for (size_t i = 0; i < n; i++) {
		long t = codebook_schema_index(cols[i]);

		if (t < 0 || t >= NSCHEMA_MAX)
			usage_error(_("--allow-missing: '%s' is not a column of the canonical record"),
				    cols[i]);
		o->allow_missing[t] = true;
	}
	free_list(cols, n);
}

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 's': o->source = arg; break;
	case 'y': o->year = parse_year(arg); break;
	case 'r': o->rejects = arg; break;
	case OPT_ALLOW_MISSING: allow_missing(o, arg); break;
	case OPT_MANIFEST: o->manifest = arg; break;
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

static void summary(const clean_input *in)
{
	const clean_counts *c = &in->counts;

	note(_("%s: %ld records read, %ld kept, %ld dropped (empty_row %ld, ragged_row %ld, "
	       "duplicate %ld, resubmission %ld); unknown_column %ld, invalid_value %ld"),
	     in->name, c->read, c->kept, c->read - c->kept, c->reasons[R_EMPTY_ROW],
	     c->reasons[R_RAGGED_ROW], c->reasons[R_DUPLICATE], c->reasons[R_RESUBMISSION],
	     c->reasons[R_UNKNOWN_COLUMN], c->reasons[R_INVALID_VALUE]);
}

/* The source of input IN: --source, else the manifest, else the name. */
static int find_source(clean_input *in, const clean_settings *cs, const options *o,
		       const manifest *m)
{
	char *list;

	in->source = o->source ? o->source : source_of_file(m, cs->cb, in->name);
	if (in->source)
		return 0;
	list = source_prefix_list(cs->cb);
	warn_at(in->name, 0,
		_("cannot tell the source from the file name; name the file "
		  "one of %s, list it in a manifest, or use --source"), list);
	free(list);
	return -1;
}

/* Open every input and resolve its header before writing anything, so a
 * bad file name or a file that is no export fails without output. */
static int open_inputs(clean_input *in, size_t n, const clean_settings *cs,
		       const options *o)
{
	csv_options copt = { .delimiter = cli.delimiter, .encoding = CSV_ENC_DETECT };
	manifest m = { 0 };
	int rc = 0;

	if (o->manifest && manifest_load(&m, o->manifest, cs->cb) < 0)
		return -1;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		clean_name(&in[i]);
		if (clean_open(&in[i], cs, &copt) < 0 ||
		    find_source(&in[i], cs, o, o->manifest ? &m : NULL) < 0)
			rc = -1;
	}
	manifest_free(&m);
	return rc;
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
	protect_process(); /* raw records with personal data: no core dumps */
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
	cs.allow_missing = o.allow_missing;
	out_set_excel(cli.excel);
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
