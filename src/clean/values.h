/* values.h - turning one raw cell into canonical values: timestamps, ages,
 * multi-select lists.  Pure functions of the cell and the export profile's
 * settings; the record loop decides what to report. */
#ifndef CLEAN_VALUES_H
#define CLEAN_VALUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "codebook.h"
#include "util.h"

/* A parsed timestamp, local time. */
typedef struct {
	int year, month, day, hour, minute, second;
} stamp;

/* Parse S[0..n) (surrounding spaces ignored) with the first of FMTS that
 * matches the whole cell, else as ISO 8601 local time (YYYY-MM-DDTHH:MM,
 * or a space for the T, seconds and a fraction optional).  Formats: %Y
 * four digits, %m %d %H (0-23) %I (1-12, with %p) one or two digits, %M
 * %S two digits, %p AM or PM (a.m., pm...), a space matches one or more
 * spaces, anything else itself (ASCII case ignored).  ":SS" seconds may
 * follow %M wherever the format does not go on with ':'.  A format
 * without %Y takes YEAR.  False when nothing matches or the date does
 * not exist. */
bool stamp_parse(const char *s, size_t n, const char *const *fmts, size_t nfmts,
		 int year, stamp *out);
/* A number that orders stamps in time (seconds included). */
int64_t stamp_order(const stamp *t);
/* Append "YYYY-MM-DDTHH:MM" to OUT. */
void stamp_format(const stamp *t, strbuf *out);
/* morning / day / evening / night (SCHEMA.md) from the hour. */
const char *stamp_time_of_day(const stamp *t);

/* Age bands from the codebook's age_band codes ("13-15" ... "65+"), the
 * prefixes/suffixes an exact age may carry, and the oldest valid age. */
typedef struct {
	int *low, *high; /* high < 0: open band ("65+") */
	const char **code;
	size_t n;
	strbuf *affix;   /* folded prefixes then suffixes, NUL-separated */
	size_t nprefix, nsuffix;
	int max_age;
} age_rules;

void age_rules_init(age_rules *a, const codebook *cb, const char *profile);
void age_rules_free(age_rules *a);
/* Band code for a folded age KEY ("17", "17 ar", "ca. 40", "70+"), or NULL
 * when it is no valid exact age. */
const char *age_band_of(const age_rules *a, const char *key, size_t klen);

/* How a multi-select list cell is cut into items: separators (a word such
 * as "och" must stand between spaces), matched on folded text. */
typedef struct {
	const codebook *cb;
	const char *profile;
	const char *column;
	const char *unknown_code; /* code for an item on no list, or NULL */
	char **seps;              /* folded separators */
	size_t nseps;
	/* Scratch for list_match: the folded cell and, per folded byte, the
	 * raw span of the character it came from. */
	strbuf *folded;
	size_t *from, *to, mapcap;
	struct strmap *code_index; /* code -> its position + 1 */
	struct strmap *labels;     /* folded item -> code (or no_code), memo
				      of codebook_match_key */
} list_rules;

void list_rules_init(list_rules *l, const codebook *cb, const char *profile,
		     const char *column);
void list_rules_free(list_rules *l);

/* The result of matching a list cell: codes as a set over the column's
 * code list, and the first unknown item (raw offsets) when there is one
 * and the column has no code for unknown items. */
typedef struct {
	bool *chosen;
	size_t ncodes;
	bool invalid;
	size_t bad_off, bad_len;
} list_result;

/* Match RAW[0..n): longest label first at each item start.  Adds to
 * res->chosen (the caller clears it), sets res->invalid afresh. */
void list_match(const list_rules *l, const char *raw, size_t n, list_result *res);

#endif
