/* trygg-tally - shares by group, with intervals and disclosure control.
 *
 * One pass over the records: for each breakdown (-g) a record's group key
 * is hashed once and its answers counted in that group's entry, so memory
 * grows with the number of groups, not rows.  The shares, Wilson
 * intervals, the base rule and cell suppression (solved over every table
 * of the run at once) are worked out at the end, or after --merge has
 * added up partial counts from shards or months tallied elsewhere. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvio.h"
#include "keyfile.h"
#include "tally/cellkey.h"
#include "tally/merge.h"
#include "tally/order.h"
#include "tally/output.h"
#include "tally/population.h"
#include "tally/table.h"
#include "text.h"
#include "util.h"

/* NTU: fairly unsafe, very unsafe, stays in because it feels unsafe; of
 * everyone who gave one of the answers 1-5 (9 "never goes out for other
 * reasons" and no answer are left out). */
#define DEFAULT_UNSAFE_COLUMN "safety"
#define DEFAULT_UNSAFE_CODES "3,4,5"
#define DEFAULT_UNSAFE_BASE "1,2,3,4,5"
#define DEFAULT_MIN_CELL 5
#define DEFAULT_MIN_BASE 20
#define ID_COLUMN "response_id"
#define MAX_WEIGHT_EXP 9 /* weights below 10^9 */

typedef struct {
	char **cols;
	size_t ncols;
} breakdown_spec;

typedef struct {
	breakdown_spec *bds;
	size_t nbds;
	char **vars;
	size_t nvars;
	char **unsafe;       /* --unsafe specs as given */
	size_t nunsafe;
	char **bases;        /* --base specs as given */
	size_t nbases;
	const char *weight;
	const char *key_file, *population;
	char period_from[8], period_to[8];
	out_options out;
	bool partial, merge, cell_key, min_cell_given;
} options;

/* Column positions in the current file. */
typedef struct {
	size_t nfields;
	long **group_cols;   /* per breakdown */
	long *var_cols, *if_cols;
	long weight_col, chan_col, id_col;
} layout;

enum { OPT_CONF = CLI_LONG, OPT_LONG, OPT_BASE, OPT_CELL_KEY, OPT_PERIOD };

static const cli_option own_options[] = {
	{ 'g', "group", N_("COLS"),
	  N_("group by these columns ('' for totals); repeat for\n"
	     "several breakdowns in one table (the long format)") },
	{ 'v', "variable", N_("COL"), N_("count the answers of COL (repeatable)") },
	{ 'u', "unsafe", N_("[COL=]CODES[/BASE]"),
	  N_("add the value 'unsafe': share of CODES among BASE\n"
	     "(default for safety: 3,4,5/1,2,3,4,5; '' turns it off)") },
	{ OPT_BASE, "base", N_("COL=RULE"),
	  N_("whom COL's shares are of: answered, asked or\n"
	     "nonempty:OTHER (default: asked for multi-select, else answered)") },
	{ OPT_CONF, "conf", N_("LEVEL"), N_("interval level (default 0.95)") },
	{ 'w', "weight", N_("COL"), N_("weight each record by COL") },
	{ 'n', "population", N_("FILE"),
	  N_("CSV source,population: finite-population correction") },
	{ 'm', "min-cell", N_("K"),
	  N_("suppress counts of 1 to K-1 respondents\n"
	     "(default 5; 0 turns suppression off)") },
	{ 'b', "min-base", N_("N"),
	  N_("withhold shares of fewer than N respondents (default 20)") },
	{ OPT_CELL_KEY, "cell-key", NULL,
	  N_("perturb counts by the cell-key method instead (needs --key)") },
	{ 'K', "key", N_("FILE"), N_("secret key for --cell-key (mode 600)") },
	{ OPT_LONG, "long", NULL, N_("the long format even for one breakdown") },
	{ 'p', "partial", NULL, N_("write additive partial counts") },
	{ 'M', "merge", NULL, N_("add up partial counts and finish") },
	{ OPT_PERIOD, "period", N_("FROM[..TO]"),
	  N_("with --merge: only these months (YYYY-MM) of a history") },
	{ 0 }
};

static const cli_spec program = {
	N_("-g COL[,COL...] [-g COLS...] -v COL [-v COL...] [OPTION]... [FILE]...\n"
	   "--merge [--period FROM..TO] [OPTION]... [PARTIAL]..."),
	N_("Count answers by group: shares with Wilson intervals and small cells suppressed."),
	CLI_FILTER | CLI_PROFILE | CLI_CODEBOOK, own_options,
	N_("The codebook (the shipped one, the profile's and -k's) orders the codes.\n"
	   "Make a key with:\n"
	   "  head -c 32 /dev/urandom > tally.key && chmod 600 tally.key")
};

static void add_item(char ***list, size_t *n, const char *s)
{
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	(*list)[(*n)++] = xstrdup(s);
}

static bool same_columns(const breakdown_spec *a, char **cols, size_t n)
{
	if (a->ncols != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (strcmp(a->cols[i], cols[i]) != 0)
			return false;
	return true;
}

static void add_breakdown(options *o, const char *arg)
{
	size_t n;
	char **cols = split_list(arg, ',', &n);

	for (size_t i = 0; i < o->nbds; i++)
		if (same_columns(&o->bds[i], cols, n)) {
			/* freed first: else the sanitiser's leak check may report the
			 * list at exit (as it did, now and then, in make check-asan) and
			 * turn the usage error's status 2 into 1 */
			free_list(cols, n);
			usage_error(_("the same breakdown is given twice with -g"));
		}
	o->bds = xrealloc(o->bds, (o->nbds + 1) * sizeof *o->bds);
	o->bds[o->nbds++] = (breakdown_spec){ cols, n };
}

/* YYYY-MM, or YYYY-MM..YYYY-MM with FROM <= TO. */
static void parse_period(options *o, const char *s)
{
	const char *dots = strstr(s, "..");
	size_t n1 = dots ? (size_t)(dots - s) : strlen(s);
	const char *to = dots ? dots + 2 : s;
	bool ok = n1 == 7 && strlen(to) == 7;

	for (size_t i = 0; ok && i < 7; i++)
		ok = i == 4 ? s[i] == '-' && to[i] == '-'
			    : s[i] >= '0' && s[i] <= '9' && to[i] >= '0' && to[i] <= '9';
	ok = ok && strncmp(s + 5, "01", 2) >= 0 && strncmp(s + 5, "12", 2) <= 0 &&
	     strncmp(to + 5, "01", 2) >= 0 && strncmp(to + 5, "12", 2) <= 0 &&
	     strncmp(s, to, 7) <= 0;
	if (!ok)
		usage_error(_("--period needs a month YYYY-MM or months FROM..TO"));
	memcpy(o->period_from, s, 7);
	memcpy(o->period_to, to, 7);
}

static void check_options(const options *o)
{
	if (o->partial && o->merge)
		usage_error(_("--partial and --merge exclude each other"));
	if (o->merge && (o->nbds || o->nvars || o->nunsafe || o->weight || o->nbases))
		usage_error(_("--merge takes the groups, variables and weights from the partial counts"));
	if (!o->merge && o->nvars == 0)
		usage_error(_("name at least one variable with -v"));
	if (o->partial && cli.excel)
		usage_error(_("--partial writes counts for --merge, not for spreadsheets: "
			      "leave out --excel"));
	if (o->period_from[0] && !o->merge)
		usage_error(_("--period goes with --merge"));
	if (o->key_file && !o->cell_key)
		usage_error(_("--key goes with --cell-key"));
	if (o->cell_key && !o->key_file && !o->merge)
		usage_error(_("--cell-key needs --key"));
	if (o->cell_key && o->min_cell_given)
		usage_error(_("--cell-key perturbs counts instead of suppressing them: "
			      "leave out --min-cell"));
}

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'g': add_breakdown(o, arg); break;
	case 'v': add_item(&o->vars, &o->nvars, arg); break;
	case 'u': add_item(&o->unsafe, &o->nunsafe, arg); break;
	case OPT_BASE: add_item(&o->bases, &o->nbases, arg); break;
	case OPT_CONF: o->out.pub.z = conf_to_z(cli_parse_conf(arg)); break;
	case 'w': o->weight = arg; break;
	case 'n': o->population = arg; break;
	case 'm':
		o->out.pub.min_cell = (uint64_t)cli_parse_count("--min-cell", arg, 0, 1000000000);
		o->min_cell_given = true;
		break;
	case 'b':
		o->out.pub.min_base = (uint64_t)cli_parse_count("--min-base", arg, 0, 1000000000);
		break;
	case OPT_CELL_KEY: o->cell_key = true; break;
	case 'K': o->key_file = arg; break;
	case OPT_LONG: o->out.long_form = true; break;
	case 'p': o->partial = true; break;
	case 'M': o->merge = true; break;
	case OPT_PERIOD: parse_period(o, arg); break;
	}
}

static int parse_options(int argc, char **argv, options *o)
{
	int first;

	o->out.pub.min_cell = DEFAULT_MIN_CELL;
	o->out.pub.min_base = DEFAULT_MIN_BASE;
	o->out.pub.z = conf_to_z(0.95);
	first = cli_parse(argc, argv, &program, on_option, o);
	check_options(o);
	o->out.pub.cellkey = o->cell_key;
	if (o->cell_key)
		o->out.pub.min_cell = 0;
	if (o->nbds == 0)
		add_breakdown(o, ""); /* totals */
	return first;
}

/* ---- --unsafe and --base ---- */

/* The variables SPEC ("[COL=]...") applies to: COL, or every variable
 * not DONE yet.  Returns the text after "COL=". */
static const char *spec_target(const tally *t, const char *spec,
			       size_t v, const bool *done, bool *applies)
{
	const char *eq = strchr(spec, '=');
	const char *name = t->vars[v].name;

	*applies = eq ? strncmp(spec, name, (size_t)(eq - spec)) == 0 &&
			name[eq - spec] == '\0'
		      : !done[v];
	return eq ? eq + 1 : spec;
}

/* Apply "[COL=]CODES[/BASE]" to the variables it names (all when no COL). */
static void apply_unsafe_spec(tally *t, const char *spec, bool *done)
{
	bool matched = false;

	for (size_t v = 0; v < t->nvars; v++) {
		tally_var *var = &t->vars[v];
		bool applies;
		const char *codes = spec_target(t, spec, v, done, &applies);
		const char *slash = strchr(codes, '/');
		size_t ncodes, nbase = 0;

		if (!applies)
			continue;
		char *c = slash ? xmemdup(codes, (size_t)(slash - codes)) : xstrdup(codes);
		char **cl = split_list(c, ',', &ncodes);
		char **bl = slash ? split_list(slash + 1, ',', &nbase) : NULL;
		free(c);
		tally_set_unsafe(var, cl, ncodes, bl, nbase);
		free_list(cl, ncodes);
		free_list(bl, nbase);
		done[v] = matched = true;
	}
	if (strchr(spec, '=') && !matched)
		usage_error(_("--unsafe names a column that is not counted with -v"));
}

static void apply_unsafe_default(tally *t, const bool *done)
{
	for (size_t v = 0; v < t->nvars; v++) {
		size_t nc, nb;

		if (done[v] || strcmp(t->vars[v].name, DEFAULT_UNSAFE_COLUMN) != 0)
			continue;
		char **codes = split_list(DEFAULT_UNSAFE_CODES, ',', &nc);
		char **base = split_list(DEFAULT_UNSAFE_BASE, ',', &nb);
		tally_set_unsafe(&t->vars[v], codes, nc, base, nb);
		free_list(codes, nc);
		free_list(base, nb);
	}
}

static void setup_unsafe(tally *t, const options *o)
{
	bool *done = xcalloc(t->nvars + 1, sizeof *done);

	/* Column-specific specs first, so that a general one fills the rest. */
	for (size_t i = 0; i < o->nunsafe; i++)
		if (strchr(o->unsafe[i], '='))
			apply_unsafe_spec(t, o->unsafe[i], done);
	for (size_t i = 0; i < o->nunsafe; i++)
		if (!strchr(o->unsafe[i], '='))
			apply_unsafe_spec(t, o->unsafe[i], done);
	apply_unsafe_default(t, done);
	free(done);
}

/* --base COL=answered|asked|nonempty:OTHER */
static void apply_base_spec(tally *t, const char *spec)
{
	const char *eq = strchr(spec, '=');
	const char *rule = eq ? eq + 1 : "";
	bool matched = false;

	for (size_t v = 0; eq && v < t->nvars; v++) {
		tally_var *var = &t->vars[v];

		if (strncmp(spec, var->name, (size_t)(eq - spec)) != 0 ||
		    var->name[eq - spec] != '\0')
			continue;
		matched = true;
		if (strcmp(rule, "answered") == 0) {
			tally_set_base(var, BASE_ANSWERED, NULL);
		} else if (strcmp(rule, "asked") == 0) {
			tally_set_base(var, BASE_ASKED, NULL);
		} else if (strncmp(rule, "nonempty:", 9) == 0 && rule[9]) {
			tally_set_base(var, BASE_IF, rule + 9);
		} else {
			matched = false;
			break;
		}
	}
	if (!eq || !matched)
		usage_error(_("--base needs COL=answered, COL=asked or COL=nonempty:OTHER "
			      "for a column counted with -v"));
}

/* ---- reading records ---- */

static _Noreturn void unknown_column(const char *file, const csv_record *h,
				     const char *name)
{
	/* Only the number of columns: without a header line, the first record
	 * would be quoted here, and it may hold personal data. */
	die_at(EXIT_DATA, file, 1,
	       _("no column named %s (the first line has %zu columns; is it a header?)"),
	       name, h->nfields);
}

static long find_column(const char *file, const csv_record *h, const char *name)
{
	long i = csv_header_index(h, name);

	if (i < 0)
		unknown_column(file, h, name);
	return i;
}

static void read_layout(layout *lay, const char *file, const csv_record *h,
			const options *o, const tally *t)
{
	lay->nfields = h->nfields;
	for (size_t b = 0; b < o->nbds; b++)
		for (size_t i = 0; i < o->bds[b].ncols; i++)
			lay->group_cols[b][i] = find_column(file, h, o->bds[b].cols[i]);
	for (size_t v = 0; v < t->nvars; v++) {
		const tally_var *var = &t->vars[v];

		lay->var_cols[v] = find_column(file, h, var->name);
		lay->if_cols[v] = var->rule == BASE_IF ? find_column(file, h, var->base_col)
						       : -1;
	}
	lay->weight_col = o->weight ? find_column(file, h, o->weight) : -1;
	lay->id_col = o->cell_key ? find_column(file, h, ID_COLUMN) : -1;
	/* The channel is optional: without it, all records are one channel. */
	lay->chan_col = csv_header_index(h, CHANNEL_COLUMN);
}

static wide_t record_weight(const csv_reader *r, const csv_record *rec,
			    long col)
{
	const csv_field *f = &rec->fields[col];
	wide_t w = 0;

	switch (parse_fixed(f->data, f->len, WEIGHT_DIGITS, MAX_WEIGHT_EXP, &w)) {
	case FIXED_OK:
		return w;
	case FIXED_NEGATIVE:
		die_at(EXIT_DATA, csv_name(r), rec->line, "%s", _("the weight is negative"));
	case FIXED_TOO_LARGE:
		die_at(EXIT_DATA, csv_name(r), rec->line, "%s",
		       _("the weight is too large (weights must be below 1000000000)"));
	default:
		die_at(EXIT_DATA, csv_name(r), rec->line, "%s", _("the weight is not a number"));
	}
}

/* The input is read unchecked (the free text need not be looked at);
 * what is printed, the group values and codes, is checked to be UTF-8
 * once, when it is first seen. */
static void check_field(const csv_reader *r, const csv_record *rec, long col,
			bool several)
{
	const csv_field *f = &rec->fields[col];

	if (!utf8_valid(f->data, f->len, NULL))
		die_at(EXIT_DATA, csv_name(r), rec->line, "%s", _("invalid UTF-8"));
	if (several && memchr(f->data, '|', f->len))
		die_at(EXIT_DATA, csv_name(r), rec->line, "%s",
		       _("a value of a breakdown by several columns holds '|', "
			 "which joins them in the output"));
}

typedef struct {
	tally *t;
	const layout *lay;
	const options *o;
	const csv_reader *r;
	const unsigned char *key;
} reading;

/* A breakdown by several columns is a cross-table of the records that have
 * a value in each of them (the intercepts' site by time leaves out the
 * records of other channels, which have no site): cells of "no answer"
 * crossed with something else say little and tie the table to the others
 * by sums that cost shown shares in disclosure control. */
static bool lacks_a_value(const csv_record *rec, const long *cols, size_t nc)
{
	for (size_t i = 0; i < nc; i++)
		if (rec->fields[cols[i]].len == 0)
			return true;
	return false;
}

static void count_breakdowns(const reading *rd, const csv_record *rec,
			     wide_t w, uint32_t rk)
{
	tally *t = rd->t;

	for (size_t b = 0; b < t->nbds; b++) {
		const long *cols = rd->lay->group_cols[b];
		size_t nc = t->bds[b].ncols;
		bool is_new;

		if (nc > 1 && lacks_a_value(rec, cols, nc))
			continue;
		tally_key_clear(t);
		for (size_t i = 0; i < nc; i++) {
			const csv_field *f = &rec->fields[cols[i]];
			tally_key_add(t, f->data, f->len);
		}
		size_t g = tally_group(t, b, &is_new);
		for (size_t i = 0; is_new && i < nc; i++)
			check_field(rd->r, rec, cols[i], nc > 1);
		if (!tally_record_count(t, b, g, w, rk))
			die_at(EXIT_DATA, csv_name(rd->r), rec->line, "%s",
			       _("the weights add up to more than trygg-tally can hold"));
	}
}

/* The hot loop: no allocation unless a new group or code appears. */
static void count_record(const reading *rd, const csv_record *rec)
{
	tally *t = rd->t;
	const layout *lay = rd->lay;
	uint32_t rk = 0;

	if (rec->nfields != lay->nfields)
		die_at(EXIT_DATA, csv_name(rd->r), rec->line,
		       _("the record has %zu fields, the header %zu"), rec->nfields,
		       lay->nfields);
	wide_t w = lay->weight_col >= 0 ? record_weight(rd->r, rec, lay->weight_col) : 0;
	tally_record_begin(t);
	if (lay->chan_col >= 0)
		tally_record_channel(t, rec->fields[lay->chan_col].data,
				     rec->fields[lay->chan_col].len);
	else
		tally_record_channel(t, "", 0);
	for (size_t v = 0; v < t->nvars; v++) {
		const csv_field *f = &rec->fields[lay->var_cols[v]];
		bool filled = lay->if_cols[v] >= 0 && rec->fields[lay->if_cols[v]].len > 0;

		if (tally_record_answer(t, v, f->data, f->len, filled))
			check_field(rd->r, rec, lay->var_cols[v], false);
	}
	if (lay->id_col >= 0) {
		const csv_field *id = &rec->fields[lay->id_col];
		rk = ck_record_key(rd->key, id->data, id->len);
	}
	count_breakdowns(rd, rec, w, rk);
}

static void tally_file(reading *rd, layout *lay, const char *path)
{
	const csv_options copt = { cli.delimiter, CSV_ENC_RAW, false };
	csv_reader *r = csv_open_or_die(path, &copt);
	const csv_record *rec;

	if (!csv_next_or_die(r, &rec))
		die(EXIT_DATA, _("%s: empty input (no header line)"), csv_name(r));
	read_layout(lay, csv_name(r), rec, rd->o, rd->t);
	rd->r = r;
	while (csv_next_or_die(r, &rec))
		if (rec->nfields > 0)
			count_record(rd, rec);
	csv_close_or_die(r);
}

static tally *new_tally(const options *o)
{
	tally *t = tally_new(o->weight != NULL);

	for (size_t b = 0; b < o->nbds; b++)
		tally_add_breakdown(t, o->bds[b].cols, o->bds[b].ncols);
	for (size_t v = 0; v < o->nvars; v++)
		tally_add_variable(t, o->vars[v]);
	setup_unsafe(t, o);
	for (size_t i = 0; i < o->nbases; i++)
		apply_base_spec(t, o->bases[i]);
	return t;
}

static tally *tally_inputs(const options *o, char **files, size_t nfiles,
				  const unsigned char *key)
{
	tally *t = new_tally(o);
	layout lay = { 0 };
	reading rd = { t, &lay, o, NULL, key };

	lay.group_cols = xmalloc((o->nbds + 1) * sizeof *lay.group_cols);
	for (size_t b = 0; b < o->nbds; b++)
		lay.group_cols[b] = xmalloc((o->bds[b].ncols + 1) * sizeof **lay.group_cols);
	lay.var_cols = xmalloc((t->nvars + 1) * sizeof *lay.var_cols);
	lay.if_cols = xmalloc((t->nvars + 1) * sizeof *lay.if_cols);
	for (size_t i = 0; i < nfiles; i++)
		tally_file(&rd, &lay, files[i]);
	for (size_t b = 0; b < o->nbds; b++)
		free(lay.group_cols[b]);
	free(lay.group_cols);
	free(lay.var_cols);
	free(lay.if_cols);
	return t;
}

static tally *merge_inputs(const options *o, char **files, size_t nfiles)
{
	merger m;

	merger_init(&m, o->period_from[0] ? o->period_from : NULL,
		    o->period_to[0] ? o->period_to : NULL);
	for (size_t i = 0; i < nfiles; i++)
		merge_file(&m, files[i]);
	if (!m.t || !m.any)
		die(EXIT_DATA, "%s", o->period_from[0]
			? _("no partial counts of those months to merge")
			: _("no partial counts to merge"));
	if (o->cell_key && m.keyed != 1)
		die(EXIT_DATA, "%s", _("--cell-key needs partial counts made with --cell-key"));
	merge_check(&m);
	return m.t;
}

/* ---- the summary on standard error ---- */

static void report_outside(const tally *t)
{
	for (size_t v = 0; v < t->nvars; v++)
		if (t->vars[v].outside)
			note(_("%s: answers outside the base (%s empty), not counted: %llu"),
			     t->vars[v].name, t->vars[v].base_col,
			     (unsigned long long)t->vars[v].outside);
}

static void report_suppression(const options *o, const sup_stats *st)
{
	const pub_options *p = &o->out.pub;

	if (o->cell_key)
		note(_("cell-key method: every count above 0 perturbed by at most %d, "
		       "the same cell the same in every table; parts need not add up "
		       "to totals"), CK_MAX);
	else if (p->min_cell == 0)
		warn("%s", _("disclosure control is off (--min-cell 0)"));
	else
		note(_("disclosure control: counts of 1 to %llu respondents suppressed, "
		       "and further counts so that none can be worked out from all the "
		       "tables: %zu primary, %zu secondary (%zu of them headline shares)"),
		     (unsigned long long)(p->min_cell - 1), st->primary, st->secondary,
		     st->headline);
	if (p->min_base > 0)
		note(_("base rule: shares of fewer than %llu respondents withheld: %zu rows"),
		     (unsigned long long)p->min_base, st->small_base);
	if (st->withheld_tables)
		note(_("tables left out whole because a withheld count in them could "
		       "not be protected otherwise: %zu (see trygg-tally(1))"),
		     st->withheld_tables);
	if (st->exposed)
		warn(_("withheld counts of 1 to %llu that could not be protected: %zu "
		       "(see trygg-tally(1))"), (unsigned long long)(p->min_cell - 1),
		     st->exposed);
}

static void free_options(options *o)
{
	for (size_t b = 0; b < o->nbds; b++)
		free_list(o->bds[b].cols, o->bds[b].ncols);
	free(o->bds);
	free_list(o->vars, o->nvars);
	free_list(o->unsafe, o->nunsafe);
	free_list(o->bases, o->nbases);
}

int main(int argc, char **argv)
{
	options o = { 0 };
	static char *stdin_only[] = { "-" };
	unsigned char key[KEYFILE_BYTES];
	population *pop = NULL;
	tally *t;
	codebook *cb;

	trygg_init(argc, argv);
	int first = parse_options(argc, argv, &o);
	char **files = first < argc ? argv + first : stdin_only;
	size_t nfiles = first < argc ? (size_t)(argc - first) : 1;

	if (o.key_file)
		keyfile_read(o.key_file, key);
	if (o.population && !o.partial)
		o.out.pub.pop = pop = population_read(o.population);
	cb = order_codebook();
	t = o.merge ? merge_inputs(&o, files, nfiles)
		    : tally_inputs(&o, files, nfiles, o.key_file ? key : NULL);
	if (o.partial) {
		tally_write_partial(t, cb, o.cell_key, stdout);
	} else {
		sup_stats st = {0};
		tally_write(t, cb, &o.out, stdout, &st);
		report_outside(t);
		report_suppression(&o, &st);
	}
	tally_free(t);
	codebook_free(cb);
	population_free(pop);
	free_options(&o);
	finish_stdout();
	return EXIT_OK;
}
