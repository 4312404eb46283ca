/* rejects.c - the rejects file (rejects.h). */
#include "clean/rejects.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clean/csvout.h"
#include "util.h"

static const char *const reason_names[R_NREASONS] = {
	"unknown_column", "empty_row", "ragged_row", "duplicate", "resubmission",
	"invalid_value"
};

/* Is NAME "BASE.tmpXXXXXX", a temporary file of rejects_open? */
static bool is_temporary_of(const char *name, const char *base)
{
	size_t n = strlen(base);
	const char *x = name + n + 4;

	if (strncmp(name, base, n) != 0 || strncmp(name + n, ".tmp", 4) != 0 || strlen(x) != 6)
		return false;
	for (size_t i = 0; i < 6; i++) /* mkstemp's letters and digits */
		if (!((x[i] >= '0' && x[i] <= '9') || (x[i] >= 'a' && x[i] <= 'z') ||
		      (x[i] >= 'A' && x[i] <= 'Z')))
			return false;
	return true;
}

/* A run killed with SIGKILL leaves its temporary file (raw personal
 * data) behind.  Each run holds a lock on its own, so one that can be
 * locked is nobody's: remove it if it is ours. */
static void remove_leftovers(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	const char *base = slash ? slash + 1 : path;
	DIR *d;
	struct dirent *e;

	if (slash)
		*slash = '\0';
	d = opendir(slash ? (*dir ? dir : "/") : ".");
	while (d && (e = readdir(d)) != NULL) {
		int fd;
		struct stat st;

		if (!is_temporary_of(e->d_name, base))
			continue;
		fd = openat(dirfd(d), e->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
		if (fd < 0)
			continue;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
		    flock(fd, LOCK_EX | LOCK_NB) == 0)
			unlinkat(dirfd(d), e->d_name, 0);
		close(fd);
	}
	if (d)
		closedir(d);
	free(dir);
}

int rejects_open(rejects *rj, const char *path)
{
	int fd;

	memset(rj, 0, sizeof *rj);
	if (!path)
		return 0;
	remove_leftovers(path);
	rj->path = xstrdup(path);
	rj->tmp = xmalloc(strlen(path) + 16);
	sprintf(rj->tmp, "%s.tmpXXXXXX", path);
	fd = mkstemp(rj->tmp); /* mode 0600 */
	if (fd < 0 || fchmod(fd, S_IRUSR | S_IWUSR) != 0 || flock(fd, LOCK_EX) != 0 ||
	    !(rj->fp = fdopen(fd, "w"))) {
		warn("%s: %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(rj->tmp);
		}
		free(rj->tmp);
		free(rj->path);
		rj->tmp = rj->path = NULL;
		return -1;
	}
	fputs("file,line,reason,field,value\n", rj->fp);
	return 0;
}

void rejects_format(strbuf *b, const char *file, long line, enum reject_reason r,
		    const char *field, const char *value, size_t vlen)
{
	/* Comma-separated whatever --excel says, but every cell as a
	 * spreadsheet may safely open it: raw cells are here. */
	out_cell(b, file, strlen(file));
	sb_putc(b, ',');
	out_long(b, line);
	sb_putc(b, ',');
	sb_puts(b, reason_names[r]);
	sb_putc(b, ',');
	if (field)
		out_cell(b, field, strlen(field));
	sb_putc(b, ',');
	if (value)
		out_cell(b, value, vlen);
	sb_putc(b, '\n');
}

void rejects_put(rejects *rj, const char *text, size_t n)
{
	if (rj->fp)
		fwrite_unlocked(text, 1, n, rj->fp);
}

int rejects_commit(rejects *rj)
{
	int rc = 0;

	if (!rj->fp)
		return 0;
	if (fflush(rj->fp) != 0 || ferror(rj->fp) || fsync(fileno(rj->fp)) != 0) {
		warn("%s: %s", rj->path, strerror(errno));
		rc = -1;
	}
	if (fclose(rj->fp) != 0 && rc == 0) {
		warn("%s: %s", rj->path, strerror(errno));
		rc = -1;
	}
	rj->fp = NULL;
	if (rc == 0 && rename(rj->tmp, rj->path) != 0) {
		warn("%s: %s", rj->path, strerror(errno));
		rc = -1;
	}
	if (rc != 0)
		unlink(rj->tmp);
	free(rj->tmp);
	free(rj->path);
	rj->tmp = rj->path = NULL;
	return rc;
}

void rejects_abort(rejects *rj)
{
	if (rj->fp) {
		fclose(rj->fp);
		unlink(rj->tmp);
	}
	rj->fp = NULL;
	free(rj->tmp);
	free(rj->path);
	rj->tmp = rj->path = NULL;
}
