/*
 * schema_recognition.c - migration of recognition and credit points (see
 * schema.h):
 *
 *   - recognition_nomination: one nomination of a "pegawai berprestasi"
 *     per employee and period (diajukan -> disetujui / ditolak), with the
 *     reason, who nominated and who decided; when approved, the nominee's
 *     and the approver's name, NIP, position and unit as they were then,
 *     so a certificate printed later shows what was approved;
 *   - ak_predicate_pct: the percentage of each predicate (angka kredit);
 *   - ak_level: the annual coefficient per functional level (jenjang), in
 *     thousandths of a point; both tables are data the administrator
 *     edits, with the defaults of PermenPANRB 1/2023;
 *   - the setting penghargaan_urutan: the tie-break chain of rankings.
 */
#include "store/schema.h"

const char schema_recognition[] =
	"CREATE TABLE recognition_nomination ("
	"  id {ID},"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  unit_id BIGINT REFERENCES units(id),"
	"  reason TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'diajukan',"
	"  rank_text TEXT NOT NULL DEFAULT '',"
	"  nominator_user_id BIGINT REFERENCES users(id),"
	"  nominator_employee_id BIGINT REFERENCES employees(id),"
	"  nominator_name TEXT NOT NULL DEFAULT '',"
	"  nominated_at BIGINT NOT NULL,"
	"  decider_user_id BIGINT REFERENCES users(id),"
	"  decider_name TEXT NOT NULL DEFAULT '',"
	"  decider_nip TEXT NOT NULL DEFAULT '',"
	"  decider_position TEXT NOT NULL DEFAULT '',"
	"  decision_note TEXT NOT NULL DEFAULT '',"
	"  decided_at BIGINT,"
	"  nominee_name TEXT NOT NULL DEFAULT '',"
	"  nominee_nip TEXT NOT NULL DEFAULT '',"
	"  nominee_position TEXT NOT NULL DEFAULT '',"
	"  nominee_unit TEXT NOT NULL DEFAULT '',"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  UNIQUE (period_id, employee_id));"
	"CREATE INDEX recognition_nomination_period ON recognition_nomination(period_id, state);"
	"CREATE INDEX recognition_nomination_employee ON recognition_nomination(employee_id);"
	"CREATE TABLE ak_predicate_pct ("
	"  predicate TEXT PRIMARY KEY,"
	"  pct BIGINT NOT NULL,"
	"  updated_at BIGINT);"
	"INSERT INTO ak_predicate_pct (predicate, pct) VALUES ('sangat_baik', 150);"
	"INSERT INTO ak_predicate_pct (predicate, pct) VALUES ('baik', 100);"
	"INSERT INTO ak_predicate_pct (predicate, pct) VALUES ('butuh_perbaikan', 75);"
	"INSERT INTO ak_predicate_pct (predicate, pct) VALUES ('kurang', 50);"
	"INSERT INTO ak_predicate_pct (predicate, pct) VALUES ('sangat_kurang', 25);"
	"CREATE TABLE ak_level ("
	"  code TEXT PRIMARY KEY,"
	"  label TEXT NOT NULL UNIQUE,"
	"  seq BIGINT NOT NULL,"
	"  coefficient BIGINT NOT NULL,"
	"  updated_at BIGINT);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES ('pemula', 'Pemula', 1, 3750);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES ('terampil', 'Terampil', 2, 5000);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES ('mahir', 'Mahir', 3, 12500);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES ('penyelia', 'Penyelia', 4, 25000);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES "
	"  ('ahli_pertama', 'Ahli Pertama', 5, 12500);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES "
	"  ('ahli_muda', 'Ahli Muda', 6, 25000);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES "
	"  ('ahli_madya', 'Ahli Madya', 7, 37500);"
	"INSERT INTO ak_level (code, label, seq, coefficient) VALUES "
	"  ('ahli_utama', 'Ahli Utama', 8, 50000);"
	"INSERT INTO settings (key, value) VALUES ('penghargaan_urutan', "
	"  '360,hasil_kerja,masa_kerja,nip');";
