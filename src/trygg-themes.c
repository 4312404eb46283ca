/* trygg-themes - tag free text with themes and the places it mentions.
 *
 * Reads canonical CSV (or any CSV with the named text columns) and writes
 * it back with more columns, multi-select in lexicon order: from the
 * problem text (free_text), `themes` (the lexicon's theme codes) and
 * `mentioned_places` (place codes); from the suggestions, kept apart so
 * that a wish is never counted as a problem, `suggestion_themes`.
 * Existing columns of those names are replaced in place, so the filter
 * can be run again on its own output.  One record at a time; the patterns
 * are compiled once. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "csvio.h"
#include "profile.h"
#include "text.h"
#include "themes/lexicon.h"
#include "themes/placeholder.h"
#include "themes/places.h"
#include "util.h"

#define PROBLEM_COLUMNS "free_text"
#define SUGGESTION_COLUMN "suggestion"

/* The columns written, in this order when they are appended. */
enum { OUT_THEMES, OUT_PLACES, OUT_SUGGESTIONS, NOUT };
static const char *const out_names[NOUT] = {
	"themes", "mentioned_places", "suggestion_themes"
};

typedef struct {
	char **cols;  /* problem text: -c */
	size_t ncols;
	char **sugg;  /* suggestions: --suggestion-columns */
	size_t nsugg;
	bool sugg_given;
	const char *lexicon_path;  /* NULL: share/trygg/themes.csv */
	const char *places_path;   /* NULL: share/trygg/places.csv */
} options;

/* The code families of the one lexicon: one pass over a text finds
 * themes and places together. */
enum { FAM_THEMES, FAM_PLACES, NFAMS };

/* The lexicon and the per-record scratch space. */
typedef struct {
	lexicon *lx;
	bool *hits[NOUT];
	strbuf masked, cell[NOUT];
} tagger;

/* Where things are in the input, fixed by the first file's header. */
typedef struct {
	csv_header header; /* of the first file */
	long *problem_cols, *sugg_cols;
	size_t nproblem, nsugg;
	bool written[NOUT]; /* suggestion_themes: only with suggestion columns */
	long out_col[NOUT]; /* where a written column is; -1: appended */
} layout;

enum { OPT_PLACES = CLI_LONG, OPT_SUGGESTIONS };

static const cli_option own_options[] = {
	{ 'c', "columns", N_("COLS"),
	  N_("problem text columns, for themes and mentioned_places\n"
	     "(default free_text)") },
	{ OPT_SUGGESTIONS, "suggestion-columns", N_("COLS"),
	  N_("suggestion columns, for suggestion_themes (default\n"
	     "suggestion, when the input has it and -c does not name it)") },
	{ 'l', "lexicon", N_("FILE"), N_("theme lexicon (default share/trygg/themes.csv)") },
	{ OPT_PLACES, "places", N_("FILE"),
	  N_("place patterns (default share/trygg/places.csv)") },
	{ 0 }
};

static const cli_spec program = {
	N_("[OPTION]... [FILE]..."),
	N_("Tag free text with themes and the places it mentions.\n"
	   "Adds the columns themes and mentioned_places (from the problem text)\n"
	   "and suggestion_themes (from the suggestions), codes joined by '|'."),
	CLI_FILTER | CLI_PROFILE | CLI_CODEBOOK, own_options, NULL
};

/* A column list option's value; MESSAGE when it names no column. */
static char **column_list(const char *arg, size_t *n, const char *message)
{
	char **cols = split_list(arg, ',', n);

	if (*n == 0)
		usage_error("%s", message);
	return cols;
}

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'c':
		free_list(o->cols, o->ncols);
		o->cols = column_list(arg, &o->ncols,
				      _("-c needs at least one column name"));
		break;
	case OPT_SUGGESTIONS:
		free_list(o->sugg, o->nsugg);
		o->sugg = column_list(arg, &o->nsugg,
				      _("--suggestion-columns needs at least one column name"));
		o->sugg_given = true;
		break;
	case 'l': o->lexicon_path = arg; break;
	case OPT_PLACES: o->places_path = arg; break;
	}
}

static int parse_options(int argc, char **argv, options *o)
{
	o->cols = split_list(PROBLEM_COLUMNS, ',', &o->ncols);
	return cli_parse(argc, argv, &program, on_option, o);
}

/* Load PATH, or DEFAULT_NAME in the data directory; returns the file's
 * name (malloc'd) for notes. */
static char *load_data_file(lexicon *lx, size_t fam, const char *path,
			    const char *default_name)
{
	char *name = path ? xstrdup(path) : trygg_data_path(default_name);

	lexicon_load(lx, fam, name);
	return name;
}

/* A pattern the screen cannot take slows every record down: say so, for
 * whoever writes a lexicon. */
static void note_unanchored(const lexicon *lx, size_t fam, const char *name)
{
	size_t n = lexicon_unanchored(lx, fam);

	if (n)
		note(ngettext("%s: %zu pattern has no literal string to screen texts with; it runs on every text",
			      "%s: %zu patterns have no literal string to screen texts with; they run on every text",
			      n), name, n);
}

/* The codebook's place labels come first, so mentioned_places lists codes
 * in the codebook's order, as unsafe_places does.  The shipped codebooks
 * are optional (places.csv alone works); one named with -k must exist. */
static void load_codebook_places(lexicon *lx)
{
	codebook *cb = profile_codebook(false);

	if (!cb)
		exit(EXIT_DATA); /* profile_codebook said why */
	places_add_codebook(lx, FAM_PLACES, cb);
	codebook_free(cb);
}

/* The municipality's own place patterns, after the generic ones. */
static void load_profile_places(lexicon *lx)
{
	char *path = profile_file("places.csv");

	if (path)
		lexicon_load(lx, FAM_PLACES, path);
	free(path);
}

static void tagger_init(tagger *t, const options *o)
{
	char *themes_name, *places_name;

	memset(t, 0, sizeof *t);
	t->lx = lexicon_new(NFAMS);
	themes_name = load_data_file(t->lx, FAM_THEMES, o->lexicon_path, "themes.csv");
	load_codebook_places(t->lx);
	places_name = load_data_file(t->lx, FAM_PLACES, o->places_path, "places.csv");
	load_profile_places(t->lx);
	lexicon_compile(t->lx);
	note_unanchored(t->lx, FAM_THEMES, themes_name);
	note_unanchored(t->lx, FAM_PLACES, places_name);
	free(themes_name);
	free(places_name);
	t->hits[OUT_THEMES] = xcalloc(lexicon_count(t->lx, FAM_THEMES) + 1, sizeof(bool));
	t->hits[OUT_PLACES] = xcalloc(lexicon_count(t->lx, FAM_PLACES) + 1, sizeof(bool));
	t->hits[OUT_SUGGESTIONS] = xcalloc(lexicon_count(t->lx, FAM_THEMES) + 1, sizeof(bool));
}

static void tagger_free(tagger *t)
{
	lexicon_free(t->lx);
	sb_free(&t->masked);
	for (int k = 0; k < NOUT; k++) {
		free(t->hits[k]);
		sb_free(&t->cell[k]);
	}
}

/* The codes of family FAM set in HITS, in lexicon order, joined by '|'. */
static void join_hits(strbuf *out, const lexicon *lx, size_t fam, bool *hits)
{
	size_t n = lexicon_count(lx, fam);

	sb_clear(out);
	for (size_t i = 0; i < n; i++) {
		if (!hits[i])
			continue;
		if (out->len)
			sb_putc(out, '|');
		sb_puts(out, lexicon_code(lx, fam, i));
		hits[i] = false;
	}
}

/* Tag the non-empty cells of REC listed in COLS with the themes into
 * THEMES and, unless PLACES is NULL, with the places into PLACES. */
static void tag_cells(tagger *t, const long *cols, size_t n,
		      const csv_record *rec, bool *themes, bool *places)
{
	bool *hits[NFAMS] = {themes, places};

	for (size_t i = 0; i < n; i++) {
		const csv_field *f = &rec->fields[cols[i]];

		if (f->len == 0)
			continue;
		mask_placeholders(&t->masked, f->data, f->len);
		lexicon_match(t->lx, t->masked.s, t->masked.len, hits);
	}
}

/* Fill the output cells from the text columns of REC.  Places come from
 * the problem text only: a wish for speed bumps by the school does not
 * make the school yard a problem place. */
static void tag_record(tagger *t, const layout *lay, const csv_record *rec)
{
	tag_cells(t, lay->problem_cols, lay->nproblem, rec,
		  t->hits[OUT_THEMES], t->hits[OUT_PLACES]);
	tag_cells(t, lay->sugg_cols, lay->nsugg, rec,
		  t->hits[OUT_SUGGESTIONS], NULL);
	join_hits(&t->cell[OUT_THEMES], t->lx, FAM_THEMES, t->hits[OUT_THEMES]);
	join_hits(&t->cell[OUT_PLACES], t->lx, FAM_PLACES, t->hits[OUT_PLACES]);
	join_hits(&t->cell[OUT_SUGGESTIONS], t->lx, FAM_THEMES,
		  t->hits[OUT_SUGGESTIONS]);
}

static void put_field(size_t i, const char *s, size_t len)
{
	if (i > 0)
		putchar(csv_out_delimiter(','));
	csv_put_field(stdout, s, len, ',');
}

/* The output column written at input column I, or NOUT. */
static int output_at(const layout *lay, size_t i)
{
	for (int k = 0; k < NOUT; k++)
		if (lay->written[k] && lay->out_col[k] == (long)i)
			return k;
	return NOUT;
}

static void write_record(const layout *lay, const csv_record *rec,
			 const tagger *t)
{
	size_t col = 0;

	for (size_t i = 0; i < lay->header.n; i++, col++) {
		int k = output_at(lay, i);

		if (k < NOUT)
			put_field(col, t->cell[k].s, t->cell[k].len);
		else
			put_field(col, rec->fields[i].data, rec->fields[i].len);
	}
	for (int k = 0; k < NOUT; k++)
		if (lay->written[k] && lay->out_col[k] < 0)
			put_field(col++, t->cell[k].s, t->cell[k].len);
	putchar('\n');
}

static void write_header(const layout *lay)
{
	size_t col = 0;

	for (size_t i = 0; i < lay->header.n; i++, col++)
		put_field(col, lay->header.names[i], strlen(lay->header.names[i]));
	for (int k = 0; k < NOUT; k++)
		if (lay->written[k] && lay->out_col[k] < 0)
			put_field(col++, out_names[k], strlen(out_names[k]));
	putchar('\n');
}

/* The indexes of the columns NAMES in HEADER; exits naming a missing one. */
static long *find_columns(const csv_record *header, char *const *names,
			  size_t n, const char *file)
{
	long *cols = xcalloc(n + 1, sizeof *cols);

	for (size_t i = 0; i < n; i++) {
		cols[i] = csv_header_index(header, names[i]);
		if (cols[i] < 0)
			die_at(EXIT_DATA, file, 1, _("no column named %s"), names[i]);
	}
	return cols;
}

static bool named(char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return true;
	return false;
}

/* The suggestion columns: those named, or else the column "suggestion"
 * when the input has one that is not already read as problem text. */
static void find_suggestion_columns(layout *lay, const csv_record *header,
				    const options *o, const char *file)
{
	long col = csv_header_index(header, SUGGESTION_COLUMN);

	if (o->sugg_given) {
		lay->sugg_cols = find_columns(header, o->sugg, o->nsugg, file);
		lay->nsugg = o->nsugg;
	} else if (col >= 0 && !named(o->cols, o->ncols, SUGGESTION_COLUMN)) {
		lay->sugg_cols = xcalloc(1, sizeof *lay->sugg_cols);
		lay->sugg_cols[0] = col;
		lay->nsugg = 1;
	}
}

static void layout_init(layout *lay, const csv_record *header,
			const options *o, const char *file)
{
	lay->problem_cols = find_columns(header, o->cols, o->ncols, file);
	lay->nproblem = o->ncols;
	find_suggestion_columns(lay, header, o, file);
	lay->written[OUT_THEMES] = lay->written[OUT_PLACES] = true;
	lay->written[OUT_SUGGESTIONS] = lay->nsugg > 0;
	for (int k = 0; k < NOUT; k++)
		lay->out_col[k] = csv_header_index(header, out_names[k]);
}

static void layout_free(layout *lay)
{
	csv_header_free(&lay->header);
	free(lay->problem_cols);
	free(lay->sugg_cols);
}

static void read_header(csv_reader *r, layout *lay, const options *o)
{
	const csv_record *header;

	if (!csv_next_or_die(r, &header) || header->nfields == 0)
		die_at(EXIT_DATA, csv_name(r), 1, "%s", _("no header line"));
	if (csv_header_first(&lay->header, header, csv_name(r))) {
		layout_init(lay, header, o, csv_name(r));
		write_header(lay);
	}
}

static void process_file(const char *path, layout *lay, tagger *t,
			 const options *o)
{
	csv_options copt = {.delimiter = cli.delimiter, .encoding = CSV_ENC_UTF8};
	csv_reader *r = csv_open_or_die(path, &copt);
	const csv_record *rec;

	read_header(r, lay, o);
	while (csv_next_or_die(r, &rec)) {
		if (rec->nfields == 0)
			continue;
		if (rec->nfields != lay->header.n)
			die_at(EXIT_DATA, csv_name(r), rec->line,
			       _("expected %zu fields, found %zu"),
			       lay->header.n, rec->nfields);
		tag_record(t, lay, rec);
		write_record(lay, rec, t);
	}
	csv_close_or_die(r);
}

int main(int argc, char **argv)
{
	options o = {0};
	tagger t;
	layout lay = {0};

	int first;

	trygg_init(argc, argv);
	first = parse_options(argc, argv, &o);
	tagger_init(&t, &o);
	if (first == argc)
		process_file("-", &lay, &t, &o);
	for (int i = first; i < argc; i++)
		process_file(argv[i], &lay, &t, &o);
	tagger_free(&t);
	layout_free(&lay);
	free_list(o.cols, o.ncols);
	free_list(o.sugg, o.nsugg);
	finish_stdout();
	return EXIT_OK;
}
