/* redact.c - both finders look at the normalised shadow of the text
 * (shadow.h): patterns first (they know digits, '@' and street names), then
 * names in what the patterns left; then the original text is copied with
 * the original bytes of each span replaced.  Buffers live in the engine and
 * are reused for every text. */
#include "anon/redact.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "anon/accounts.h"

struct anon_engine {
	anon_patterns *pat;
	anon_names *names;
	const anon_key *key;
	span_list found, named;
	strbuf norm;
	strbuf subject;
	anon_shadow shadow;
	unsigned long count[KIND_COUNT];
	unsigned long unscanned;
	unsigned long ragged;
};

anon_engine *engine_new(anon_patterns *pat, anon_names *names,
			const anon_key *key)
{
	anon_engine *e = xcalloc(1, sizeof *e);

	e->pat = pat;
	e->names = names;
	e->key = key;
	return e;
}

void engine_free(anon_engine *e)
{
	if (!e)
		return;
	spans_free(&e->found);
	spans_free(&e->named);
	sb_free(&e->norm);
	sb_free(&e->subject);
	shadow_free(&e->shadow);
	free(e);
}

unsigned long engine_count(const anon_engine *e, enum anon_kind k)
{
	return e->count[k];
}

unsigned long engine_unscanned(const anon_engine *e)
{
	return e->unscanned;
}

void engine_record_begin(anon_engine *e)
{
	names_row_begin(e->names);
}

void engine_record_end(anon_engine *e)
{
	names_row_end(e->names);
}

void engine_note_ragged(anon_engine *e)
{
	e->ragged++;
}

unsigned long engine_ragged(const anon_engine *e)
{
	return e->ragged;
}

/* Numbers compare by their digits (and IBAN/plate letters), so that
 * "070-123 45 67" and "+46 70 1234567" are one person. */
static void normalise_number(strbuf *b, const char *s, size_t n,
			     enum anon_kind k)
{
	for (size_t i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]))
			sb_putc(b, (char)toupper((unsigned char)s[i]));
	if (k == KIND_PHONE && b->len > 4 &&
	    (s[0] == '+' || (n > 1 && s[0] == '0' && s[1] == '0')) &&
	    memcmp(b->s + (s[0] == '+' ? 0 : 2), "46", 2) == 0) {
		size_t skip = s[0] == '+' ? 2 : 4; /* "46" or "0046" */
		size_t drop = b->len > skip && b->s[skip] == '0' ? 1 : 0;
		if (b->len > skip + drop) {
			memmove(b->s + 1, b->s + skip + drop, b->len - skip - drop);
			b->s[0] = '0';
			b->len = b->len - skip - drop + 1;
			b->s[b->len] = '\0';
		}
	}
	if (k == KIND_PNR && b->len == 12) { /* the century does not matter */
		memmove(b->s, b->s + 2, 10);
		b->len = 10;
		b->s[10] = '\0';
	}
}

/* Words lower-cased, runs of space and punctuation as one space. */
static void normalise_words(strbuf *b, const char *s, size_t n)
{
	char low[16];

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && !isalnum(c) && c != '@' && c != '.' && c != '_') {
			if (b->len && b->s[b->len - 1] != ' ')
				sb_putc(b, ' ');
			continue;
		}
		if (c >= 0xC2) {
			size_t len;
			utf8_at(s, n, i, &len);
			sb_append(b, low, fold_word(s + i, len, low, sizeof low));
			i += len - 1;
		} else {
			sb_putc(b, (char)tolower(c));
		}
	}
	while (b->len && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
}

static void normalise(strbuf *b, const char *s, const anon_span *sp)
{
	size_t n = sp->end - sp->start;

	sb_clear(b);
	s += sp->start;
	switch (sp->kind) {
	case KIND_PNR:
	case KIND_PHONE:
	case KIND_CARD:
	case KIND_PLATE:
		normalise_number(b, s, n, sp->kind);
		break;
	case KIND_HANDLE:
		while (n && (*s == '@' || !isalnum((unsigned char)*s))) {
			s++;
			n--;
		}
		normalise_words(b, s, n);
		break;
	default:
		normalise_words(b, s, n);
		if (sp->genitive && b->len > 1 && b->s[b->len - 1] == 's')
			b->s[--b->len] = '\0';
		if (b->len > 1 && b->s[b->len - 1] == '\'')
			b->s[--b->len] = '\0';
	}
}

static void put_placeholder(anon_engine *e, strbuf *out, const char *s,
			    const anon_span *sp)
{
	char hex[PSEUDO_HEX + 1];

	e->count[sp->kind]++;
	if (!e->key) {
		sb_putc(out, '[');
		sb_puts(out, kind_label(sp->kind));
		sb_putc(out, ']');
		return;
	}
	normalise(&e->norm, s, sp);
	pseudo_token(e->key, sp->kind, e->norm.s ? e->norm.s : "", e->norm.len, hex);
	sb_printf(out, "[%s-%s]", kind_label(sp->kind), hex);
}

/* A text the patterns could not scan within their limits (PCRE2's match
 * and JIT stack limits, even after a retry without JIT): nothing of it can
 * be vouched for, so all of it goes. */
static size_t replace_whole(anon_engine *e, strbuf *out)
{
	e->unscanned++;
	sb_clear(out);
	sb_puts(out, "[" UNSCANNED_LABEL "]");
	return 1;
}

/* PCRE2's JIT code may look at bytes past the end of the subject (its
 * results never depend on them); a copy with zeros after the end keeps
 * every byte it reads defined, whoever owns the text's buffer. */
enum { SUBJECT_PAD = 64 };

/* An extension after a phone number is part of it: it picks out the one
 * person at the switchboard ("08-123 456 78 ankn. 234", "(864)662-4475
 * x4713").  The words are compared in lower case; at most six digits. */
static size_t extension_end(const char *s, size_t n, size_t at)
{
	static const char *const words[] = { "anknytning", "ankn.", "ankn",
		"ext.", "ext", "x" };
	size_t i = at, w, len, digits;

	if (i < n && s[i] == ' ')
		i++;
	for (w = 0; w < sizeof words / sizeof words[0]; w++) {
		len = strlen(words[w]);
		if (i + len <= n && strncasecmp(s + i, words[w], len) == 0)
			break;
	}
	if (w == sizeof words / sizeof words[0])
		return at;
	i += len;
	if (i < n && (s[i] == ' ' || s[i] == ':'))
		i++;
	for (digits = 0; i + digits < n && isdigit((unsigned char)s[i + digits]); digits++)
		;
	if (digits == 0 || digits > 6 || (i + digits < n && isalpha((unsigned char)s[i + digits])))
		return at;
	return i + digits;
}

/* A number copied from a web page may stand twice with nothing between,
 * the link's text and its target glued ("070-1234567070-1234567"): the
 * match ends inside the second copy, whose rest would leak.  The span
 * then ends where the second copy does. */
static size_t doubled_end(const char *s, size_t n, size_t start, size_t end)
{
	/* the match ran into the copy: the copy starts in it, past its middle */
	for (size_t len = (end - start) / 2 + 1; len <= end - start && len <= 20; len++) {
		size_t twice = start + 2 * len;
		if (len >= 7 && twice <= n && s[start + len] == s[start] &&
		    memcmp(s + start, s + start + len, len) == 0 &&
		    (twice == n || !isdigit((unsigned char)s[twice])))
			return twice;
	}
	return end;
}

static void take_extensions(span_list *found, const char *s, size_t n)
{
	for (size_t i = 0; i < found->n; i++) {
		anon_span *sp = &found->v[i];
		size_t end;
		if (sp->kind != KIND_PHONE)
			continue;
		end = extension_end(s, n, doubled_end(s, n, sp->start, sp->end));
		if (i + 1 == found->n || found->v[i + 1].start >= end)
			sp->end = end;
	}
}

static const char *padded_subject(anon_engine *e, const char *s, size_t n)
{
	static const char zeros[SUBJECT_PAD];

	sb_clear(&e->subject);
	sb_append(&e->subject, s, n);
	sb_append(&e->subject, zeros, SUBJECT_PAD);
	return e->subject.s;
}

size_t engine_rewrite(anon_engine *e, const char *s, size_t n, strbuf *out)
{
	size_t at = 0, i = 0, j = 0;
	anon_shadow *sh = &e->shadow;

	spans_clear(&e->found);
	spans_clear(&e->named);
	shadow_make(sh, s, n);
	if (!patterns_scan(e->pat, padded_subject(e, sh->s, sh->n), sh->n, &e->found))
		return replace_whole(e, out);
	drop_org_accounts(&e->found, sh->s, sh->n);
	take_extensions(&e->found, sh->s, sh->n);
	names_scan(e->names, sh->s, sh->n, &e->found, &e->named);
	if (e->found.n + e->named.n == 0)
		return 0;
	sb_clear(out);
	/* both lists are in text order and never overlap: merge them */
	while (i < e->found.n || j < e->named.n) {
		const anon_span *sp;
		size_t from, to;
		if (j == e->named.n ||
		    (i < e->found.n && e->found.v[i].start < e->named.v[j].start))
			sp = &e->found.v[i++];
		else
			sp = &e->named.v[j++];
		shadow_span(sh, sp->start, sp->end, &from, &to);
		if (from < at)
			from = at;
		sb_append(out, s + at, from - at);
		put_placeholder(e, out, sh->s, sp);
		at = to > at ? to : at;
	}
	sb_append(out, s + at, n - at);
	return e->found.n + e->named.n;
}
