/*
 * filetype.c - content-based file type detection with libmagic.
 *
 * A libmagic cookie is not safe to share between threads, and opening one
 * with the compiled database costs about a tenth of a millisecond, so each
 * call opens its own: no global state, nothing to lock.
 */
#include "core/filetype.h"
#include "core/strbuf.h"

#include <magic.h>

int filetype_detect(const void *data, size_t len, char *out, size_t size, struct kerr *err)
{
	magic_t m = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
	if (!m)
		return kerr_set(err, KERR_INTERNAL, "", "Pemeriksa jenis berkas tidak tersedia");
	int rc = -1;
	const char *type = NULL;
	if (magic_load(m, NULL) == 0)
		type = magic_buffer(m, data, len);
	if (type) {
		copy_str(out, size, type);
		rc = 0;
	} else {
		kerr_set(err, KERR_INTERNAL, "", "Jenis berkas tidak dapat diperiksa: %s",
			 magic_error(m) ? magic_error(m) : "libmagic");
	}
	magic_close(m);
	return rc;
}
