/* trygg-follow - the register of adopted measures followed up from the
 * history of monthly counts: for every measure its indicator over the
 * last twelve months, the change since the baseline, the trend over two
 * years, and a traffic light beside the status people set.
 *
 * The history is read once, keeping only the cells the register's
 * indicators need, month by month; the figures are added up from counts
 * (never averaged from percentages) with trygg-tally's arithmetic. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "codebook.h"
#include "csvio.h"
#include "follow/history.h"
#include "follow/judge.h"
#include "follow/output.h"
#include "follow/register.h"
#include "profile.h"
#include "tally/stats.h"
#include "util.h"

typedef struct {
	const char *reg;
	char **refs;
	size_t nrefs;
	char **histories;
	size_t nhistories;
	const char *period;
	bool labels, series;
	follow_options fo;
	double conf;
} options;

enum { OPT_PERIOD = CLI_LONG, OPT_CONF, OPT_LABELS, OPT_SERIES, OPT_MONTHS };

static const cli_option own_options[] = {
	{ 'R', "register", N_("FILE"), N_("the register of adopted measures (required)") },
	{ 'H', "history", N_("FILE"),
	  N_("the history of monthly counts (default: the files named,\n"
	     "or standard input)") },
	{ 'e', "reference", N_("FILE"),
	  N_("reference figures (trygg-reference(5)) for indicators\n"
	     "that name a source (repeatable)") },
	{ OPT_PERIOD, "period", N_("YYYY-MM"),
	  N_("the month followed up (default: the history's last)") },
	{ OPT_MONTHS, "months", N_("N"),
	  N_("months in a rolling figure (default 12; 1 compares months)") },
	{ 'm', "min-cell", N_("K"),
	  N_("do not show a share resting on 1 to K-1 respondents\n(default 5; 0 shows all)") },
	{ 'b', "min-base", N_("N"),
	  N_("do not show a share of fewer than N respondents (default 20)") },
	{ OPT_CONF, "conf", N_("LEVEL"), N_("interval level (default 0.95)") },
	{ OPT_LABELS, "labels", NULL,
	  N_("write the light, the status and the reason in words\nof the message language") },
	{ OPT_SERIES, "series", NULL,
	  N_("write each indicator month by month instead\n(the last 24 months, for a trend chart)") },
	{ 0 }
};

static const cli_spec program = {
	N_("-R REGISTER [OPTION]... [HISTORY]..."),
	N_("Follow up the register of adopted measures, with a traffic light for each."),
	CLI_FILTER | CLI_PROFILE, own_options,
	N_("The history is what trygg-monthly keeps in OUTDIR/history.csv.  The\n"
	   "traffic-light rules are in trygg-follow(1); -d applies to the register.")
};

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'R': o->reg = arg; break;
	case 'H':
		o->histories = xrealloc(o->histories, (o->nhistories + 1) * sizeof *o->histories);
		o->histories[o->nhistories++] = (char *)arg;
		break;
	case 'e':
		o->refs = xrealloc(o->refs, (o->nrefs + 1) * sizeof *o->refs);
		o->refs[o->nrefs++] = (char *)arg;
		break;
	case OPT_PERIOD: o->period = arg; break;
	case OPT_MONTHS:
		o->fo.window = cli_parse_count("--months", arg, 1, 120);
		break;
	case 'm':
		o->fo.min_cell = (uint64_t)cli_parse_count("--min-cell", arg, 0, 1000000000);
		break;
	case 'b':
		o->fo.min_base = (uint64_t)cli_parse_count("--min-base", arg, 0, 1000000000);
		break;
	case OPT_CONF: o->fo.conf = cli_parse_conf(arg); break;
	case OPT_LABELS: o->labels = true; break;
	case OPT_SERIES: o->series = true; break;
	}
}

static void parse_options(int argc, char **argv, options *o)
{
	o->fo.window = 12;
	o->fo.trend_months = 24;
	o->fo.min_cell = 5;
	o->fo.min_base = 20;
	o->fo.conf = 0.95;
	int first = cli_parse(argc, argv, &program, on_option, o);
	if (!o->reg)
		usage_error(_("name the register with -R"));
	if (o->period && !month_parse(o->period, &o->fo.period))
		usage_error(_("--period needs a month, YYYY-MM"));
	for (int i = first; i < argc; i++) {
		o->histories = xrealloc(o->histories, (o->nhistories + 1) * sizeof *o->histories);
		o->histories[o->nhistories++] = argv[i];
	}
	o->fo.z = conf_to_z(o->fo.conf);
}

/* The codebook the indicators are checked against: the generic one and
 * the profile's (profile.h; absent: only the column names are checked). */
static codebook *load_codebook(void)
{
	codebook *cb = profile_codebook(false);

	if (!cb)
		exit(EXIT_DATA); /* profile_codebook said why */
	return cb;
}

/* The reference figures of -e, all checked (trygg-reference(5)). */
static refset *load_references(const options *o)
{
	refset *rs;
	long problems = 0;

	if (!o->nrefs)
		return NULL;
	rs = refset_new();
	for (size_t i = 0; i < o->nrefs; i++) {
		long p = refset_load(rs, o->refs[i], NULL);
		problems += p < 0 ? 1 : p;
	}
	if (problems)
		exit(EXIT_DATA); /* refset_load said what and where */
	return rs;
}

static void open_histories(history *h, const options *o)
{
	static char *stdin_only[] = { "-" };
	char **files = o->nhistories ? o->histories : stdin_only;
	size_t n = o->nhistories ? o->nhistories : 1;

	history_open(h, files, n);
	if (!h->any)
		die(EXIT_DATA, "%s", _("the history holds no months"));
}

/* What the lights came to, and how many changes were tested (each at the
 * interval level, so some may cross it by chance). */
static void summary(const options *o, const size_t *lights, size_t tested,
		    size_t n)
{
	strbuf p = { 0 };

	month_format(&p, o->fo.period);
	note(_("%s: %zu measures: %zu green, %zu yellow, %zu red, %zu without a light"),
	     p.s, n, lights[LIGHT_GREEN], lights[LIGHT_YELLOW], lights[LIGHT_RED],
	     lights[LIGHT_NONE]);
	if (tested)
		note(_("%zu changes tested at the %g%% level: about %.1f of them could "
		       "cross it by chance alone"),
		     tested, 100 * o->fo.conf, (double)tested * (1 - o->fo.conf));
	sb_free(&p);
}

static void follow_up(const options *o, const register_set *rs,
		      const history *h, const follow_output *w)
{
	size_t lights[4] = { 0 }, tested = 0;
	measure_data *d = collect(h, rs, &o->fo, o->series);

	if (o->series) {
		write_series_header(w);
		for (size_t i = 0; i < rs->n; i++)
			write_series_rows(w, &rs->m[i], &d[i], h, &o->fo);
	} else {
		write_followup_header(w);
		for (size_t i = 0; i < rs->n; i++) {
			verdict v;

			judge_measure(&rs->m[i], &d[i], h, &o->fo, &v);
			write_followup_row(w, &rs->m[i], &v, &o->fo);
			lights[v.light]++;
			tested += v.has_change && v.change_interval;
		}
		summary(o, lights, tested, rs->n);
	}
	collect_free(d, rs->n);
}

int main(int argc, char **argv)
{
	options o = { 0 };
	register_set rs;
	history h;

	trygg_init(argc, argv);
	parse_options(argc, argv, &o);
	codebook *cb = load_codebook();
	size_t problems = register_load(&rs, o.reg, cli.delimiter, cb, o.fo.window);
	if (problems)
		die(EXIT_DATA, _("%s: %zu problems in the register"), rs.path, problems);
	o.fo.refs = load_references(&o);
	open_histories(&h, &o);
	if (!o.period)
		o.fo.period = h.last;
	follow_output w = { stdout, o.labels, csv_writer_is_excel() ? ',' : '.' };
	follow_up(&o, &rs, &h, &w);
	history_close(&h);
	register_free(&rs);
	codebook_free(cb);
	refset_free(o.fo.refs);
	free(o.refs);
	free(o.histories);
	finish_stdout();
	return EXIT_OK;
}
