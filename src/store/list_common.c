/*
 * list_common.c - what the list files of src/store share (lists_int.h):
 * the LIKE patterns of a search and a person's name with titles.
 */
#include "store/lists_int.h"
#include "core/strbuf.h"

#include <stdio.h>

/* Appends s to a LIKE pattern with ! as the escape character, in ASCII
 * lower case (as employees.name_key holds names). */
static void like_escaped(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '%' || *s == '_' || *s == '!')
			strbuf_addch(sb, '!');
		strbuf_addch(sb, *s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s);
	}
}

void list_args_init(struct list_args *a, const struct list_filter *f)
{
	strbuf_init(&a->name_like, 0);
	strbuf_init(&a->nip_like, 0);
	if (f->search && *f->search) {
		strbuf_addch(&a->name_like, '%');
		like_escaped(&a->name_like, f->search);
		strbuf_addch(&a->name_like, '%');
	}
	if (f->nip && *f->nip) {
		like_escaped(&a->nip_like, f->nip);
		strbuf_addch(&a->nip_like, '%');
	}
	a->limit = f->limit < 1 ? 1 : f->limit > LIST_LIMIT_MAX ? LIST_LIMIT_MAX : f->limit;
}

void list_args_release(struct list_args *a)
{
	strbuf_release(&a->name_like);
	strbuf_release(&a->nip_like);
}

