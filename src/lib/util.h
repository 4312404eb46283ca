/* util.h - what every trygg program needs: messages, exit codes,
 * allocation that cannot fail silently, data paths, checked stdout. */
#ifndef TRYGG_UTIL_H
#define TRYGG_UTIL_H

#include <libintl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define _(s) gettext(s)
#define N_(s) (s)

#ifndef TRYGG_VERSION
#define TRYGG_VERSION "unknown" /* the Makefile sets VERSION */
#endif

/* Exit statuses, the same for every program (DESIGN.md). */
enum {
	EXIT_OK = 0,
	EXIT_DATA = 1,  /* bad data or an I/O error */
	EXIT_USAGE = 2  /* bad options or arguments */
};

extern const char *progname;

/* setlocale, gettext domain (relocatable: <exe>/../share/locale unless
 * TRYGG_LOCALEDIR is set), progname, a large stdout buffer. */
void trygg_init(int argc, char **argv);

/* "prog: message" on stderr.  Never pass cell contents: messages must not
 * leak personal data. */
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: FILE:LINE: message" (LINE omitted when 0). */
void warn_at(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void vwarn_at(const char *file, long line, const char *fmt, va_list ap);
_Noreturn void die(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
_Noreturn void die_at(int status, const char *file, long line,
		      const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The message (unless FMT is NULL), "Try 'prog --help' for more
 * information." and exit 2. */
_Noreturn void usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* "prog (trygg) VERSION" and exit 0. */
_Noreturn void print_version(void);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xmemdup(const void *p, size_t n); /* NUL-terminated copy */
/* realloc of N elements of SIZE bytes; the product may not overflow. */
void *xreallocarray(void *p, size_t n, size_t size);

/* The growable array, in one place.  grow_cap: true when NEED elements do
 * not fit in *CAP, which it then doubles (from 16) until they do; the
 * caller reallocates its array, or its parallel arrays, to *CAP elements.
 * GROW(p, n, cap): room for element N (N+1 elements) of the array P. */
bool grow_cap(size_t need, size_t *cap);
#define GROW(p, n, cap)                                                     \
	do {                                                                \
		if (grow_cap((n) + 1, &(cap)))                              \
			(p) = xreallocarray((p), (cap), sizeof *(p));       \
	} while (0)

/* Directory of the shared data files: $TRYGG_DATADIR, else
 * <exe>/../share/trygg (works in the build tree and after install). */
const char *trygg_datadir(void);
/* malloc'd "<datadir>/<name>". */
char *trygg_data_path(const char *name);

/* A temporary file in $TMPDIR (else /tmp), mode 0600 and removed from the
 * directory at once, so nothing is left behind however the program ends.
 * NULL with errno set on failure. */
FILE *anonymous_file(void);

/* Send standard output to a temporary file beside PATH, renamed over PATH
 * by finish_stdout(); removed if the program ends any other way. */
/* A new file beside PATH (".NAME.XXXXXX" in its folder) with the mode the
 * umask gives, for writing PATH whole and renaming it into place; its
 * name goes to *TMP_PATH (the caller frees it).  Dies on failure. */
int open_temp_beside(const char *path, char **tmp_path);
void output_to_file(const char *path);

/* No core dump and no ptrace by other processes of the user while raw
 * text or a key is held (RLIMIT_CORE 0, PR_SET_DUMPABLE 0). */
void protect_process(void);

/* Flush and close stdout; on failure (full disk, closed pipe reader with
 * SIGPIPE ignored) print a message and exit EXIT_DATA.  Call last. */
void finish_stdout(void);

/* For programs that hold raw records or a key: no core dumps (a crash
 * must not write personal data to disk) and no ptrace attach by other
 * processes of the same user.  Best effort: failures are ignored. */
void protect_process(void);

/* Growable byte buffer, always NUL-terminated. */
typedef struct {
	char *s;
	size_t len, cap;
} strbuf;
void sb_grow(strbuf *b, size_t extra);
/* Room for EXTRA more bytes and the NUL. */
static inline void sb_reserve(strbuf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		sb_grow(b, extra);
}
void sb_append(strbuf *b, const char *p, size_t n);
void sb_puts(strbuf *b, const char *s);
void sb_putc(strbuf *b, char c);
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline void sb_clear(strbuf *b) { b->len = 0; if (b->s) b->s[0] = '\0'; }
void sb_free(strbuf *b);

/* Split a comma-separated option value ("a,b,c") into a malloc'd array of
 * malloc'd strings; *n gets the count.  Empty input gives n = 0. */
char **split_list(const char *s, char sep, size_t *n);
void free_list(char **list, size_t n);
/* A malloc'd copy of LIST's N strings (NULL when N is 0). */
char **copy_list(char *const *list, size_t n);

#endif
