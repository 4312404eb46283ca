/* trygg-plan - write the situation picture (lägesbild) and a draft action
 * plan from trygg-tally's tallies, as Markdown, plain text or one
 * self-contained HTML page, in Swedish or English. */
#include <ctype.h>
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
#include "plan/proposals.h"
#include "plan/refdata.h"
#include "plan/report.h"
#include "profile.h"
#include "text.h"
#include "util.h"

typedef struct {
	enum doc_format format;
	const char *lang;      /* NULL: from the environment */
	const char *measures;  /* NULL: share/trygg/measures.csv */
	const char *previous;
	const char *previous_period;
	const char *rolling, *rolling_before;
	const char *followup, *series, *proposals;
	const char *title;
	const char *period;
	const char *population;
	const char *quotes;
	const char **refs;     /* -e FILE, in order */
	size_t nrefs;
	bool no_quotes, allow_no_headline;
	double min_cell, min_base;
} options;

enum {
	OPT_MEASURES = CLI_LONG, OPT_PREVIOUS, OPT_PERIOD, OPT_QUOTES,
	OPT_NO_QUOTES, OPT_ALLOW_NO_HEADLINE, OPT_PREVIOUS_PERIOD, OPT_ROLLING,
	OPT_ROLLING_BEFORE, OPT_FOLLOWUP, OPT_SERIES, OPT_PROPOSALS
};

static const cli_option own_options[] = {
	{ 'f', "format", N_("FMT"), N_("md (default), html or txt") },
	{ 'L', "lang", N_("LANG"), N_("report language: sv or en (default: locale)") },
	{ 't', "title", N_("TEXT"), N_("report title") },
	{ OPT_PERIOD, "period", N_("TEXT"), N_("collection period, e.g. 2026-10") },
	{ OPT_PREVIOUS, "previous", N_("DIR"),
	  N_("the previous period's tallies: a directory\n(same file names) or one long tally file") },
	{ OPT_PREVIOUS_PERIOD, "previous-period", N_("TEXT"),
	  N_("the period --previous holds, e.g. 2025-10") },
	{ OPT_ROLLING, "rolling", N_("FILE"),
	  N_("long tally of the last 12 months") },
	{ OPT_ROLLING_BEFORE, "rolling-before", N_("FILE"),
	  N_("long tally of the 12 months before those") },
	{ OPT_FOLLOWUP, "followup", N_("FILE"),
	  N_("trygg-follow's follow-up of the adopted measures") },
	{ OPT_SERIES, "series", N_("FILE"),
	  N_("trygg-follow --series: the indicators by month") },
	{ OPT_PROPOSALS, "proposals", N_("FILE"),
	  N_("also write the new proposals as register rows") },
	{ 'n', "population", N_("FILE"), N_("CSV source,population for response rates") },
	{ OPT_MEASURES, "measures", N_("FILE"),
	  N_("measures catalogue (default: measures.csv\nin the data directory)") },
	{ 'm', "min-cell", N_("K"), N_("suppression threshold to state and enforce\n(default 5)") },
	{ 'b', "min-base", N_("N"), N_("hide shares whose base is below N\n(default 0: as the tallies give them)") },
	{ 'e', "reference", N_("FILE"),
	  N_("reference figures (trygg-reference(5)) to set\nbeside the survey's; repeatable") },
	{ OPT_QUOTES, "quotes", N_("FILE"),
	  N_("anonymised answers to quote (source, free_text,\nsuggestion, themes, mentioned_places)") },
	{ OPT_NO_QUOTES, "no-quotes", NULL, N_("no quotes in the report") },
	{ OPT_ALLOW_NO_HEADLINE, "allow-no-headline", NULL,
	  N_("write the report even when no channel's share\nunsafe can be shown") },
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
	case OPT_PREVIOUS_PERIOD: o->previous_period = arg; break;
	case OPT_ROLLING: o->rolling = arg; break;
	case OPT_ROLLING_BEFORE: o->rolling_before = arg; break;
	case OPT_FOLLOWUP: o->followup = arg; break;
	case OPT_SERIES: o->series = arg; break;
	case OPT_PROPOSALS: o->proposals = arg; break;
	case 't': o->title = arg; break;
	case OPT_PERIOD: o->period = arg; break;
	case 'n': o->population = arg; break;
	case 'm': o->min_cell = (double)cli_parse_count("--min-cell", arg, 0, INT_MAX); break;
	case 'b': o->min_base = (double)cli_parse_count("--min-base", arg, 0, INT_MAX); break;
	case 'e':
		o->refs = xrealloc(o->refs, (o->nrefs + 1) * sizeof *o->refs);
		o->refs[o->nrefs++] = arg;
		break;
	case OPT_QUOTES: o->quotes = arg; break;
	case OPT_NO_QUOTES: o->no_quotes = true; break;
	case OPT_ALLOW_NO_HEADLINE: o->allow_no_headline = true; break;
	}
}

static int parse_options(int argc, char **argv, options *o)
{
	int first = cli_parse(argc, argv, &program, on_option, o);

	if (o->lang && strcmp(o->lang, "sv") != 0 && strcmp(o->lang, "en") != 0)
		usage_error(_("unknown language '%s' (use sv or en)"), o->lang);
	if (first >= argc)
		usage_error("%s", _("no tally files given"));
	if (!o->rolling != !o->rolling_before)
		usage_error("%s", _("--rolling and --rolling-before go together"));
	if (o->series && !o->followup)
		usage_error("%s", _("--series needs --followup"));
	if (o->previous_period && !o->previous)
		usage_error("%s", _("--previous-period needs --previous"));
	return first;
}

/* sv or en from one of LANGUAGE's entries or a locale name; NULL when
 * it names neither. */
static const char *lang_of(const char *s, size_t len)
{
	if (len >= 2 && strncmp(s, "sv", 2) == 0 && (len == 2 || !isalpha((unsigned char)s[2])))
		return "sv";
	if ((len >= 2 && strncmp(s, "en", 2) == 0 && (len == 2 || !isalpha((unsigned char)s[2]))) ||
	    (len == 1 && s[0] == 'C') || (len >= 2 && strncmp(s, "C.", 2) == 0) ||
	    (len == 5 && strncmp(s, "POSIX", 5) == 0))
		return "en";
	return NULL;
}

/* The report's language without --lang: LANGUAGE (its first entry that
 * is sv or en), else the first of LC_ALL, LC_MESSAGES and LANG that is
 * set; English when none says Swedish.  Decided here rather than by
 * gettext, so that LANG=sv_SE.UTF-8 gives a Swedish report even where no
 * Swedish locale is installed. */
static const char *environment_language(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *v = getenv("LANGUAGE");

	for (const char *p = v; p && *p; p += strcspn(p, ":") + (p[strcspn(p, ":")] != 0)) {
		const char *l = lang_of(p, strcspn(p, ":"));
		if (l)
			return l;
	}
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		v = getenv(vars[i]);
		if (v && *v)
			return lang_of(v, strlen(v)) ? lang_of(v, strlen(v)) : "en";
	}
	return "en";
}

/* Switch the message catalogue to the report's language.  gettext reads
 * LANGUAGE on each lookup unless the messages locale is "C", so make sure
 * it is not, and let setlocale invalidate gettext's cache. */
static void set_language(const char *lang)
{
	const char *cur;

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

static char *optional_cell(const csv_record *r, long col)
{
	if (col < 0 || (size_t)col >= r->nfields)
		return xstrdup("");
	return xmemdup(r->fields[col].data, r->fields[col].len);
}

/* source,population and, optionally, tool and period (the survey tool
 * and collection period the sources section names). */
static population_entry *read_population(const char *path, size_t *n)
{
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_UTF8 };
	csv_reader *rd = csv_open(path, &opt);
	const csv_record *r;
	population_entry *pop = NULL;
	long cs = -1, cp = -1, ct = -1, cd = -1;
	int st;

	if (!rd)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	*n = 0;
	while ((st = csv_next(rd, &r)) == 1) {
		if (r->nfields == 0)
			continue;
		if (cs < 0) {
			cs = csv_header_index(r, "source");
			cp = csv_header_index(r, "population");
			ct = csv_header_index(r, "tool");
			cd = csv_header_index(r, "period");
			if (cs < 0 || cp < 0)
				die_at(EXIT_DATA, path, r->line, "%s",
				       _("a population file needs the columns source,population"));
			continue;
		}
		if ((size_t)(cs > cp ? cs : cp) >= r->nfields)
			die_at(EXIT_DATA, path, r->line, "%s", _("too few fields"));
		/* checked before anything is kept: a leak checker sees no
		 * half-built entry when the run stops here */
		if (!plain_decimal(r->fields[cp].data, r->fields[cp].len))
			die_at(EXIT_DATA, path, r->line, "%s",
			       _("the population must be a plain decimal number, such as 2800"));
		double population = strtod(r->fields[cp].data, NULL);
		if (!(population > 0) || population > 1e15)
			die_at(EXIT_DATA, path, r->line, "%s",
			       _("the population must be a number above 0"));
		pop = xrealloc(pop, (*n + 1) * sizeof *pop);
		pop[*n].source = xmemdup(r->fields[cs].data, r->fields[cs].len);
		pop[*n].population = population;
		pop[*n].tool = optional_cell(r, ct);
		pop[*n].period = optional_cell(r, cd);
		(*n)++;
	}
	if (st < 0)
		die_at(EXIT_DATA, path, csv_errline(rd), "%s", csv_errmsg(rd));
	csv_close(rd);
	return pop;
}

static void free_population(population_entry *pop, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(pop[i].source);
		free(pop[i].tool);
		free(pop[i].period);
	}
	free(pop);
}

/* A single tally file (the long format holds every table), or
 * DIR/basename(INPUT) for each input that has one there. */
static tally_set *read_previous(const char *dir, char **inputs, int n,
				const tally_rules *rules)
{
	tally_set *prev = xcalloc(1, sizeof *prev);
	struct stat st;

	if (stat(dir, &st) != 0)
		die(EXIT_DATA, "%s: %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode)) {
		tallies_read(prev, dir, rules);
		return prev;
	}
	for (int i = 0; i < n; i++) {
		const char *base = strrchr(inputs[i], '/');
		strbuf path = {0};
		sb_printf(&path, "%s/%s", dir, base ? base + 1 : inputs[i]);
		if (access(path.s, R_OK) == 0)
			tallies_read(prev, path.s, rules);
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

/* Without -e: the shipped figures (<datadir>/reference) and the
 * municipality profile's own (<profile>/reference), as the codebook and
 * the organisation come from there by default. */
static void default_references(ref_figures *refs)
{
	char *shipped = trygg_data_path("reference");
	strbuf local = {0};

	sb_printf(&local, "%s/reference", profile_dir());
	refs_load_dir(refs, shipped);
	refs_load_dir(refs, local.s);
	free(shipped);
	sb_free(&local);
}

static tally_set *read_one(const char *path, const tally_rules *rules)
{
	tally_set *ts = xcalloc(1, sizeof *ts);

	tallies_read(ts, path, rules);
	return ts;
}

static void free_set(tally_set *ts)
{
	if (ts)
		tallies_free(ts);
	free(ts);
}

static void read_inputs(const options *o, char **files, int nfiles,
			tally_set *cur, tally_set **prev, ref_figures *refs)
{
	tally_rules rules = { o->min_cell, o->min_base };

	for (int i = 0; i < nfiles; i++)
		tallies_read(cur, files[i], &rules);
	if (o->previous)
		*prev = read_previous(o->previous, files, nfiles, &rules);
	for (size_t i = 0; i < o->nrefs; i++)
		refs_load(refs, o->refs[i]);
	if (o->nrefs == 0)
		default_references(refs);
}

/* --rolling and --rolling-before, --followup and --series. */
static void read_year_inputs(const options *o, report_input *in, followup *f)
{
	tally_rules rules = { o->min_cell, o->min_base };

	if (o->rolling) {
		in->rolling = read_one(o->rolling, &rules);
		in->rolling_before = read_one(o->rolling_before, &rules);
	}
	if (o->followup) {
		followup_read(f, o->followup);
		in->follow = f;
	}
	if (o->series)
		followup_read_series(f, o->series);
}

/* The report leads with each channel's share unsafe; without it, it is
 * not a situation picture, unless the caller says so.  A headline that
 * was tallied but is withheld for too few answers is no error: the report
 * says so where the figure would be. */
static void check_headline(const report_input *in, const options *o)
{
	if (report_has_headline(in))
		return;
	if (report_headline_tallied(in)) {
		note("%s", _("the headline share is not shown: too few answers "
			     "(disclosure control)"));
		return;
	}
	if (!o->allow_no_headline)
		die(EXIT_DATA, "%s", _("no headline figure: the tallies hold no share "
				       "unsafe by channel that can be shown (tally safety "
				       "by source, or give --allow-no-headline)"));
	note("%s", _("no headline figure: the report is written without it "
		     "(--allow-no-headline)"));
}

int main(int argc, char **argv)
{
	options o = { .format = DOC_MD, .min_cell = 5 };
	tally_set cur = {0}, *prev = NULL;
	ref_figures refs = {0};
	measure_set ms = {0};
	report_input in = {0};
	followup follow = {0};
	population_entry *pop = NULL;
	const char *lang_code;
	char *mpath;
	doc *d;
	int first;

	trygg_init(argc, argv);
	first = parse_options(argc, argv, &o);
	set_language(o.lang ? o.lang : environment_language());
	in.lang = report_language(&lang_code);
	num_lang = in.lang;

	load_codebook(in.lang);
	read_inputs(&o, argv + first, argc - first, &cur, &prev, &refs);
	read_year_inputs(&o, &in, &follow);
	mpath = o.measures ? xstrdup(o.measures) : trygg_data_path("measures.csv");
	measures_load(&ms, mpath);
	measures_load_organisation(&ms);
	if (o.population)
		pop = read_population(o.population, &in.npop);

	in.cur = &cur;
	in.prev = prev && prev->nfiles ? prev : NULL;
	in.prev_period = o.previous_period;
	in.measures = &ms;
	in.pop = pop;
	in.refs = &refs;
	in.quotes = o.quotes;
	in.no_quotes = o.no_quotes;
	in.title = o.title;
	in.period = o.period;
	in.min_cell = o.min_cell;
	in.min_base = o.min_base;
	check_headline(&in, &o);
	if (o.proposals)
		in.proposals = proposals_open(o.proposals);
	d = doc_open(stdout, o.format, lang_code);
	report_write(d, &in);
	if (in.proposals)
		proposals_commit(in.proposals);
	finish_stdout();

	free_population(pop, in.npop);
	free(mpath);
	free(o.refs);
	refs_free(&refs);
	measures_free(&ms);
	if (prev)
		tallies_free(prev);
	free(prev);
	free_set((tally_set *)in.rolling);
	free_set((tally_set *)in.rolling_before);
	followup_free(&follow);
	tallies_free(&cur);
	labels_free();
	return EXIT_OK;
}
