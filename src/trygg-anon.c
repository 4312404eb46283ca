/* trygg-anon - replace personal data in free-text columns of a CSV stream
 * (or in every line of plain text) with placeholders or keyed pseudonyms,
 * leaving every other byte as it was. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "anon/names.h"
#include "anon/patterns.h"
#include "anon/pseudo.h"
#include "anon/redact.h"
#include "csvio.h"
#include "text.h"
#include "util.h"

typedef struct {
	const char *columns;  /* -c */
	bool text;            /* --text */
	bool pseudonymise;
	const char *key_file;
	bool stats;
	const char **patterns; /* --patterns, in order */
	size_t npatterns;
} options;

static _Noreturn void help(void)
{
	printf(_("Usage: %s -c COL[,COL...] [OPTION]... [FILE]\n"
		 "   or: %s --text [OPTION]... [FILE]...\n"), progname, progname);
	fputs(_("Replace personal data (names, personnummer, phone numbers, e-mail,\n"
		"addresses, plates, IP addresses, card and account numbers, handles)\n"
		"with placeholders such as [NAME]; everything else stays byte for byte.\n"
		"\n"
		"  -c, --columns=COLS     rewrite these CSV columns (comma-separated)\n"
		"      --text             rewrite every line of plain text\n"
		"      --pseudonymise     write keyed pseudonyms such as [NAME-3f9a1c]\n"
		"      --key=FILE         secret key for --pseudonymise (mode 600)\n"
		"      --patterns=FILE    add the patterns of FILE (kind,pattern,validator)\n"
		"      --stats            print the number of items per kind to stderr\n"
		"  -h, --help             show this help and exit\n"
		"      --version          show the version and exit\n"
		"\n"
		"Input must be UTF-8.  Make a key with:\n"
		"  head -c 32 /dev/urandom > anon.key && chmod 600 anon.key\n"), stdout);
	exit(EXIT_OK);
}

enum { OPT_TEXT = 256, OPT_PSEUDO, OPT_KEY, OPT_PATTERNS, OPT_STATS, OPT_VERSION };

static void parse_options(int argc, char **argv, options *o)
{
	static const struct option longopts[] = {
		{ "columns", required_argument, NULL, 'c' },
		{ "text", no_argument, NULL, OPT_TEXT },
		{ "pseudonymise", no_argument, NULL, OPT_PSEUDO },
		{ "pseudonymize", no_argument, NULL, OPT_PSEUDO },
		{ "key", required_argument, NULL, OPT_KEY },
		{ "patterns", required_argument, NULL, OPT_PATTERNS },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	o->patterns = xcalloc((size_t)argc, sizeof *o->patterns);
	while ((c = getopt_long(argc, argv, "c:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': o->columns = optarg; break;
		case OPT_TEXT: o->text = true; break;
		case OPT_PSEUDO: o->pseudonymise = true; break;
		case OPT_KEY: o->key_file = optarg; break;
		case OPT_PATTERNS: o->patterns[o->npatterns++] = optarg; break;
		case OPT_STATS: o->stats = true; break;
		case 'h': help();
		case OPT_VERSION: print_version();
		default:
			fprintf(stderr, _("Try '%s --help' for more information.\n"),
				progname);
			exit(EXIT_USAGE);
		}
	}
	if (!o->text == !o->columns)
		usage_error(_("give either -c COLUMNS or --text"));
	if (o->pseudonymise != (o->key_file != NULL))
		usage_error(_("--pseudonymise and --key go together"));
	if (!o->text && argc - optind > 1)
		usage_error(_("only one CSV file at a time"));
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
	patterns_compile(p);
	return p;
}

/* A field as it came: in quotes again if it was quoted. */
static void put_field(const csv_field *f, const char *s, size_t n, char delim)
{
	if (f->quoted)
		csv_put_quoted(stdout, s, n);
	else if (s == f->data)
		fwrite(s, 1, n, stdout);
	else
		csv_put_field(stdout, s, n, delim);
}

static void put_record(anon_engine *e, const csv_record *rec,
		       const bool *target, size_t ntarget, char delim,
		       strbuf *buf)
{
	for (size_t i = 0; i < rec->nfields; i++) {
		const csv_field *f = &rec->fields[i];
		if (i)
			putchar(delim);
		if (i < ntarget && target[i] &&
		    engine_rewrite(e, f->data, f->len, buf) > 0)
			put_field(f, buf->s, buf->len, delim);
		else
			put_field(f, f->data, f->len, delim);
	}
	fputs(rec->crlf ? "\r\n" : "\n", stdout);
}

/* Which fields of the header are to be rewritten; an unknown name is a
 * usage error. */
static bool *find_columns(const csv_record *hdr, const char *cols,
			  const char *name)
{
	size_t n;
	char **list = split_list(cols, ',', &n);
	bool *target = xcalloc(hdr->nfields + 1, sizeof *target);

	for (size_t i = 0; i < n; i++) {
		long idx = csv_header_index(hdr, list[i]);
		if (idx < 0) {
			warn_at(name, hdr->line, _("no column named '%s'"), list[i]);
			free_list(list, n);
			free(target);
			exit(EXIT_USAGE);
		}
		target[idx] = true;
	}
	free_list(list, n);
	return target;
}

static void run_csv(anon_engine *e, const char *path, const char *cols)
{
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_UTF8,
			     .keep_quoting = true };
	csv_reader *r = csv_open(path, &opt);
	const csv_record *rec;
	bool *target = NULL;
	size_t ntarget = 0;
	strbuf buf = { 0 };
	int rc;

	if (!r)
		die(EXIT_DATA, _("cannot open %s: %s"), path, strerror(errno));
	while ((rc = csv_next(r, &rec)) == 1) {
		if (!target) {
			target = find_columns(rec, cols, csv_name(r));
			ntarget = rec->nfields;
			put_record(e, rec, target, 0, (char)csv_delimiter(r), &buf);
			continue;
		}
		put_record(e, rec, target, ntarget, (char)csv_delimiter(r), &buf);
	}
	if (rc < 0)
		die_at(EXIT_DATA, csv_name(r), csv_errline(r), "%s", csv_errmsg(r));
	char *name = xstrdup(csv_name(r));
	if (csv_close(r) != 0)
		die(EXIT_DATA, _("cannot read %s: %s"), name, strerror(errno));
	free(name);
	free(target);
	sb_free(&buf);
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
	if (engine_rewrite(e, line, n, buf) > 0)
		fwrite(buf->s, 1, buf->len, stdout);
	else
		fwrite(line, 1, n, stdout);
	fwrite(line + n, 1, len - n, stdout);
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
}

int main(int argc, char **argv)
{
	options o = { 0 };
	anon_key key;
	anon_names *nm;
	anon_patterns *pat;
	anon_engine *e;

	trygg_init(argc, argv);
	parse_options(argc, argv, &o);
	if (o.pseudonymise)
		pseudo_load_key(&key, o.key_file);
	nm = names_load_default();
	pat = load_patterns(&o, nm);
	e = engine_new(pat, nm, o.pseudonymise ? &key : NULL);
	if (o.text) {
		if (optind == argc)
			run_text(e, "-");
		for (int i = optind; i < argc; i++)
			run_text(e, argv[i]);
	} else {
		run_csv(e, optind < argc ? argv[optind] : "-", o.columns);
	}
	if (o.stats)
		print_stats(e);
	engine_free(e);
	patterns_free(pat);
	names_free(nm);
	free(o.patterns);
	finish_stdout();
	return EXIT_OK;
}
