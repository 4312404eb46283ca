/* csvcount - the floor for anything built on libcsv: parse a CSV file with
 * libcsv's defaults and count fields and records, nothing else.
 * cc -O2 bench/csvcount.c -lcsv -o bench/data/csvcount */
#include <csv.h>
#include <stdio.h>

static unsigned long long fields, records;

static void on_field(void *s, size_t n, void *d) { (void)s; (void)n; (void)d; fields++; }
static void on_record(int c, void *d) { (void)c; (void)d; records++; }

int main(int argc, char **argv)
{
	static char buf[1 << 16];
	struct csv_parser p;
	FILE *fp = argc > 1 ? fopen(argv[1], "rb") : stdin;
	size_t n;

	if (!fp || csv_init(&p, 0) != 0)
		return 1;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		if (csv_parse(&p, buf, n, on_field, on_record, NULL) != n)
			return 1;
	csv_fini(&p, on_field, on_record, NULL);
	csv_free(&p);
	printf("%llu records, %llu fields\n", records, fields);
	return 0;
}
