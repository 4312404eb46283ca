/* codebook.h - the codebook: what the survey tools' header texts and answer
 * labels mean in the canonical record (SCHEMA.md).
 *
 * The codebook is a CSV an analyst edits in a spreadsheet (format:
 * trygg-codebook(5); share/trygg/codebook.csv, the profile's and -k's).  Its columns are
 * found by name: type, profile, column, code, text, english.  Each row is
 * one fact:
 *   setting  a value: survey_year, fold_accents, per export profile the
 *            timestamp formats (directives CB_TIME_DIRECTIVES; any other
 *            is an error at load), multi-select separators and "checked"
 *            labels, per column age_prefix/age_suffix/age_max/unknown
 *   code     a canonical code of a column, in output order, with its
 *            Swedish (text) and English (english) display names
 *   header   a header text of an export profile and the canonical column it
 *            fills (or identity / drop), for one-column-per-option
 *            multi-selects also the option's code
 *   label    an answer label and its code (empty code: no answer), for
 *            every profile or only one where labels clash
 *
 * Matching is on keys made by codebook_fold(): case, surrounding and
 * repeated spaces, and (setting fold_accents) accents do not matter.
 * All strings returned stay valid until codebook_free(). */
#ifndef TRYGG_CODEBOOK_H
#define TRYGG_CODEBOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

typedef struct codebook codebook;

/* One header or label row of the codebook. */
typedef struct {
	const char *profile; /* "" = every profile */
	const char *column;  /* canonical column, "identity", "drop" or "" */
	const char *code;    /* "" = no answer (labels) / whole column (headers) */
	const char *text;    /* as written in the codebook */
	const char *loose;   /* header rows: loose_key() of text (text.h) */
	long line;           /* line in the codebook file, for messages */
	const char *file;    /* the codebook file the row is in */
} cb_entry;

/* Pseudo-columns of header rows. */
#define CB_IDENTITY "identity" /* the respondent's identity, for resubmissions */
#define CB_DROP "drop"         /* known, not mapped: dropped silently */

/* The conversions a timestamp format may use after '%' (and "%%"). */
#define CB_TIME_DIRECTIVES "YmdHIMSp"

/* Load the N files of PATHS in order (one file: N = 1), each adding to
 * and overriding the ones before: a later file's code row renames a code
 * in its place (codes new in later files come before the first file's
 * own), its label and header rows replace the earlier files' rows for the
 * same text, and a setting it gives replaces all earlier values of that
 * setting.  Programs get the suite's layers (generic, profile, -k) from
 * profile_codebook() in profile.h.  On error prints "prog: FILE:LINE:
 * what is wrong" and returns NULL. */
codebook *codebook_load_layers(const char *const *paths, size_t n);
void codebook_free(codebook *cb);
const char *codebook_path(const codebook *cb);

/* The canonical columns in SCHEMA.md order. */
const char *const *codebook_schema_columns(size_t *n);
long codebook_schema_index(const char *column);

/* Setting survey_year (0 if unset). */
int codebook_year(const codebook *cb);
/* Append the matching key of S[0..n) to OUT (OUT is cleared first). */
void codebook_fold(const codebook *cb, strbuf *out, const char *s, size_t n);

/* Values of setting NAME for PROFILE and COLUMN (either may be ""): the
 * profile's own rows if it has any, else the rows for every profile.
 * Fills up to MAX values into OUT and returns how many there are. */
size_t codebook_settings(const codebook *cb, const char *profile,
			 const char *column, const char *name,
			 const char **out, size_t max);

/* Codes of COLUMN in output order. */
size_t codebook_ncodes(const codebook *cb, const char *column);
const char *codebook_code(const codebook *cb, const char *column, size_t i);
/* Position of CODE in COLUMN's list, or -1. */
long codebook_code_index(const codebook *cb, const char *column,
			 const char *code);
/* Display name of CODE in COLUMN: LANG "en" gives English, anything else
 * Swedish; falls back to the other language, then to the code itself. */
const char *codebook_display(const codebook *cb, const char *column,
			     const char *code, const char *lang);

/* All label rows in file order (places and their synonyms are the labels
 * of column unsafe_places; areas those of area). */
size_t codebook_nlabels(const codebook *cb);
const cb_entry *codebook_label_at(const codebook *cb, size_t i);

/* Code for answer TEXT in COLUMN under PROFILE: tries (profile, column),
 * (profile, any column), (every profile, column), (every profile, any
 * column).  Returns the code ("" = no answer) or NULL when unknown. */
const char *codebook_match(const codebook *cb, const char *profile,
			   const char *column, const char *text, size_t n);
/* The same with a key already made by codebook_fold(). */
const char *codebook_match_key(const codebook *cb, const char *profile,
			       const char *column, const char *key, size_t klen);

/* Export profiles in file order. */
size_t codebook_nprofiles(const codebook *cb);
const char *codebook_profile(const codebook *cb, size_t i);

/* All header rows in file order (for near matches of a header). */
size_t codebook_nheaders(const codebook *cb);
const cb_entry *codebook_header_at(const codebook *cb, size_t i);

/* Header row for header TEXT: PROFILE's own rows, else rows for every
 * profile; with PROFILE NULL, the first row of any profile.  NULL if none. */
const cb_entry *codebook_header(const codebook *cb, const char *profile,
				const char *text, size_t n);

#endif
