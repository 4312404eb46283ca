/* trygg-plan - write the situation picture (lägesbild) and a draft action
 * plan from trygg-tally's tallies, as Markdown, plain text or one
 * self-contained HTML page, in Swedish or English. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvio.h"
#include "plan/doc.h"
#include "plan/labels.h"
#include "plan/report.h"
#include "util.h"

typedef struct {
	enum doc_format format;
	const char *lang;      /* NULL: from the locale */
	const char *measures;  /* NULL: share/trygg/measures.csv */
	const char *codebook;  /* NULL: share/trygg/codebook.csv if present */
	const char *previous;
	const char *title;
	const char *period;
	const char *population;
	double min_cell;
} options;

static _Noreturn void usage(void)
{
	printf(_("Usage: %s [OPTION]... TALLY...\n"), progname);
	fputs(_("Write the situation picture and a draft action plan from tallies.\n\n"
		"  -f, --format FMT       md (default), html or txt\n"
		"  -L, --lang LANG        report language: sv or en (default: locale)\n"
		"  -m, --measures FILE    measures catalogue (default: measures.csv\n"
		"                         in the data directory)\n"
		"  -c, --codebook FILE    names of areas and places (default:\n"
		"                         codebook.csv in the data directory)\n"
		"  -p, --previous DIR     the previous period's tallies, same file names\n"
		"  -t, --title TEXT       report title\n"
		"  -P, --period TEXT      collection period, e.g. 2026-10\n"
		"  -n, --population FILE  CSV source,population for response rates\n"
		"  -k, --min-cell K       suppression threshold to state and enforce\n"
		"                         (default 5)\n"
		"  -h, --help             show this help and exit\n"
		"      --version          show the version and exit\n"), stdout);
	finish_stdout();
	exit(EXIT_OK);
}

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

static double parse_min_cell(const char *s)
{
	char *end;
	long k;

	errno = 0;
	k = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno || k < 0 || k > INT_MAX)
		usage_error(_("--min-cell needs a whole number >= 0, not '%s'"), s);
	return (double)k;
}

static void parse_options(int argc, char **argv, options *o)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'L' },
		{ "measures", required_argument, NULL, 'm' },
		{ "codebook", required_argument, NULL, 'c' },
		{ "previous", required_argument, NULL, 'p' },
		{ "title", required_argument, NULL, 't' },
		{ "period", required_argument, NULL, 'P' },
		{ "population", required_argument, NULL, 'n' },
		{ "min-cell", required_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "f:L:m:c:p:t:P:n:k:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': o->format = parse_format(optarg); break;
		case 'L': o->lang = optarg; break;
		case 'm': o->measures = optarg; break;
		case 'c': o->codebook = optarg; break;
		case 'p': o->previous = optarg; break;
		case 't': o->title = optarg; break;
		case 'P': o->period = optarg; break;
		case 'n': o->population = optarg; break;
		case 'k': o->min_cell = parse_min_cell(optarg); break;
		case 'h': usage();
		case 'V': print_version();
		default: usage_error("%s", _("invalid option"));
		}
	}
	if (o->lang && strcmp(o->lang, "sv") != 0 && strcmp(o->lang, "en") != 0)
		usage_error(_("unknown language '%s' (use sv or en)"), o->lang);
	if (optind >= argc)
		usage_error("%s", _("no tally files given"));
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

/* The default codebook is optional: without it the built-in names are
 * used.  One given with --codebook must be readable. */
static void load_codebook(const char *path, enum report_lang lang)
{
	char *def;

	if (path) {
		labels_load_codebook(path, lang);
		return;
	}
	def = trygg_data_path("codebook.csv");
	if (access(def, R_OK) == 0)
		labels_load_codebook(def, lang);
	free(def);
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

	trygg_init(argc, argv);
	parse_options(argc, argv, &o);
	set_language(o.lang);
	in.lang = report_language(&lang_code);
	num_lang = in.lang;

	load_codebook(o.codebook, in.lang);
	for (int i = optind; i < argc; i++)
		tallies_read(&cur, argv[i], o.min_cell);
	if (o.previous)
		prev = read_previous(o.previous, argv + optind, argc - optind, o.min_cell);
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
