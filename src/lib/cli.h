/* cli.h - the program skeleton every trygg program shares.
 *
 * A program describes its own options in one table; the suite's common
 * options (trygg(7) lists them) are switched on by flags, so the same
 * letter means the same thing in every program.  --help is generated from
 * the table, option errors name the program by its short name and exit 2,
 * and -o FILE sends standard output to a temporary file beside FILE that
 * finish_stdout() renames into place, so readers never see half a file. */
#ifndef TRYGG_CLI_H
#define TRYGG_CLI_H

#include <stdbool.h>

/* Keys for long-only options: CLI_LONG + n. */
#define CLI_LONG 256

typedef struct {
	int key;          /* the short letter, or CLI_LONG + n for long only */
	const char *name; /* long name */
	const char *arg;  /* N_() name of the argument in --help; NULL: a flag */
	const char *help; /* N_() help; '\n' starts another line */
} cli_option;

/* The common options a program takes. */
enum {
	CLI_QUIET = 1 << 0,     /* -q, --quiet */
	CLI_OUTPUT = 1 << 1,    /* -o, --output FILE */
	CLI_EXCEL = 1 << 2,     /* -x, --excel */
	CLI_DELIMITER = 1 << 3, /* -d, --delimiter C */
	CLI_PROFILE = 1 << 4,   /* -P, --profile DIR */
	CLI_CODEBOOK = 1 << 5,  /* -k, --codebook FILE */
	/* What a CSV filter takes. */
	CLI_FILTER = CLI_QUIET | CLI_OUTPUT | CLI_EXCEL | CLI_DELIMITER
};

typedef struct {
	const char *usage;   /* N_() synopsis after the program name; '\n'
				separates alternative forms */
	const char *purpose; /* N_() what the program does */
	unsigned common;     /* CLI_* flags */
	const cli_option *options; /* the program's own, ended by { 0 } */
	const char *epilog;  /* N_() text after the options, or NULL */
} cli_spec;

/* The common options' values, for every module to read. */
typedef struct {
	bool quiet;
	bool excel;
	const char *output;        /* NULL: standard output */
	const char *profile;       /* NULL: $TRYGG_PROFILE or the default */
	const char *codebook;      /* NULL: none given */
	unsigned char delimiter;   /* 0: sniffed */
} cli_settings;

extern cli_settings cli;

/* Called for each of the program's own options, in command-line order. */
typedef void cli_handler(int key, const char *arg, void *ctx);

/* Parse argv by SPEC: the common options into `cli`, the program's own
 * through ON.  Handles --help, --version and option errors.  Switches
 * standard output to -o's file and the CSV writer to Excel mode when asked.
 * Returns the index of the first operand. */
int cli_parse(int argc, char **argv, const cli_spec *spec, cli_handler *on,
	      void *ctx);

/* Print --help for SPEC on stdout and exit 0 (exit 1 if stdout fails). */
_Noreturn void cli_help(const cli_spec *spec);

/* The delimiter an argument names: one character, or "tab". */
unsigned char cli_parse_delimiter(const char *s);

/* warn() unless -q was given: summaries and notes, never errors. */
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Whole number in [MIN, MAX]; a usage error naming OPTION otherwise. */
long long cli_parse_count(const char *option, const char *s, long long min,
			  long long max);
/* The --conf level: a number strictly between 0 and 1; a usage error
 * otherwise. */
double cli_parse_conf(const char *s);

#endif
