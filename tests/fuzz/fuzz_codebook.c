/* fuzz_codebook - libFuzzer target for the codebook loader
 * (src/lib/codebook.c).
 *
 * The input is written to a temporary file and loaded with
 * codebook_load_layers(), as trygg-clean -k does.  A codebook that loads is then
 * walked the way the programs use it, and every label and header must be
 * found again by its own text (the loader refuses a label that maps to two
 * codes, so each one has exactly one answer). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codebook.h"
#include "util.h"

#include "scratch.h"

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "fuzz_codebook: broken promise: %s (line %d)\n", #cond, __LINE__); \
	abort(); } } while (0)


static void walk_labels(const codebook *cb)
{
	for (size_t i = 0; i < codebook_nlabels(cb); i++) {
		const cb_entry *e = codebook_label_at(cb, i);
		const char *code = codebook_match(cb, e->profile, e->column, e->text,
						  strlen(e->text));
		CHECK(code != NULL);
		(void)codebook_display(cb, e->column, code, "en");
		(void)codebook_display(cb, e->column, code, "sv");
	}
}

static void walk_codes(const codebook *cb)
{
	size_t ncols;
	const char *const *cols = codebook_schema_columns(&ncols);

	for (size_t c = 0; c < ncols; c++) {
		for (size_t i = 0; i < codebook_ncodes(cb, cols[c]); i++) {
			const char *code = codebook_code(cb, cols[c], i);
			CHECK(codebook_code_index(cb, cols[c], code) == (long)i);
		}
	}
}

static void walk_profiles(const codebook *cb)
{
	const char *vals[8];

	for (size_t i = 0; i < codebook_nprofiles(cb); i++) {
		const char *p = codebook_profile(cb, i);
		(void)codebook_settings(cb, p, "", "timestamp", vals, 8);
		(void)codebook_settings(cb, p, "unsafe_places", "checked", vals, 8);
		(void)codebook_header(cb, p, "Kön", strlen("Kön"));
	}
	(void)codebook_header(cb, NULL, " ", 1);
	(void)codebook_year(cb);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	progname = "fuzz_codebook";
	scratch_init(progname);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp = fopen(scratch_path, "wb");
	codebook *cb;

	if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		abort();
	const char *one = scratch_path;
	cb = codebook_load_layers(&one, 1);
	if (cb) {
		walk_labels(cb);
		walk_codes(cb);
		walk_profiles(cb);
		codebook_free(cb);
	}
	return 0;
}
