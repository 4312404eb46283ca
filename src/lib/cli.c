/* cli.c - options, --help and option errors, the same in every program. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "util.h"

cli_settings cli;

enum { KEY_VERSION = CLI_LONG + 200 };

/* The common options, in the order --help lists them (before -h). */
static const struct {
	unsigned flag;
	cli_option opt;
} common_options[] = {
	{ CLI_PROFILE, { 'P', "profile", N_("DIR"),
			 N_("the municipality's profile folder (default:\n"
			    "$TRYGG_PROFILE, else the example profile)") } },
	{ CLI_CODEBOOK, { 'k', "codebook", N_("FILE"),
			  N_("extra codebook rows, added to the shipped\n"
			     "and the profile's codebook") } },
	{ CLI_DELIMITER, { 'd', "delimiter", N_("C"),
			   N_("input field delimiter: one character or 'tab'\n"
			      "(default: sniffed)") } },
	{ CLI_OUTPUT, { 'o', "output", N_("FILE"),
			N_("write to FILE (replaced whole, never half-written)") } },
	{ CLI_EXCEL, { 'x', "excel", NULL,
		       N_("CSV for spreadsheets: ';', decimal comma, a BOM, and\n"
			  "a ' before cells that would start a formula") } },
	{ CLI_QUIET, { 'q', "quiet", NULL, N_("no summary or notes on standard error") } },
};

static const cli_option help_options[] = {
	{ 'h', "help", NULL, N_("show this help and exit") },
	{ KEY_VERSION, "version", NULL, N_("show the version and exit") },
};

#define NCOMMON (sizeof common_options / sizeof common_options[0])
#define HELP_COLUMN 25

static size_t count_options(const cli_option *o)
{
	size_t n = 0;

	while (o && o[n].name)
		n++;
	return n;
}

static void add_option(struct option *longopts, strbuf *shortopts, size_t *n,
		       const cli_option *o)
{
	longopts[*n] = (struct option){ o->name,
		o->arg ? required_argument : no_argument, NULL, o->key };
	(*n)++;
	if (o->key < CLI_LONG) {
		sb_putc(shortopts, (char)o->key);
		if (o->arg)
			sb_putc(shortopts, ':');
	}
}

/* getopt_long's tables for SPEC: the program's options, the common ones it
 * takes, then --help and --version. */
static struct option *build_tables(const cli_spec *spec, strbuf *shortopts)
{
	size_t nown = count_options(spec->options), n = 0;
	struct option *longopts = xcalloc(nown + NCOMMON + 3, sizeof *longopts);

	sb_putc(shortopts, ':'); /* ':' for a missing argument */
	for (size_t i = 0; i < nown; i++)
		add_option(longopts, shortopts, &n, &spec->options[i]);
	for (size_t i = 0; i < NCOMMON; i++)
		if (spec->common & common_options[i].flag)
			add_option(longopts, shortopts, &n, &common_options[i].opt);
	for (size_t i = 0; i < 2; i++)
		add_option(longopts, shortopts, &n, &help_options[i]);
	return longopts;
}

/* Columns a UTF-8 string takes in a terminal: one per character (the
 * option names and translated argument names hold no wide characters). */
static size_t display_width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* "  -g, --group=COLS" padded to the help column, then the help lines. */
static void print_option(const cli_option *o)
{
	strbuf b = { 0 };
	const char *help = _(o->help), *nl;

	if (o->key < CLI_LONG)
		sb_printf(&b, "  -%c, --%s", o->key, o->name);
	else
		sb_printf(&b, "      --%s", o->name);
	if (o->arg)
		sb_printf(&b, "=%s", _(o->arg));
	if (display_width(b.s) + 1 >= HELP_COLUMN) {
		puts(b.s);
		sb_clear(&b);
	}
	printf("%s%*s", b.len ? b.s : "", HELP_COLUMN - (int)display_width(b.len ? b.s : ""), "");
	while ((nl = strchr(help, '\n')) != NULL) {
		printf("%.*s\n%*s", (int)(nl - help), help, HELP_COLUMN, "");
		help = nl + 1;
	}
	puts(help);
	sb_free(&b);
}

static void print_usage_lines(const char *usage)
{
	const char *line = usage, *nl;
	bool first = true;

	do {
		nl = strchr(line, '\n');
		printf(first ? _("Usage: %s %.*s\n") : _("  or:  %s %.*s\n"), progname,
		       nl ? (int)(nl - line) : (int)strlen(line), line);
		first = false;
		line = nl + 1;
	} while (nl);
}

void cli_help(const cli_spec *spec)
{
	print_usage_lines(_(spec->usage));
	printf("%s\n\n", _(spec->purpose));
	for (size_t i = 0; spec->options && spec->options[i].name; i++)
		print_option(&spec->options[i]);
	for (size_t i = 0; i < NCOMMON; i++)
		if (spec->common & common_options[i].flag)
			print_option(&common_options[i].opt);
	for (size_t i = 0; i < 2; i++)
		print_option(&help_options[i]);
	if (spec->epilog)
		printf("\n%s\n", _(spec->epilog));
	fputs(_("\nWith no FILE, or when FILE is -, read standard input.\n"
		"Exit status: 0 ok, 1 data or I/O error, 2 usage error.\n"), stdout);
	finish_stdout();
	exit(EXIT_OK);
}

unsigned char cli_parse_delimiter(const char *s)
{
	if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0 || strcmp(s, "\t") == 0)
		return '\t';
	if (strlen(s) != 1 || s[0] == '"' || s[0] == '\n' || s[0] == '\r')
		usage_error(_("invalid delimiter '%s': give one character, or 'tab'"), s);
	return (unsigned char)s[0];
}

long long cli_parse_count(const char *option, const char *s, long long min,
			  long long max)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno || v < min || v > max)
		usage_error(_("%s needs a whole number from %lld to %lld"), option, min, max);
	return v;
}

double cli_parse_conf(const char *s)
{
	char *end;
	double c;

	errno = 0;
	c = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || errno || !(c > 0 && c < 1))
		usage_error(_("--conf needs a level between 0 and 1, such as 0.95"));
	return c;
}

void note(const char *fmt, ...)
{
	va_list ap;

	if (cli.quiet)
		return;
	va_start(ap, fmt);
	vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
}

static bool handle_common(int key, const char *arg)
{
	switch (key) {
	case 'q': cli.quiet = true; return true;
	case 'x': cli.excel = true; return true;
	case 'o': cli.output = strcmp(arg, "-") == 0 ? NULL : arg; return true;
	case 'P': cli.profile = arg; return true;
	case 'k': cli.codebook = arg; return true;
	case 'd': cli.delimiter = cli_parse_delimiter(arg); return true;
	default: return false;
	}
}

static bool is_common(const cli_spec *spec, int key)
{
	for (size_t i = 0; i < NCOMMON; i++)
		if (common_options[i].opt.key == key)
			return spec->common & common_options[i].flag;
	return false;
}

/* getopt's own messages carry the full path; ours name the program. */
static _Noreturn void option_error(int c, char **argv)
{
	const char *arg = argv[optind - 1];

	if (c == ':')
		usage_error(_("option '%s' needs an argument"), arg);
	if (optopt && optopt < CLI_LONG && strncmp(arg, "--", 2) != 0)
		usage_error(_("unknown option '-%c'"), optopt);
	usage_error(_("unknown option '%s'"), arg);
}

int cli_parse(int argc, char **argv, const cli_spec *spec, cli_handler *on,
	      void *ctx)
{
	strbuf shortopts = { 0 };
	struct option *longopts = build_tables(spec, &shortopts);
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, shortopts.s, longopts, NULL)) != -1) {
		if (c == 'h')
			cli_help(spec);
		else if (c == KEY_VERSION)
			print_version();
		else if (c == '?' || c == ':')
			option_error(c, argv);
		else if (!(is_common(spec, c) && handle_common(c, optarg)))
			on(c, optarg, ctx);
	}
	free(longopts);
	sb_free(&shortopts);
	if (cli.output)
		output_to_file(cli.output);
	if (cli.excel)
		csv_writer_excel(stdout);
	return optind;
}
