/* csvdump - test driver for the CSV reader.
 *   csvdump --json FILE   records as a JSON array of header->value objects,
 *                         formatted like JSON.stringify(x, null, 2)
 *   csvdump --lines FILE  one line per record: LINE NFIELDS [crlf]
 *   csvdump --detect FILE the same, with encoding detection, then fields
 *   csvdump --rewrite FILE the records again through the CSV writer
 *   csvdump --rows [-d C] FILE  one JSON array of fields per record
 *                         (a blank line as [""]), delimiter C or guessed;
 *                         then "delimiter=C" or the error
 * Used by tests/csv.bats against the csv-spectrum corpus. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "util.h"

static void put_json_string(const char *s, size_t n)
{
	putchar('"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': fputs("\\\"", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		default:
			if (c < 0x20)
				printf("\\u%04x", c);
			else
				putchar(c);
		}
	}
	putchar('"');
}

static int dump_json(csv_reader *r)
{
	const csv_record *rec;
	char **header = NULL;
	size_t *hlen = NULL, nh = 0, nrec = 0;
	int st;

	while ((st = csv_next(r, &rec)) == 1) {
		if (!header) {
			nh = rec->nfields;
			header = xcalloc(nh, sizeof *header);
			hlen = xcalloc(nh, sizeof *hlen);
			for (size_t i = 0; i < nh; i++) {
				header[i] = xmemdup(rec->fields[i].data, rec->fields[i].len);
				hlen[i] = rec->fields[i].len;
			}
			continue;
		}
		fputs(nrec++ ? ",\n  {\n" : "[\n  {\n", stdout);
		for (size_t i = 0; i < rec->nfields && i < nh; i++) {
			fputs("    ", stdout);
			put_json_string(header[i], hlen[i]);
			fputs(": ", stdout);
			put_json_string(rec->fields[i].data, rec->fields[i].len);
			fputs(i + 1 < rec->nfields && i + 1 < nh ? ",\n" : "\n", stdout);
		}
		fputs("  }", stdout);
	}
	fputs(nrec ? "\n]\n" : "[]\n", stdout);
	for (size_t i = 0; i < nh; i++)
		free(header[i]);
	free(header);
	free(hlen);
	return st;
}

static int dump_lines(csv_reader *r, int fields)
{
	const csv_record *rec;
	int st;

	while ((st = csv_next(r, &rec)) == 1) {
		printf("%ld %zu%s", rec->line, rec->nfields, rec->crlf ? " crlf" : "");
		for (size_t i = 0; fields && i < rec->nfields; i++) {
			putchar(' ');
			if (rec->fields[i].quoted)
				putchar('q');
			put_json_string(rec->fields[i].data, rec->fields[i].len);
		}
		putchar('\n');
	}
	return st;
}

static int dump_rows(csv_reader *r)
{
	const csv_record *rec;
	int st;

	while ((st = csv_next(r, &rec)) == 1) {
		putchar('[');
		for (size_t i = 0; i < rec->nfields; i++) {
			if (i)
				putchar(',');
			put_json_string(rec->fields[i].data, rec->fields[i].len);
		}
		puts(rec->nfields ? "]" : "\"\"]");
	}
	return st;
}

static int rewrite(csv_reader *r)
{
	const csv_record *rec;
	int st;

	while ((st = csv_next(r, &rec)) == 1)
		csv_put_record(stdout, rec->fields, rec->nfields, ',');
	return st;
}

int main(int argc, char **argv)
{
	csv_options opt = { 0, CSV_ENC_UTF8, true };
	csv_reader *r;
	int st;

	trygg_init(argc, argv);
	if (argc == 5 && strcmp(argv[2], "-d") == 0) {
		opt.delimiter = (unsigned char)argv[3][0];
		argv[2] = argv[4];
		argc = 3;
	}
	if (argc != 3)
		usage_error("%s", "usage: csvdump --json|--lines|--detect|--rewrite|--rows [-d C] FILE");
	if (strcmp(argv[1], "--rows") == 0)
		opt.encoding = CSV_ENC_DETECT;
	if (strcmp(argv[1], "--detect") == 0)
		opt.encoding = CSV_ENC_DETECT;
	r = csv_open(argv[2], &opt);
	if (!r)
		die(EXIT_DATA, "%s: cannot open", argv[2]);
	if (strcmp(argv[1], "--json") == 0)
		st = dump_json(r);
	else if (strcmp(argv[1], "--rewrite") == 0)
		st = rewrite(r);
	else if (strcmp(argv[1], "--rows") == 0)
		st = dump_rows(r);
	else
		st = dump_lines(r, 1);
	if (st < 0)
		die_at(EXIT_DATA, csv_name(r), csv_errline(r), "%s", csv_errmsg(r));
	if (strcmp(argv[1], "--detect") == 0)
		printf("delimiter=%d transcoded=%d\n", csv_delimiter(r), csv_was_transcoded(r));
	if (strcmp(argv[1], "--rows") == 0)
		printf("delimiter=%d\n", csv_delimiter(r));
	csv_close(r);
	finish_stdout();
	return 0;
}
