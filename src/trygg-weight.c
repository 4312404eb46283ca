/* trygg-weight - rake the records to population margins.
 *
 * Two passes over the input, memory flat in the number of records: the
 * first counts the respondents of each cell of the raking dimensions (one
 * table per margin group: the pooled margins, or each channel's), the
 * weights are raked on those cells (iterative proportional fitting, with
 * trimming and re-raking when asked), and the second pass writes every
 * record with its cell's weight as the last column.  Every check that can
 * fail on the data comes before the second pass, so a failed run writes
 * nothing.  Standard input is spooled to an unlinked temporary file
 * ($TMPDIR, mode 0600) for the second pass. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvio.h"
#include "text.h"
#include "util.h"
#include "weight/classify.h"
#include "weight/margins.h"
#include "weight/rake.h"

#define WEIGHT_COLUMN "weight"
#define DEFAULT_TOLERANCE 1e-6
#define DEFAULT_MAX_ITER 100
#define MAX_MAX_ITER 1000000

/* What to do with a record that has no margins (its channel has none, or
 * one of its values is not in them). */
enum unmatched { UNMATCHED_ERROR, UNMATCHED_KEEP, UNMATCHED_DROP };

typedef struct {
	char **margins; /* --margins files */
	size_t nmargins;
	rake_params rake;
	enum unmatched unmatched;
} options;

typedef struct {
	const options *o;
	margin_set m;
	classifier cls;
	cell_table *tables;   /* one per margin group */
	rake_result *results; /* one per margin group */
	csv_header header; /* the first input's */
	long weight_col; /* an input column named weight, left out (the new
			    one is always last); -1: none */
	unsigned long long unmatched;
	char ***weight_text; /* per group, per cell: the weight as written */
} weigher;

enum { OPT_TOLERANCE = CLI_LONG, OPT_MAX_ITER, OPT_TRIM, OPT_UNMATCHED };

static const cli_option own_options[] = {
	{ 'a', "margins", N_("FILE"),
	  N_("population margins, see trygg-margins(5); may be\n"
	     "repeated (default: margins.csv of the -P profile)") },
	{ OPT_TOLERANCE, "tolerance", N_("E"),
	  N_("largest relative margin error accepted (default 1e-6)") },
	{ OPT_MAX_ITER, "max-iter", N_("N"),
	  N_("most sweeps of one raking, and most rounds of\n"
	     "raking and trimming (default 100)") },
	{ OPT_TRIM, "trim", N_("LOW,HIGH"),
	  N_("keep the weights within LOW and HIGH times the mean,\n"
	     "raking again after trimming (such as 0.3,3)") },
	{ OPT_UNMATCHED, "unmatched", N_("WHAT"),
	  N_("a record without margins: error (the default),\n"
	     "keep (with weight 1) or drop") },
	{ 0 }
};

static const cli_spec program = {
	N_("--margins FILE [OPTION]... [FILE]..."),
	N_("Rake the records to population margins: adds the column weight.\n"
	   "Reports iterations, margin error, design effect and effective n\n"
	   "per channel on standard error."),
	CLI_FILTER | CLI_PROFILE, own_options, NULL
};

/* --tolerance: a relative error, 0 < E < 1 ("1e-6" and "0.000001"). */
static double parse_tolerance(const char *s)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (*s < '0' || *s > '9' || *end != '\0' || errno || !(v > 0 && v < 1))
		usage_error("%s", _("--tolerance needs a number above 0 and below 1, "
				    "such as 1e-6"));
	return v;
}

/* --trim LOW,HIGH: plain decimals with 0 <= LOW <= 1 <= HIGH. */
static void parse_trim(const char *s, rake_params *p)
{
	size_t comma = strcspn(s, ",");
	double lo, hi;

	if (s[comma] != ',' || strchr(s + comma + 1, ',') ||
	    !parse_population(s, comma, &lo) ||
	    !parse_population(s + comma + 1, strlen(s + comma + 1), &hi) ||
	    lo > 1 || hi < 1)
		usage_error("%s", _("--trim needs LOW,HIGH with 0 <= LOW <= 1 <= HIGH, "
				    "such as 0.3,3"));
	p->trim = true;
	p->trim_low = lo;
	p->trim_high = hi;
}

static enum unmatched parse_unmatched(const char *s)
{
	if (strcmp(s, "error") == 0)
		return UNMATCHED_ERROR;
	if (strcmp(s, "keep") == 0)
		return UNMATCHED_KEEP;
	if (strcmp(s, "drop") == 0)
		return UNMATCHED_DROP;
	usage_error("%s", _("--unmatched needs error, keep or drop"));
}

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'a':
		o->margins = xrealloc(o->margins, (o->nmargins + 1) * sizeof *o->margins);
		o->margins[o->nmargins++] = xstrdup(arg);
		break;
	case OPT_TOLERANCE: o->rake.tolerance = parse_tolerance(arg); break;
	case OPT_MAX_ITER:
		o->rake.max_iter = (unsigned)cli_parse_count("--max-iter", arg, 1,
							     MAX_MAX_ITER);
		break;
	case OPT_TRIM: parse_trim(arg, &o->rake); break;
	case OPT_UNMATCHED: o->unmatched = parse_unmatched(arg); break;
	}
}

/* Without --margins: the margins.csv of the profile named by -P or
 * $TRYGG_PROFILE.  The example profile is not used by default: its
 * populations are another municipality's. */
static void profile_margins(options *o)
{
	const char *dir = cli.profile ? cli.profile : getenv("TRYGG_PROFILE");
	strbuf path = { 0 };

	if (!dir || !*dir)
		usage_error("%s", _("give the population margins with --margins FILE "
				    "(or a profile with margins.csv with -P)"));
	sb_printf(&path, "%s/margins.csv", dir);
	o->margins = xcalloc(1, sizeof *o->margins);
	o->margins[0] = path.s;
	o->nmargins = 1;
}

static int parse_options(int argc, char **argv, options *o)
{
	int first;

	o->rake.tolerance = DEFAULT_TOLERANCE;
	o->rake.max_iter = DEFAULT_MAX_ITER;
	first = cli_parse(argc, argv, &program, on_option, o);
	if (o->nmargins == 0)
		profile_margins(o);
	return first;
}

/* ---- the two passes ---- */

/* The first input's header sets the columns (both passes see it again:
 * csv_header_first then only checks it); later inputs must repeat it. */
static void read_header(weigher *w, csv_reader *r)
{
	const csv_record *h;

	if (!csv_next_or_die(r, &h) || h->nfields == 0)
		die_at(EXIT_DATA, csv_name(r), 1, "%s", _("no header line"));
	if (!csv_header_first(&w->header, h, csv_name(r)))
		return;
	w->weight_col = csv_header_index(h, WEIGHT_COLUMN);
	classifier_init(&w->cls, &w->m, h, csv_name(r));
}

/* The next data record (blank lines skipped), or NULL at the end. */
static const csv_record *next_record(weigher *w, csv_reader *r)
{
	const csv_record *rec;

	while (csv_next_or_die(r, &rec)) {
		if (rec->nfields == 0)
			continue;
		if (rec->nfields != w->header.n)
			die_at(EXIT_DATA, csv_name(r), rec->line,
			       _("expected %zu fields, found %zu"), w->header.n,
			       rec->nfields);
		return rec;
	}
	return NULL;
}

static void unmatched_record(weigher *w, const class_match *mt,
			     const csv_reader *r, long line)
{
	if (w->o->unmatched != UNMATCHED_ERROR) {
		w->unmatched++;
		return;
	}
	if (mt->kind == MATCH_NO_CHANNEL)
		die_at(EXIT_DATA, csv_name(r), line, "%s",
		       _("the record's source has no margins (see --unmatched)"));
	die_at(EXIT_DATA, csv_name(r), line,
	       _("the record's %s is not among the values in the margins "
		 "(see --unmatched)"),
	       w->m.groups[mt->group].dims[mt->dim].name);
}

static void count_cells(weigher *w, csv_reader *r)
{
	const csv_record *rec;
	class_match mt;

	read_header(w, r);
	while ((rec = next_record(w, r)) != NULL) {
		classify(&w->cls, rec, &mt);
		if (mt.kind == MATCH_OK)
			cells_add(&w->tables[mt.group], mt.cats);
		else
			unmatched_record(w, &mt, r, rec->line);
	}
}

/* A weight as written: 10 significant digits, a decimal comma with -x. */
static char *format_weight(double weight)
{
	strbuf b = { 0 };
	char *dot;

	sb_printf(&b, "%.10g", weight);
	if (csv_writer_is_excel() && (dot = strchr(b.s, '.')) != NULL)
		*dot = ',';
	return b.s;
}

/* Every record of a cell has the same weight: format each once. */
static void format_weights(weigher *w)
{
	w->weight_text = xcalloc(w->m.ngroups, sizeof *w->weight_text);
	for (size_t g = 0; g < w->m.ngroups; g++) {
		const cell_table *t = &w->tables[g];

		w->weight_text[g] = xcalloc(t->ncells + 1, sizeof **w->weight_text);
		for (size_t c = 0; c < t->ncells; c++)
			w->weight_text[g][c] = format_weight(t->weight[c]);
	}
}

static void put_weight(const weigher *w, const char *text)
{
	if (w->header.n > (w->weight_col >= 0 ? 1u : 0u))
		putchar(csv_out_delimiter(','));
	csv_put_field(stdout, text, strlen(text), ',');
	putchar('\n');
}

static void write_fields(const weigher *w, const csv_field *f, size_t n)
{
	for (size_t i = 0, col = 0; i < n; i++) {
		if ((long)i == w->weight_col)
			continue;
		if (col++ > 0)
			putchar(csv_out_delimiter(','));
		csv_put_field(stdout, f[i].data, f[i].len, ',');
	}
}

static void write_header(const weigher *w)
{
	csv_field *f = xcalloc(w->header.n, sizeof *f);

	for (size_t i = 0; i < w->header.n; i++) {
		f[i].data = w->header.names[i];
		f[i].len = strlen(w->header.names[i]);
	}
	write_fields(w, f, w->header.n);
	put_weight(w, WEIGHT_COLUMN);
	free(f);
}

/* The weight of REC as written, or NULL when the record is dropped. */
static const char *record_weight(weigher *w, const csv_record *rec,
				 const csv_reader *r)
{
	class_match mt;
	long cell;

	classify(&w->cls, rec, &mt);
	if (mt.kind != MATCH_OK)
		return w->o->unmatched == UNMATCHED_KEEP ? "1" : NULL;
	cell = cells_find(&w->tables[mt.group], mt.cats);
	if (cell < 0)
		die_at(EXIT_DATA, csv_name(r), rec->line, "%s",
		       _("the input changed between the two passes"));
	return w->weight_text[mt.group][cell];
}

static void write_weighted(weigher *w, csv_reader *r)
{
	const csv_record *rec;
	const char *weight;

	if (csv_rewind(r) < 0)
		die_at(EXIT_DATA, csv_name(r), csv_errline(r), "%s", csv_errmsg(r));
	read_header(w, r);
	while ((rec = next_record(w, r)) != NULL) {
		if ((weight = record_weight(w, rec, r)) == NULL)
			continue;
		write_fields(w, rec->fields, rec->nfields);
		put_weight(w, weight);
	}
}

/* ---- raking and the summary ---- */

static void report_failure(const margin_group *g,
			   const rake_result *res,
			   const rake_params *p)
{
	strbuf b = {0};
	const char *who = margin_group_prefix(g, &b);

	if (!res->converged)
		die(EXIT_DATA, _("%sno convergence within --max-iter %u: largest "
				 "margin error %.3g (raise --max-iter or "
				 "--tolerance)"),
		    who, p->max_iter, res->max_error);
	if (res->stalled)
		die(EXIT_DATA, _("%sthe margins cannot be met with weights of "
				 "%g to %g times the mean: raking and trimming "
				 "settle at %.4g to %.4g (widen --trim)"),
		    who, p->trim_low, p->trim_high, res->min_ratio, res->max_ratio);
	die(EXIT_DATA, _("%sthe weights are still outside %g to %g times the "
			 "mean after --max-iter %u rounds of raking and trimming "
			 "(%.4g to %.4g; raise --max-iter or widen --trim)"),
	    who, p->trim_low, p->trim_high, p->max_iter, res->min_ratio,
	    res->max_ratio);
}

static void rake_all(weigher *w)
{
	for (size_t g = 0; g < w->m.ngroups; g++) {
		const margin_group *grp = &w->m.groups[g];

		if (w->tables[g].ncells == 0)
			continue;
		rake_check_support(grp, &w->tables[g]);
		if (!rake_group(grp, &w->tables[g], &w->o->rake, &w->results[g]))
			report_failure(grp, &w->results[g], &w->o->rake);
	}
}

static void summarise_group(const weigher *w, size_t g)
{
	const margin_group *grp = &w->m.groups[g];
	const rake_result *res = &w->results[g];

	if (w->tables[g].ncells == 0) {
		note(_("%s: no records; its margins are not used"),
		     margin_group_name(grp));
		return;
	}
	note(_("%s: records %.0f, iterations %u, largest margin error "
		     "%.2g, design effect %.4g, effective n %.1f, weights %.4g "
		     "to %.4g times the mean"),
	     margin_group_name(grp), res->n, res->iterations, res->max_error,
	     rake_design_effect(res), rake_effective_n(res), res->min_ratio,
	     res->max_ratio);
	if (w->o->rake.trim)
		note(_("%s: trimmed to %g to %g times the mean, rounds of "
			     "raking %u"),
		     margin_group_name(grp), w->o->rake.trim_low,
		     w->o->rake.trim_high, res->rounds);
}

static void summarise(const weigher *w)
{
	for (size_t g = 0; g < w->m.ngroups; g++)
		summarise_group(w, g);
	if (w->unmatched && w->o->unmatched == UNMATCHED_KEEP)
		note(_("records without margins, kept with weight 1: %llu"),
		     w->unmatched);
	if (w->unmatched && w->o->unmatched == UNMATCHED_DROP)
		note(_("records without margins, dropped: %llu"),
		     w->unmatched);
}

/* ---- main ---- */

static csv_reader **open_inputs(char **paths, size_t n)
{
	csv_options copt = {.delimiter = cli.delimiter, .encoding = CSV_ENC_UTF8};
	csv_reader **r = xcalloc(n, sizeof(csv_reader *));
	bool stdin_used = false;

	for (size_t i = 0; i < n; i++) {
		if (strcmp(paths[i], "-") == 0) {
			if (stdin_used)
				usage_error("%s", _("standard input (-) can be read only once"));
			stdin_used = true;
		}
		r[i] = csv_open_or_die(paths[i], &copt);
		csv_enable_rewind(r[i]);
	}
	return r;
}

static void weigher_init(weigher *w, const options *o)
{
	memset(w, 0, sizeof *w);
	w->o = o;
	for (size_t i = 0; i < o->nmargins; i++)
		margins_load(&w->m, o->margins[i]);
	margins_check(&w->m, o->rake.tolerance);
	w->tables = xcalloc(w->m.ngroups, sizeof *w->tables);
	w->results = xcalloc(w->m.ngroups, sizeof *w->results);
	for (size_t g = 0; g < w->m.ngroups; g++)
		cells_init(&w->tables[g], w->m.groups[g].ndims);
}

static void weigher_free(weigher *w)
{
	for (size_t g = 0; w->weight_text && g < w->m.ngroups; g++) {
		for (size_t c = 0; c < w->tables[g].ncells; c++)
			free(w->weight_text[g][c]);
		free(w->weight_text[g]);
	}
	free(w->weight_text);
	for (size_t g = 0; g < w->m.ngroups; g++)
		cells_free(&w->tables[g]);
	free(w->tables);
	free(w->results);
	classifier_free(&w->cls);
	margins_free(&w->m);
	csv_header_free(&w->header);
}

int main(int argc, char **argv)
{
	options o = {0};
	weigher w;
	char *stdin_only[] = {"-"};
	char **paths;
	size_t n;
	csv_reader **in;
	int first;

	trygg_init(argc, argv);
	first = parse_options(argc, argv, &o);
	paths = first < argc ? argv + first : stdin_only;
	n = first < argc ? (size_t)(argc - first) : 1;
	weigher_init(&w, &o);
	in = open_inputs(paths, n);
	for (size_t i = 0; i < n; i++)
		count_cells(&w, in[i]);
	rake_all(&w);
	format_weights(&w);
	write_header(&w);
	for (size_t i = 0; i < n; i++) {
		write_weighted(&w, in[i]);
		csv_close_or_die(in[i]);
	}
	summarise(&w);
	free(in);
	weigher_free(&w);
	free_list(o.margins, o.nmargins);
	finish_stdout();
	return EXIT_OK;
}
