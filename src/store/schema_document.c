/*
 * schema_document.c - migration of the official documents' settings (see
 * schema.h): table document_logo holds the instansi's logo drawn on the
 * header of every official document, at most one row (the store replaces
 * it), with its bytes, type, size, SHA-256 and who uploaded it when.
 */
#include "store/schema.h"

const char schema_document[] =
	"CREATE TABLE document_logo ("
	"  id {ID},"
	"  content_type TEXT NOT NULL,"
	"  size BIGINT NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  file_name TEXT NOT NULL DEFAULT '',"
	"  uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,"
	"  uploaded_at BIGINT NOT NULL,"
	"  data {BLOB} NOT NULL);";
