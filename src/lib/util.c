/* util.c - messages, allocation, data paths and a checked stdout. */
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

const char *progname = "trygg";

static char exe_dir[PATH_MAX];

/* The directory the running program lives in, so that bin/../share works
 * both in the build tree and after `make install PREFIX=...`. */
static void find_exe_dir(void)
{
	ssize_t n = readlink("/proc/self/exe", exe_dir, sizeof exe_dir - 1);
	char *slash;

	if (n <= 0) {
		strcpy(exe_dir, ".");
		return;
	}
	exe_dir[n] = '\0';
	slash = strrchr(exe_dir, '/');
	if (slash)
		*slash = '\0';
}

static const char *locale_dir(void)
{
	static char dir[PATH_MAX + 32];
	const char *env = getenv("TRYGG_LOCALEDIR");

	if (env && *env)
		return env;
	snprintf(dir, sizeof dir, "%s/../share/locale", exe_dir);
	return dir;
}

void trygg_init(int argc, char **argv)
{
	static char outbuf[1 << 16];
	const char *slash;

	(void)argc;
	if (argv && argv[0]) {
		slash = strrchr(argv[0], '/');
		progname = slash ? slash + 1 : argv[0];
	}
	find_exe_dir();
	setlocale(LC_ALL, "");
	/* Numbers in CSV are always written with '.', whatever the locale. */
	setlocale(LC_NUMERIC, "C");
	bindtextdomain("trygg", locale_dir());
	bind_textdomain_codeset("trygg", "UTF-8");
	textdomain("trygg");
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
}

void vwarn_at(const char *file, long line, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	if (file && line > 0)
		fprintf(stderr, "%s:%ld: ", file, line);
	else if (file)
		fprintf(stderr, "%s: ", file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
}

void warn_at(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(file, line, fmt, ap);
	va_end(ap);
}

void die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void die_at(int status, const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_at(file, line, fmt, ap);
	va_end(ap);
	exit(status);
}

void usage_error(const char *fmt, ...)
{
	va_list ap;

	/* NULL: getopt has already said what is wrong. */
	if (fmt) {
		va_start(ap, fmt);
		vwarn_at(NULL, 0, fmt, ap);
		va_end(ap);
	}
	fprintf(stderr, _("Try '%s --help' for more information.\n"), progname);
	exit(EXIT_USAGE);
}

void print_version(void)
{
	printf("%s (trygg) %s\n", progname, TRYGG_VERSION);
	finish_stdout();
	exit(EXIT_OK);
}

static _Noreturn void out_of_memory(void)
{
	die(EXIT_DATA, "%s", _("out of memory"));
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		out_of_memory();
	return xrealloc(p, n * size);
}

bool grow_cap(size_t need, size_t *cap)
{
	size_t c = *cap ? *cap : 16;

	if (need <= *cap)
		return false;
	while (c < need) {
		if (c > SIZE_MAX / 2)
			out_of_memory();
		c *= 2;
	}
	*cap = c;
	return true;
}

char *xmemdup(const void *p, size_t n)
{
	char *s = xmalloc(n + 1);

	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

char *xstrdup(const char *s)
{
	return xmemdup(s, strlen(s));
}

const char *trygg_datadir(void)
{
	static char dir[PATH_MAX + 32];
	const char *env = getenv("TRYGG_DATADIR");

	if (env && *env)
		return env;
	if (!exe_dir[0])
		find_exe_dir();
	snprintf(dir, sizeof dir, "%s/../share/trygg", exe_dir);
	return dir;
}

char *trygg_data_path(const char *name)
{
	strbuf b = {0};

	sb_printf(&b, "%s/%s", trygg_datadir(), name);
	return b.s;
}

FILE *anonymous_file(void)
{
	const char *dir = getenv("TMPDIR");
	strbuf path = { 0 };
	FILE *fp = NULL;
	int fd, saved;

	sb_printf(&path, "%s/trygg.XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(path.s); /* mode 0600: spooled rows are personal data */
	if (fd >= 0) {
		unlink(path.s);
		fp = fdopen(fd, "w+");
		if (!fp) {
			saved = errno;
			close(fd);
			errno = saved;
		}
	}
	sb_free(&path);
	return fp;
}

/* -o FILE: the temporary file standard output goes to until
 * finish_stdout() renames it over FILE.  Any other end removes it. */
static char *output_path, *output_tmp;
static volatile sig_atomic_t output_pending;

static void remove_output_tmp(void)
{
	if (output_pending) {
		output_pending = 0;
		unlink(output_tmp);
	}
}

static void remove_output_on_signal(int sig)
{
	if (output_pending)
		unlink(output_tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

int open_temp_beside(const char *path, char **tmp_path)
{
	const char *slash = strrchr(path, '/');
	strbuf tmp = { 0 };
	mode_t mask = umask(0);
	int fd;

	umask(mask);
	if (slash)
		sb_printf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
	else
		sb_printf(&tmp, ".%s.XXXXXX", path);
	fd = mkstemp(tmp.s);
	if (fd < 0 || fchmod(fd, 0666 & ~mask) != 0) {
		int saved = errno;

		if (fd >= 0)
			unlink(tmp.s);
		die(EXIT_DATA, _("cannot write %s: %s"), path, strerror(saved));
	}
	*tmp_path = tmp.s;
	return fd;
}

void output_to_file(const char *path)
{
	int fd = open_temp_beside(path, &output_tmp);

	output_path = xstrdup(path);
	output_pending = 1;
	atexit(remove_output_tmp);
	signal(SIGINT, remove_output_on_signal);
	signal(SIGTERM, remove_output_on_signal);
	signal(SIGHUP, remove_output_on_signal);
	if (dup2(fd, STDOUT_FILENO) < 0)
		die(EXIT_DATA, _("cannot write %s: %s"), path, strerror(errno));
	close(fd);
}

static void commit_output(void)
{
	if (!output_pending)
		return;
	if (rename(output_tmp, output_path) != 0)
		die(EXIT_DATA, _("cannot write %s: %s"), output_path, strerror(errno));
	output_pending = 0;
}

void finish_stdout(void)
{
	int failed = fflush(stdout) != 0 || ferror(stdout);
	int saved = errno;

	if (fclose(stdout) != 0 && !failed) {
		failed = 1;
		saved = errno;
	}
	if (!failed) {
		commit_output();
		return;
	}
	/* A reader that went away is not our error (SIGPIPE convention: the
	 * shell sees the pipeline's reader status). */
	if (saved == EPIPE)
		exit(128 + SIGPIPE);
	die(EXIT_DATA, _("write error: %s"), strerror(saved));
}

void sb_grow(strbuf *b, size_t extra)
{
	if (grow_cap(b->len + extra + 1, &b->cap))
		b->s = xrealloc(b->s, b->cap);
}

void sb_append(strbuf *b, const char *p, size_t n)
{
	sb_reserve(b, n);
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_puts(strbuf *b, const char *s)
{
	sb_append(b, s, strlen(s));
}

void sb_putc(strbuf *b, char c)
{
	sb_reserve(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void sb_printf(strbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sb_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void sb_free(strbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char **split_list(const char *s, char sep, size_t *n)
{
	char **list = NULL;
	size_t count = 0;
	const char *p = s, *end;

	*n = 0;
	if (!s || !*s)
		return NULL;
	for (;;) {
		end = strchr(p, sep);
		if (!end)
			end = p + strlen(p);
		list = xrealloc(list, (count + 1) * sizeof *list);
		list[count++] = xmemdup(p, (size_t)(end - p));
		if (!*end)
			break;
		p = end + 1;
	}
	*n = count;
	return list;
}

void free_list(char **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

char **copy_list(char *const *list, size_t n)
{
	char **copy;

	if (n == 0)
		return NULL;
	copy = xreallocarray(NULL, n, sizeof *copy);
	for (size_t i = 0; i < n; i++)
		copy[i] = xstrdup(list[i]);
	return copy;
}

void protect_process(void)
{
	struct rlimit none = { 0, 0 };

	/* best effort: a failure leaves the process as safe as it was */
	(void)setrlimit(RLIMIT_CORE, &none);
#ifdef __linux__
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}
