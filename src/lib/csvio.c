/* csvio.c - streaming CSV reader over libcsv, RFC 4180 writer.
 *
 * libcsv parses whatever bytes it is given and calls back per field and
 * per record, but it does not know line numbers.  So the reader feeds it
 * one physical line at a time: when a record ends, the line being fed is
 * known, and so is the line its first byte came from. */
#include "csvio.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"
#include "util.h"

#define CHUNK (1 << 16)

typedef struct {
	size_t offset, len;
	bool quoted;
} field_span;

typedef struct {
	size_t first_field, nfields;
	long line;
	bool crlf;
} record_span;

struct csv_reader {
	FILE *fp;
	bool own_fp;
	char *name;
	csv_options opt;
	/* CSV_ENC_DETECT decides at the first line that is not plain ASCII,
	 * so the input is read once and a pipe streams. */
	enum { ENC_UNDECIDED, ENC_UTF8, ENC_CP1252 } enc;
	bool transcoded;
	bool warned_mixed;
	bool rewindable;
	bool started;
	struct csv_parser parser;

	/* Raw input: buf[pos..len) not yet fed. */
	unsigned char *buf;
	size_t len, pos, cap;
	bool eof, read_error, finished;
	unsigned long long bytes_read;
	strbuf line_conv;     /* one line transcoded from Windows-1252 */

	/* Line bookkeeping. */
	long line;            /* physical line being fed, from 1 */
	long record_line;     /* first line of the open record, 0 = none */
	int last_end;         /* char that ended the previous record */
	bool field_since_end; /* a field was submitted since that end */

	/* Records completed but not yet handed out. */
	strbuf fieldbuf;
	field_span *fields;
	size_t nfields, fields_cap;
	record_span *records;
	size_t nrecords, records_cap, next_record;
	size_t open_first_field; /* first field of the record being built */

	/* With keep_quoting: for each field begun, whether it began with a
	 * quote.  libcsv keeps its own 'quoted' flag in a local variable
	 * while it parses, so the callback cannot ask it. */
	bool *qflags;
	size_t nqflags, qflags_cap, qflags_next;
	enum { Q_FIELD_START, Q_UNQUOTED, Q_QUOTED, Q_QUOTE_SEEN } qstate;

	/* The record handed out last. */
	csv_record out;
	csv_field *out_fields;
	size_t out_cap;

	char errmsg[256];
	long errline;
};

static int never_space(unsigned char c)
{
	(void)c;
	return 0; /* fields are data: never trim them */
}

static void append_field(csv_reader *r, const void *data, size_t len, bool quoted)
{
	field_span *f;

	if (r->nfields == r->fields_cap) {
		r->fields_cap = r->fields_cap ? 2 * r->fields_cap : 64;
		r->fields = xrealloc(r->fields, r->fields_cap * sizeof *r->fields);
	}
	f = &r->fields[r->nfields++];
	f->offset = r->fieldbuf.len;
	f->len = len;
	f->quoted = quoted;
	sb_reserve(&r->fieldbuf, len + 1);
	if (len)
		memcpy(r->fieldbuf.s + r->fieldbuf.len, data, len);
	r->fieldbuf.len += len + 1; /* each field keeps its own NUL */
	r->fieldbuf.s[r->fieldbuf.len - 1] = '\0';
	r->field_since_end = true;
}

static void on_field(void *data, size_t len, void *ctx)
{
	csv_reader *r = ctx;
	bool quoted = r->qflags_next < r->nqflags && r->qflags[r->qflags_next];

	r->qflags_next++;
	append_field(r, data, len, quoted);
}

/* A line with no quote and no CR but at its end is a whole record whose
 * fields are the spans between delimiters: split it here.  This is what
 * libcsv would make of it, at a fraction of the cost, and most lines of
 * survey data are like that.  Lines with quotes go through libcsv. */
static bool add_plain_line(csv_reader *r, const unsigned char *s, size_t n)
{
	size_t body = n;
	bool crlf = false;
	const unsigned char *p, *end, *d;
	record_span *rec;

	if (body && s[body - 1] == '\n') {
		body--;
		if (body && s[body - 1] == '\r') {
			body--;
			crlf = true;
		}
	}
	if (memchr(s, '"', body) || memchr(s, '\r', body))
		return false;
	r->open_first_field = r->nfields;
	for (p = s, end = s + body; body > 0; p = d + 1) {
		d = memchr(p, r->opt.delimiter, (size_t)(end - p));
		if (!d)
			d = end;
		append_field(r, p, (size_t)(d - p), false);
		if (d == end)
			break;
	}
	if (r->nrecords == r->records_cap) {
		r->records_cap = r->records_cap ? 2 * r->records_cap : 8;
		r->records = xrealloc(r->records, r->records_cap * sizeof *r->records);
	}
	rec = &r->records[r->nrecords++];
	rec->first_field = r->open_first_field;
	rec->nfields = r->nfields - r->open_first_field;
	rec->line = r->line;
	rec->crlf = crlf;
	r->open_first_field = r->nfields;
	r->last_end = '\n';
	r->field_since_end = false;
	return true;
}

static void on_record(int c, void *ctx)
{
	csv_reader *r = ctx;
	size_t n = r->nfields - r->open_first_field;
	record_span *rec;

	/* With CSV_REPALL_NL libcsv reports the LF of a CRLF as a second,
	 * empty record: it is part of the line end we already have. */
	if (c == '\n' && n == 0 && r->last_end == '\r' && !r->field_since_end) {
		r->last_end = '\n';
		if (r->nrecords > 0)
			r->records[r->nrecords - 1].crlf = true;
		r->record_line = 0;
		return;
	}
	if (r->nrecords == r->records_cap) {
		r->records_cap = r->records_cap ? 2 * r->records_cap : 8;
		r->records = xrealloc(r->records, r->records_cap * sizeof *r->records);
	}
	rec = &r->records[r->nrecords++];
	rec->first_field = r->open_first_field;
	rec->nfields = n;
	rec->line = r->record_line ? r->record_line : r->line;
	rec->crlf = false;
	r->open_first_field = r->nfields;
	r->last_end = c;
	r->field_since_end = false;
	/* After CR the next record may start on this same line (a lone CR);
	 * after LF it starts on the next line. */
	r->record_line = (c == '\r') ? r->line : 0;
}

/* libcsv grows its field buffer by a fixed block (128 bytes), which is
 * quadratic for a field of many megabytes.  Its allocator hooks let us
 * grow geometrically instead: the capacity lives in a header before the
 * block libcsv sees. */
#define BUF_HEADER 16
static void *field_buffer_realloc(void *p, size_t n)
{
	size_t *base = p ? (size_t *)((char *)p - BUF_HEADER) : NULL;
	size_t cap;

	if (base && n <= base[0])
		return p;
	cap = n < 1024 ? 1024 : n + n / 2;
	size_t *grown = realloc(base, cap + BUF_HEADER);
	if (!grown)
		return NULL; /* libcsv keeps (and later frees) the old block */
	grown[0] = cap;
	return (char *)grown + BUF_HEADER;
}

static void field_buffer_free(void *p)
{
	if (p)
		free((char *)p - BUF_HEADER);
}

static void init_parser(csv_reader *r)
{
	if (csv_init(&r->parser, CSV_REPALL_NL) != 0)
		die(EXIT_DATA, "%s", _("out of memory"));
	csv_set_space_func(&r->parser, never_space);
	csv_set_realloc_func(&r->parser, field_buffer_realloc);
	csv_set_free_func(&r->parser, field_buffer_free);
	if (r->opt.delimiter)
		csv_set_delim(&r->parser, r->opt.delimiter);
}

static void set_error(csv_reader *r, long line, const char *msg)
{
	snprintf(r->errmsg, sizeof r->errmsg, "%s", msg);
	r->errline = line;
}

csv_reader *csv_open_stream(FILE *fp, const char *name, const csv_options *opt)
{
	csv_reader *r = xcalloc(1, sizeof *r);

	r->fp = fp;
	r->name = xstrdup(name);
	if (opt)
		r->opt = *opt;
	r->cap = CHUNK;
	r->buf = xmalloc(r->cap);
	r->line = 1;
	init_parser(r);
	return r;
}

csv_reader *csv_open(const char *path, const csv_options *opt)
{
	FILE *fp;
	csv_reader *r;
	struct stat st;

	if (strcmp(path, "-") == 0)
		return csv_open_stream(stdin, "-", opt);
	fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		errno = EISDIR;
		return NULL;
	}
	r = csv_open_stream(fp, path, opt);
	r->own_fp = true;
	return r;
}

/* Make the input seekable: a pipe is copied to a temporary file. */
static int make_seekable(csv_reader *r)
{
	FILE *tmp;
	size_t n;

	if (fseeko(r->fp, 0, SEEK_CUR) == 0 && lseek(fileno(r->fp), 0, SEEK_CUR) >= 0)
		return 0;
	tmp = anonymous_file(); /* in $TMPDIR, mode 0600 */
	if (!tmp) {
		set_error(r, 0, _("cannot create a temporary file"));
		return -1;
	}
	while ((n = fread(r->buf, 1, r->cap, r->fp)) > 0) {
		if (fwrite(r->buf, 1, n, tmp) != n) {
			fclose(tmp);
			set_error(r, 0, _("cannot write a temporary file"));
			return -1;
		}
	}
	if (ferror(r->fp) || fflush(tmp) != 0) {
		fclose(tmp);
		set_error(r, 0, _("read error"));
		return -1;
	}
	if (r->own_fp)
		fclose(r->fp);
	r->fp = tmp;
	r->own_fp = true;
	rewind(r->fp);
	return 0;
}

static int prepare(csv_reader *r)
{
	r->started = true;
	if (r->rewindable && make_seekable(r) < 0)
		return -1;
	return 0;
}

/* Fill buf so that buf[pos..) holds at least one whole line (or the rest
 * of the input).  Returns the length of that line including its LF. */
static size_t next_line_length(csv_reader *r)
{
	unsigned char *nl;
	size_t scanned = 0;

	for (;;) {
		nl = memchr(r->buf + r->pos + scanned, '\n', r->len - r->pos - scanned);
		if (nl)
			return (size_t)(nl - (r->buf + r->pos)) + 1;
		scanned = r->len - r->pos;
		if (r->eof)
			return scanned;
		if (r->pos > 0) {
			memmove(r->buf, r->buf + r->pos, scanned);
			r->len = scanned;
			r->pos = 0;
		}
		if (r->len == r->cap) {
			r->cap *= 2;
			r->buf = xrealloc(r->buf, r->cap);
		}
		size_t n = fread(r->buf + r->len, 1, r->cap - r->len, r->fp);
		r->len += n;
		r->bytes_read += n;
		if (n == 0) {
			r->eof = true;
			r->read_error = ferror(r->fp) != 0;
		}
	}
}

static void skip_bom(csv_reader *r)
{
	if (r->line == 1 && r->len - r->pos >= 3 && r->buf[r->pos] == 0xEF &&
	    r->buf[r->pos + 1] == 0xBB && r->buf[r->pos + 2] == 0xBF)
		r->pos += 3;
}

/* The most frequent of ',' ';' TAB outside quotes in the header line. */
static unsigned char sniff_delimiter(const unsigned char *s, size_t n)
{
	size_t comma = 0, semi = 0, tab = 0;
	bool quoted = false;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == ',')
			comma++;
		else if (!quoted && s[i] == ';')
			semi++;
		else if (!quoted && s[i] == '\t')
			tab++;
	}
	if (semi > comma && semi >= tab)
		return ';';
	if (tab > comma && tab > semi)
		return '\t';
	return ',';
}

static void push_qflag(csv_reader *r, bool quoted)
{
	if (r->nqflags == r->qflags_cap) {
		r->qflags_cap = r->qflags_cap ? 2 * r->qflags_cap : 64;
		r->qflags = xrealloc(r->qflags, r->qflags_cap * sizeof *r->qflags);
	}
	r->qflags[r->nqflags++] = quoted;
}

/* Follow the quoting of a line the way libcsv reads it (RFC 4180 with a
 * quote inside an unquoted field as data) and note how each field began. */
static void track_quotes(csv_reader *r, const unsigned char *s, size_t n)
{
	unsigned char delim = r->opt.delimiter;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (r->qstate == Q_QUOTE_SEEN) {
			if (c == '"') {
				r->qstate = Q_QUOTED; /* "" is one quote */
				continue;
			}
			if (c != delim && c != '\n' && c != '\r') {
				/* "a"b: libcsv keeps such a field open and quoted */
				r->qstate = Q_QUOTED;
				continue;
			}
			r->qstate = Q_UNQUOTED; /* the closing quote */
		} else if (r->qstate == Q_QUOTED) {
			if (c == '"')
				r->qstate = Q_QUOTE_SEEN;
			continue;
		} else if (r->qstate == Q_FIELD_START) {
			if (c == '\n' || c == '\r')
				continue; /* no field: a blank line or the LF of CRLF */
			push_qflag(r, c == '"');
			r->qstate = c == '"' ? Q_QUOTED : Q_UNQUOTED;
			if (c == '"')
				continue;
		}
		if (c == delim) {
			r->qstate = Q_FIELD_START;
			if (i + 1 == n || s[i + 1] == '\n' || s[i + 1] == '\r')
				push_qflag(r, false); /* an empty last field */
		} else if (c == '\n' || c == '\r') {
			r->qstate = Q_FIELD_START;
		}
	}
}

static bool ascii_only(const unsigned char *s, size_t n)
{
	uint64_t w;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ULL)
			return false;
	}
	for (; i < n; i++)
		if (s[i] & 0x80)
			return false;
	return true;
}

static const unsigned char *transcode_line(csv_reader *r, const unsigned char *s, size_t *n)
{
	sb_clear(&r->line_conv);
	cp1252_to_utf8(&r->line_conv, s, *n);
	*n = r->line_conv.len;
	return (const unsigned char *)r->line_conv.s;
}

/* A file that is valid UTF-8 is UTF-8; any other is Windows-1252.  Lines
 * of plain ASCII read the same either way, so the first line that is not
 * decides.  A UTF-8 file with a stray Windows-1252 line (two exports
 * pasted together) gets that line transcoded and one warning: reading the
 * whole file as Windows-1252 would garble every UTF-8 line instead. */
static const unsigned char *detect_line(csv_reader *r, const unsigned char *s, size_t *n)
{
	size_t bad;

	if (r->enc == ENC_CP1252)
		return transcode_line(r, s, n);
	if (utf8_valid((const char *)s, *n, &bad)) {
		if (r->enc == ENC_UNDECIDED && !ascii_only(s, *n))
			r->enc = ENC_UTF8;
		return s;
	}
	if (r->enc == ENC_UNDECIDED) {
		r->enc = ENC_CP1252;
		r->transcoded = true;
	} else if (!r->warned_mixed) {
		warn_at(r->name, r->line, "%s",
			_("invalid UTF-8 in a UTF-8 file: this line is read as Windows-1252"));
		r->warned_mixed = true;
	}
	return transcode_line(r, s, n);
}

static int feed_line(csv_reader *r, const unsigned char *s, size_t n)
{
	const unsigned char *data = s;

	if (r->opt.encoding == CSV_ENC_DETECT) {
		data = detect_line(r, s, &n);
	} else if (r->opt.encoding == CSV_ENC_UTF8) {
		size_t bad;
		if (!utf8_valid((const char *)s, n, &bad)) {
			set_error(r, r->line, _("invalid UTF-8"));
			return -1;
		}
	}
	if (r->line == 1 && !r->opt.delimiter)
		r->opt.delimiter = sniff_delimiter(data, n);
	if (r->line == 1)
		csv_set_delim(&r->parser, r->opt.delimiter);
	if (r->record_line == 0 && r->parser.pstate == 0 && add_plain_line(r, data, n))
		return 0;
	if (r->record_line == 0)
		r->record_line = r->line;
	if (r->opt.keep_quoting)
		track_quotes(r, data, n);
	if (csv_parse(&r->parser, data, n, on_field, on_record, r) != n) {
		set_error(r, r->line, csv_strerror(csv_error(&r->parser)));
		return -1;
	}
	return 0;
}

/* Feed lines until a record is complete or the input ends. */
static int fill_queue(csv_reader *r)
{
	r->nrecords = r->next_record = 0;
	/* Keep the fields of a record still being built. */
	if (r->open_first_field < r->nfields) {
		size_t keep = r->nfields - r->open_first_field;
		size_t base = r->fields[r->open_first_field].offset;
		memmove(r->fieldbuf.s, r->fieldbuf.s + base, r->fieldbuf.len - base);
		r->fieldbuf.len -= base;
		memmove(r->fields, r->fields + r->open_first_field, keep * sizeof *r->fields);
		for (size_t i = 0; i < keep; i++)
			r->fields[i].offset -= base;
		r->nfields = keep;
	} else {
		r->nfields = 0;
		sb_clear(&r->fieldbuf);
	}
	r->open_first_field = 0;
	if (r->qflags_next > 0) {
		size_t left = r->nqflags > r->qflags_next ? r->nqflags - r->qflags_next : 0;
		if (left)
			memmove(r->qflags, r->qflags + r->nqflags - left, left * sizeof *r->qflags);
		r->nqflags = left;
		r->qflags_next = 0;
	}
	while (r->nrecords == 0 && !r->finished) {
		size_t n = next_line_length(r);
		if (r->read_error) {
			set_error(r, r->line, _("read error"));
			return -1;
		}
		if (r->line == 1)
			skip_bom(r), n = next_line_length(r);
		if (n == 0 && r->eof) {
			r->finished = true;
			/* libcsv reports an open quote at the end only in strict
			 * mode, which would also refuse the leniency of a quote
			 * inside an unquoted field; its state between calls tells
			 * (2 is FIELD_BEGUN in libcsv.c). */
			bool open_quote = r->parser.quoted && r->parser.pstate == 2;
			long open_line = r->record_line ? r->record_line : r->line;
			if (csv_fini(&r->parser, on_field, on_record, r) != 0 || open_quote) {
				set_error(r, open_line,
					  _("the input ends inside a quoted field"));
				return -1;
			}
			break;
		}
		if (feed_line(r, r->buf + r->pos, n) < 0)
			return -1;
		r->pos += n;
		if (r->buf[r->pos - 1] == '\n')
			r->line++;
	}
	return 0;
}

int csv_next(csv_reader *r, const csv_record **rec)
{
	record_span *span;

	if (!r->started && prepare(r) < 0)
		return -1;
	if (r->next_record >= r->nrecords) {
		if (r->finished)
			return 0;
		if (fill_queue(r) < 0)
			return -1;
		if (r->nrecords == 0)
			return 0;
	}
	span = &r->records[r->next_record++];
	if (span->nfields > r->out_cap) {
		r->out_cap = span->nfields;
		r->out_fields = xrealloc(r->out_fields, r->out_cap * sizeof *r->out_fields);
	}
	for (size_t i = 0; i < span->nfields; i++) {
		field_span *f = &r->fields[span->first_field + i];
		r->out_fields[i].data = r->fieldbuf.s + f->offset;
		r->out_fields[i].len = f->len;
		r->out_fields[i].quoted = f->quoted;
	}
	r->out.fields = r->out_fields;
	r->out.nfields = span->nfields;
	r->out.line = span->line;
	r->out.crlf = span->crlf;
	*rec = &r->out;
	return 1;
}

void csv_enable_rewind(csv_reader *r)
{
	r->rewindable = true;
}

int csv_rewind(csv_reader *r)
{
	if (!r->rewindable || fseeko(r->fp, 0, SEEK_SET) != 0) {
		set_error(r, 0, _("cannot read the input twice"));
		return -1;
	}
	clearerr(r->fp);
	csv_free(&r->parser);
	init_parser(r);
	r->len = r->pos = 0;
	r->eof = r->read_error = r->finished = false;
	r->line = 1;
	r->record_line = 0;
	r->last_end = 0;
	r->field_since_end = false;
	r->nfields = r->nrecords = r->next_record = r->open_first_field = 0;
	r->nqflags = r->qflags_next = 0;
	r->qstate = Q_FIELD_START;
	sb_clear(&r->fieldbuf);
	return 0;
}

const char *csv_name(const csv_reader *r) { return r->name; }
unsigned char csv_delimiter(const csv_reader *r) { return r->opt.delimiter; }
bool csv_was_transcoded(const csv_reader *r) { return r->transcoded; }
const char *csv_errmsg(const csv_reader *r) { return r->errmsg; }
long csv_errline(const csv_reader *r) { return r->errline; }
unsigned long long csv_bytes_read(const csv_reader *r) { return r->bytes_read; }

int csv_close(csv_reader *r)
{
	int status = 0;

	if (!r)
		return 0;
	if (r->read_error)
		status = -1;
	if (r->own_fp && fclose(r->fp) != 0)
		status = -1;
	csv_free(&r->parser);
	free(r->buf);
	sb_free(&r->line_conv);
	sb_free(&r->fieldbuf);
	free(r->fields);
	free(r->records);
	free(r->out_fields);
	free(r->qflags);
	free(r->name);
	free(r);
	return status;
}

csv_reader *csv_open_or_die(const char *path, const csv_options *opt)
{
	csv_reader *r = csv_open(path, opt);

	if (!r)
		die(EXIT_DATA, _("cannot open %s: %s"), path, strerror(errno));
	return r;
}

bool csv_next_or_die(csv_reader *r, const csv_record **rec)
{
	int rc = csv_next(r, rec);

	if (rc < 0)
		die_at(EXIT_DATA, r->name, r->errline, "%s", r->errmsg);
	return rc == 1;
}

void csv_close_or_die(csv_reader *r)
{
	char *name = xstrdup(r->name);

	if (csv_close(r) != 0)
		die(EXIT_DATA, _("cannot read %s: %s"), name, strerror(errno));
	free(name);
}

static bool header_matches(const csv_header *h, const csv_record *hdr)
{
	if (hdr->nfields != h->n)
		return false;
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(hdr->fields[i].data, h->names[i]) != 0)
			return false;
	return true;
}

bool csv_header_first(csv_header *h, const csv_record *hdr, const char *file)
{
	if (h->set) {
		if (!header_matches(h, hdr))
			die_at(EXIT_DATA, file, hdr->line, "%s",
			       _("the columns differ from those of the first input"));
		return false;
	}
	h->set = true;
	h->n = hdr->nfields;
	h->names = xcalloc(h->n + 1, sizeof *h->names);
	for (size_t i = 0; i < h->n; i++)
		h->names[i] = xmemdup(hdr->fields[i].data, hdr->fields[i].len);
	return true;
}

void csv_header_free(csv_header *h)
{
	free_list(h->names, h->n);
	memset(h, 0, sizeof *h);
}

long csv_header_index(const csv_record *header, const char *name)
{
	size_t len = strlen(name);

	for (size_t i = 0; i < header->nfields; i++)
		if (header->fields[i].len == len && memcmp(header->fields[i].data, name, len) == 0)
			return (long)i;
	return -1;
}

/* --- writer --- */

/* Excel mode (--excel): ';' for ',' and a formula guard. */
static bool excel_mode;

void csv_writer_excel(FILE *out)
{
	excel_mode = out != NULL;
	if (out)
		fputs("\xEF\xBB\xBF", out);
}

bool csv_writer_is_excel(void)
{
	return excel_mode;
}

char csv_out_delimiter(char delim)
{
	return excel_mode && delim == ',' ? ';' : delim;
}
#define out_delim csv_out_delimiter

static bool plain_number(const char *s, size_t len)
{
	size_t i = 0, digits = 0;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < len && (s[i] == '.' || s[i] == ','))
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	return digits > 0 && i == len;
}

/* OWASP's advice for CSV meant for spreadsheets: a cell that a spreadsheet
 * would take for a formula gets a leading "'"; numbers stay numbers. */
bool csv_formula_risk(const char *s, size_t len)
{
	if (len == 0 || !strchr("=+-@\t\r", s[0]))
		return false;
	return !plain_number(s, len);
}

static bool needs_quotes(const char *s, size_t len, char delim)
{
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == delim || c == '"' || c == '\n' || c == '\r')
			return true;
	}
	return false;
}

void csv_put_quoted(FILE *out, const char *s, size_t len)
{
	const char *q;

	putc_unlocked('"', out);
	if (excel_mode && csv_formula_risk(s, len))
		putc_unlocked('\'', out);
	while ((q = memchr(s, '"', len)) != NULL) {
		size_t n = (size_t)(q - s) + 1;
		fwrite_unlocked(s, 1, n, out);
		putc_unlocked('"', out);
		s += n;
		len -= n;
	}
	fwrite_unlocked(s, 1, len, out);
	putc_unlocked('"', out);
}

void csv_put_field(FILE *out, const char *s, size_t len, char delim)
{
	delim = out_delim(delim);
	if (needs_quotes(s, len, delim) || (excel_mode && csv_formula_risk(s, len)))
		csv_put_quoted(out, s, len);
	else
		fwrite_unlocked(s, 1, len, out);
}

void csv_put_record(FILE *out, const csv_field *f, size_t n, char delim)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			putc_unlocked(out_delim(delim), out);
		csv_put_field(out, f[i].data, f[i].len, delim);
	}
	putc_unlocked('\n', out);
}

void csv_put_row(FILE *out, const char *const *cells, size_t n, char delim)
{
	for (size_t i = 0; i < n; i++) {
		const char *s = cells[i] ? cells[i] : "";
		if (i)
			putc_unlocked(out_delim(delim), out);
		csv_put_field(out, s, strlen(s), delim);
	}
	putc_unlocked('\n', out);
}
