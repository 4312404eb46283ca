/* trygg-clean - raw survey exports to the canonical record (SCHEMA.md).
 *
 * Options, the loop over files, the summary.  The rules live in
 * src/clean/: layout (header -> columns), process (records), values
 * (timestamps, ages, lists), index (duplicates, resubmissions), rejects. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "clean/process.h"
#include "codebook.h"
#include "csvio.h"
#include "util.h"

static void usage(void)
{
	printf(_("Usage: %s [OPTION]... [FILE]...\n"), progname);
	fputs(_("Turn raw survey exports into canonical survey records (CSV on standard output).\n"
		"With no FILE, or when FILE is -, read standard input.\n"
		"\n"
		"  -k, --codebook=FILE   the codebook (default: share/trygg/codebook.csv)\n"
		"  -s, --source=S        how the answers were collected (school, staff, street,\n"
		"                        web); default: the file name prefix, e.g. staff-*.csv\n"
		"  -d, --delimiter=C     field delimiter of the input (default: sniffed)\n"
		"  -y, --year=Y          survey year for dates written without one\n"
		"  -r, --rejects=FILE    write every set-aside row and cell to FILE (mode 0600)\n"
		"  -q, --quiet           no summary on standard error\n"
		"  -h, --help            show this help and exit\n"
		"      --version         show the version and exit\n"
		"\n"
		"Exit status: 0 ok, 1 data or I/O error, 2 usage error.\n"), stdout);
	finish_stdout();
	exit(EXIT_OK);
}

typedef struct {
	const char *codebook, *source, *rejects;
	unsigned char delimiter;
	int year;
	bool quiet;
} options;

static unsigned char parse_delimiter(const char *s)
{
	if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0 || strcmp(s, "\t") == 0)
		return '\t';
	if (strlen(s) != 1 || s[0] == '"' || s[0] == '\n' || s[0] == '\r')
		usage_error(_("invalid delimiter '%s': give one character, or 'tab'"), s);
	return (unsigned char)s[0];
}

static int parse_year(const char *s)
{
	char *end;
	long y = strtol(s, &end, 10);

	if (end == s || *end || y < 1900 || y > 9999)
		usage_error(_("invalid year '%s'"), s);
	return (int)y;
}

static int parse_options(int argc, char **argv, options *o)
{
	static const struct option longopts[] = {
		{ "codebook", required_argument, NULL, 'k' },
		{ "source", required_argument, NULL, 's' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "year", required_argument, NULL, 'y' },
		{ "rejects", required_argument, NULL, 'r' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "k:s:d:y:r:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'k': o->codebook = optarg; break;
		case 's': o->source = optarg; break;
		case 'd': o->delimiter = parse_delimiter(optarg); break;
		case 'y': o->year = parse_year(optarg); break;
		case 'r': o->rejects = optarg; break;
		case 'q': o->quiet = true; break;
		case 'h': usage(); break;
		case 'V': print_version(); break;
		default: usage_error(NULL);
		}
	}
	return optind;
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

	warn(_("%s: %ld records read, %ld kept, %ld dropped (empty_row %ld, ragged_row %ld, "
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
	csv_options copt = { .delimiter = o->delimiter, .encoding = CSV_ENC_DETECT };

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
		if (rc == 0 && !o->quiet)
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
	first = parse_options(argc, argv, &o);
	files = first < argc ? argv + first : stdin_only;
	nfiles = first < argc ? (size_t)(argc - first) : 1;
	cs.cb = codebook_load(o.codebook);
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
