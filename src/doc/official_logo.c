/*
 * official_logo.c - the instansi's logo on the official documents: read
 * into a pdf_doc once, and an upload checked (libmagic, size, libharu)
 * before the store keeps it (see official.h).
 */
#include "doc/official.h"
#include "doc/pdf.h"
#include "domain/document.h"
#include "store/document.h"
#include "core/filetype.h"

#include <stdlib.h>

void official_logo_prepare(struct db *db, struct pdf_doc *d)
{
	void *data = NULL;
	size_t len = 0;
	struct kerr err = KERR_INIT;
	if (pdf_has_logo(d))
		return;
	if (store_document_logo_data(db, &data, &len, &err) == 1)
		pdf_set_logo(d, data, len);
	free(data);
}

int official_logo_upload(struct db *db, const struct actor *who, const char *file_name,
			 const void *data, size_t len, struct kerr *err)
{
	char detected[96] = "";
	if (len && len <= DOCUMENT_LOGO_MAX &&
	    filetype_detect(data, len, detected, sizeof detected, err))
		return -1;
	if (document_logo_check(detected, len, err) || pdf_image_check(data, len, "logo", err))
		return -1;
	return store_document_logo_set(db, who, detected, file_name, data, len, err);
}
