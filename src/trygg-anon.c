/* trygg-anon - replace personal data in free-text columns of a CSV stream
 * (or in every line of plain text) with placeholders or keyed pseudonyms,
 * leaving every other byte as it was. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "anon/names.h"
#include "anon/patterns.h"
#include "anon/pseudo.h"
#include "anon/redact.h"
#include "cli.h"
#include "csvio.h"
#include "text.h"
#include "util.h"

typedef struct {
	const char *columns;  /* -c */
	bool text;            /* --text */
	bool pseudonymise;
	const char *key_file;
	bool stats;
	bool strict;
	const char **patterns; /* --patterns, in order */
	size_t npatterns;
} options;

enum { OPT_TEXT = CLI_LONG, OPT_PSEUDO, OPT_PSEUDO_Z, OPT_PATTERNS, OPT_STATS,
       OPT_STRICT };

static const cli_option own_options[] = {
	{ 'c', "columns", N_("COLS"), N_("rewrite these CSV columns (comma-separated)") },
	{ OPT_TEXT, "text", NULL, N_("rewrite every line of plain text") },
	{ OPT_PSEUDO, "pseudonymise", NULL,
	  N_("write keyed pseudonyms such as [NAME-3f9a1c]") },
	{ OPT_PSEUDO_Z, "pseudonymize", NULL, N_("the same as --pseudonymise") },
	{ 'K', "key", N_("FILE"), N_("secret key for --pseudonymise (mode 600)") },
	{ OPT_PATTERNS, "patterns", N_("FILE"),
	  N_("add the patterns of FILE (kind,pattern,validator)") },
	{ OPT_STATS, "stats", NULL, N_("print the number of items per kind to stderr") },
	{ OPT_STRICT, "strict", NULL,
	  N_("for text to be published: also replace every word that could be\n"
	     "a name and is not known to be safe") },
	{ 0 }
};

static const cli_spec program = {
	N_("-c COL[,COL...] [OPTION]... [FILE]...\n--text [OPTION]... [FILE]..."),
	N_("Replace personal data (names, personnummer, phone numbers, e-mail,\n"
	   "addresses, plates, IP addresses, card and account numbers, handles)\n"
	   "with placeholders such as [NAME]; everything else stays byte for byte."),
	CLI_FILTER | CLI_PROFILE, own_options,
	N_("Input must be UTF-8.  Make a key with:\n"
	   "  head -c 32 /dev/urandom > anon.key && chmod 600 anon.key")
};

static void on_option(int key, const char *arg, void *ctx)
{
	options *o = ctx;

	switch (key) {
	case 'c': o->columns = arg; break;
	case OPT_TEXT: o->text = true; break;
	case OPT_PSEUDO:
	case OPT_PSEUDO_Z: o->pseudonymise = true; break;
	case 'K': o->key_file = arg; break;
	case OPT_PATTERNS: o->patterns[o->npatterns++] = arg; break;
	case OPT_STATS: o->stats = true; break;
	case OPT_STRICT: o->strict = true; break;
	}
}

static int parse_options(int argc, char **argv, options *o)
{
	int first;

	o->patterns = xcalloc((size_t)argc, sizeof *o->patterns);
	first = cli_parse(argc, argv, &program, on_option, o);
	if (!o->text == !o->columns)
		usage_error(_("give either -c COLUMNS or --text"));
	if (o->pseudonymise != (o->key_file != NULL))
		usage_error(_("--pseudonymise and --key go together"));
	return first;
}

static anon_patterns *load_patterns(const options *o, const anon_names *nm)
{
	anon_patterns *p = patterns_new();
	char *path = trygg_data_path("anon-patterns.csv");

	patterns_load(p, path);
	free(path);
	for (size_t i = 0; i < o->npatterns; i++)
		patterns_load(p, o->patterns[i]);
	patterns_set_word_check(p, names_is_word, nm);
	patterns_set_place_check(p, names_is_place, nm);
	patterns_set_plate_cue_check(p, names_is_plate_cue, nm);
	patterns_compile(p);
	return p;
}

/* A field as it came: in quotes again if it was quoted. */
static void put_field(const csv_field *f, const char *s, size_t n, char delim)
{
	if (f->quoted)
		csv_put_quoted(stdout, s, n);
	else if (s == f->data && !cli.excel)
		fwrite(s, 1, n, stdout);
	else
		csv_put_field(stdout, s, n, delim);
}

/* Where a record comes from, for the notes about it. */
typedef struct {
	const char *file;
	long line;
} origin;

static void put_rewritten(anon_engine *e, const csv_field *f, char delim,
			  strbuf *buf, const origin *at)
{
	unsigned long before = engine_unscanned(e);

	if (engine_rewrite(e, f->data, f->len, buf) > 0)
		put_field(f, buf->s, buf->len, delim);
	else
		put_field(f, f->data, f->len, delim);
	if (engine_unscanned(e) != before)
		note(_("%s:%ld: a cell could not be scanned within the limits and "
		       "was replaced whole"), at->file, at->line);
}

/* A row with more or fewer fields than the header (an unquoted comma in a
 * hand-made file is enough) cannot be mapped to the columns: every field of
 * it is treated as free text, so none leaves unredacted. */
static void put_record(anon_engine *e, const csv_record *rec,
		       const bool *target, size_t ntarget, char delim,
		       strbuf *buf, const origin *at)
{
	bool ragged = ntarget > 0 && rec->nfields != ntarget;

	if (ragged)
		engine_note_ragged(e);
	engine_record_begin(e);
	for (size_t i = 0; i < rec->nfields; i++) {
		const csv_field *f = &rec->fields[i];
		if (i)
			putchar(csv_out_delimiter(delim));
		if (ragged || (i < ntarget && target[i]))
			put_rewritten(e, f, delim, buf, at);
		else
			put_field(f, f->data, f->len, delim);
	}
	engine_record_end(e);
	fputs(rec->crlf ? "\r\n" : "\n", stdout);
}

/* Which fields of the header are to be rewritten (every field of that
 * name: a header may name a column twice); a name the header lacks is a
 * data error. */
static bool *find_columns(const csv_record *hdr, const char *cols,
			  const char *name)
{
	size_t n;
	char **list = split_list(cols, ',', &n);
	bool *target = xcalloc(hdr->nfields + 1, sizeof *target);

	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(list[i]);
		bool found = false;
		for (size_t k = 0; k < hdr->nfields; k++)
			if (hdr->fields[k].len == len &&
			    memcmp(hdr->fields[k].data, list[i], len) == 0)
				found = target[k] = true;
		if (!found)
			die_at(EXIT_DATA, name, hdr->line, _("no column named '%s'"), list[i]);
	}
	free_list(list, n);
	return target;
}

/* The columns, fixed by the first file's header. */
typedef struct {
	csv_header header;
	bool *target;
} csv_layout;

static void run_csv(anon_engine *e, const char *path, const char *cols,
		    csv_layout *l)
{
	csv_options opt = { .delimiter = cli.delimiter, .encoding = CSV_ENC_UTF8,
			     .keep_quoting = true };
	csv_reader *r = csv_open_or_die(path, &opt);
	const csv_record *rec;
	strbuf buf = { 0 };
	char delim;

	if (!csv_next_or_die(r, &rec))
		die(EXIT_DATA, _("%s: empty input (no header line)"), csv_name(r));
	delim = (char)csv_delimiter(r);
	if (csv_header_first(&l->header, rec, csv_name(r))) {
		origin at = { csv_name(r), rec->line };
		l->target = find_columns(rec, cols, csv_name(r));
		put_record(e, rec, l->target, 0, delim, &buf, &at);
	}
	while (csv_next_or_die(r, &rec)) {
		origin at = { csv_name(r), rec->line };
		put_record(e, rec, l->target, l->header.n, delim, &buf, &at);
	}
	csv_close_or_die(r);
	sb_free(&buf);
}

static void free_layout(csv_layout *l)
{
	csv_header_free(&l->header);
	free(l->target);
}

static void text_line(anon_engine *e, char *line, size_t len, const char *name,
		      long lineno, strbuf *buf)
{
	size_t n = len, bad;

	if (n && line[n - 1] == '\n')
		n--;
	if (n && line[n - 1] == '\r')
		n--;
	if (!utf8_valid(line, n, &bad))
		die_at(EXIT_DATA, name, lineno,
		       _("invalid UTF-8 at byte %zu (convert the file to UTF-8 first)"),
		       bad + 1);
	unsigned long before = engine_unscanned(e);
	if (engine_rewrite(e, line, n, buf) > 0)
		fwrite(buf->s, 1, buf->len, stdout);
	else
		fwrite(line, 1, n, stdout);
	fwrite(line + n, 1, len - n, stdout);
	if (engine_unscanned(e) != before)
		note(_("%s:%ld: a line could not be scanned within the limits and "
		       "was replaced whole"), name, lineno);
}

static void run_text(anon_engine *e, const char *path)
{
	bool std = strcmp(path, "-") == 0;
	FILE *fp = std ? stdin : fopen(path, "r");
	const char *name = std ? _("(stdin)") : path;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0;
	strbuf buf = { 0 };

	if (!fp)
		die(EXIT_DATA, _("cannot open %s: %s"), path, strerror(errno));
	while ((len = getline(&line, &cap, fp)) >= 0)
		text_line(e, line, (size_t)len, name, ++lineno, &buf);
	if (ferror(fp))
		die(EXIT_DATA, _("cannot read %s: %s"), name, strerror(errno));
	if (!std)
		fclose(fp);
	free(line);
	sb_free(&buf);
}

static void print_stats(const anon_engine *e)
{
	unsigned long total = 0;

	fflush(stdout);
	fprintf(stderr, "kind\tcount\n");
	for (int k = 0; k < KIND_COUNT; k++) {
		fprintf(stderr, "%s\t%lu\n", kind_label((enum anon_kind)k),
			engine_count(e, (enum anon_kind)k));
		total += engine_count(e, (enum anon_kind)k);
	}
	fprintf(stderr, "total\t%lu\n", total);
	/* not items: texts replaced whole, rows that did not fit the header */
	fprintf(stderr, "unscanned\t%lu\n", engine_unscanned(e));
	fprintf(stderr, "ragged_rows\t%lu\n", engine_ragged(e));
}

int main(int argc, char **argv)
{
	options o = { 0 };
	anon_key key;
	anon_names *nm;
	anon_patterns *pat;
	anon_engine *e;
	int first;

	trygg_init(argc, argv);
	/* raw answers and perhaps a key are held from here on */
	protect_process();
	first = parse_options(argc, argv, &o);
	if (o.pseudonymise)
		pseudo_load_key(&key, o.key_file);
	nm = names_load_default();
	pat = load_patterns(&o, nm);
	names_set_strict(nm, o.strict);
	e = engine_new(pat, nm, o.pseudonymise ? &key : NULL);
	if (o.text) {
		if (first == argc)
			run_text(e, "-");
		for (int i = first; i < argc; i++)
			run_text(e, argv[i]);
	} else {
		csv_layout layout = { 0 };

		if (first == argc)
			run_csv(e, "-", o.columns, &layout);
		for (int i = first; i < argc; i++)
			run_csv(e, argv[i], o.columns, &layout);
		free_layout(&layout);
	}
	if (o.stats)
		print_stats(e);
	if (o.strict)
		note(ngettext("--strict: %lu more word that could be a name was replaced",
			      "--strict: %lu more words that could be names were replaced",
			      names_strict_count(nm)),
		     names_strict_count(nm));
	engine_free(e);
	patterns_free(pat);
	names_free(nm);
	free(o.patterns);
	finish_stdout();
	return EXIT_OK;
}
