/* trygg-themes - tag free text with themes and the places it mentions.
 *
 * Reads canonical CSV (or any CSV with the named text columns) and writes
 * it back with two more columns: `themes` (the lexicon's theme codes found
 * in the text) and `mentioned_places` (place codes found in the text), both
 * multi-select in lexicon order.  Existing columns of those names are
 * replaced in place, so the filter can be run again on its own output.
 * One record at a time; the patterns are compiled once. */
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

#define DEFAULT_COLUMNS "free_text,suggestion"
#define THEMES_COLUMN "themes"
#define PLACES_COLUMN "mentioned_places"

typedef struct {
	char **cols;
	size_t ncols;
	const char *lexicon_path;  /* NULL: share/trygg/themes.csv */
	const char *places_path;   /* NULL: share/trygg/places.csv */
} options;

/* The lexicons and the per-record scratch space. */
typedef struct {
	lexicon *themes, *places;
	bool *theme_hits, *place_hits;
	strbuf masked, themes_cell, places_cell;
} tagger;

/* Where things are in the input, fixed by the first file's header. */
typedef struct {
	csv_header header; /* of the first file */
	long *text_cols;
	size_t ntext;
	long themes_col, places_col; /* -1: appended at the end */
} layout;

enum { OPT_PLACES = CLI_LONG };

static const cli_option own_options[] = {
	{ 'c', "columns", N_("COLS"),
	  N_("text columns to read (default free_text,suggestion)") },
	{ 'l', "lexicon", N_("FILE"), N_("theme lexicon (default share/trygg/themes.csv)") },
	{ OPT_PLACES, "places", N_("FILE"),
	  N_("place patterns (default share/trygg/places.csv)") },
	{ 0 }
};

static const cli_spec program = {
	N_("[OPTION]... [FILE]..."),
	N_("Tag free text with themes and the places it mentions.\n"
	   "Adds the columns themes and mentioned_places (codes joined by '|')."),
	CLI_FILTER | CLI_PROFILE | CLI_CODEBOOK, own_options, NULL
};

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'c':
		free_list(o->cols, o->ncols);
		o->cols = split_list(arg, ',', &o->ncols);
		if (o->ncols == 0)
			usage_error("%s", _("-c needs at least one column name"));
		break;
	case 'l': o->lexicon_path = arg; break;
	case OPT_PLACES: o->places_path = arg; break;
	}
}

static int parse_options(int argc, char **argv, options *o)
{
	o->cols = split_list(DEFAULT_COLUMNS, ',', &o->ncols);
	return cli_parse(argc, argv, &program, on_option, o);
}

static void load_data_file(lexicon *lx, const char *path,
			   const char *default_name)
{
	char *def = path ? NULL : trygg_data_path(default_name);

	lexicon_load(lx, path ? path : def);
	free(def);
}

/* The codebook's place labels come first, so mentioned_places lists codes
 * in the codebook's order, as unsafe_places does.  The shipped codebooks
 * are optional (places.csv alone works); one named with -k must exist. */
static void load_codebook_places(lexicon *lx)
{
	codebook *cb = profile_codebook(false);

	if (!cb)
		exit(EXIT_DATA); /* profile_codebook said why */
	places_add_codebook(lx, cb);
	codebook_free(cb);
}

/* The municipality's own place patterns, after the generic ones. */
static void load_profile_places(lexicon *lx)
{
	char *path = profile_file("places.csv");

	if (path)
		lexicon_load(lx, path);
	free(path);
}

static void tagger_init(tagger *t, const options *o)
{
	memset(t, 0, sizeof *t);
	t->themes = lexicon_new();
	t->places = lexicon_new();
	load_data_file(t->themes, o->lexicon_path, "themes.csv");
	load_codebook_places(t->places);
	load_data_file(t->places, o->places_path, "places.csv");
	load_profile_places(t->places);
	lexicon_compile(t->themes);
	lexicon_compile(t->places);
	t->theme_hits = xcalloc(lexicon_count(t->themes) + 1, sizeof(bool));
	t->place_hits = xcalloc(lexicon_count(t->places) + 1, sizeof(bool));
}

static void tagger_free(tagger *t)
{
	lexicon_free(t->themes);
	lexicon_free(t->places);
	free(t->theme_hits);
	free(t->place_hits);
	sb_free(&t->masked);
	sb_free(&t->themes_cell);
	sb_free(&t->places_cell);
}

/* The codes set in HITS, in lexicon order, joined by '|'. */
static void join_hits(strbuf *out, const lexicon *lx, bool *hits)
{
	sb_clear(out);
	for (size_t i = 0; i < lexicon_count(lx); i++) {
		if (!hits[i])
			continue;
		if (out->len)
			sb_putc(out, '|');
		sb_puts(out, lexicon_code(lx, i));
		hits[i] = false;
	}
}

/* Fill the two output cells from the text columns of REC. */
static void tag_record(tagger *t, const layout *lay, const csv_record *rec)
{
	for (size_t i = 0; i < lay->ntext; i++) {
		const csv_field *f = &rec->fields[lay->text_cols[i]];

		if (f->len == 0)
			continue;
		mask_placeholders(&t->masked, f->data, f->len);
		lexicon_match(t->themes, t->masked.s, t->masked.len, t->theme_hits);
		lexicon_match(t->places, t->masked.s, t->masked.len, t->place_hits);
	}
	join_hits(&t->themes_cell, t->themes, t->theme_hits);
	join_hits(&t->places_cell, t->places, t->place_hits);
}

static void put_field(size_t i, const char *s, size_t len)
{
	if (i > 0)
		putchar(csv_out_delimiter(','));
	csv_put_field(stdout, s, len, ',');
}

static void write_record(const layout *lay, const csv_record *rec,
			 const tagger *t)
{
	size_t col = 0;

	for (size_t i = 0; i < lay->header.n; i++, col++) {
		const csv_field *f = &rec->fields[i];

		if ((long)i == lay->themes_col)
			put_field(col, t->themes_cell.s, t->themes_cell.len);
		else if ((long)i == lay->places_col)
			put_field(col, t->places_cell.s, t->places_cell.len);
		else
			put_field(col, f->data, f->len);
	}
	if (lay->themes_col < 0)
		put_field(col++, t->themes_cell.s, t->themes_cell.len);
	if (lay->places_col < 0)
		put_field(col, t->places_cell.s, t->places_cell.len);
	putchar('\n');
}

static void write_header(const layout *lay)
{
	size_t col = 0;

	for (size_t i = 0; i < lay->header.n; i++, col++)
		put_field(col, lay->header.names[i], strlen(lay->header.names[i]));
	if (lay->themes_col < 0)
		put_field(col++, THEMES_COLUMN, strlen(THEMES_COLUMN));
	if (lay->places_col < 0)
		put_field(col, PLACES_COLUMN, strlen(PLACES_COLUMN));
	putchar('\n');
}

static void layout_init(layout *lay, const csv_record *header,
			const options *o, const char *file)
{
	lay->text_cols = xcalloc(o->ncols, sizeof *lay->text_cols);
	lay->ntext = o->ncols;
	for (size_t i = 0; i < o->ncols; i++) {
		lay->text_cols[i] = csv_header_index(header, o->cols[i]);
		if (lay->text_cols[i] < 0)
			die_at(EXIT_DATA, file, 1, _("no column named %s"),
			       o->cols[i]);
	}
	lay->themes_col = csv_header_index(header, THEMES_COLUMN);
	lay->places_col = csv_header_index(header, PLACES_COLUMN);
}

static void layout_free(layout *lay)
{
	csv_header_free(&lay->header);
	free(lay->text_cols);
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
	finish_stdout();
	return EXIT_OK;
}
