/* trygg-tally - shares by group, with intervals and disclosure control.
 *
 * One pass over the records: each record's group key is hashed once and
 * its answers counted in that group's entry, so memory grows with the
 * number of groups, not rows.  The shares, Wilson intervals and cell
 * suppression are worked out at the end (or after --merge has added up
 * partial counts from shards tallied elsewhere). */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

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
	const char *codebook_path;
	struct out_options out;
	bool partial, merge;
} options;

/* Column positions in the current file. */
typedef struct {
	size_t nfields;
	long *group_cols, *var_cols;
	long weight_col;
} layout;

static _Noreturn void usage(void)
{
	printf(_("Usage: %s -g COL[,COL...] -v COL [-v COL...] [OPTION...] [FILE...]\n"
		 "  or:  %s --merge [OPTION...] [PARTIAL...]\n"), progname, progname);
	fputs(_("Count answers by group: shares with Wilson intervals and small cells suppressed.\n"
		"\n"
		"  -g, --group COLS       group by these columns ('' for totals)\n"
		"  -v, --variable COL     count the answers of COL (repeatable)\n"
		"  -u, --unsafe [COL=]CODES[/BASE]\n"
		"                         add the value 'unsafe': share of CODES among BASE\n"
		"                         (default for safety: 3,4,5/1,2,3,4,5; '' turns it off)\n"
		"  -c, --conf LEVEL       interval level (default 0.95)\n"
		"  -w, --weight COL       weight each record by COL\n"
		"  -m, --min-cell K       suppress cells with fewer than K respondents\n"
		"                         (default 5; 0 turns suppression off)\n"
		"  -p, --partial          write additive partial counts\n"
		"  -M, --merge            add up partial counts and finish\n"
		"  -x, --excel            ';', decimal comma and a BOM for Excel\n"
		"  -k, --codebook FILE    order codes as this codebook does\n"
		"                         (default share/trygg/codebook.csv if present)\n"
		"  -h, --help             show this help and exit\n"
		"      --version          show the version and exit\n"
		"\n"
		"With no FILE, or when FILE is -, read standard input.\n"),
	      stdout);
	finish_stdout();
	exit(EXIT_OK);
}

static double parse_conf(const char *s)
{
	char *end;
	double c;

	errno = 0;
	c = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || errno || !(c > 0 && c < 1))
		usage_error(_("--conf wants a level between 0 and 1, such as 0.95"));
	return c;
}

static uint64_t parse_min_cell(const char *s)
{
	char *end;
	unsigned long long k;

	errno = 0;
	k = strtoull(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno)
		usage_error(_("--min-cell wants a whole number (0 turns it off)"));
	return k;
}

static void add_item(char ***list, size_t *n, const char *s)
{
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	(*list)[(*n)++] = xstrdup(s);
}

static void check_options(const options *o, bool have_group)
{
	if (o->partial && o->merge)
		usage_error(_("--partial and --merge exclude each other"));
	if (o->merge && (have_group || o->nvars || o->nunsafe || o->weight))
		usage_error(_("--merge takes the groups, variables and weights from the partial counts"));
	if (!o->merge && o->nvars == 0)
		usage_error(_("name at least one variable with -v"));
}

static void parse_options(int argc, char **argv, options *o)
{
	enum { OPT_VERSION = 256 };
	static const struct option longopts[] = {
		{"group", required_argument, NULL, 'g'},
		{"variable", required_argument, NULL, 'v'},
		{"unsafe", required_argument, NULL, 'u'},
		{"conf", required_argument, NULL, 'c'},
		{"weight", required_argument, NULL, 'w'},
		{"min-cell", required_argument, NULL, 'm'},
		{"partial", no_argument, NULL, 'p'},
		{"merge", no_argument, NULL, 'M'},
		{"excel", no_argument, NULL, 'x'},
		{"codebook", required_argument, NULL, 'k'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0}
	};
	bool have_group = false;
	int c;

	o->out.min_cell = 5;
	o->out.z = conf_to_z(0.95);
	while ((c = getopt_long(argc, argv, "g:v:u:c:w:m:pMxk:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'g':
			free_list(o->groups, o->ngroups);
			o->groups = split_list(optarg, ',', &o->ngroups);
			have_group = true;
			break;
		case 'v': add_item(&o->vars, &o->nvars, optarg); break;
		case 'u': add_item(&o->unsafe, &o->nunsafe, optarg); break;
		case 'c': o->out.z = conf_to_z(parse_conf(optarg)); break;
		case 'w': o->weight = optarg; break;
		case 'm': o->out.min_cell = parse_min_cell(optarg); break;
		case 'p': o->partial = true; break;
		case 'M': o->merge = true; break;
		case 'x': o->out.excel = true; break;
		case 'k': o->codebook_path = optarg; break;
		case 'h': usage();
		case OPT_VERSION: print_version();
		default: usage_error(NULL);
		}
	}
	check_options(o, have_group);
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
	strbuf avail = { 0 };

	for (size_t i = 0; i < h->nfields; i++) {
		if (i)
			sb_puts(&avail, ", ");
		sb_append(&avail, h->fields[i].data, h->fields[i].len);
	}
	die_at(EXIT_DATA, file, 1, _("no column named %s; the columns are: %s"),
	       name, avail.s ? avail.s : "");
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
	const csv_options copt = { ',', CSV_ENC_RAW, false };
	csv_reader *r = csv_open(path, &copt);
	const csv_record *rec;
	int rc;

	if (!r)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	rc = csv_next(r, &rec);
	if (rc > 0) {
		read_layout(lay, csv_name(r), rec, o);
		while ((rc = csv_next(r, &rec)) > 0)
			if (rec->nfields > 0)
				count_record(t, lay, r, rec);
	}
	if (rc < 0)
		die_at(EXIT_DATA, csv_name(r), csv_errline(r), "%s", csv_errmsg(r));
	if (csv_close(r) != 0)
		die(EXIT_DATA, "%s: %s", path, _("read error"));
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
	warn(_("disclosure control: counts of 1 to %llu respondents suppressed, "
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
	parse_options(argc, argv, &o);
	char **files = optind < argc ? argv + optind : stdin_only;
	size_t nfiles = optind < argc ? (size_t)(argc - optind) : 1;

	cb = order_codebook(o.codebook_path);
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
