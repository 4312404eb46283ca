/* fuzz_anon - libFuzzer target for trygg-anon's matcher (src/anon/).
 *
 * The input is one free-text cell.  It goes through the pattern scanner
 * and the name finder the way engine_rewrite() calls them, and through
 * engine_rewrite() itself, with placeholders or (when the first byte is
 * odd) keyed pseudonyms.  Promises checked:
 *   - spans lie inside the text, are non-empty, sorted, never overlap;
 *   - spans begin and end on character boundaries and the rewritten text
 *     is valid UTF-8 (a cut through a character would put broken text in
 *     the output);
 *   - the same text with the same key gives the same output.
 * The name lists are loaded with trygg-anon's own names_load_default();
 * TRYGG_DATADIR defaults to share/trygg. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anon/names.h"
#include "anon/patterns.h"
#include "anon/pseudo.h"
#include "anon/redact.h"
#include "anon/span.h"
#include "text.h"
#include "util.h"

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "fuzz_anon: broken promise: %s (line %d)\n", #cond, __LINE__); \
	abort(); } } while (0)

static anon_names *names;
static anon_patterns *patterns;
static anon_engine *plain, *keyed;
static anon_key key;

static void load_data(void)
{
	char *path;

	names = names_load_default();
	patterns = patterns_new();
	path = trygg_data_path("anon-patterns.csv");
	patterns_load(patterns, path);
	free(path);
	patterns_set_word_check(patterns, names_is_word, names);
	patterns_compile(patterns);
}

static bool char_boundary(const uint8_t *s, size_t n, size_t at)
{
	return at == 0 || at == n || (s[at] & 0xC0) != 0x80;
}

static void check_spans(const span_list *l, const uint8_t *s, size_t n, bool utf8)
{
	size_t prev_end = 0;

	for (size_t i = 0; i < l->n; i++) {
		const anon_span *sp = &l->v[i];
		CHECK(sp->start < sp->end && sp->end <= n);
		CHECK(sp->start >= prev_end);
		CHECK((int)sp->kind >= 0 && sp->kind < KIND_COUNT);
		if (utf8) {
			CHECK(char_boundary(s, n, sp->start));
			CHECK(char_boundary(s, n, sp->end));
		}
		prev_end = sp->end;
	}
}

/* The spans of the two scanners, each checked. */
static void scan(const uint8_t *s, size_t n, bool utf8)
{
	span_list found = { 0 }, named = { 0 };

	patterns_scan(patterns, (const char *)s, n, &found);
	check_spans(&found, s, n, utf8);
	names_scan(names, (const char *)s, n, &found, &named);
	check_spans(&named, s, n, utf8);
	for (size_t i = 0; i < named.n; i++)
		CHECK(!spans_overlap(&found, named.v[i].start, named.v[i].end));
	spans_free(&found);
	spans_free(&named);
}

static void rewrite(anon_engine *e, const uint8_t *s, size_t n, bool utf8)
{
	strbuf a = { 0 }, b = { 0 };
	size_t na = engine_rewrite(e, (const char *)s, n, &a);
	size_t nb = engine_rewrite(e, (const char *)s, n, &b);

	CHECK(na == nb);
	if (na) {
		CHECK(a.len == b.len && memcmp(a.s, b.s, a.len) == 0);
		if (utf8)
			CHECK(utf8_valid(a.s, a.len, NULL));
	}
	sb_free(&a);
	sb_free(&b);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	progname = "fuzz_anon";
	setenv("TRYGG_DATADIR", "share/trygg", 0);
	load_data();
	memset(key.key, 0x5a, sizeof key.key);
	plain = engine_new(patterns, names, NULL);
	keyed = engine_new(patterns, names, &key);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The matcher is handed one NUL-terminated field of valid UTF-8:
	 * trygg-anon checks every line first (the patterns run with
	 * PCRE2_NO_UTF_CHECK, so other bytes are outside its contract). */
	char *s;
	bool utf8 = true;

	if (!utf8_valid((const char *)data, size, NULL))
		return 0;
	s = xmemdup(data, size);
	scan((const uint8_t *)s, size, utf8);
	rewrite(size && (data[0] & 1) ? keyed : plain, (const uint8_t *)s, size, utf8);
	free(s);
	return 0;
}
