/* dict.c - a sorted word list searched where it is mapped. */
#include "anon/dict.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"
#include "util.h"

void dict_open(anon_dict *d, const char *path, bool required)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	d->map = NULL;
	d->size = 0;
	d->cache = xcalloc(DICT_CACHE_SLOTS, sizeof *d->cache);
	if (fd < 0) {
		if (required)
			die(EXIT_DATA, _("cannot open %s: %s"), path, strerror(errno));
		return;
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (m != MAP_FAILED) {
			d->map = m;
			d->size = (size_t)st.st_size;
		}
	}
	close(fd);
	if (!d->map && required)
		die(EXIT_DATA, _("cannot read %s: %s"), path, strerror(errno));
}

void dict_close(anon_dict *d)
{
	if (d->map)
		munmap((void *)d->map, d->size);
	d->map = NULL;
	d->size = 0;
	free(d->cache);
	d->cache = NULL;
}

/* The start of the line that holds byte AT. */
static size_t line_start(const anon_dict *d, size_t at)
{
	while (at > 0 && d->map[at - 1] != '\n')
		at--;
	return at;
}

/* Compare the line at AT with K[0..n) as bytes. */
static int compare_line(const anon_dict *d, size_t at, const char *k, size_t n)
{
	const char *nl = memchr(d->map + at, '\n', d->size - at);
	size_t len = nl ? (size_t)(nl - (d->map + at)) : d->size - at;
	int c = memcmp(d->map + at, k, len < n ? len : n);

	if (c)
		return c;
	return (len > n) - (len < n);
}

static bool search(const anon_dict *d, const char *k, size_t n)
{
	size_t lo = 0, hi = d->size;

	if (!d->map || n == 0)
		return false;
	/* lines starting in [lo, hi) are still candidates */
	while (lo < hi) {
		size_t mid = line_start(d, lo + (hi - lo) / 2);
		int c;
		if (mid < lo) { /* the middle line starts before LO: take the next */
			const char *nl = memchr(d->map + lo + (hi - lo) / 2, '\n',
						d->size - (lo + (hi - lo) / 2));
			mid = nl ? (size_t)(nl - d->map) + 1 : d->size;
			if (mid >= hi)
				return false;
		}
		c = compare_line(d, mid, k, n);
		if (c == 0)
			return true;
		if (c < 0) {
			const char *nl = memchr(d->map + mid, '\n', d->size - mid);
			lo = nl ? (size_t)(nl - d->map) + 1 : d->size;
		} else {
			hi = mid;
		}
	}
	return false;
}

static uint32_t hash_key(const char *k, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)k[i]) * 16777619u;
	return h;
}

bool dict_has(const anon_dict *d, const char *k, size_t n)
{
	uint32_t h;
	dict_cached *c;

	if (!d->map || n == 0)
		return false;
	if (n > DICT_CACHE_KEY || !d->cache)
		return search(d, k, n);
	h = hash_key(k, n);
	c = &d->cache[h % DICT_CACHE_SLOTS];
	if (c->len != n || c->hash != h || memcmp(c->key, k, n) != 0) {
		c->hash = h;
		c->len = (unsigned char)n;
		memcpy(c->key, k, n);
		c->found = search(d, k, n);
	}
	return c->found;
}

/* Does K[0..n), a compound's first part before a joining s, end as the
 * nouns do that always take one (samlings-, förenings-, säkerhets-)? */
static bool takes_joining_s(const char *k, size_t n)
{
	static const char *const ends[] = { "ing", "het", "tion", "skap", "else" };

	for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
		size_t el = strlen(ends[e]);
		if (n > el + 1 && memcmp(k + n - el, ends[e], el) == 0)
			return true;
	}
	return false;
}

/* K[0..n) made of words: the last part at least 4 bytes, or 3 after a
 * joining s that such a noun takes (samlingstid); the first at least 3,
 * itself one word or, DEPTH times, a compound (flickakademicamp). */
static bool compound_in(const anon_dict *d, const char *k, size_t n, int depth)
{
	if (dict_has(d, k, n))
		return true;
	for (size_t cut = 3; cut + 3 <= n; cut++) {
		bool joined = k[cut - 1] == 's';
		if (!utf8_char_start(k, cut) ||
		    (cut + 4 > n && !(joined && takes_joining_s(k, cut - 1))) ||
		    !dict_has(d, k + cut, n - cut))
			continue;
		if (dict_has(d, k, cut) || (joined && dict_has(d, k, cut - 1)) ||
		    (depth > 0 && cut >= 6 && compound_in(d, k, cut, depth - 1)))
			return true;
	}
	return false;
}

bool dict_has_compound(const anon_dict *d, const char *k, size_t n)
{
	return compound_in(d, k, n, 1);
}
