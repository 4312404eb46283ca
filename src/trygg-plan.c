/* trygg-plan - write the situation picture (lägesbild) and a draft action
 * plan from trygg-tally's tallies, as Markdown, plain text or one
 * self-contained HTML page, in Swedish or English. */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "csvio.h"
#include "plan/doc.h"
#include "plan/labels.h"
#include "plan/report.h"
#include "profile.h"
#include "util.h"

typedef struct {
	enum doc_format format;
	const char *lang;      /* NULL: from the locale */
	const char *measures;  /* NULL: share/trygg/measures.csv */
	const char *previous;
	const char *title;
	const char *period;
	const char *population;
	double min_cell;
} options;

enum { OPT_MEASURES = CLI_LONG, OPT_PREVIOUS, OPT_PERIOD };

static const cli_option own_options[] = {
	{ 'f', "format", N_("FMT"), N_("md (default), html or txt") },
	{ 'L', "lang", N_("LANG"), N_("report language: sv or en (default: locale)") },
	{ 't', "title", N_("TEXT"), N_("report title") },
	{ OPT_PERIOD, "period", N_("TEXT"), N_("collection period, e.g. 2026-10") },
	{ OPT_PREVIOUS, "previous", N_("DIR"),
	  N_("the previous period's tallies, same file names") },
	{ 'n', "population", N_("FILE"), N_("CSV source,population for response rates") },
	{ OPT_MEASURES, "measures", N_("FILE"),
	  N_("measures catalogue (default: measures.csv\nin the data directory)") },
	{ 'm', "min-cell", N_("K"), N_("suppression threshold to state and enforce\n(default 5)") },
	{ 0 }
};

static const cli_spec program = {
	N_("[OPTION]... TALLY..."),
	N_("Write the situation picture and a draft action plan from tallies."),
	CLI_QUIET | CLI_OUTPUT | CLI_PROFILE | CLI_CODEBOOK, own_options, NULL
};

static enum doc_format parse_format(const char *s)
{
	if (strcmp(s, "md") == 0 || strcmp(s, "markdown") == 0)
		return DOC_MD;
	if (strcmp(s, "html") == 0)
		return DOC_HTML;
	if (strcmp(s, "txt") == 0 || strcmp(s, "text") == 0)
		return DOC_TXT;
	usage_error(_("unknown format '%s' (use md, html or txt)"), s);
}

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'f': o->format = parse_format(arg); break;
	case 'L': o->lang = arg; break;
	case OPT_MEASURES: o->measures = arg; break;
	case OPT_PREVIOUS: o->previous = arg; break;
	case 't': o->title = arg; break;
	case OPT_PERIOD: o->period = arg; break;
	case 'n': o->population = arg; break;
	case 'm': o->min_cell = (double)cli_parse_count("--min-cell", arg, 0, INT_MAX); break;
	}
}

static int parse_options(int argc, char **argv, options *o)
{
	int first = cli_parse(argc, argv, &program, on_option, o);

	if (o->lang && strcmp(o->lang, "sv") != 0 && strcmp(o->lang, "en") != 0)
		usage_error(_("unknown language '%s' (use sv or en)"), o->lang);
	if (first >= argc)
		usage_error("%s", _("no tally files given"));
	return first;
}

/* Switch the message catalogue to the report's language.  gettext reads
 * LANGUAGE on each lookup unless the messages locale is "C", so make sure
 * it is not, and let setlocale invalidate gettext's cache. */
static void set_language(const char *lang)
{
	const char *cur;

	if (!lang)
		return;
	setenv("LANGUAGE", lang, 1);
	cur = setlocale(LC_MESSAGES, "");
	if (!cur || strcmp(cur, "C") == 0 || strcmp(cur, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
}

/* The catalogue says which language it is: translators render this
 * msgid as their language code. */
static enum report_lang report_language(const char **code)
{
	/* TRANSLATORS: the language code of the report (HTML lang). */
	*code = _("en");
	return strcmp(*code, "sv") == 0 ? LANG_SV : LANG_EN;
}

static population_entry *read_population(const char *path, size_t *n)
{
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_UTF8 };
	csv_reader *rd = csv_open(path, &opt);
	const csv_record *r;
	population_entry *pop = NULL;
	long cs = -1, cp = -1;
	int st;

	if (!rd)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	*n = 0;
	while ((st = csv_next(rd, &r)) == 1) {
		char *end;
		if (r->nfields == 0)
			continue;
		if (cs < 0) {
			cs = csv_header_index(r, "source");
			cp = csv_header_index(r, "population");
			if (cs < 0 || cp < 0)
				die_at(EXIT_DATA, path, r->line, "%s",
				       _("a population file needs the columns source,population"));
			continue;
		}
		if ((size_t)(cs > cp ? cs : cp) >= r->nfields)
			die_at(EXIT_DATA, path, r->line, "%s", _("too few fields"));
		pop = xrealloc(pop, (*n + 1) * sizeof *pop);
		pop[*n].source = xmemdup(r->fields[cs].data, r->fields[cs].len);
		pop[*n].population = strtod(r->fields[cp].data, &end);
		if (r->fields[cp].len == 0 || *end || !(pop[*n].population > 0))
			die_at(EXIT_DATA, path, r->line, "%s",
			       _("the population must be a number above 0"));
		(*n)++;
	}
	if (st < 0)
		die_at(EXIT_DATA, path, csv_errline(rd), "%s", csv_errmsg(rd));
	csv_close(rd);
	return pop;
}

static void free_population(population_entry *pop, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(pop[i].source);
	free(pop);
}

/* DIR/basename(INPUT) for each input that has one there. */
static tally_set *read_previous(const char *dir, char **inputs, int n,
				double min_cell)
{
	tally_set *prev = xcalloc(1, sizeof *prev);
	struct stat st;

	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		die(EXIT_DATA, "%s: %s", dir, errno ? strerror(errno)
						    : _("not a directory"));
	for (int i = 0; i < n; i++) {
		const char *base = strrchr(inputs[i], '/');
		strbuf path = {0};
		sb_printf(&path, "%s/%s", dir, base ? base + 1 : inputs[i]);
		if (access(path.s, R_OK) == 0)
			tallies_read(prev, path.s, min_cell);
		sb_free(&path);
	}
	if (prev->nfiles == 0)
		warn(_("%s: none of the tally files is there; no change is shown"), dir);
	return prev;
}

/* The shipped codebooks are optional: without them the built-in names
 * are used.  One given with --codebook must be readable. */
static void load_codebook(enum report_lang lang)
{
	codebook *cb = profile_codebook(false);

	if (!cb)
		exit(EXIT_DATA); /* profile_codebook said why */
	labels_load_codebook(cb, lang);
	codebook_free(cb);
}

int main(int argc, char **argv)
{
	options o = { .format = DOC_MD, .min_cell = 5 };
	tally_set cur = {0}, *prev = NULL;
	measure_set ms = {0};
	report_input in = {0};
	population_entry *pop = NULL;
	const char *lang_code;
	char *mpath;
	doc *d;

	int first;

	trygg_init(argc, argv);
	first = parse_options(argc, argv, &o);
	set_language(o.lang);
	in.lang = report_language(&lang_code);
	num_lang = in.lang;

	load_codebook(in.lang);
	for (int i = first; i < argc; i++)
		tallies_read(&cur, argv[i], o.min_cell);
	if (o.previous)
		prev = read_previous(o.previous, argv + first, argc - first, o.min_cell);
	mpath = o.measures ? xstrdup(o.measures) : trygg_data_path("measures.csv");
	measures_load(&ms, mpath);
	measures_load_organisation(&ms);
	if (o.population)
		pop = read_population(o.population, &in.npop);

	in.cur = &cur;
	in.prev = prev && prev->nfiles ? prev : NULL;
	in.measures = &ms;
	in.pop = pop;
	in.title = o.title;
	in.period = o.period;
	in.min_cell = o.min_cell;
	d = doc_open(stdout, o.format, lang_code);
	report_write(d, &in);
	finish_stdout();

	free_population(pop, in.npop);
	free(mpath);
	measures_free(&ms);
	if (prev)
		tallies_free(prev);
	free(prev);
	tallies_free(&cur);
	labels_free();
	return EXIT_OK;
}
