/*
 * api_document.c - the JSON API of the downloads of the official documents as PDF: the SKP, the evaluation document, the objection decision and the TPP breakdown.
 */
#include "http/router.h"

#include <stddef.h>

const struct route api_document_routes[] = {
	{ NULL },
};
