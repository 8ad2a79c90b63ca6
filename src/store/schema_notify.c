/*
 * schema_notify.c - migration of notifications (see schema.h and
 * store/notify.h).  The waiting items themselves are not stored: they
 * are derived from the data each time.  Stored are only:
 *
 *   notify_pref   a user's choice about e-mail (email_off 1: none); no
 *                 row is the default, e-mail on.
 *   notify_sent   what was e-mailed: one row per user, item key and WIB
 *                 day (YYYY-MM-DD), so a digest repeats no item on the
 *                 same day; rows older than a month are dropped.
 */
#include "store/schema.h"

const char schema_notify[] =
	"CREATE TABLE notify_pref ("
	"  user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
	"  email_off BIGINT NOT NULL DEFAULT 0,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE TABLE notify_sent ("
	"  id {ID},"
	"  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
	"  item_key TEXT NOT NULL,"
	"  sent_on TEXT NOT NULL,"
	"  sent_at BIGINT NOT NULL,"
	"  UNIQUE (user_id, item_key, sent_on));"
	"CREATE INDEX notify_sent_day ON notify_sent(user_id, sent_on);";
