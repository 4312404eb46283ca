/* answers.h - the citizens' own words: the anonymised answers given with
 * --quotes (records with source, free_text, suggestion, themes,
 * mentioned_places and, if present, suggestion_themes), read twice and
 * never held whole.  For each group the report asks about (a leading
 * theme, a leading place, a leading suggestion theme) it counts the
 * answers, the channels and the codes that come with it (the themes
 * raised where a place is named, the places named with a theme), and
 * picks up to three typical quotes by the rule of trygg-plan(1), QUOTES:
 *
 *  - only groups, and channels within a group, of at least the disclosure
 *    threshold of answers are quoted (a quote is labelled with its
 *    channel, so the channel's group must be as large as any cell);
 *  - a quote is 20 to 200 characters and holds no anonymisation
 *    placeholder ("[NAME]");
 *  - typical, not extreme: the answers closest in length to the median
 *    length of the group's answers, ties broken by the text itself, so
 *    the choice does not depend on the order of the file. */
#ifndef PLAN_ANSWERS_H
#define PLAN_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>

enum answer_kind {
	ANS_THEME,     /* free_text tagged with a theme */
	ANS_PLACE,     /* free_text naming a place */
	ANS_SUGGESTION /* suggestion tagged with a suggestion theme; code ""
			  = every suggestion */
};

enum { MAX_QUOTES = 3 };

typedef struct {
	char *code;
	double n;
} code_count;

typedef struct {
	char *text;   /* whitespace made single spaces */
	char *source; /* the channel */
} chosen;

typedef struct {
	enum answer_kind kind;
	char *code;
	double n;              /* answers in the group */
	code_count *channels;  /* answers per channel */
	size_t nchannels;
	code_count *with;      /* themes (of a place) or places (of a theme) */
	size_t nwith;
	chosen q[MAX_QUOTES];
	size_t nq;
	unsigned *lengths;     /* histogram of answer lengths (first pass) */
	double median;
} answer_group;

typedef struct {
	answer_group *g;
	size_t n;
	double min_cell;
	bool suggestion_themes; /* the file has the column */
} answers;

/* An empty set; ask for groups, then read. */
answers *answers_new(double min_cell);
void answers_want(answers *a, enum answer_kind kind, const char *code);
/* Read PATH twice; exits with status 1 on a file that cannot be read or
 * lacks a column. */
void answers_read(answers *a, const char *path);
void answers_free(answers *a);

/* The group asked for, or NULL. */
const answer_group *answers_group(const answers *a, enum answer_kind kind,
				  const char *code);
/* The codes of G's `with` list with at least min_cell answers, largest
 * first (ties by code); *n gets the count.  Free the array only. */
const code_count **answers_with(const answers *a, const answer_group *g,
				size_t *n);

/* The same for G's channels. */
const code_count **answers_channels(const answers *a, const answer_group *g,
				    size_t *n);

#endif
