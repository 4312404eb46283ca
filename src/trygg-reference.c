/* trygg-reference - check reference figures and write them in normal form;
 * with --from bra-sol, convert Brå's export of reported offences into them.
 *
 * The format is trygg-reference(5).  The files are small, so all figures
 * are read and checked before anything is written: a file with a bad row
 * gives no output at all (exit 1), and -o leaves the old file in place. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "reference.h"
#include "reference/sol.h"
#include "util.h"

enum { OPT_FROM = CLI_LONG };

typedef enum { FROM_TIDY, FROM_BRA_SOL } from_kind;

static const cli_option own_options[] = {
	{ OPT_FROM, "from", N_("SOURCE"),
	  N_("convert from SOURCE: bra-sol, the export of Brå's\n"
	     "database of reported offences (Databasfil.txt)") },
	{ 0 }
};

static const cli_spec program = {
	N_("[OPTION]... [FILE]...\n--from bra-sol [OPTION]... [FILE]..."),
	N_("Check reference figures (trygg-reference(5)) and write them in normal\n"
	   "form, or convert Brå's export of reported offences into them."),
	CLI_FILTER, own_options, NULL
};

static void on_option(int key, const char *arg, void *ctx)
{
	from_kind *from = ctx;

	if (key != OPT_FROM)
		return;
	if (strcmp(arg, "bra-sol") == 0)
		*from = FROM_BRA_SOL;
	else
		usage_error(_("unknown source '%s' for --from (known: bra-sol)"), arg);
}

/* Add the figures of PATH; returns the number of problems reported. */
static long read_tidy(refset *rs, const char *path)
{
	csv_options opt = { .delimiter = cli.delimiter, .encoding = CSV_ENC_DETECT };
	size_t before = refset_count(rs);
	long rc = refset_load(rs, path, &opt);

	if (rc == 0)
		note(_("%s: figures: %zu"), path, refset_count(rs) - before);
	return rc < 0 ? 1 : rc;
}

static long read_sol(refset *rs, const char *path)
{
	sol_stats st;
	long rc = sol_import(rs, path, cli.delimiter, &st);

	if (rc == 0)
		note(_("%s: figures: %zu; cells without a figure ('..') left out: %zu; "
		       "repeated figures dropped: %zu"),
		     path, st.figures, st.empty, st.repeated);
	return rc < 0 ? 1 : rc;
}

static long read_file(refset *rs, const char *path, from_kind from)
{
	return from == FROM_BRA_SOL ? read_sol(rs, path) : read_tidy(rs, path);
}

int main(int argc, char **argv)
{
	from_kind from = FROM_TIDY;
	refset *rs;
	long problems = 0;
	int first;

	trygg_init(argc, argv);
	first = cli_parse(argc, argv, &program, on_option, &from);
	rs = refset_new();
	if (first == argc)
		problems += read_file(rs, "-", from);
	for (int i = first; i < argc; i++)
		problems += read_file(rs, argv[i], from);
	if (problems) {
		refset_free(rs);
		die(EXIT_DATA, _("nothing written (problems: %ld)"), problems);
	}
	refset_write(rs, stdout);
	refset_free(rs);
	finish_stdout();
	return EXIT_OK;
}
