/*
 * ui_document.c - the downloads of the official documents as PDF: the SKP, the evaluation document, the objection decision and the TPP breakdown (placeholder: routes come with the documents work).
 */
#include "http/router.h"

#include <stddef.h>

const struct route ui_document_routes[] = {
	{ NULL },
};
