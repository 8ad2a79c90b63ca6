/*
 * schema_document.c - migration of the official documents' settings
 * (placeholder until the documents work fills it).
 */
#include "store/schema.h"

const char schema_document[] = "SELECT 1";
