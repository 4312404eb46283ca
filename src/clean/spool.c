/* spool.c - a temporary file of tagged chunks (spool.h). */
#include "clean/spool.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SPOOL_BUFFER (1 << 18)

static int fail(const char *name, const char *what)
{
	warn("%s: %s: %s", name, what, strerror(errno ? errno : EIO));
	return -1;
}

int spool_open(spool *s, const char *name, bool with_ids)
{
	memset(s, 0, sizeof *s);
	s->headsize = with_ids ? sizeof(spool_head) : offsetof(spool_head, id);
	errno = 0;
	s->fp = anonymous_file();
	if (!s->fp)
		return fail(name, _("cannot create a temporary file"));
	s->wbuf = xmalloc(SPOOL_BUFFER);
	setvbuf(s->fp, s->wbuf, _IOFBF, SPOOL_BUFFER);
	return 0;
}

void spool_put(spool *s, const spool_head *h, const char *data)
{
	fwrite_unlocked(h, s->headsize, 1, s->fp);
	if (h->len)
		fwrite_unlocked(data, 1, h->len, s->fp);
}

int spool_rewind(spool *s, const char *name)
{
	errno = 0;
	if (fflush(s->fp) != 0 || ferror(s->fp))
		return fail(name, _("cannot write a temporary file"));
	rewind(s->fp);
	sb_clear(&s->data);
	s->pos = 0;
	return 0;
}

/* Make data.s[pos..len) hold at least NEED bytes: 1, or 0 when the file
 * ends first. */
static int fill(spool *s, size_t need)
{
	strbuf *d = &s->data;
	size_t n;

	if (d->len - s->pos >= need)
		return 1;
	if (s->pos) {
		memmove(d->s, d->s + s->pos, d->len - s->pos);
		d->len -= s->pos;
		s->pos = 0;
	}
	sb_reserve(d, need > SPOOL_BUFFER ? need : SPOOL_BUFFER);
	while (d->len < need && (n = fread(d->s + d->len, 1, d->cap - 1 - d->len, s->fp)) > 0)
		d->len += n;
	return d->len >= need;
}

int spool_next(spool *s, const char *name, spool_head *h, const char **data)
{
	errno = 0;
	if (!fill(s, s->headsize))
		return ferror(s->fp) || s->data.len ? fail(name, _("read error")) : 0;
	memset(h, 0, sizeof *h);
	memcpy(h, s->data.s + s->pos, s->headsize);
	s->pos += s->headsize;
	if (!fill(s, h->len))
		return fail(name, _("read error"));
	*data = s->data.s + s->pos;
	s->pos += h->len;
	return 1;
}

void spool_close(spool *s)
{
	if (s->fp)
		fclose(s->fp);
	s->fp = NULL;
	free(s->wbuf); /* after fclose: it flushes from the buffer */
	s->wbuf = NULL;
	sb_free(&s->data);
}
