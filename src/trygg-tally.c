/* trygg-tally - shares by group, with intervals and disclosure control.
 *
 * One pass over the records: each record's group key is hashed once and
 * its answers counted in that group's entry, so memory grows with the
 * number of groups, not rows.  The shares, Wilson intervals and cell
 * suppression are worked out at the end (or after --merge has added up
 * partial counts from shards tallied elsewhere). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvio.h"
#include "tally/merge.h"
#include "tally/order.h"
#include "tally/output.h"
#include "tally/table.h"
#include "text.h"
#include "util.h"

/* NTU: fairly unsafe, very unsafe, stays in because it feels unsafe; of
 * everyone who gave one of the answers 1-5 (9 "never goes out for other
 * reasons" and no answer are left out). */
#define DEFAULT_UNSAFE_COLUMN "safety"
#define DEFAULT_UNSAFE_CODES "3,4,5"
#define DEFAULT_UNSAFE_BASE "1,2,3,4,5"
#define MAX_WEIGHT_EXP 9 /* weights below 10^9 */

typedef struct {
	char **groups;
	size_t ngroups;
	char **vars;
	size_t nvars;
	char **unsafe;       /* --unsafe specs as given */
	size_t nunsafe;
	const char *weight;
	struct out_options out;
	bool have_group;
	bool partial, merge;
} options;

/* Column positions in the current file. */
typedef struct {
	size_t nfields;
	long *group_cols, *var_cols;
	long weight_col;
} layout;

enum { OPT_CONF = CLI_LONG };

static const cli_option own_options[] = {
	{ 'g', "group", N_("COLS"), N_("group by these columns ('' for totals)") },
	{ 'v', "variable", N_("COL"), N_("count the answers of COL (repeatable)") },
	{ 'u', "unsafe", N_("[COL=]CODES[/BASE]"),
	  N_("add the value 'unsafe': share of CODES among BASE\n"
	     "(default for safety: 3,4,5/1,2,3,4,5; '' turns it off)") },
	{ OPT_CONF, "conf", N_("LEVEL"), N_("interval level (default 0.95)") },
	{ 'w', "weight", N_("COL"), N_("weight each record by COL") },
	{ 'm', "min-cell", N_("K"),
	  N_("suppress cells with fewer than K respondents\n"
	     "(default 5; 0 turns suppression off)") },
	{ 'p', "partial", NULL, N_("write additive partial counts") },
	{ 'M', "merge", NULL, N_("add up partial counts and finish") },
	{ 0 }
};

static const cli_spec program = {
	N_("-g COL[,COL...] -v COL [-v COL...] [OPTION]... [FILE]...\n"
	   "--merge [OPTION]... [PARTIAL]..."),
	N_("Count answers by group: shares with Wilson intervals and small cells suppressed."),
	CLI_FILTER | CLI_PROFILE | CLI_CODEBOOK, own_options,
	N_("The codebook (the shipped one, the profile's and -k's) orders the codes.")
};

static double parse_conf(const char *s)
{
	char *end;
	double c;

	errno = 0;
	c = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || errno || !(c > 0 && c < 1))
		usage_error(_("--conf needs a level between 0 and 1, such as 0.95"));
	return c;
}

static void add_item(char ***list, size_t *n, const char *s)
{
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	(*list)[(*n)++] = xstrdup(s);
}

static void check_options(const options *o)
{
	if (o->partial && o->merge)
		usage_error(_("--partial and --merge exclude each other"));
	if (o->merge && (o->have_group || o->nvars || o->nunsafe || o->weight))
		usage_error(_("--merge takes the groups, variables and weights from the partial counts"));
	if (!o->merge && o->nvars == 0)
		usage_error(_("name at least one variable with -v"));
}

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'g':
		free_list(o->groups, o->ngroups);
		o->groups = split_list(arg, ',', &o->ngroups);
		o->have_group = true;
		break;
	case 'v': add_item(&o->vars, &o->nvars, arg); break;
	case 'u': add_item(&o->unsafe, &o->nunsafe, arg); break;
	case OPT_CONF: o->out.z = conf_to_z(parse_conf(arg)); break;
	case 'w': o->weight = arg; break;
	case 'm': o->out.min_cell = (uint64_t)cli_parse_count("--min-cell", arg, 0, 1000000000); break;
	case 'p': o->partial = true; break;
	case 'M': o->merge = true; break;
	}
}

static int parse_options(int argc, char **argv, options *o)
{
	int first;

	o->out.min_cell = 5;
	o->out.z = conf_to_z(0.95);
	first = cli_parse(argc, argv, &program, on_option, o);
	check_options(o);
	return first;
}

/* ---- --unsafe ---- */

/* Apply "[COL=]CODES[/BASE]" to the variables it names (all when no COL). */
static void apply_unsafe_spec(struct tally *t, const char *spec, bool *done)
{
	const char *eq = strchr(spec, '=');
	const char *codes = eq ? eq + 1 : spec;
	const char *slash = strchr(codes, '/');
	size_t ncodes, nbase = 0;
	bool matched = false;

	for (size_t v = 0; v < t->nvars; v++) {
		struct variable *var = &t->vars[v];
		if (eq ? strncmp(spec, var->name, (size_t)(eq - spec)) != 0 ||
			 var->name[eq - spec] != '\0'
		       : done[v])
			continue;
		char *c = slash ? xmemdup(codes, (size_t)(slash - codes)) : xstrdup(codes);
		char **cl = split_list(c, ',', &ncodes);
		char **bl = slash ? split_list(slash + 1, ',', &nbase) : NULL;
		free(c);
		free_list(var->unsafe_codes, var->nunsafe);
		free_list(var->base_codes, var->nbase);
		tally_set_unsafe(var, cl, ncodes, bl, nbase);
		done[v] = matched = true;
	}
	if (eq && !matched)
		usage_error(_("--unsafe names a column that is not counted with -v"));
}

static void apply_unsafe_default(struct tally *t, const bool *done)
{
	for (size_t v = 0; v < t->nvars; v++) {
		size_t nc, nb;

		if (done[v] || strcmp(t->vars[v].name, DEFAULT_UNSAFE_COLUMN) != 0)
			continue;
		char **codes = split_list(DEFAULT_UNSAFE_CODES, ',', &nc);
		char **base = split_list(DEFAULT_UNSAFE_BASE, ',', &nb);
		tally_set_unsafe(&t->vars[v], codes, nc, base, nb);
	}
}

static void setup_unsafe(struct tally *t, const options *o)
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
			const options *o)
{
	lay->nfields = h->nfields;
	for (size_t i = 0; i < o->ngroups; i++)
		lay->group_cols[i] = find_column(file, h, o->groups[i]);
	for (size_t i = 0; i < o->nvars; i++)
		lay->var_cols[i] = find_column(file, h, o->vars[i]);
	lay->weight_col = o->weight ? find_column(file, h, o->weight) : -1;
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
static void check_utf8(const csv_reader *r, const csv_record *rec,
		       const long *cols, size_t ncols)
{
	for (size_t i = 0; i < ncols; i++) {
		const csv_field *f = &rec->fields[cols[i]];

		if (!utf8_valid(f->data, f->len, NULL))
			die_at(EXIT_DATA, csv_name(r), rec->line, "%s", _("invalid UTF-8"));
	}
}

/* The hot loop: no allocation unless a new group or code appears. */
static void count_record(struct tally *t, const layout *lay,
			 const csv_reader *r, const csv_record *rec)
{
	bool new_group, new_code = false;

	wide_t w = lay->weight_col >= 0 ? record_weight(r, rec, lay->weight_col) : 0;

	if (rec->nfields != lay->nfields)
		die_at(EXIT_DATA, csv_name(r), rec->line,
		       _("the record has %zu fields, the header %zu"), rec->nfields,
		       lay->nfields);
	t->records++;
	tally_key_clear(t);
	for (size_t i = 0; i < t->ngroupcols; i++) {
		const csv_field *f = &rec->fields[lay->group_cols[i]];
		tally_key_add(t, f->data, f->len);
	}
	size_t g = tally_group(t, &new_group);
	if (new_group)
		check_utf8(r, rec, lay->group_cols, t->ngroupcols);
	for (size_t v = 0; v < t->nvars; v++) {
		const csv_field *f = &rec->fields[lay->var_cols[v]];
		new_code |= tally_add_answer(t, g, v, f->data, f->len, w);
	}
	if (new_code)
		check_utf8(r, rec, lay->var_cols, t->nvars);
}

static void tally_file(struct tally *t, layout *lay, const char *path,
		       const options *o)
{
	const csv_options copt = { cli.delimiter, CSV_ENC_RAW, false };
	csv_reader *r = csv_open_or_die(path, &copt);
	const csv_record *rec;

	if (!csv_next_or_die(r, &rec))
		die(EXIT_DATA, _("%s: empty input (no header line)"), csv_name(r));
	read_layout(lay, csv_name(r), rec, o);
	while (csv_next_or_die(r, &rec))
		if (rec->nfields > 0)
			count_record(t, lay, r, rec);
	csv_close_or_die(r);
}

static struct tally *tally_inputs(options *o, char **files, size_t nfiles)
{
	/* The tally owns the group names; main drops its pointer. */
	struct tally *t = tally_new(o->groups, o->ngroups, o->weight != NULL);
	layout lay = { 0 };

	for (size_t v = 0; v < o->nvars; v++)
		tally_add_variable(t, o->vars[v]);
	setup_unsafe(t, o);
	lay.group_cols = xmalloc((o->ngroups + 1) * sizeof *lay.group_cols);
	lay.var_cols = xmalloc((o->nvars + 1) * sizeof *lay.var_cols);
	for (size_t i = 0; i < nfiles; i++)
		tally_file(t, &lay, files[i], o);
	free(lay.group_cols);
	free(lay.var_cols);
	return t;
}

static struct tally *merge_inputs(char **files, size_t nfiles)
{
	struct merger m = { NULL, -1 };

	for (size_t i = 0; i < nfiles; i++)
		merge_file(&m, files[i]);
	if (!m.t)
		die(EXIT_DATA, "%s", _("no partial counts to merge"));
	return m.t;
}

static void report_suppression(const options *o, const struct sup_stats *st)
{
	if (o->out.min_cell == 0) {
		warn("%s", _("disclosure control is off (--min-cell 0)"));
		return;
	}
	note(_("disclosure control: counts of 1 to %llu respondents suppressed, "
	       "and further cells so that none can be worked out from the base or "
	       "the other cells: %zu primary, %zu secondary"),
	     (unsigned long long)(o->out.min_cell - 1), st->primary, st->secondary);
	if (st->exposed)
		warn(_("suppressed counts still revealed by the printed bases: %zu "
		       "(see trygg-tally(1))"), st->exposed);
}

int main(int argc, char **argv)
{
	options o = { 0 };
	static char *stdin_only[] = { "-" };
	struct tally *t;
	codebook *cb;

	trygg_init(argc, argv);
	int first = parse_options(argc, argv, &o);
	char **files = first < argc ? argv + first : stdin_only;
	size_t nfiles = first < argc ? (size_t)(argc - first) : 1;

	cb = order_codebook();
	if (o.merge) {
		t = merge_inputs(files, nfiles);
	} else {
		t = tally_inputs(&o, files, nfiles);
		o.groups = NULL;
	}
	if (o.partial) {
		tally_write_partial(t, cb, stdout);
	} else {
		struct sup_stats st = { 0, 0, 0 };
		tally_write(t, cb, &o.out, stdout, &st);
		report_suppression(&o, &st);
	}
	tally_free(t);
	codebook_free(cb);
	free_list(o.vars, o.nvars);
	free_list(o.unsafe, o.nunsafe);
	finish_stdout();
	return EXIT_OK;
}
