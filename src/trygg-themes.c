/* trygg-themes - tag free text with themes and the places it mentions.
 *
 * Reads canonical CSV (or any CSV with the named text columns) and writes
 * it back with two more columns: `themes` (the lexicon's theme codes found
 * in the text) and `mentioned_places` (place codes found in the text), both
 * multi-select in lexicon order.  Existing columns of those names are
 * replaced in place, so the filter can be run again on its own output.
 * One record at a time; the patterns are compiled once. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
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
	const char *codebook_path; /* NULL: share/trygg/codebook.csv if any */
} options;

/* The lexicons and the per-record scratch space. */
typedef struct {
	lexicon *themes, *places;
	bool *theme_hits, *place_hits;
	strbuf masked, themes_cell, places_cell;
} tagger;

/* Where things are in the input, fixed by the first file's header. */
typedef struct {
	char **names; /* header of the first file */
	size_t nfields;
	long *text_cols;
	size_t ntext;
	long themes_col, places_col; /* -1: appended at the end */
} layout;

static _Noreturn void usage(void)
{
	printf(_("Usage: %s [-c COLS] [-l LEXICON] [-p PLACES] [-k CODEBOOK] [FILE...]\n"),
	       progname);
	fputs(_("Tag free text with themes and the places it mentions.\n"
		"Adds the columns themes and mentioned_places (codes joined by '|').\n"
		"\n"
		"  -c, --columns COLS     text columns to read (default free_text,suggestion)\n"
		"  -l, --lexicon FILE     theme lexicon (default share/trygg/themes.csv)\n"
		"  -p, --places FILE      place patterns (default share/trygg/places.csv)\n"
		"  -k, --codebook FILE    codebook whose place labels are also found\n"
		"                         (default share/trygg/codebook.csv)\n"
		"  -h, --help             show this help and exit\n"
		"      --version          show the version and exit\n"
		"\n"
		"With no FILE, or when FILE is -, read standard input.\n"),
	      stdout);
	finish_stdout();
	exit(EXIT_OK);
}

static void parse_options(int argc, char **argv, options *o)
{
	enum { OPT_VERSION = 256 };
	static const struct option longopts[] = {
		{"columns", required_argument, NULL, 'c'},
		{"lexicon", required_argument, NULL, 'l'},
		{"places", required_argument, NULL, 'p'},
		{"codebook", required_argument, NULL, 'k'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, OPT_VERSION},
		{NULL, 0, NULL, 0}};
	const char *cols = DEFAULT_COLUMNS;
	int c;

	opterr = 0; /* our own messages, with the program's short name */
	while ((c = getopt_long(argc, argv, ":c:l:p:k:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': cols = optarg; break;
		case 'l': o->lexicon_path = optarg; break;
		case 'p': o->places_path = optarg; break;
		case 'k': o->codebook_path = optarg; break;
		case 'h': usage();
		case OPT_VERSION: print_version();
		case ':':
			usage_error(_("option %s needs an argument"), argv[optind - 1]);
		default:
			usage_error(_("unknown option %s"), argv[optind - 1]);
		}
	}
	o->cols = split_list(cols, ',', &o->ncols);
	if (o->ncols == 0)
		usage_error("%s", _("-c needs at least one column name"));
}

static void load_data_file(lexicon *lx, const char *path,
			   const char *default_name)
{
	char *def = path ? NULL : trygg_data_path(default_name);

	lexicon_load(lx, path ? path : def);
	free(def);
}

/* The codebook's place labels come first, so mentioned_places lists codes
 * in the codebook's order, as unsafe_places does.  The default codebook is
 * optional (places.csv alone works); one named with -k must exist. */
static void load_codebook_places(lexicon *lx, const char *path)
{
	char *def = path ? NULL : trygg_data_path("codebook.csv");

	if (path || access(def, F_OK) == 0)
		places_add_codebook(lx, path ? path : def);
	free(def);
}

static void tagger_init(tagger *t, const options *o)
{
	memset(t, 0, sizeof *t);
	t->themes = lexicon_new();
	t->places = lexicon_new();
	load_data_file(t->themes, o->lexicon_path, "themes.csv");
	load_codebook_places(t->places, o->codebook_path);
	load_data_file(t->places, o->places_path, "places.csv");
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
		putchar(',');
	csv_put_field(stdout, s, len, ',');
}

static void write_record(const layout *lay, const csv_record *rec,
			 const tagger *t)
{
	size_t col = 0;

	for (size_t i = 0; i < lay->nfields; i++, col++) {
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

	for (size_t i = 0; i < lay->nfields; i++, col++)
		put_field(col, lay->names[i], strlen(lay->names[i]));
	if (lay->themes_col < 0)
		put_field(col++, THEMES_COLUMN, strlen(THEMES_COLUMN));
	if (lay->places_col < 0)
		put_field(col, PLACES_COLUMN, strlen(PLACES_COLUMN));
	putchar('\n');
}

static void layout_init(layout *lay, const csv_record *header,
			const options *o, const char *file)
{
	lay->nfields = header->nfields;
	lay->names = xcalloc(header->nfields, sizeof *lay->names);
	for (size_t i = 0; i < header->nfields; i++)
		lay->names[i] = xmemdup(header->fields[i].data,
					header->fields[i].len);
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
	free_list(lay->names, lay->nfields);
	free(lay->text_cols);
}

/* Later files must have the first file's columns, in the same order. */
static void check_same_header(const layout *lay, const csv_record *header,
			      const char *file)
{
	bool same = header->nfields == lay->nfields;

	for (size_t i = 0; same && i < lay->nfields; i++)
		same = strcmp(header->fields[i].data, lay->names[i]) == 0;
	if (!same)
		die_at(EXIT_DATA, file, 1, "%s",
		       _("the columns differ from those of the first input"));
}

static void read_header(csv_reader *r, layout *lay, const options *o,
			bool first)
{
	const csv_record *header;
	int rc = csv_next(r, &header);

	if (rc < 0)
		die_at(EXIT_DATA, csv_name(r), csv_errline(r), "%s", csv_errmsg(r));
	if (rc == 0 || header->nfields == 0)
		die_at(EXIT_DATA, csv_name(r), 1, "%s", _("no header line"));
	if (first) {
		layout_init(lay, header, o, csv_name(r));
		write_header(lay);
	} else {
		check_same_header(lay, header, csv_name(r));
	}
}

static void process_file(const char *path, layout *lay, tagger *t,
			 const options *o, bool first)
{
	csv_options copt = {.delimiter = ',', .encoding = CSV_ENC_UTF8};
	csv_reader *r = csv_open(path, &copt);
	const csv_record *rec;
	int rc;

	if (!r)
		die(EXIT_DATA, "%s: %s", path, strerror(errno));
	read_header(r, lay, o, first);
	while ((rc = csv_next(r, &rec)) > 0) {
		if (rec->nfields == 0)
			continue;
		if (rec->nfields != lay->nfields)
			die_at(EXIT_DATA, csv_name(r), rec->line,
			       _("expected %zu fields, found %zu"),
			       lay->nfields, rec->nfields);
		tag_record(t, lay, rec);
		write_record(lay, rec, t);
	}
	if (rc < 0)
		die_at(EXIT_DATA, csv_name(r), csv_errline(r), "%s", csv_errmsg(r));
	if (csv_close(r) != 0)
		die(EXIT_DATA, "%s: %s", path, _("read error"));
}

int main(int argc, char **argv)
{
	options o = {0};
	tagger t;
	layout lay = {0};

	trygg_init(argc, argv);
	parse_options(argc, argv, &o);
	tagger_init(&t, &o);
	if (optind == argc) {
		process_file("-", &lay, &t, &o, true);
	} else {
		for (int i = optind; i < argc; i++)
			process_file(argv[i], &lay, &t, &o, i == optind);
	}
	tagger_free(&t);
	layout_free(&lay);
	free_list(o.cols, o.ncols);
	finish_stdout();
	return EXIT_OK;
}
