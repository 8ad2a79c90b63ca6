/*
 * filetype.h - what a file's bytes are, by their content (libmagic), not
 * by the name or the type a browser claims.  Used to check uploaded
 * evidence: its content must match its extension.
 */
#ifndef KINERJA_FILETYPE_H
#define KINERJA_FILETYPE_H

#include <stddef.h>

#include "core/err.h"

/* Writes the MIME type libmagic finds in data[0..len) ("application/pdf",
 * "text/plain", ...) to out.  0, or -1 with KERR_INTERNAL when libmagic or
 * its database cannot be used. */
int filetype_detect(const void *data, size_t len, char *out, size_t size, struct kerr *err);

#endif
