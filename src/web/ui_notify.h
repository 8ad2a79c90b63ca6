/*
 * ui_notify.h - what other pages show of notifications: the home page
 * card (ui_notify.c).
 */
#ifndef KINERJA_UI_NOTIFY_H
#define KINERJA_UI_NOTIFY_H

struct req;

/* How many items the home card lists before "Lihat semua". */
enum { NOTIFY_HOME_ITEMS = 3 };

/* The home page card: how much waits on the user and the most pressing
 * items, with a link to /notifikasi; nothing when nothing waits. */
void notify_home_card(struct req *r);

#endif
