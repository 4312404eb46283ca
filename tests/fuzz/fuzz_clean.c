/* fuzz_clean - libFuzzer target for trygg-clean's record rules
 * (src/clean/process.c and the value parsers in src/clean/values.c).
 *
 * The input is a raw export: it is written to a temporary file and cleaned
 * with the default codebook (share/trygg/codebook.csv, or $FUZZ_CODEBOOK)
 * exactly as trygg-clean does: clean_open(), clean_run(), clean_close().
 * The canonical CSV that comes out must hold what SCHEMA.md promises:
 * the 14 columns in every row, valid UTF-8, and in every coded column
 * only codes from the codebook's list (each item of a multi-select). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clean/process.h"
#include "clean/rejects.h"
#include "codebook.h"
#include "csvio.h"
#include "text.h"
#include "util.h"

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "fuzz_clean: broken promise: %s (line %d)\n", #cond, __LINE__); \
	abort(); } } while (0)

static char dir[64], path[96];
static codebook *cb;

static void check_code(const char *column, const char *s, size_t n)
{
	char *code = xmemdup(s, n);

	CHECK(codebook_code_index(cb, column, code) >= 0);
	free(code);
}

/* Each '|'-separated item of a coded cell is a code of its column. */
static void check_cell(const char *column, const csv_field *f)
{
	const char *p = f->data, *end = f->data + f->len;

	if (f->len == 0 || codebook_ncodes(cb, column) == 0)
		return;
	while (p <= end) {
		const char *bar = memchr(p, '|', (size_t)(end - p));
		const char *stop = bar ? bar : end;
		check_code(column, p, (size_t)(stop - p));
		p = stop + 1;
	}
}

static void check_output(const char *text, size_t len)
{
	csv_options opt = { ',', CSV_ENC_RAW, false };
	FILE *fp = fmemopen((void *)text, len, "rb");
	csv_reader *r;
	const csv_record *rec;
	size_t ncols;
	const char *const *cols = codebook_schema_columns(&ncols);
	long row = 0;
	int st;

	if (!fp)
		abort();
	r = csv_open_stream(fp, "output", &opt);
	while ((st = csv_next(r, &rec)) == 1) {
		CHECK(rec->nfields == ncols);
		for (size_t i = 0; i < ncols; i++) {
			CHECK(utf8_valid(rec->fields[i].data, rec->fields[i].len, NULL));
			if (row > 0)
				check_cell(cols[i], &rec->fields[i]);
		}
		row++;
	}
	CHECK(st == 0);
	csv_close(r);
	fclose(fp);
}

static void remove_tmp(void)
{
	unlink(path);
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *cbpath = getenv("FUZZ_CODEBOOK");

	(void)argc;
	(void)argv;
	progname = "fuzz_clean";
	const char *cb_file = cbpath ? cbpath : "share/trygg/codebook.csv";
	cb = codebook_load_layers(&cb_file, 1);
	snprintf(dir, sizeof dir, "/tmp/fuzz_clean.XXXXXX");
	if (!cb || !mkdtemp(dir))
		abort();
	snprintf(path, sizeof path, "%s/export.csv", dir);
	atexit(remove_tmp);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp = fopen(path, "wb");
	char *text = NULL;
	size_t len = 0;
	clean_input in = { 0 };
	clean_settings cs = { 0 };
	rejects rj;
	csv_options opt = { .delimiter = 0, .encoding = CSV_ENC_DETECT };
	int rc;

	if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		abort();
	cs.cb = cb;
	cs.year = codebook_year(cb);
	cs.out = open_memstream(&text, &len);
	if (!cs.out || rejects_open(&rj, NULL) < 0)
		abort();
	cs.rj = &rj;
	in.path = path;
	in.source = "school";
	rc = clean_open(&in, &cs, &opt);
	if (rc == 0)
		rc = clean_run(&in, &cs);
	clean_close(&in);
	rejects_abort(&rj);
	fclose(cs.out);
	if (rc == 0)
		check_output(text, len);
	free(text);
	return 0;
}
