#!/usr/bin/env node
// This file generates an employee CSV for bench/import.sh: N made-up civil
// servants with valid, unique PNS NIPs, spread over the given unit codes, in
// the columns of `kinerja export employees`.
//
//   node bench/gen_employees.mjs COUNT UNITS.txt [EXCLUDE.txt] > employees.csv
//
// UNITS.txt holds one kode_unit a line; EXCLUDE.txt (optional) NIPs that must
// not be generated (the demo's, so the import only inserts).  The output is
// the same for the same arguments (a fixed-seed generator).
//
// A PNS NIP is birth date YYYYMMDD (a real date), first appointment YYYYMM
// (here 19 to 35 years after birth, never past 2024, so always after age 18),
// the sex digit (1 or 2) and a sequence 001-999.  Names are random pairs of
// common Indonesian given names and family names: nobody real.

import fs from 'node:fs';

const [count, unitsFile, excludeFile] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
if (!Number.isInteger(count) || count <= 0 || !unitsFile) {
	process.stderr.write('usage: gen_employees.mjs COUNT UNITS.txt [EXCLUDE.txt]\n');
	process.exit(2);
}
const lines = (f) => fs.readFileSync(f, 'utf8').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const units = lines(unitsFile);
if (units.length === 0) {
	process.stderr.write(`gen_employees.mjs: no unit codes in ${unitsFile}\n`);
	process.exit(1);
}
const used = new Set(excludeFile ? lines(excludeFile) : []);

// mulberry32: small, fast and deterministic.
let seed = 0x6b696e65;
function rand() {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = seed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n, w) => String(n).padStart(w, '0');

function daysIn(year, month) {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function nip() {
	for (;;) {
		const by = between(1965, 2002), bm = between(1, 12), bd = between(1, daysIn(by, bm));
		const ay = between(by + 19, Math.min(by + 35, 2024)), am = between(1, 12);
		const s = `${by}${pad(bm, 2)}${pad(bd, 2)}${ay}${pad(am, 2)}${between(1, 2)}${pad(between(1, 999), 3)}`;
		if (!used.has(s)) {
			used.add(s);
			return s;
		}
	}
}

const male = ['Agus', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hadi', 'Joko', 'Rudi', 'Slamet', 'Teguh',
	'Wahyu', 'Yusuf', 'Bambang', 'Hendra', 'Arif', 'Dimas', 'Rizki', 'Bayu', 'Gilang', 'Imam'];
const female = ['Sri', 'Dewi', 'Siti', 'Rina', 'Wulan', 'Ayu', 'Indah', 'Lestari', 'Nur', 'Fitri',
	'Yuliana', 'Ratna', 'Endang', 'Retno', 'Kartika', 'Novi', 'Putri', 'Anisa', 'Dian', 'Maya'];
const family = ['Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Kurniawan', 'Setiawan', 'Pratama',
	'Handayani', 'Rahmawati', 'Susanti', 'Wibowo', 'Nugroho', 'Purnomo', 'Sulistyo', 'Hartono',
	'Prasetyo', 'Utami', 'Wahyuni', 'Firmansyah', 'Ramadhan', 'Maulana', 'Anggraini'];
const degrees = ['', '', '', 'S.Sos.', 'S.E.', 'S.H.', 'S.Kom.', 'S.T.', 'A.Md.', 'S.AP.', 'M.Si.'];
const golongan = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];

const out = ['nip,jenis_nip,nama,gelar_depan,gelar_belakang,golongan,kode_jabatan,kode_unit,status,email'];
for (let i = 0; i < count; i++) {
	const n = nip();
	const female_ = n[14] === '2';
	const name = `${pick(female_ ? female : male)} ${pick(family)}`;
	const email = rand() < 0.5 ? `${name.toLowerCase().replace(/ /g, '.')}.${i}@bench.example` : '';
	out.push(`${n},pns,${name},,${pick(degrees)},${pick(golongan)},,${pick(units)},aktif,${email}`);
	if (out.length >= 10000) {
		process.stdout.write(out.join('\n') + '\n');
		out.length = 0;
	}
}
if (out.length)
	process.stdout.write(out.join('\n') + '\n');
