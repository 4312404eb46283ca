/* csvio.h - streaming CSV reader and an RFC 4180 writer.
 *
 * The reader yields one record at a time, each with the physical line
 * number of its first line (the header is line 1, CRLF is one line end,
 * blank lines count and are reported as records with no fields).
 *
 * Its rules (trygg(7) documents them for users):
 *   - Quoting is RFC 4180: a field that starts with '"' runs to the
 *     closing '"', "" inside it is one quote, delimiters and line ends
 *     inside it are data.  A '"' that is not the first character of a
 *     field is an ordinary character.
 *   - After a closing quote only the delimiter or the line end may
 *     follow; spaces and tabs there are dropped, anything else is an
 *     error naming the line ("ok" x would otherwise swallow records).
 *   - Line ends: a file with an LF in its first 64 KiB has LF or CRLF
 *     line ends, and a CR elsewhere in it is data; a file with CRs and no
 *     LF (old Mac) has CR line ends, and its line numbers count them.
 *   - Encodings: a UTF-8 byte order mark is skipped; UTF-16 with a byte
 *     order mark is converted with iconv(3) (not in CSV_ENC_RAW).
 *   - The delimiter, unless given, is guessed from the first records
 *     (not the header alone): of ',' ';' TAB '|', the one with which most
 *     records have the header's number of fields.
 *   - In CSV_ENC_DETECT mode, a zip file (.xlsx) and input with many NUL
 *     bytes are refused as not CSV, with a hint.
 * Fields are never trimmed.  Memory is one read chunk plus the records
 * completed in it, however large the input. */
#ifndef TRYGG_CSVIO_H
#define TRYGG_CSVIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct {
	char *data;  /* NUL-terminated; may contain NUL bytes of the input */
	size_t len;
	bool quoted; /* the field was written in quotes in the input */
} csv_field;

typedef struct {
	csv_field *fields;
	size_t nfields; /* 0 for a blank line */
	long line;      /* physical line of the record's first line */
	bool crlf;      /* the record ended with CRLF (else LF or end of file) */
} csv_record;

enum csv_encoding {
	CSV_ENC_UTF8,   /* input must be UTF-8 (a BOM is skipped); invalid
			   bytes are an error with the line */
	CSV_ENC_DETECT, /* BOM -> UTF-8; valid UTF-8 -> UTF-8; otherwise
			   Windows-1252, transcoded to UTF-8.  Decided by the
			   first line that is not ASCII, in the one pass */
	CSV_ENC_RAW     /* bytes passed through unchecked */
};

typedef struct {
	unsigned char delimiter; /* 0: guess ',' ';' TAB or '|' */
	enum csv_encoding encoding;
	bool keep_quoting;       /* kept for callers; csv_field.quoted is
				    always filled now */
} csv_options;

typedef struct csv_reader csv_reader;

/* Open PATH ("-" is stdin).  NULL with errno set when it cannot be opened. */
csv_reader *csv_open(const char *path, const csv_options *opt);
/* Read from an open stream; NAME is used in messages. */
csv_reader *csv_open_stream(FILE *fp, const char *name, const csv_options *opt);

/* Next record: 1 and *rec set (valid until the next call), 0 at end of
 * input, -1 on error (csv_errmsg/csv_errline say what and where). */
int csv_next(csv_reader *r, const csv_record **rec);

/* Start again from the first byte (for two-pass tools).  Works on regular
 * files; on a pipe, the reader spools it to a temporary file on the first
 * pass when opened with csv_enable_rewind() before the first csv_next. */
void csv_enable_rewind(csv_reader *r);
int csv_rewind(csv_reader *r);

const char *csv_name(const csv_reader *r);
/* The delimiter (known after the first csv_next), whether it was
 * guessed, and the line end: '\n' (LF or CRLF) or '\r'. */
unsigned char csv_delimiter(const csv_reader *r);
bool csv_delimiter_was_guessed(const csv_reader *r);
unsigned char csv_line_end(const csv_reader *r);
bool csv_was_transcoded(const csv_reader *r); /* Windows-1252 detected */
const char *csv_errmsg(const csv_reader *r);  /* translated, no cell text */
long csv_errline(const csv_reader *r);

/* Close; returns 0, or -1 when reading the stream failed. */
int csv_close(csv_reader *r);

/* The same, but a failure is fatal: "prog: cannot open FILE: why",
 * "prog: FILE:LINE: what is wrong", "prog: cannot read FILE: why" (exit 1). */
csv_reader *csv_open_or_die(const char *path, const csv_options *opt);
bool csv_next_or_die(csv_reader *r, const csv_record **rec);
void csv_close_or_die(csv_reader *r);

/* The first input's header, which later inputs of a multi-file run must
 * repeat field for field. */
typedef struct {
	char **names;
	size_t n;
	bool set;
} csv_header;

/* The first call keeps HDR's names and returns true; later calls return
 * false, or die with FILE:LINE when HDR's columns differ. */
bool csv_header_first(csv_header *h, const csv_record *hdr, const char *file);
void csv_header_free(csv_header *h);

/* Index of the field named NAME in a header record, or -1. */
long csv_header_index(const csv_record *header, const char *name);

/* --- writer: RFC 4180, minimal quoting, LF line ends --- */

/* Excel mode for the rest of the run (--excel): writes a UTF-8 BOM to OUT;
 * from then on every ',' delimiter given to the writer becomes ';', and a
 * cell a spreadsheet would run as a formula (starting with = + - @, tab or
 * CR, and not a plain number) is quoted with a "'" in front.  NULL turns
 * Excel mode off again (for tests that write both kinds). */
void csv_writer_excel(FILE *out);
bool csv_writer_is_excel(void);
/* The delimiter written for DELIM: ';' for ',' in Excel mode. */
char csv_out_delimiter(char delim);
bool csv_formula_risk(const char *s, size_t len);

/* Write one field, quoted only if it holds the delimiter, '"', CR or LF. */
void csv_put_field(FILE *out, const char *s, size_t len, char delim);
/* Write one field in quotes regardless (to reproduce an input's quoting). */
void csv_put_quoted(FILE *out, const char *s, size_t len);
/* Write a whole record and the line end. */
void csv_put_record(FILE *out, const csv_field *f, size_t n, char delim);
/* Write a row of C strings (NULL counts as empty) and the line end. */
void csv_put_row(FILE *out, const char *const *cells, size_t n, char delim);

#endif
