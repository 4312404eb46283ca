/* csvio.c - streaming CSV reader and RFC 4180 writer.
 *
 * The reader is a small state machine of its own: libcsv's lenient mode
 * keeps a field open after text behind its closing quote ("ok" x), which
 * swallows the records that follow, and it ends a record at any CR, which
 * splits a record at a stray CR in an LF file.  Both change data without a
 * word, so the rules here are written out instead (csvio.h).
 *
 * Input is fed one physical line at a time, so that every record knows
 * the line it began on and an encoding can be decided line by line.  A
 * line without a quote that starts a record is split at its delimiters
 * directly (most survey lines are like that); others go through the state
 * machine, which carries a quoted field from one line to the next. */
#include "csvio.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"
#include "util.h"

#define CHUNK (1 << 16)
#define SNIFF_RECORDS 50 /* records the delimiter is guessed from */

typedef struct {
	size_t offset, len;
	bool quoted;
} field_span;

typedef struct {
	size_t first_field, nfields;
	long line;
	bool crlf;
} record_span;

/* Where the state machine is between two bytes. */
enum parse_state {
	P_FIELD,    /* at the start of a field */
	P_UNQUOTED, /* inside an unquoted field */
	P_QUOTED,   /* inside a quoted field */
	P_QUOTE,    /* a quote inside a quoted field: "" or the closing one */
	P_AFTER     /* after the closing quote, only spaces seen since */
};

struct csv_reader {
	/* Fields are ordered by size (pointers and counts first), which
	 * leaves no padding; the comments group them by purpose. */
	FILE *fp;
	char *name;
	/* UTF-16 input (a byte order mark) goes through iconv(3) into buf. */
	iconv_t utf16;
	unsigned char *raw;
	size_t rawlen;
	/* Input, as UTF-8 or single bytes: buf[pos..len) not yet fed. */
	unsigned char *buf;
	size_t len, pos, cap;
	long line;            /* physical line being fed, from 1 */
	/* The state machine: where the open record and quoted field began,
	 * and the offset in fieldbuf of the field being built. */
	long record_line, quote_line;
	size_t field_start;
	/* Records completed but not yet handed out, and the open one. */
	field_span *fields;
	size_t nfields, fields_cap;
	record_span *records;
	size_t nrecords, records_cap, next_record;
	size_t open_first_field; /* first field of the record being built */
	/* The record handed out last. */
	csv_field *out_fields;
	size_t out_cap;
	long errline;
	strbuf line_conv;     /* one line transcoded from Windows-1252 */
	strbuf fieldbuf;
	csv_record out;
	/* CSV_ENC_DETECT decides at the first line that is not plain ASCII,
	 * so the input is read once and a pipe streams. */
	enum { ENC_UNDECIDED, ENC_UTF8, ENC_CP1252 } enc;
	enum parse_state state;
	csv_options opt;
	bool own_fp, delimiter_guessed, transcoded, warned_mixed, rewindable, started;
	bool raw_eof, eof, read_error, finished;
	unsigned char eol;    /* the line end: '\n' (LF or CRLF) or '\r' */
	bool in_record;       /* a record has begun and not ended */
	char errmsg[256];
};

static void set_error(csv_reader *r, long line, const char *msg)
{
	snprintf(r->errmsg, sizeof r->errmsg, "%s", msg);
	r->errline = line;
}

/* --- building records --- */

/* Bytes of the field being built. */
static inline void field_data(csv_reader *r, const void *data, size_t len)
{
	sb_reserve(&r->fieldbuf, len);
	memcpy(r->fieldbuf.s + r->fieldbuf.len, data, len);
	r->fieldbuf.len += len;
}

static void begin_field(csv_reader *r)
{
	if (!r->in_record) {
		r->in_record = true;
		r->record_line = r->line;
		r->open_first_field = r->nfields;
	}
	r->field_start = r->fieldbuf.len;
}

static void end_field(csv_reader *r, bool quoted)
{
	field_span *f;

	GROW(r->fields, r->nfields, r->fields_cap);
	f = &r->fields[r->nfields++];
	f->offset = r->field_start;
	f->len = r->fieldbuf.len - r->field_start;
	f->quoted = quoted;
	sb_reserve(&r->fieldbuf, 1);
	r->fieldbuf.s[r->fieldbuf.len++] = '\0'; /* each field keeps its own NUL */
}

/* A whole field in one piece. */
static void add_field(csv_reader *r, const void *data, size_t len)
{
	begin_field(r);
	sb_reserve(&r->fieldbuf, len + 1);
	if (len)
		memcpy(r->fieldbuf.s + r->fieldbuf.len, data, len);
	r->fieldbuf.len += len;
	end_field(r, false);
}

/* The open record (or a blank line: no fields) ends here. */
static void end_record(csv_reader *r, bool crlf)
{
	record_span *rec;

	GROW(r->records, r->nrecords, r->records_cap);
	rec = &r->records[r->nrecords++];
	if (r->in_record) {
		rec->first_field = r->open_first_field;
		rec->nfields = r->nfields - r->open_first_field;
		rec->line = r->record_line;
	} else {
		rec->first_field = r->nfields;
		rec->nfields = 0;
		rec->line = r->line;
	}
	rec->crlf = crlf;
	r->in_record = false;
	r->open_first_field = r->nfields;
	r->state = P_FIELD;
}

/* --- lines --- */

/* Length of the line end at the end of S[0..n) (0 for the last line of
 * an input that does not end with one), and whether it is CRLF.  Only
 * meaningful outside quotes: inside them the line end is data. */
static size_t line_end_length(const csv_reader *r, const unsigned char *s, size_t n,
			      bool *crlf)
{
	*crlf = false;
	if (n == 0 || s[n - 1] != r->eol)
		return 0;
	if (r->eol == '\n' && n >= 2 && s[n - 2] == '\r') {
		*crlf = true;
		return 2;
	}
	return 1;
}

/* A line with no quote that starts a record is a whole record whose
 * fields are the spans between delimiters: split it here. */
static bool add_plain_line(csv_reader *r, const unsigned char *s, size_t n)
{
	bool crlf;
	size_t body = n - line_end_length(r, s, n, &crlf);
	const unsigned char *p, *end, *d;

	if (memchr(s, '"', body))
		return false;
	for (p = s, end = s + body; body > 0; p = d + 1) {
		d = memchr(p, r->opt.delimiter, (size_t)(end - p));
		if (!d)
			d = end;
		add_field(r, p, (size_t)(d - p));
		if (d == end)
			break;
	}
	end_record(r, crlf);
	return true;
}

static bool is_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* Feed one line to the state machine.  -1 on text after a closing quote. */
static int parse_line(csv_reader *r, const unsigned char *s, size_t n)
{
	bool crlf;
	size_t body = n - line_end_length(r, s, n, &crlf);
	unsigned char delim = r->opt.delimiter;
	size_t i = 0;

	for (;;) {
		switch (r->state) {
		case P_FIELD:
			if (i == body) {
				if (r->in_record) { /* a delimiter ended the line */
					begin_field(r);
					end_field(r, false);
				}
				end_record(r, crlf);
				return 0;
			}
			begin_field(r);
			if (s[i] == '"') {
				r->state = P_QUOTED;
				r->quote_line = r->line;
				i++;
				break;
			}
			r->state = P_UNQUOTED;
			/* fall through */
		case P_UNQUOTED: {
			const unsigned char *d = memchr(s + i, delim, body - i);
			size_t stop = d ? (size_t)(d - s) : body;

			field_data(r, s + i, stop - i);
			end_field(r, false);
			r->state = P_FIELD;
			if (!d) {
				end_record(r, crlf);
				return 0;
			}
			i = stop + 1;
			break;
		}
		case P_QUOTED: {
			/* Line ends inside quotes are data: scan to the very end. */
			const unsigned char *q = memchr(s + i, '"', n - i);
			size_t stop = q ? (size_t)(q - s) : n;

			field_data(r, s + i, stop - i);
			if (!q)
				return 0; /* the field goes on in the next line */
			r->state = P_QUOTE;
			i = stop + 1;
			break;
		}
		case P_QUOTE:
			if (i < body && s[i] == '"') {
				field_data(r, "\"", 1); /* "" is one quote */
				r->state = P_QUOTED;
				i++;
				break;
			}
			end_field(r, true);
			r->state = P_AFTER;
			/* fall through */
		case P_AFTER:
			if (i == body) {
				end_record(r, crlf);
				return 0;
			}
			if (s[i] == delim) {
				r->state = P_FIELD;
				r->in_record = true;
				i++;
				/* a delimiter right before the line end: one
				 * more, empty field (P_FIELD at the body end) */
				break;
			}
			if (!is_blank(s[i])) {
				set_error(r, r->line,
					  _("text after the closing quote of a field "
					    "(a quote inside a field must be doubled)"));
				return -1;
			}
			i++; /* spaces after a closing quote are dropped */
			break;
		}
	}
}

/* --- input --- */

/* Read up to ROOM bytes of UTF-8 from a UTF-16 input into DST. */
static size_t read_utf16(csv_reader *r, unsigned char *dst, size_t room)
{
	for (;;) {
		char *in = (char *)r->raw, *out = (char *)dst;
		size_t inleft = r->rawlen, outleft = room, produced;
		size_t rc;
		int err;

		if (!r->raw_eof && r->rawlen < CHUNK / 2) {
			size_t n = fread(r->raw + r->rawlen, 1, CHUNK - r->rawlen, r->fp);
			r->rawlen += n;
			inleft = r->rawlen;
			if (n == 0) {
				r->raw_eof = true;
				r->read_error = ferror(r->fp) != 0;
			}
		}
		rc = iconv(r->utf16, &in, &inleft, &out, &outleft);
		err = errno;
		produced = room - outleft;
		memmove(r->raw, in, inleft);
		r->rawlen = inleft;
		if (produced > 0)
			return produced; /* an error shows again on the next call */
		if (rc == (size_t)-1 && err == EILSEQ)
			return (size_t)-1;
		if (r->raw_eof)
			return r->rawlen ? (size_t)-1 : 0; /* a cut character */
	}
}

/* Read more input into buf[len..cap).  Returns the bytes added; 0 at the
 * end of the input (eof set), (size_t)-1 on undecodable UTF-16. */
static size_t read_more(csv_reader *r)
{
	size_t n;

	if (r->utf16 != (iconv_t)-1) {
		n = read_utf16(r, r->buf + r->len, r->cap - r->len);
		if (n == (size_t)-1)
			return n;
	} else {
		n = fread(r->buf + r->len, 1, r->cap - r->len, r->fp);
		if (n == 0)
			r->read_error = ferror(r->fp) != 0;
	}
	r->len += n;
	if (n == 0)
		r->eof = true;
	return n;
}

static void make_room(csv_reader *r)
{
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
	}
	if (grow_cap(r->len + 8, &r->cap)) /* iconv needs room for a whole character */
		r->buf = xrealloc(r->buf, r->cap);
}

/* The line being read when undecodable UTF-16 stopped the input. */
static long utf16_error_line(const csv_reader *r)
{
	long line = r->line;

	for (size_t i = r->pos; i < r->len; i++)
		line += r->buf[i] == r->eol;
	return line;
}

/* Fill buf so that buf[pos..) holds at least one whole line (or the rest
 * of the input).  Returns the length of that line including its end, or
 * (size_t)-1 on an error. */
static size_t next_line_length(csv_reader *r)
{
	unsigned char *nl;
	size_t scanned = 0;

	for (;;) {
		nl = memchr(r->buf + r->pos + scanned, r->eol, r->len - r->pos - scanned);
		if (nl)
			return (size_t)(nl - (r->buf + r->pos)) + 1;
		scanned = r->len - r->pos;
		if (r->eof)
			return scanned;
		make_room(r);
		if (read_more(r) == (size_t)-1) {
			set_error(r, utf16_error_line(r), _("invalid UTF-16"));
			return (size_t)-1;
		}
	}
}

/* Fill buf with the first CHUNK bytes (or the whole input). */
static int fill_first_block(csv_reader *r)
{
	while (!r->eof && r->len < CHUNK) {
		make_room(r);
		if (read_more(r) == (size_t)-1) {
			set_error(r, utf16_error_line(r), _("invalid UTF-16"));
			return -1;
		}
	}
	return 0;
}

/* A byte order mark: UTF-8 is skipped, UTF-16 switches to iconv(3). */
static int open_encoding(csv_reader *r)
{
	const unsigned char *b = r->buf;
	const char *from = NULL;

	while (!r->eof && r->len < 4)
		read_more(r);
	if (r->len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
		r->pos = 3;
		return 0;
	}
	if (r->opt.encoding == CSV_ENC_RAW || r->len < 2)
		return 0;
	if (b[0] == 0xFF && b[1] == 0xFE)
		from = "UTF-16LE";
	else if (b[0] == 0xFE && b[1] == 0xFF)
		from = "UTF-16BE";
	if (!from)
		return 0;
	r->utf16 = iconv_open("UTF-8", from);
	if (r->utf16 == (iconv_t)-1) {
		set_error(r, 1, _("cannot convert UTF-16 on this system"));
		return -1;
	}
	/* What was read becomes the first raw input of the converter. */
	r->raw = xmalloc(CHUNK);
	r->rawlen = r->len - 2;
	memcpy(r->raw, r->buf + 2, r->rawlen);
	r->raw_eof = r->eof;
	r->eof = false;
	r->len = r->pos = 0;
	return 0;
}

/* LF (or CRLF) if the first block has an LF at all, else CR if it has
 * one: a file of old Mac line ends.  Decided once, so a stray CR in an
 * LF file is data, never a line end. */
static void decide_line_end(csv_reader *r)
{
	const unsigned char *s = r->buf + r->pos;
	size_t n = r->len - r->pos;

	r->eol = '\n';
	if (!memchr(s, '\n', n) && memchr(s, '\r', n))
		r->eol = '\r';
}

static long line_of(const csv_reader *r, size_t off)
{
	long line = 1;

	for (size_t i = r->pos; i < off; i++)
		line += r->buf[i] == r->eol;
	return line;
}

/* What cannot be CSV at all: a zip file (an .xlsx workbook) and input in
 * which NUL bytes are common (an image, UTF-16 without a byte order
 * mark).  A NUL now and then is data, and so is any other control. */
static int check_not_binary(csv_reader *r)
{
	const unsigned char *s = r->buf + r->pos;
	size_t n = r->len - r->pos, nuls = 0, odd = 0;
	const unsigned char *first;

	if (n >= 4 && memcmp(s, "PK\3\4", 4) == 0) {
		set_error(r, 1, _("a zip file (an .xlsx workbook?), not CSV: save it as CSV, "
				  "or convert it with xlsx2csv (trygg-monthly does)"));
		return -1;
	}
	first = memchr(s, '\0', n);
	if (!first)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!s[i]) {
			nuls++;
			odd += i & 1;
		}
	if (nuls * 100 <= n)
		return 0;
	if (nuls * 10 >= n * 4 && (odd * 10 >= nuls * 9 || odd * 10 <= nuls))
		set_error(r, line_of(r, (size_t)(first - r->buf)),
			  _("UTF-16 text without a byte order mark: save it as UTF-8, "
			    "or as Unicode text with one"));
	else
		set_error(r, line_of(r, (size_t)(first - r->buf)),
			  _("not a CSV file (binary data)"));
	return -1;
}

/* --- the delimiter --- */

static const unsigned char candidates[] = { ',', ';', '\t', '|' };
#define NCANDIDATES (sizeof candidates)

/* Field counts of the first records of S[0..n) read with DELIM, by the
 * rules of parse_line.  Returns the number of records (blank lines left
 * out, an unfinished last one too) or -1 when DELIM makes text follow a
 * closing quote. */
static int count_fields(const csv_reader *r, const unsigned char *s, size_t n,
			unsigned char delim, size_t *counts, bool whole)
{
	size_t i = 0, fields = 0;
	int nrec = 0;
	enum parse_state st = P_FIELD;
	bool any = false;

	for (; i < n && nrec < SNIFF_RECORDS; i++) {
		unsigned char c = s[i];
		bool eol = c == r->eol || (r->eol == '\n' && c == '\r' && i + 1 < n && s[i + 1] == '\n');

		if (st == P_QUOTED) {
			st = c == '"' ? P_QUOTE : P_QUOTED;
			continue;
		}
		if (st == P_QUOTE && c == '"') {
			st = P_QUOTED;
			continue;
		}
		if (st == P_QUOTE || st == P_AFTER) {
			st = P_AFTER;
			if (!eol && c != delim && !is_blank(c))
				return -1;
		}
		if (eol) {
			if (any)
				counts[nrec++] = fields + 1;
			if (c == '\r' && r->eol == '\n')
				i++;
			fields = 0;
			any = false;
			st = P_FIELD;
		} else if (c == delim) {
			fields++;
			any = true;
			st = P_FIELD;
		} else if (st == P_FIELD) {
			any = true;
			st = c == '"' ? P_QUOTED : P_UNQUOTED;
		}
	}
	if (whole && any && st != P_QUOTED && nrec < SNIFF_RECORDS)
		counts[nrec++] = fields + 1;
	return nrec;
}

/* The candidate whose records have the header's field count most often;
 * a tie goes to more fields, then to the order , ; TAB |.  With a header
 * alone that is the most frequent delimiter of the header. */
static unsigned char sniff_delimiter(const csv_reader *r)
{
	size_t counts[SNIFF_RECORDS];
	unsigned char best = ',';
	long best_score = -1, best_width = 0;

	for (size_t c = 0; c < NCANDIDATES; c++) {
		int nrec = count_fields(r, r->buf + r->pos, r->len - r->pos, candidates[c],
					counts, r->eof);
		long score = 0;

		if (nrec <= 0 || counts[0] < 2)
			continue;
		for (int k = 1; k < nrec; k++)
			score += counts[k] == counts[0];
		if (score > best_score || (score == best_score && (long)counts[0] > best_width)) {
			best = candidates[c];
			best_score = score;
			best_width = (long)counts[0];
		}
	}
	return best;
}

/* --- opening --- */

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
	r->utf16 = (iconv_t)-1;
	r->eol = '\n';
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

/* Encoding, line ends, what cannot be CSV, and the delimiter, all from
 * the first block of the input (again after a rewind: the same answers). */
static int start_input(csv_reader *r)
{
	if (open_encoding(r) < 0 || fill_first_block(r) < 0)
		return -1;
	if (r->read_error) {
		set_error(r, 1, _("read error"));
		return -1;
	}
	decide_line_end(r);
	if (r->opt.encoding == CSV_ENC_DETECT && check_not_binary(r) < 0)
		return -1;
	if (!r->opt.delimiter) {
		r->opt.delimiter = sniff_delimiter(r);
		r->delimiter_guessed = true;
	}
	return 0;
}

static int prepare(csv_reader *r)
{
	r->started = true;
	if (r->rewindable && make_seekable(r) < 0)
		return -1;
	return start_input(r);
}

/* --- encodings --- */

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
	if (!r->in_record && r->state == P_FIELD && add_plain_line(r, data, n))
		return 0;
	return parse_line(r, data, n);
}

/* Keep the fields of a record still being built (a quoted field that goes
 * on in the next line, and the fields before it); drop the rest. */
static void compact(csv_reader *r)
{
	size_t keep = r->in_record ? r->nfields - r->open_first_field : 0;
	size_t base;

	if (keep)
		base = r->fields[r->open_first_field].offset;
	else if (r->in_record)
		base = r->field_start;
	else
		base = r->fieldbuf.len;
	if (r->fieldbuf.s) { /* NULL before the first field */
		memmove(r->fieldbuf.s, r->fieldbuf.s + base, r->fieldbuf.len - base);
		r->fieldbuf.len -= base;
		r->fieldbuf.s[r->fieldbuf.len] = '\0';
	}
	if (keep)
		memmove(r->fields, r->fields + r->open_first_field, keep * sizeof *r->fields);
	for (size_t i = 0; i < keep; i++)
		r->fields[i].offset -= base;
	r->nfields = keep;
	r->field_start = r->in_record ? r->field_start - base : 0;
	r->open_first_field = 0;
}

static int finish_input(csv_reader *r)
{
	r->finished = true;
	if (r->state == P_QUOTED) {
		set_error(r, r->quote_line, _("the input ends inside a quoted field"));
		return -1;
	}
	if (r->in_record || r->state != P_FIELD)
		parse_line(r, (const unsigned char *)"", 0);
	return 0;
}

/* Feed lines until a record is complete or the input ends. */
static int fill_queue(csv_reader *r)
{
	r->nrecords = r->next_record = 0;
	compact(r);
	while (r->nrecords == 0 && !r->finished) {
		size_t n = next_line_length(r);

		if (n == (size_t)-1)
			return -1;
		if (r->read_error) {
			set_error(r, r->line, _("read error"));
			return -1;
		}
		if (n == 0 && r->eof)
			return finish_input(r);
		if (feed_line(r, r->buf + r->pos, n) < 0)
			return -1;
		r->pos += n;
		if (r->buf[r->pos - 1] == r->eol)
			r->line++;
	}
	return 0;
}

int csv_next(csv_reader *r, const csv_record **rec)
{
	record_span *span;

	if (r->errmsg[0])
		return -1;
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

static void close_utf16(csv_reader *r)
{
	if (r->utf16 != (iconv_t)-1)
		iconv_close(r->utf16);
	r->utf16 = (iconv_t)-1;
	free(r->raw);
	r->raw = NULL;
	r->rawlen = 0;
	r->raw_eof = false;
}

int csv_rewind(csv_reader *r)
{
	if (!r->rewindable || fseeko(r->fp, 0, SEEK_SET) != 0) {
		set_error(r, 0, _("cannot read the input twice"));
		return -1;
	}
	clearerr(r->fp);
	close_utf16(r);
	r->len = r->pos = 0;
	r->eof = r->read_error = r->finished = false;
	r->line = 1;
	r->state = P_FIELD;
	r->in_record = false;
	r->nfields = r->nrecords = r->next_record = r->open_first_field = 0;
	r->field_start = 0;
	r->errmsg[0] = '\0';
	sb_clear(&r->fieldbuf);
	r->started = true;
	start_input(r); /* an error there shows at csv_next, as on the first pass */
	return 0;
}

const char *csv_name(const csv_reader *r) { return r->name; }
unsigned char csv_delimiter(const csv_reader *r) { return r->opt.delimiter; }
bool csv_delimiter_was_guessed(const csv_reader *r) { return r->delimiter_guessed; }
/* For tests/tools/csvdump and tests/fuzz/fuzz_csv, outside src/. */
// cppcheck-suppress unusedFunction
unsigned char csv_line_end(const csv_reader *r) { return r->eol; }
// cppcheck-suppress unusedFunction
bool csv_was_transcoded(const csv_reader *r) { return r->transcoded; }
const char *csv_errmsg(const csv_reader *r) { return r->errmsg; }
long csv_errline(const csv_reader *r) { return r->errline; }

int csv_close(csv_reader *r)
{
	int status = 0;

	if (!r)
		return 0;
	if (r->read_error)
		status = -1;
	if (r->own_fp && fclose(r->fp) != 0)
		status = -1;
	close_utf16(r);
	free(r->buf);
	sb_free(&r->line_conv);
	sb_free(&r->fieldbuf);
	free(r->fields);
	free(r->records);
	free(r->out_fields);
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

/* Has the word X a byte equal to C?  (The classic exact test for a zero
 * byte, of X with C's bytes cleared.) */
static inline bool word_has_byte(uint64_t x, unsigned char c)
{
	x ^= UINT64_C(0x0101010101010101) * c;
	return ((x - UINT64_C(0x0101010101010101)) & ~x & UINT64_C(0x8080808080808080)) != 0;
}

static bool needs_quotes(const char *s, size_t len, char delim)
{
	size_t i = 0;

	/* every rewritten cell is asked: eight bytes at a time to the first
	 * word that may hold one of the four */
	for (; i + 8 <= len; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		if (word_has_byte(x, (unsigned char)delim) || word_has_byte(x, '"') ||
		    word_has_byte(x, '\n') || word_has_byte(x, '\r'))
			break;
	}
	for (; i < len; i++) {
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
