/* table.h - the counts of trygg-tally: one entry per group, and in it, for
 * every variable, the counts per answer code.  Filled record by record
 * (tally_add_*) or from partial files (tally_merge_*). */
#ifndef TALLY_TABLE_H
#define TALLY_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tally/stats.h"
#include "text.h"

/* A count of respondents and, when weighted, their summed weights. */
struct count {
	uint64_t n;
	wide_t w;  /* sum of weights, units of 10^-9 */
};

/* A base: the respondents a share is taken of; w2 (sum of squared
 * weights, units of 10^-18) gives Kish's effective sample size. */
struct base {
	uint64_t n;
	wide_t w, w2;
};

/* One variable within one group. */
struct gvar {
	struct base base;        /* answered the question (non-empty) */
	struct base ubase;       /* answered with a code of the unsafe base */
	struct count unsafe;     /* answered with an unsafe code */
	struct count *codes;     /* indexed by the variable's code id */
	size_t ncodes;
};

/* Flags of an answer code for the derived value. */
enum { CODE_UNSAFE = 1, CODE_IN_BASE = 2, CODE_COUNTED = 4 };

struct variable {
	char *name;
	/* The derived value "unsafe": CODES (share of) BASE.  nbase == 0
	 * means every non-empty answer is in the base. */
	bool has_unsafe;
	char **unsafe_codes, **base_codes;
	size_t nunsafe, nbase;
	bool multi;             /* an answer held several codes (a|b) */
	strmap *code_ids;       /* code -> id + 1 */
	unsigned char *flags;   /* per code id */
	size_t *seen;           /* per code id: last record it was counted in */
	size_t ncodes, cap;
};

struct tally {
	size_t ngroupcols, nvars;
	char **groupcols;
	struct variable *vars;
	bool weighted;
	strmap *group_ids;      /* encoded group key -> index + 1 */
	struct gvar *gvars;     /* ngroups * nvars, flat */
	size_t ngroups, gcap;
	size_t records;
	strbuf key;             /* scratch for the group key */
};

struct tally *tally_new(char **groupcols, size_t ngroupcols, bool weighted);
/* Add a variable; returns its index. */
size_t tally_add_variable(struct tally *t, const char *name);
void tally_set_unsafe(struct variable *v, char **codes, size_t ncodes,
		      char **base, size_t nbase);
void tally_free(struct tally *t);

/* Group key for a record: the group column values, length-prefixed so
 * that no two different tuples share a key. */
void tally_key_clear(struct tally *t);
void tally_key_add(struct tally *t, const char *s, size_t len);
/* Find or create the group of the key built so far (hashed once);
 * *CREATED (if not NULL) tells whether it is new. */
size_t tally_group(struct tally *t, bool *created);

static inline struct gvar *tally_gvar(const struct tally *t, size_t g, size_t v)
{
	return &t->gvars[g * t->nvars + v];
}

/* Id of CODE in variable V, created on first sight. */
size_t tally_code_id(struct variable *v, const char *code, size_t len);
const char *tally_code(const struct variable *v, size_t id, size_t *len);
/* CODE_UNSAFE / CODE_IN_BASE of code ID under the unsafe definition. */
unsigned char tally_code_flags(const struct variable *v, size_t id);
/* The counts of code ID in a group's variable (grown on demand). */
struct count *tally_code_count(struct gvar *gv, size_t id);

/* Count one answer (a field, maybe a|b|c) of variable V in group G with
 * weight W (units of 10^-9; 0 when unweighted).  True when the answer held
 * a code not seen before (the caller checks new text once, not always). */
bool tally_add_answer(struct tally *t, size_t g, size_t v, const char *s,
		      size_t len, wide_t w);

/* The group column values of group G, decoded from its key. */
size_t tally_group_values(const struct tally *t, size_t g, const char **vals,
			  size_t *lens);

#endif
