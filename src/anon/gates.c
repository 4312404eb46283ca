/* gates.c - a row is tried only where one of its needs follows within its
 * gaps.  Per text, every need is found once, in one pass, and the places
 * no need is near are taken out of the places the scan stops at (most
 * words of a text are far from any digit, '@' or ':'); the runs of white
 * space before every byte are counted once, and a gate whose needs do not
 * occur again takes its rows out for the rest of the text. */
#include "anon/gates.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* A string a match of the row must contain from its start on; "\\d" is
 * any ASCII digit.  AT is where it next occurs in the text being scanned
 * (NEED_UNKNOWN before the first look, -1 when it does not occur again). */
typedef struct {
	char *lit;
	size_t len;
	size_t key; /* the byte of LIT searched for: the least common one */
	uint32_t head, head_mask; /* its first four bytes (fewer: masked) */
	long at;
	long fresh; /* AT at the start of a text (see gates_finish) */
	long gaps;  /* the most gaps of a gate with this need (-1: any) */
	size_t marked; /* per text: where its last window ended (mark_window) */
} need;

#define NEED_UNKNOWN (-2)
#define MAX_AFTER 8 /* bytes before a key byte tried in the pass */

/* Rows with the same needs and gaps pass or fail together. */
typedef struct {
	size_t *needs;    /* indexes into the needs of all rows */
	size_t nneeds;
	long gaps;
	row_set rows;
	long first;       /* per text: where a need next occurs (-1 never) */
	uint32_t first_runs; /* the runs of white space before FIRST */
} gate;

struct row_gates {
	need *needs;              /* distinct needs of all rows */
	size_t nneeds;
	gate gates[MAX_FAST_ROWS];
	size_t ngates;
	row_set with_needs;       /* rows that have needs */
	uint64_t gate_of_row[MAX_FAST_ROWS]; /* the bit of the row's gate */
	uint64_t gates_of_byte[256]; /* gates of the rows that can begin with it */
	uint64_t live_gates;      /* per text: gates whose needs may still occur */
	/* The gates whose one need is a digit, asked at once: where the next
	 * digit is and how many runs of white space come before it. */
	uint64_t digit_gates;
	row_set digit_rows;
	size_t digit;             /* the index of the need "\\d" */
	row_set *digit_open;      /* rows open with R runs before the digit */
	size_t ndigit_open;       /* the last entry: R of that many or more */
	/* Per text, 64 bytes a word: bit i of DIGITS[i / 64] says S[i] is an
	 * ASCII digit, of STARTS that a run of white space starts there;
	 * BEFORE[w] counts the runs that start before word w. */
	uint64_t *digits, *starts;
	uint64_t *unblocked;      /* per text: bit i: S[i - 1] is no ASCII letter or
				   * digit, and S[i] begins a character (and,
				   * when all_gated, a need is within gaps) */
	uint64_t *open;           /* per text: where a need is within gaps */
	size_t *by_key;           /* the literal needs, by their key byte */
	size_t nliterals;
	size_t *key_runs;         /* how many needs of BY_KEY share each key byte */
	size_t nkey_runs;
	size_t *rare_runs;        /* the runs of a rare key byte: their first */
	size_t nrare_runs;        /* need in BY_KEY and their length, by twos */
	/* The needs of a common key byte (see find_key_bytes) are found at
	 * the places gates_prepare marks in KEYHITS: BY_KEY[KEY_FIRST[b] ..
	 * KEY_FIRST[b] + KEY_COUNT[b]) are those of key byte b, KEYVEC the
	 * common key bytes, sixteen copies of each (for SSE2).  A key byte
	 * that all its needs have after the same byte (the 'a' of " at ",
	 * "namn" and "snabel") is marked only after that byte: AFTER[j] is
	 * its index in AFTERVEC, -1 for none. */
	size_t key_first[256], key_count[256];
	unsigned char (*keyvec)[16];
	size_t nkeys;
	int *after;
	unsigned char (*aftervec)[16];
	size_t nafter;
	uint64_t *keyhits;        /* per text: bit i: S[i] is a common key byte
				   * (after its byte of AFTERVEC) */
	/* The rare key bytes, when every one is ASCII punctuation or a
	 * capital (RARE_BY_CLASS): gates_prepare marks in RAREHITS every
	 * such byte of the text, in the pass it makes anyway, and
	 * block_far_places looks up the needs of each in RARE_FIRST and
	 * RARE_COUNT (as KEY_FIRST and KEY_COUNT) instead of a memchr per
	 * rare key byte and text (most texts have none of them). */
	bool rare_by_class;
	size_t rare_first[256], rare_count[256];
	uint64_t *rarehits;
	size_t digit_need;        /* the index of the need "\\d", if any */
	uint32_t *before;
	/* Per text: the last byte of each run of white space, and how many
	 * of them come before the place last asked (Q only grows) */
	uint32_t *run_ends;
	size_t nends, ended;
	size_t ndigits;           /* words that cover the text */
	bool all_gated;           /* every row has needs: a place no need
				   * opens can be passed over */
	long digit_runs_at;       /* per text: runs_before of this digit is */
	uint32_t digit_runs;      /* DIGIT_RUNS (-1: none yet) */
	size_t capwords;
};

row_gates *gates_new(void)
{
	return xcalloc(1, sizeof(row_gates));
}

void gates_free(row_gates *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->nneeds; i++)
		free(g->needs[i].lit);
	free(g->needs);
	for (size_t i = 0; i < g->ngates; i++)
		free(g->gates[i].needs);
	free(g->digit_open);
	free(g->run_ends);
	free(g->digits);
	free(g->starts);
	free(g->before);
	free(g->unblocked);
	free(g->open);
	free(g->by_key);
	free(g->key_runs);
	free(g->rare_runs);
	free(g->keyvec);
	free(g->after);
	free(g->aftervec);
	free(g->keyhits);
	free(g->rarehits);
	free(g);
}

row_set gates_with_needs(const row_gates *g)
{
	return g->with_needs;
}

/* How common byte C is in survey answers: white space and the letters
 * most used in Swedish text rank high, anything else 0. */
static int byte_rank(unsigned char c)
{
	static const char common[] = "qzwxjyöcåbäpufhvgkmodlistrnae ";
	const char *at = c ? strchr(common, c) : NULL;

	return at ? (int)(at - common) + 1 : 0;
}

/* The offset of the least common byte of the literal LIT. */
static size_t rarest_byte(const char *lit)
{
	size_t best = 0;

	for (size_t i = 1; lit[i]; i++)
		if (byte_rank((unsigned char)lit[i]) < byte_rank((unsigned char)lit[best]))
			best = i;
	return best;
}

/* HEAD and HEAD_MASK of ND, for lit_at: in the order of the bytes in
 * memory, as lit_at loads them. */
static void set_head(need *nd)
{
	unsigned char mask[4] = { 0 };
	size_t len = nd->len < 4 ? nd->len : 4;

	nd->head = 0;
	memcpy(&nd->head, nd->lit, len);
	memset(mask, 0xFF, len);
	memcpy(&nd->head_mask, mask, sizeof mask);
}

/* The index of the need LIT, shared by every row that has it so that
 * each is searched once per text. */
static size_t need_index(row_gates *g, const char *lit)
{
	for (size_t i = 0; i < g->nneeds; i++)
		if (strcmp(g->needs[i].lit, lit) == 0)
			return i;
	g->needs = xrealloc(g->needs, (g->nneeds + 1) * sizeof *g->needs);
	g->needs[g->nneeds].lit = xstrdup(lit);
	g->needs[g->nneeds].len = strlen(lit);
	g->needs[g->nneeds].key = rarest_byte(lit);
	set_head(&g->needs[g->nneeds]);
	g->needs[g->nneeds].gaps = 0;
	return g->nneeds++;
}

static bool is_digit_need(const need *nd)
{
	return nd->len == 2 && nd->lit[0] == '\\' && nd->lit[1] == 'd';
}

/* The gate of the needs L[0..n) with GAPS (L is kept or freed). */
static gate *gate_of(row_gates *g, size_t *l, size_t n, long gaps)
{
	gate *gt = g->gates;

	while (gt < g->gates + g->ngates &&
	       !(gt->gaps == gaps && gt->nneeds == n &&
		 memcmp(gt->needs, l, n * sizeof *l) == 0))
		gt++;
	if (gt < g->gates + g->ngates) {
		free(l);
		return gt;
	}
	gt->needs = l;
	gt->nneeds = n;
	gt->gaps = gaps;
	gt->rows = 0;
	for (size_t k = 0; k < n; k++) {
		need *nd = &g->needs[l[k]];
		if (gaps < 0 || (nd->gaps >= 0 && gaps > nd->gaps))
			nd->gaps = gaps;
	}
	if (n == 1 && is_digit_need(&g->needs[l[0]])) {
		g->digit_gates |= (uint64_t)1 << g->ngates;
		g->digit = l[0];
	}
	g->ngates++;
	return gt;
}

void gates_add_row(row_gates *g, size_t row, const char *spec, long gaps)
{
	size_t n, k = 0;
	char **list = split_list(spec, '|', &n);
	size_t *l = xcalloc(n + 1, sizeof *l);
	gate *gt;

	for (size_t i = 0; i < n; i++)
		if (list[i][0])
			l[k++] = need_index(g, list[i]);
	free_list(list, n);
	if (k == 0 || row >= MAX_FAST_ROWS) {
		free(l);
		return;
	}
	gt = gate_of(g, l, k, gaps);
	if (g->digit_gates >> (gt - g->gates) & 1)
		g->digit_rows |= (row_set)1 << row;
	gt->rows |= (row_set)1 << row;
	g->with_needs |= (row_set)1 << row;
	g->gate_of_row[row] = (uint64_t)1 << (gt - g->gates);
}

/* DIGIT_OPEN[r]: the rows of the digit gates that allow R runs of white
 * space before the next digit. */
static void tabulate_digit_gates(row_gates *g)
{
	long most = 0;

	for (uint64_t b = g->digit_gates; b; b &= b - 1)
		if (g->gates[__builtin_ctzll(b)].gaps > most)
			most = g->gates[__builtin_ctzll(b)].gaps;
	g->ndigit_open = (size_t)most + 2;
	g->digit_open = xcalloc(g->ndigit_open, sizeof *g->digit_open);
	for (size_t r = 0; r < g->ndigit_open; r++)
		for (uint64_t b = g->digit_gates; b; b &= b - 1) {
			const gate *gt = &g->gates[__builtin_ctzll(b)];
			if (gt->gaps < 0 || (long)r <= gt->gaps)
				g->digit_open[r] |= gt->rows;
		}
}

/* The byte that every need of BY_KEY[0..m) (one key byte) has just
 * before its key byte, as its index in AFTERVEC (added if new); -1 when
 * they have none in common. */
static int after_index(row_gates *g, const size_t *by_key, size_t m)
{
	const need *first = &g->needs[by_key[0]];
	unsigned char c;
	size_t i = 0;

	for (size_t k = 0; k < m; k++) {
		const need *nd = &g->needs[by_key[k]];
		if (nd->key == 0 || nd->lit[nd->key - 1] != first->lit[first->key - 1])
			return -1;
	}
	c = (unsigned char)first->lit[first->key - 1];
	while (i < g->nafter && g->aftervec[i][0] != c)
		i++;
	if (i == MAX_AFTER)
		return -1;
	if (i == g->nafter)
		memset(g->aftervec[g->nafter++], c, 16);
	return (int)i;
}

/* Is C a byte of the class rare64 marks: ASCII, and no small letter,
 * digit or white space (PCRE2's \s), nor NUL? */
static bool rare_class(unsigned char c)
{
	return c > 0 && c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') &&
	       c != ' ' && !(c >= '\t' && c <= '\r');
}
/* The common key bytes (a letter of byte_rank: the 't' of " at ", the 'm'
 * of "namn") occur a few times in every text: memchr would stop at each,
 * a call and its set-up a time, and every stop would compare the needs,
 * where gates_prepare's pass marks them all at a compare per sixteen
 * bytes, and only after the byte before them in their needs ("at", "am"),
 * which leaves few stops.  A rare one ('@', '(') costs one call of memchr
 * per text, about as much as the compares. */
static void find_key_bytes(row_gates *g)
{
	g->keyvec = xcalloc(g->nkey_runs + 1, sizeof *g->keyvec);
	g->aftervec = xcalloc(g->nkey_runs + 1, sizeof *g->aftervec);
	g->after = xcalloc(g->nkey_runs + 1, sizeof *g->after);
	g->rare_runs = xcalloc(2 * g->nkey_runs + 1, sizeof *g->rare_runs);
	g->rare_by_class = true;
	for (size_t r = 0, k = 0; r < g->nkey_runs; k += g->key_runs[r++]) {
		const need *nd = &g->needs[g->by_key[k]];
		unsigned char key = (unsigned char)nd->lit[nd->key];
		if (byte_rank(key) == 0) {
			g->rare_runs[2 * g->nrare_runs] = k;
			g->rare_runs[2 * g->nrare_runs++ + 1] = g->key_runs[r];
			g->rare_first[key] = k;
			g->rare_count[key] = g->key_runs[r];
			if (!rare_class(key))
				g->rare_by_class = false;
			continue;
		}
		g->key_first[key] = k;
		g->key_count[key] = g->key_runs[r];
		g->after[g->nkeys] = after_index(g, g->by_key + k, g->key_runs[r]);
		memset(g->keyvec[g->nkeys++], key, 16);
	}
}

/* KEY_RUNS: the needs of BY_KEY with the same key byte, counted once
 * here, not per text in block_far_places. */
static void count_key_runs(row_gates *g)
{
	g->key_runs = xcalloc(g->nliterals + 1, sizeof *g->key_runs);
	for (size_t k = 0, m; k < g->nliterals; k += m) {
		const need *nd = &g->needs[g->by_key[k]];
		for (m = 1; k + m < g->nliterals; m++) {
			const need *next = &g->needs[g->by_key[k + m]];
			if (next->lit[next->key] != nd->lit[nd->key])
				break;
		}
		g->key_runs[g->nkey_runs++] = m;
	}
}

/* BY_KEY: the literal needs in the order of their key bytes (for
 * block_far_places); DIGIT_NEED: the need "\\d". */
static void sort_needs_by_key(row_gates *g)
{
	g->by_key = xcalloc(g->nneeds + 1, sizeof *g->by_key);
	for (size_t i = 0; i < g->nneeds; i++) {
		const need *nd = &g->needs[i];
		size_t k = g->nliterals;
		if (is_digit_need(nd)) {
			g->digit_need = i;
			continue;
		}
		/* insertion: a few dozen needs, once */
		while (k > 0 && (unsigned char)g->needs[g->by_key[k - 1]].lit[g->needs[g->by_key[k - 1]].key] >
				       (unsigned char)nd->lit[nd->key]) {
			g->by_key[k] = g->by_key[k - 1];
			k--;
		}
		g->by_key[k] = i;
		g->nliterals++;
	}
	count_key_runs(g);
}

void gates_finish(row_gates *g, const row_set starts_with[256])
{
	g->all_gated = true;
	for (unsigned b = 0; b < 256; b++) {
		for (row_set r = starts_with[b] & g->with_needs; r; r &= r - 1)
			g->gates_of_byte[b] |= g->gate_of_row[__builtin_ctzll(r)];
		if (starts_with[b] & ~g->with_needs)
			g->all_gated = false;
	}
	sort_needs_by_key(g);
	find_key_bytes(g);
	tabulate_digit_gates(g);
	/* block_far_places finds the literal needs, or they are not there */
	for (size_t i = 0; i < g->nneeds; i++)
		g->needs[i].fresh = g->all_gated && !is_digit_need(&g->needs[i]) ? -1 : NEED_UNKNOWN;
}

/* The next bit at or after Q (-1: none) of the per-text BITS of
 * gates_prepare: a word of 64 bytes at a time. */
static long next_bit(const row_gates *g, const uint64_t *bits, size_t q)
{
	size_t w = q / 64;
	uint64_t word;

	if (w >= g->ndigits)
		return -1;
	word = bits[w] & (~(uint64_t)0 << (q % 64));
	while (!word) {
		if (++w >= g->ndigits)
			return -1;
		word = bits[w];
	}
	return (long)(w * 64 + (size_t)__builtin_ctzll(word));
}

const uint64_t *gates_unblocked(const row_gates *g, size_t *nwords)
{
	*nwords = g->ndigits;
	return g->unblocked;
}

/* Where NEED next occurs at or after Q (-1: nowhere).  Q only grows
 * during the scan of one text, so each need is searched once per text.
 * The search jumps (memchr) to the least common byte of the need, not its
 * first, which is often a space or a common letter (" at ", "namn"). */
static long need_search(const row_gates *g, need *nd, const char *s, size_t n,
			size_t q)
{
	size_t i = q + nd->key;

	if (is_digit_need(nd)) {
		nd->at = next_bit(g, g->digits, q);
		return nd->at;
	}
	nd->at = -1;
	while (i < n) {
		const char *c = memchr(s + i, nd->lit[nd->key], n - i);
		size_t start;
		if (!c)
			break;
		start = (size_t)(c - s) - nd->key;
		/* the first and last bytes first: most places of a common
		 * key byte ('t' of " at ") fail there, without a call */
		if (nd->len <= n - start && s[start] == nd->lit[0] &&
		    s[start + nd->len - 1] == nd->lit[nd->len - 1] &&
		    memcmp(s + start, nd->lit, nd->len) == 0) {
			nd->at = (long)start;
			break;
		}
		i = (size_t)(c - s) + 1;
	}
	return nd->at;
}

/* need_search, asked only when the place known is behind Q: most asks
 * are answered by what the last search found. */
static inline long need_next(const row_gates *g, need *nd, const char *s,
			     size_t n, size_t q)
{
	if (nd->at == -1 || nd->at >= (long)q)
		return nd->at;
	return need_search(g, nd, s, n, q);
}

/* Runs of white space in S[q..end): PCRE2's \s is ASCII only. */
/* The bits set in X: without a popcnt instruction (not in the x86-64
 * baseline) the compiler's builtin is a call; this is a dozen operations. */
static inline uint32_t bits_in(uint64_t x)
{
	x -= (x >> 1) & UINT64_C(0x5555555555555555);
	x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
	x = (x + (x >> 4)) & UINT64_C(0x0f0f0f0f0f0f0f0f);
	return (uint32_t)((x * UINT64_C(0x0101010101010101)) >> 56);
}

/* The runs of white space that start before byte I (I <= n). */
static uint32_t runs_before(const row_gates *g, size_t i)
{
	return g->before[i / 64] +
	       bits_in(g->starts[i / 64] & (((uint64_t)1 << (i % 64)) - 1));
}

/* The runs of white space in S[q..end) are runs_before(end) less this
 * base of Q: the runs before Q, but for the one Q is inside of, that is
 * the runs that end before Q.  Q only grows: a cursor counts them. */
static inline uint32_t runs_base(row_gates *g, size_t q)
{
	while (g->ended < g->nends && g->run_ends[g->ended] < q)
		g->ended++;
	return (uint32_t)g->ended;
}

/* The runs of white space before the next digit D, asked at every place
 * until the scan passes D: kept. */
static uint32_t runs_before_digit(row_gates *g, size_t d)
{
	if (g->digit_runs_at != (long)d) {
		g->digit_runs_at = (long)d;
		g->digit_runs = runs_before(g, d);
	}
	return g->digit_runs;
}

/* Where one of the needs of G next occurs at or after Q (-1: never). */
static long gate_first(row_gates *rg, const gate *g, const char *s,
		       size_t n, size_t q)
{
	long first = -1;

	for (size_t k = 0; k < g->nneeds; k++) {
		long at = need_next(rg, &rg->needs[g->needs[k]], s, n, q);
		if (at >= 0 && (first < 0 || at < first))
			first = at;
	}
	return first;
}

/* The rows of the digit gates open at Q (see tabulate_digit_gates); with
 * no digit ahead they are dead for the rest of the text. */
static row_set digits_open(row_gates *g, const char *s, size_t n,
			   size_t q, row_set *alive)
{
	long d = need_next(g, &g->needs[g->digit], s, n, q);
	size_t runs;

	if (d < 0) {
		*alive &= ~g->digit_rows;
		g->live_gates &= ~g->digit_gates;
		return 0;
	}
	runs = runs_before_digit(g, (size_t)d) - runs_base(g, q);
	return g->digit_open[runs < g->ndigit_open ? runs : g->ndigit_open - 1];
}

row_set gates_open(row_gates *rg, row_set may, const char *s, size_t n,
		   size_t q, row_set *alive)
{
	row_set open = ~rg->with_needs;
	uint64_t asked = rg->gates_of_byte[(unsigned char)s[q]] & rg->live_gates;

	if (asked & rg->digit_gates) {
		open |= digits_open(rg, s, n, q, alive);
		asked &= ~rg->digit_gates;
	}
	for (; asked; asked &= asked - 1) {
		gate *g = &rg->gates[__builtin_ctzll(asked)];
		if (g->first < (long)q) {
			g->first = gate_first(rg, g, s, n, q);
			if (g->first >= 0)
				g->first_runs = runs_before(rg, (size_t)g->first);
		}
		if (g->first < 0) {
			*alive &= ~g->rows;
			rg->live_gates &= ~((uint64_t)1 << (g - rg->gates));
		} else if (g->gaps < 0 ||
			   g->first_runs - runs_base(rg, q) <= (uint32_t)g->gaps) {
			open |= g->rows;
		}
	}
	return may & open & *alive;
}

/* Bits of the 64 bytes at P: *SPACE of the white space (PCRE2's \s is
 * ASCII only: space, \t to \r), *DIGIT of the ASCII digits.  Sixteen
 * bytes at a time where the processor has SSE2 (every x86-64). */
typedef struct {
	uint64_t space, digit, letter; /* letter: ASCII letters */
	uint64_t inside; /* the bytes that continue a UTF-8 character */
} byte_bits;

#ifdef __SSE2__
static inline uint64_t places16(const unsigned char *p, __m128i c)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);

	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, c));
}
#endif

/* The places of the byte C (sixteen copies at C16) among the 64 bytes
 * at P. */
static uint64_t places64(const unsigned char *p, const unsigned char *c16)
{
#ifdef __SSE2__
	__m128i c = _mm_loadu_si128((const __m128i *)(const void *)c16);

	/* written out: the compiler keeps a loop of four */
	return places16(p, c) | places16(p + 16, c) << 16 | places16(p + 32, c) << 32 |
	       places16(p + 48, c) << 48;
#else
	uint64_t bits = 0;

	for (int k = 0; k < 64; k++)
		bits |= (uint64_t)(p[k] == c16[0]) << k;
	return bits;
#endif
}

/* The places of the common key bytes (find_key_bytes) among the 64 bytes
 * at P, after the byte of AFTER where they have one; BEFORE is the byte
 * before P[0] (0 at the start of the text). */
static uint64_t keys64(const row_gates *g, const unsigned char *p, unsigned char before)
{
	uint64_t after[MAX_AFTER], bits = 0;

	for (size_t i = 0; i < g->nafter; i++)
		after[i] = places64(p, g->aftervec[i]) << 1 | (before == g->aftervec[i][0]);
	for (size_t j = 0; j < g->nkeys; j++) {
		uint64_t key = places64(p, g->keyvec[j]);
		bits |= g->after[j] < 0 ? key : key & after[g->after[j]];
	}
	return bits;
}

#ifdef __SSE2__
/* classify64 of the sixteen bytes at P, shifted to their place K of the
 * four in OUT. */
static inline void classify16(const unsigned char *p, int k, byte_bits *out)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i ctl = _mm_sub_epi8(v, _mm_set1_epi8('\t'));
	__m128i num = _mm_sub_epi8(v, _mm_set1_epi8('0'));
	/* x - lo <= hi - lo, unsigned: min(x - lo, hi - lo) == x - lo */
	__m128i ws = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
				  _mm_cmpeq_epi8(_mm_min_epu8(ctl, _mm_set1_epi8('\r' - '\t')), ctl));
	__m128i dd = _mm_cmpeq_epi8(_mm_min_epu8(num, _mm_set1_epi8(9)), num);
	__m128i low = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
	__m128i ll = _mm_cmpeq_epi8(_mm_min_epu8(low, _mm_set1_epi8('z' - 'a')), low);

	out->space |= (uint64_t)(unsigned)_mm_movemask_epi8(ws) << (16 * k);
	out->digit |= (uint64_t)(unsigned)_mm_movemask_epi8(dd) << (16 * k);
	out->letter |= (uint64_t)(unsigned)_mm_movemask_epi8(ll) << (16 * k);
	/* 0x80 to 0xBF are -128 to -65 as signed bytes */
	out->inside |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)))
		       << (16 * k);
}
#endif

static void classify64(const unsigned char *p, byte_bits *out)
{
	*out = (byte_bits){ 0, 0, 0, 0 };
#ifdef __SSE2__
	/* written out: the compiler keeps a loop of four */
	classify16(p, 0, out);
	classify16(p + 16, 1, out);
	classify16(p + 32, 2, out);
	classify16(p + 48, 3, out);
#else
	for (int k = 0; k < 64; k++) {
		out->space |= (uint64_t)(p[k] == ' ' || (p[k] >= '\t' && p[k] <= '\r')) << k;
		out->digit |= (uint64_t)(p[k] >= '0' && p[k] <= '9') << k;
		out->letter |= (uint64_t)((p[k] | 0x20) >= 'a' && (p[k] | 0x20) <= 'z') << k;
		out->inside |= (uint64_t)((p[k] & 0xC0) == 0x80) << k;
	}
#endif
}

/* The bytes of rare_class among the 64 at P, whose white space and
 * digits B has: the ASCII bytes less those, the small letters and NUL. */
static uint64_t rare64(const unsigned char *p, const byte_bits *b)
{
	uint64_t other = 0;
#ifdef __SSE2__
	for (int k = 0; k < 4; k++) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
		__m128i low = _mm_sub_epi8(v, _mm_set1_epi8('a'));
		/* small letters, NUL, and (by the sign bit) bytes beyond ASCII */
		__m128i no = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(low, _mm_set1_epi8('z' - 'a')), low),
					  _mm_cmpeq_epi8(v, _mm_setzero_si128()));
		other |= (uint64_t)(unsigned)(~_mm_movemask_epi8(_mm_or_si128(no, v)) & 0xFFFF)
			 << (16 * k);
	}
#else
	for (int k = 0; k < 64; k++)
		other |= (uint64_t)(p[k] > 0 && p[k] < 0x80 && !(p[k] >= 'a' && p[k] <= 'z')) << k;
#endif
	return other & ~b->space & ~b->digit;
}

static void reserve_text(row_gates *g, size_t n)
{
	g->ndigits = (n + 63) / 64;
	if (g->ndigits + 1 > g->capwords) {
		g->capwords = 2 * (g->ndigits + 1);
		g->digits = xrealloc(g->digits, g->capwords * sizeof *g->digits);
		g->starts = xrealloc(g->starts, g->capwords * sizeof *g->starts);
		g->before = xrealloc(g->before, g->capwords * sizeof *g->before);
		g->unblocked = xrealloc(g->unblocked, g->capwords * sizeof *g->unblocked);
		g->open = xrealloc(g->open, g->capwords * sizeof *g->open);
		g->keyhits = xrealloc(g->keyhits, g->capwords * sizeof *g->keyhits);
		g->rarehits = xrealloc(g->rarehits, g->capwords * sizeof *g->rarehits);
		/* a run takes two bytes with the one after it: 32 a word */
		g->run_ends = xrealloc(g->run_ends, 32 * g->capwords * sizeof *g->run_ends);
	}
}

/* Appends to RUN_ENDS the last bytes of the runs of white space that end
 * in word W, whose spaces are SP; NEXT is the first bit of the next word's. */
static void add_run_ends(row_gates *g, size_t w, uint64_t sp, uint64_t next)
{
	uint32_t *ends = g->run_ends + g->nends;

	for (uint64_t e = sp & ~(sp >> 1 | next << 63); e; e &= e - 1)
		*ends++ = (uint32_t)(64 * w + (size_t)__builtin_ctzll(e));
	g->nends = (size_t)(ends - g->run_ends);
}

/* Sets the bits of BITS from A to B, both included. */
static void mark_range(uint64_t *bits, size_t a, size_t b)
{
	size_t wa = a / 64, wb = b / 64;
	uint64_t from = ~(uint64_t)0 << (a % 64), to = ~(uint64_t)0 >> (63 - b % 64);

	if (wa == wb) {
		bits[wa] |= from & to;
		return;
	}
	bits[wa] |= from;
	for (size_t w = wa + 1; w < wb; w++)
		bits[w] = ~(uint64_t)0;
	bits[wb] |= to;
}

/* Marks in OPEN the places from which need ND, found at F, is within
 * its gaps: those after the last byte of the run of white space that
 * leaves more runs than that between them and F (gates_open asks the
 * same of the first place of a need at or after Q).  *DONE is where the
 * need's last window ended: the places of one need come in order and so
 * do their windows' starts, so only what lies past it is marked (a text
 * of one long word with a need at every byte, "xxxx…", would else mark
 * its whole start again at every byte). */
static void mark_window(const row_gates *g, const need *nd, size_t f, uint64_t *open,
			size_t *done)
{
	uint32_t runs = runs_before(g, f);
	size_t from = 0;

	if (nd->gaps >= 0 && runs > (uint32_t)nd->gaps)
		from = g->run_ends[runs - (uint32_t)nd->gaps - 1] + 1;
	if (from < *done)
		from = *done;
	if (from <= f) {
		mark_range(open, from, f);
		*done = f + 1;
	}
}

/* Marks in OPEN the places where a digit is within the gaps of the need
 * ND ("\\d"): the digits themselves, and a window before the first digit
 * of each run of them (no run of white space starts inside one). */
static void mark_digit_windows(const row_gates *g, const need *nd, uint64_t *open)
{
	uint64_t carry = 0;
	size_t done = 0;

	for (size_t w = 0; w < g->ndigits; w++) {
		uint64_t d = g->digits[w];
		open[w] |= d;
		for (uint64_t first = d & ~(d << 1 | carry); first; first &= first - 1)
			mark_window(g, nd, 64 * w + (size_t)__builtin_ctzll(first), open, &done);
		carry = d >> 63;
	}
}

/* Does the literal need ND start at S[START] (START <= N)?  Its first
 * four bytes at one load: most places of a key byte fail there. */
static inline bool lit_at(const need *nd, const char *s, size_t n, size_t start)
{
	uint32_t head;

	if (nd->len > n - start)
		return false;
	if (n - start < 4)
		return memcmp(s + start, nd->lit, nd->len) == 0;
	memcpy(&head, s + start, 4);
	return (head & nd->head_mask) == nd->head &&
	       (nd->len <= 4 || memcmp(s + start + 4, nd->lit + 4, nd->len - 4) == 0);
}

/* Marks in OPEN the window of the literal need ND if it starts at
 * S[AT - its key] (S[AT] is its key byte), and keeps its first place. */
static inline void need_at_key(row_gates *g, need *nd, const char *s, size_t n,
			       size_t at, uint64_t *open)
{
	if (at < nd->key || !lit_at(nd, s, n, at - nd->key))
		return;
	mark_window(g, nd, at - nd->key, open, &nd->marked);
	if (nd->at < 0)
		nd->at = (long)(at - nd->key);
}

/* Finds every place of the literal needs BY_KEY[0..m) (one rare key
 * byte) in one walk of memchr over the places of that byte, marks their
 * windows in OPEN and keeps the first place of each for gates_open. */
static void mark_literal_windows(row_gates *g, const size_t *by_key, size_t m,
				 const char *s, size_t n, uint64_t *open)
{
	const need *first = &g->needs[by_key[0]];
	const char key = first->lit[first->key];

	for (const char *c = memchr(s, key, n); c; c = memchr(c + 1, key, n - (size_t)(c + 1 - s)))
		for (size_t k = 0; k < m; k++)
			need_at_key(g, &g->needs[by_key[k]], s, n, (size_t)(c - s), open);
}

/* mark_literal_windows of the needs of the key bytes whose places a
 * 64-byte pass marked in HITS (each need sees its places in the order of
 * the text, as a walk of memchr gives them); FIRST and COUNT place each
 * byte's needs in by_key.  The common key bytes (keyhits) and the rare
 * ones (rarehits) each have theirs. */
static inline __attribute__((always_inline)) void
mark_windows_at(row_gates *g, const char *s, size_t n, uint64_t *open,
		const uint64_t *hits_of, const size_t *first, const size_t *count)
{
	for (size_t w = 0; w < g->ndigits; w++)
		for (uint64_t hits = hits_of[w]; hits; hits &= hits - 1) {
			size_t at = 64 * w + (size_t)__builtin_ctzll(hits);
			unsigned char key = (unsigned char)s[at];
			const size_t *k = g->by_key + first[key];
			for (const size_t *end = k + count[key]; k < end; k++)
				need_at_key(g, &g->needs[*k], s, n, at, open);
		}
}

/* Leaves unblocked only the places where a need of some gate is within
 * its gaps: every other place gates_open would answer with no row, and
 * the scan need not stop there.  Every need is found in the whole text
 * here, the literal ones a key byte at a time (c/o, C/O, C/o and c/O are
 * all found at the '/' of the text). */
static void block_far_places(row_gates *g, const char *s, size_t n)
{
	uint64_t *open = g->open;

	memset(open, 0, g->ndigits * sizeof *open);
	if (g->nneeds > g->nliterals)
		mark_digit_windows(g, &g->needs[g->digit_need], open);
	if (g->rare_by_class && g->nrare_runs)
		mark_windows_at(g, s, n, open, g->rarehits, g->rare_first, g->rare_count);
	else
		for (size_t r = 0; r < g->nrare_runs; r++)
			mark_literal_windows(g, g->by_key + g->rare_runs[2 * r],
					     g->rare_runs[2 * r + 1], s, n, open);
	if (g->nkeys)
		mark_windows_at(g, s, n, open, g->keyhits, g->key_first, g->key_count);
	for (size_t w = 0; w < g->ndigits; w++)
		g->unblocked[w] &= open[w];
}

void gates_prepare(row_gates *g, const char *s, size_t n)
{
	uint64_t carry = 0; /* the last byte of the word before was a space */
	uint64_t alcarry = 0; /* ... an ASCII letter or digit */
	uint64_t sp = 0; /* the spaces of the word before */
	uint32_t runs = 0;
	size_t w;

	for (size_t k = 0; k < g->nneeds; k++) {
		g->needs[k].at = g->needs[k].fresh;
		g->needs[k].marked = 0;
	}
	for (size_t k = 0; k < g->ngates; k++)
		g->gates[k].first = NEED_UNKNOWN;
	g->live_gates = ~(uint64_t)0;
	g->digit_runs_at = -1;
	g->nends = g->ended = 0;
	reserve_text(g, n);
	for (w = 0; w < g->ndigits; w++) {
		unsigned char tail[64] = { 0 }; /* NUL: neither space nor digit */
		const unsigned char *p = (const unsigned char *)s + 64 * w;
		byte_bits b;
		uint64_t alnum;
		if (n - 64 * w < 64) {
			memcpy(tail, p, n - 64 * w);
			p = tail;
		}
		classify64(p, &b);
		if (w > 0)
			add_run_ends(g, w - 1, sp, b.space & 1);
		sp = b.space;
		g->digits[w] = b.digit;
		/* a run starts at a space after no space */
		g->starts[w] = sp & ~(sp << 1 | carry);
		carry = sp >> 63;
		alnum = b.digit | b.letter;
		/* no row starts inside a character: those places need no look */
		g->unblocked[w] = ~(alnum << 1 | alcarry | b.inside);
		if (g->all_gated && g->nkeys) /* only block_far_places reads them */
			g->keyhits[w] = keys64(g, p, w ? (unsigned char)s[64 * w - 1] : 0);
		if (g->all_gated && g->rare_by_class && g->nrare_runs)
			g->rarehits[w] = rare64(p, &b);
		alcarry = alnum >> 63;
		g->before[w] = runs;
		runs += bits_in(g->starts[w]);
	}
	if (w > 0)
		add_run_ends(g, w - 1, sp, 0);
	g->starts[w] = 0;
	g->before[w] = runs; /* runs_before(n) when n is a multiple of 64 */
	if (g->all_gated)
		block_far_places(g, s, n);
}
