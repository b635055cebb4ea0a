/**
 * Line granularity on a real program: the sqlite3 shell (about 3,900 functions with DWARF), built
 * from the amalgamation the npm package `sqlite3` ships, twice from the same source: `-O0 -g`
 * (traced) and `-O0 --coverage` (gcov, the reference for which lines ran). Each workload, an SQL
 * script, runs natively, under `xcover run --granularity function -- CMD`, under
 * `xcover run --granularity line -- CMD`, under kcov (when it is found: env KCOV, or `kcov` on
 * PATH) and as the --coverage build. It reports each wall time as a ratio to the native run of the
 * same invocation (the whole `xcover run -- CMD`, start-up and report included, since that is what
 * a user pays), each tool's agreement with gcov on executed lines, xcover's time to ready, RSS at
 * ready and peak RSS, and probes per function.
 * Usage: node --import tsx bench/lines.ts [short] [long]   (default: both)
 * Env: BENCH_TIMEOUT_S (one run, default 420), BENCH_BUDGET_S (one workload, default 150 for
 * short, 540 for long), KCOV=/path/to/kcov, BENCH_SQLITE_VERSION (npm version, default 6.0.1).
 * The tarball and both builds are kept in build/bench-cache/.
 */
import { type SpawnOptions, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { median, record } from "./results.js";

const root = resolve(import.meta.dirname ?? ".", "..");
const cli = join(root, "lib", "cli", "main.js");
const SQLITE_VERSION = process.env.BENCH_SQLITE_VERSION ?? "6.0.1";
const cache = join(root, "build", "bench-cache", `sqlite3-${SQLITE_VERSION}`);
const work = mkdtempSync(join(tmpdir(), "xcover-lines-"));
const state = join(work, "state");
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 420);
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
/** Compile-time options: the extensions give the workload more code to run (FTS5, R*Tree, math, dbstat). */
const DEFINES = [
	"-DSQLITE_ENABLE_FTS5",
	"-DSQLITE_ENABLE_RTREE",
	"-DSQLITE_ENABLE_MATH_FUNCTIONS",
	"-DSQLITE_ENABLE_DBSTAT_VTAB",
];

interface Workload {
	name: string;
	describe: string;
	/** Orders inserted, and rounds of the query mix. */
	rows: number;
	rounds: number;
	/** Timed runs of native, function and line mode, gcov (median); kcov runs once. */
	runs: number;
	budgetS: number;
}

const WORKLOADS: Workload[] = [
	{ name: "short", describe: "SQL script of about 0.3 s", rows: 3000, rounds: 12, runs: 3, budgetS: 150 },
	{ name: "long", describe: "SQL script of about 11 s", rows: 20000, rounds: 100, runs: 1, budgetS: 540 },
];

function must(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
	const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, ...options });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.error?.message ?? r.stderr}`);
	return r.stdout;
}

/** Runs a command to its end; async so that two compilers can share the two cores. */
function run(cmd: string, args: string[], options: SpawnOptions = {}): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
		let err = "";
		child.stderr?.on("data", (d) => {
			err += d;
		});
		child.once("error", fail);
		child.once("exit", (code) =>
			code === 0 ? done() : fail(new Error(`${cmd} ${args.join(" ")} exited ${code}: ${err}`)),
		);
	});
}

// ---------------------------------------------------------------------------------------------
// The program under test

interface Builds {
	src: string;
	/** -O0 -g: what xcover and kcov trace, and what runs natively. */
	debug: string;
	/** -O0 --coverage, and the folder holding its .gcno files. */
	coverage: string;
	coverageObjects: string;
}

/** npm's tarball, then the amalgamation in it: sqlite3.c and shell.c, at the top or in a nested sqlite-autoconf tarball. */
function sources(): string {
	const src = join(cache, "src");
	if (existsSync(join(src, "sqlite3.c")) && existsSync(join(src, "shell.c"))) return src;
	mkdirSync(src, { recursive: true });
	const tgz = join(cache, `sqlite3-${SQLITE_VERSION}.tgz`);
	if (!existsSync(tgz)) must("npm", ["pack", `sqlite3@${SQLITE_VERSION}`, "--pack-destination", cache, "--silent"]);
	const entries = must("tar", ["tzf", tgz]).split("\n");
	const wanted = ["sqlite3.c", "shell.c", "sqlite3.h", "sqlite3ext.h"];
	// Only the files at the top of their folder (package/deps/… may hold other copies deeper down).
	const atTop = (list: string[]) => {
		const top = list.filter((e) => wanted.some((w) => e.endsWith(`/${w}`)));
		const least = Math.min(...top.map(depth));
		return top.filter((e) => depth(e) === least);
	};
	const direct = atTop(entries);
	if (direct.some((e) => e.endsWith("/shell.c"))) {
		must("tar", ["xzf", tgz, "-C", src, "--strip-components", String(depth(direct[0] as string)), ...direct]);
	} else {
		const nested = entries.find((e) => /sqlite-autoconf-\d+\.tar\.gz$/.test(e));
		if (!nested) throw new Error(`${tgz} holds neither shell.c nor a sqlite-autoconf tarball`);
		must("tar", ["xzf", tgz, "-C", cache, nested]);
		const inner = join(cache, nested);
		const files = atTop(must("tar", ["tzf", inner]).split("\n"));
		must("tar", ["xzf", inner, "-C", src, "--strip-components", String(depth(files[0] as string)), ...files]);
	}
	for (const w of wanted.slice(0, 2)) if (!existsSync(join(src, w))) throw new Error(`no ${w} in ${tgz}`);
	return src;
}

function depth(entry: string): number {
	return entry.split("/").length - 1;
}

async function builds(): Promise<Builds> {
	const src = realpathSync(sources());
	const debug = join(cache, "debug", "sqlite3");
	const objects = join(cache, "coverage");
	const coverage = join(objects, "sqlite3");
	const jobs: Promise<void>[] = [];
	// Absolute source paths, so that DWARF, gcov and kcov all name the files alike.
	if (!existsSync(debug)) {
		mkdirSync(join(cache, "debug"), { recursive: true });
		jobs.push(run("gcc", ["-O0", "-g", ...DEFINES, "-o", debug, join(src, "shell.c"), join(src, "sqlite3.c"), "-lm"]));
	}
	if (!existsSync(coverage)) {
		mkdirSync(objects, { recursive: true });
		const o = (name: string) =>
			run("gcc", ["-O0", "--coverage", ...DEFINES, "-c", join(src, `${name}.c`), "-o", join(objects, `${name}.o`)]);
		jobs.push(
			Promise.all([o("sqlite3"), o("shell")]).then(() =>
				run("gcc", ["--coverage", "-o", coverage, join(objects, "sqlite3.o"), join(objects, "shell.o"), "-lm"]),
			),
		);
	}
	await Promise.all(jobs);
	return { src, debug, coverage, coverageObjects: objects };
}

// ---------------------------------------------------------------------------------------------
// Workloads: deterministic SQL (no random(), no clock), run by the shell on a fresh database file

/**
 * DDL, bulk inserts through recursive CTEs, indexes (partial, expression, WITHOUT ROWID), triggers,
 * views, FTS5, R*Tree, joins of every kind, window functions, aggregates, JSON, strings, dates,
 * math, savepoints, upserts, RETURNING, ALTER TABLE, ANALYZE, VACUUM, the shell's output modes and
 * dot-commands, and a set of errors every round (the shell reports them and goes on, exit code 1).
 */
function workloadSql(rows: number, rounds: number): string {
	const customers = Math.max(50, Math.round(rows / 10));
	const setup = `.bail off
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -4000;
CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT COLLATE NOCASE, joined REAL);
CREATE TABLE orders(
	id INTEGER PRIMARY KEY,
	customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
	amount REAL NOT NULL CHECK (amount >= 0),
	status TEXT NOT NULL CHECK (status IN ('new', 'paid', 'shipped', 'void')),
	note BLOB
);
CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT, at INTEGER);
CREATE TABLE kv(k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID;
CREATE TABLE strict_t(a INTEGER, b TEXT, c ANY) STRICT;
CREATE UNIQUE INDEX customers_name ON customers(name);
CREATE INDEX orders_customer ON orders(customer, status);
CREATE INDEX orders_round ON orders(round(amount)) WHERE status <> 'void';
CREATE TRIGGER orders_insert AFTER INSERT ON orders WHEN new.id % 50 = 0
BEGIN INSERT INTO audit(what, at) VALUES ('insert ' || new.id, new.id); END;
CREATE TRIGGER orders_void AFTER UPDATE OF status ON orders WHEN new.status = 'void'
BEGIN INSERT INTO audit(what, at) VALUES ('void ' || new.id, new.id); END;
CREATE TRIGGER customers_delete BEFORE DELETE ON customers
BEGIN INSERT INTO audit(what, at) VALUES ('delete ' || old.name, old.id); END;
CREATE VIEW customer_totals AS
	SELECT c.id, c.name, c.city, count(o.id) AS n, total(o.amount) AS total
	FROM customers c LEFT JOIN orders o ON o.customer = c.id GROUP BY c.id;
CREATE VIRTUAL TABLE docs USING fts5(title, body);
CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1, y0, y1);
BEGIN;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${customers})
INSERT INTO customers SELECT i, 'customer-' || i, 'City-' || (i % 37), 2451545.0 + i * 1.25 FROM seq;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${rows})
INSERT INTO orders(customer, amount, status, note)
	SELECT 1 + (i * 7919) % ${customers}, ((i * 1103515245 + 12345) % 100000) / 100.0,
		CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'paid' WHEN 2 THEN 'shipped' ELSE 'new' END,
		CASE WHEN i % 3 = 0 THEN zeroblob(i % 16) ELSE NULL END
	FROM seq;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${Math.round(rows / 5)})
INSERT INTO docs(title, body)
	SELECT 'title ' || i, 'the quick brown fox ' || (i % 13) || ' jumps over the lazy dog number ' || (i * 31 % 97) FROM seq;
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${Math.round(rows / 5)})
INSERT INTO boxes SELECT i, i % 100, i % 100 + 5, i % 71, i % 71 + 3 FROM seq;
COMMIT;
`;
	const round = (r: number) => `
SAVEPOINT round_${r};
UPDATE orders SET status = 'void' WHERE id % 97 = ${r % 97};
UPDATE orders SET amount = amount * 1.01 WHERE status = 'paid' AND customer % 11 = ${r % 11};
INSERT INTO kv(k, v) SELECT status, count(*) FROM orders GROUP BY status
	ON CONFLICT(k) DO UPDATE SET v = v + excluded.v;
INSERT INTO orders(customer, amount, status) VALUES (${1 + (r % customers)}, ${r}.5, 'new') RETURNING id % 7, amount;
DELETE FROM orders WHERE id IN (SELECT id FROM orders WHERE status = 'void' ORDER BY id LIMIT 3);
RELEASE round_${r};
SELECT city, count(*), avg(amount), max(amount), min(amount), group_concat(DISTINCT status)
	FROM customers JOIN orders ON orders.customer = customers.id
	GROUP BY city HAVING count(*) > 10 ORDER BY 2 DESC, 1 LIMIT 5;
SELECT name, total, rank() OVER w, dense_rank() OVER w, ntile(4) OVER w,
	sum(total) OVER (PARTITION BY n % 3 ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW),
	lag(total) OVER (ORDER BY id), first_value(name) OVER (PARTITION BY city ORDER BY total DESC)
	FROM customer_totals WINDOW w AS (ORDER BY total DESC) ORDER BY total DESC, id LIMIT 5;
SELECT c.name, (SELECT max(amount) FROM orders o WHERE o.customer = c.id) AS top
	FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer = c.id AND o.status = 'shipped')
	AND c.id IN (SELECT customer FROM orders WHERE amount > 900) ORDER BY top DESC, c.id LIMIT 5;
SELECT customer FROM orders WHERE status = 'new' INTERSECT SELECT customer FROM orders WHERE status = 'paid'
	EXCEPT SELECT id FROM customers WHERE id % 5 = 0 UNION SELECT ${r} ORDER BY 1 LIMIT 5;
SELECT count(*), sum(amount) FROM orders INDEXED BY orders_round
	WHERE round(amount) BETWEEN ${r % 900} AND ${(r % 900) + 50} AND status <> 'void';
SELECT sum(json_extract(value, '$.a')), count(DISTINCT json_extract(value, '$.b[1]'))
	FROM json_each((SELECT json_group_array(json_object('a', id, 'b', json_array(id, id % 9, 'x'))) FROM orders WHERE id <= ${200 + r}));
SELECT json_patch('{"a":1,"b":{"c":2}}', '{"b":{"d":${r}}}'), json_remove('[1,2,3]', '$[1]'), json_insert('{}', '$.k', ${r}),
	json_set('{"a":[1,2]}', '$.a[#]', 3), json_type('{"a":1.5}', '$.a'), json_valid('{'), '{"x":[1,2]}' -> '$.x[1]',
	'{"x":"y"}' ->> 'x', jsonb_object('k', ${r}) ->> 'k', json_quote('a"b'), json_array_length('[1,[2,3]]');
SELECT fullkey, type, atom FROM json_tree('{"a":[1,{"b":null}],"c":"s","d":{"e":[true,false]}}') ORDER BY id;
SELECT upper(name), lower(city), substr(name, 3, 4), replace(name, '-', '_'), instr(name, '9'),
	printf('%08.3f|%-10s|%x|%e|%q', amount, status, orders.id, amount, name), hex(note), length(note), quote(name),
	trim('  x  '), ltrim('xxa', 'x'), like('cust%', name), glob('c*', name), unicode(name), char(65 + ${r % 26}),
	coalesce(NULL, note, 'none'), nullif(status, 'new'), iif(amount > 500, 'big', 'small'), format('%,d', orders.id * 1000)
	FROM customers JOIN orders ON customer = customers.id WHERE orders.id BETWEEN ${r} AND ${r + 30} ORDER BY orders.id;
SELECT date('2024-02-28', '+${r % 30} day'), datetime(1700000000 + ${r} * 3600, 'unixepoch'),
	strftime('%Y-%j %H:%M:%S %w', '2024-12-31 23:59:59', '+${r} minutes'), julianday('2000-01-01'),
	time('12:00', '+90 minutes'), unixepoch('2024-01-01'), date(joined) FROM customers WHERE id = ${1 + (r % customers)};
SELECT abs(-3), round(2.567, 2), sqrt(2), pow(2, 10), ln(10), log10(1000), sin(1), atan2(1, 2), ceil(1.2), floor(-1.2),
	mod(7, 3), pi(), 10 / 3, 10 % 3, 7 / 2.0, 1 << 4, ~5, cast('12abc' AS INTEGER), cast(3.9 AS INTEGER), cast(x'41' AS TEXT),
	typeof(9223372036854775807 + 1);
SELECT title, bm25(docs), highlight(docs, 1, '[', ']'), snippet(docs, 1, '<', '>', '...', 4)
	FROM docs WHERE docs MATCH 'fox AND ${r % 13}' ORDER BY rank LIMIT 3;
SELECT count(*) FROM docs WHERE docs MATCH 'lazy NOT "number ${r % 97}"';
SELECT id FROM boxes WHERE x0 >= ${r % 90} AND x1 <= ${(r % 90) + 20} AND y0 >= 10 AND y1 <= 60 ORDER BY id LIMIT 5;
WITH RECURSIVE fib(n, a, b) AS (SELECT 1, 0, 1 UNION ALL SELECT n + 1, b, a + b FROM fib WHERE n < 60) SELECT max(b) FROM fib;
WITH top(customer, s) AS MATERIALIZED (SELECT customer, sum(amount) FROM orders GROUP BY customer)
	SELECT c.city, max(s) FROM top JOIN customers c ON c.id = top.customer GROUP BY c.city ORDER BY 2 DESC LIMIT 3;
SELECT * FROM orders o1 JOIN orders o2 ON o1.customer = o2.customer AND o2.id = o1.id + 1 WHERE o1.id % 1000 = ${r % 1000} LIMIT 3;
SELECT * FROM customers NATURAL LEFT JOIN customer_totals WHERE id % 500 = ${r % 500} LIMIT 3;
SELECT a.id, b.id FROM customers a CROSS JOIN (SELECT id FROM customers WHERE id < 4) b WHERE a.id < 3;
SELECT c.id, o.id FROM customers c FULL OUTER JOIN orders o ON o.customer = c.id AND o.id < 5 WHERE c.id < 3 OR o.id < 3 ORDER BY 1, 2;
SELECT status, count(*) FILTER (WHERE amount > 500), percent_rank() OVER (ORDER BY count(*)) FROM orders GROUP BY status ORDER BY status;
SELECT * FROM strict_t;
SELECT * FROM missing_table_${r};
SELEC ${r};
INSERT INTO customers(id, name) VALUES (1, 'duplicate');
INSERT INTO customers(id, name) VALUES (NULL, 'customer-1');
INSERT INTO orders(customer, amount, status) VALUES (1, -1, 'new');
INSERT INTO orders(customer, amount, status) VALUES (999999999, 1, 'new');
INSERT INTO strict_t VALUES ('not an integer', 1, 2);
SELECT json('{bad ${r}');
SELECT abs(-9223372036854775807 - 1);
`;
	const tail = `
DELETE FROM customers WHERE id % 101 = 0;
ALTER TABLE customers ADD COLUMN score INTEGER DEFAULT 0;
UPDATE customers SET score = (SELECT count(*) FROM orders WHERE customer = customers.id);
ALTER TABLE customers RENAME COLUMN score TO points;
ALTER TABLE audit RENAME TO audit_log;
ALTER TABLE customers DROP COLUMN points;
CREATE TEMP TABLE t AS SELECT city, count(*) AS n FROM customers GROUP BY city;
SELECT * FROM t ORDER BY n DESC, city LIMIT 3;
DROP TABLE t;
ANALYZE;
SELECT tbl, idx FROM sqlite_stat1 ORDER BY tbl, idx LIMIT 5;
EXPLAIN QUERY PLAN SELECT * FROM orders WHERE customer = 5 AND status = 'new';
EXPLAIN SELECT count(*) FROM orders WHERE round(amount) = 5 AND status <> 'void';
PRAGMA integrity_check;
PRAGMA foreign_key_check;
PRAGMA table_info(orders);
PRAGMA index_list(orders);
SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY name;
REINDEX;
PRAGMA wal_checkpoint(TRUNCATE);
BEGIN; DELETE FROM orders; ROLLBACK;
SELECT count(*) FROM orders;
.headers on
.mode csv
SELECT * FROM customers WHERE id < 5;
.mode json
SELECT * FROM customers WHERE id < 5;
.mode box
SELECT * FROM customer_totals WHERE id < 5;
.mode markdown
SELECT * FROM kv;
.mode insert kv
SELECT * FROM kv;
.mode list
.tables
.schema orders
.indexes
.dump kv
.show
VACUUM;
SELECT count(*) FROM audit_log;
`;
	return setup + Array.from({ length: rounds }, (_, r) => round(r + 1)).join("") + tail;
}

// ---------------------------------------------------------------------------------------------
// Timed runs

interface Run {
	ms: number;
	code: number | null;
	signal: NodeJS.Signals | null;
	timedOut: boolean;
	/** Peak RSS of the largest process of the run (GNU time), MB. */
	rssMb?: number;
	/** xcover's own "xcover: error: …" line, when it printed one. */
	error?: string;
}

let runCount = 0;

/**
 * One run in a fresh folder holding only the database the shell creates, its own process group,
 * stdout discarded and stderr kept for xcover's error line. Past the timeout the group gets
 * SIGTERM (xcover forwards it and still writes its report), then SIGKILL ten seconds later.
 */
function timed(command: string[], timeoutS: number, env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<Run> {
	const n = ++runCount;
	const dir = cwd ?? join(work, `run-${n}`);
	mkdirSync(dir, { recursive: true });
	const rssFile = join(work, `rss-${n}`);
	const argv = GNU_TIME ? [GNU_TIME, "-f", "%M", "-o", rssFile, ...command] : command;
	return new Promise((done) => {
		const t = performance.now();
		const child = spawn(argv[0] as string, argv.slice(1), {
			cwd: dir,
			env: { ...process.env, ...env },
			stdio: ["ignore", "ignore", "pipe"],
			detached: true,
		});
		let stderr = "";
		child.stderr?.setEncoding("utf8");
		child.stderr?.on("data", (d: string) => {
			stderr = (stderr + d).slice(-1 << 16);
		});
		let timedOut = false;
		const kill = (signal: NodeJS.Signals) => {
			try {
				process.kill(-(child.pid as number), signal);
			} catch {
				// Already gone.
			}
		};
		const term = setTimeout(() => {
			timedOut = true;
			kill("SIGTERM");
		}, Math.max(1, timeoutS) * 1000);
		const hard = setTimeout(() => kill("SIGKILL"), (Math.max(1, timeoutS) + 10) * 1000);
		child.once("exit", (code, signal) => {
			const ms = performance.now() - t;
			clearTimeout(term);
			clearTimeout(hard);
			const rss = existsSync(rssFile) ? Number(/(\d+)\s*$/.exec(readFileSync(rssFile, "utf8"))?.[1]) : Number.NaN;
			const error = /^xcover: error: .*$/m.exec(stderr)?.[0];
			done({
				ms,
				code,
				signal,
				timedOut,
				...(Number.isFinite(rss) ? { rssMb: rss / 1024 } : {}),
				...(error ? { error } : {}),
			});
		});
	});
}

function shellCommand(binary: string, sql: string): string[] {
	return [binary, "db", `.read ${sql}`];
}

// ---------------------------------------------------------------------------------------------
// Executed lines, per tool: file → code lines and executed lines

type Lines = Map<string, { code: Set<number>; ran: Set<number> }>;

const canonical = new Map<string, string>();

function linesOf(map: Lines, file: string): { code: Set<number>; ran: Set<number> } {
	let key = canonical.get(file);
	if (key === undefined) {
		key = existsSync(file) ? realpathSync(file) : resolve(file);
		canonical.set(file, key);
	}
	let entry = map.get(key);
	if (!entry) {
		entry = { code: new Set(), ran: new Set() };
		map.set(key, entry);
	}
	return entry;
}

/** gcov's JSON, one document per line; a line is code when it is in `lines`, ran when any count > 0. */
function gcovLines(gcdaDir: string, objects: string): Lines {
	const out: Lines = new Map();
	const gcda = readdirSync(gcdaDir).filter((f) => f.endsWith(".gcda"));
	if (gcda.length === 0) throw new Error(`the --coverage build wrote no .gcda under ${gcdaDir}`);
	for (const f of gcda)
		writeFileSync(
			join(gcdaDir, f.replace(/\.gcda$/, ".gcno")),
			readFileSync(join(objects, f.replace(/\.gcda$/, ".gcno"))),
		);
	const text = must("gcov", ["--json-format", "--stdout", ...gcda.map((f) => join(gcdaDir, f))], { cwd: gcdaDir });
	for (const doc of text.split("\n")) {
		if (!doc.trim()) continue;
		const parsed = JSON.parse(doc) as {
			current_working_directory: string;
			files: { file: string; lines: { line_number: number; count: number }[] }[];
		};
		for (const file of parsed.files) {
			const entry = linesOf(out, resolve(parsed.current_working_directory, file.file));
			for (const l of file.lines) {
				entry.code.add(l.line_number);
				if (l.count > 0) entry.ran.add(l.line_number);
			}
		}
	}
	return out;
}

interface ReportLine {
	line: number;
	hits: number;
	file?: string;
	unprobeable?: boolean;
}
interface ReportFunction {
	file?: string;
	covered: boolean;
	lines?: ReportLine[];
}
interface Report {
	granularity?: string;
	totals: {
		functions: number;
		traced: number;
		covered: number;
		lines?: { lines: number; traced: number; covered: number; unprobeable: number; percent: number };
	};
	binaries: { functions: ReportFunction[] }[];
}

/** xcover's line report: a line is code when some function probes it, ran when any of its probes hit. */
function xcoverLines(report: Report): Lines {
	const out: Lines = new Map();
	for (const b of report.binaries) {
		for (const f of b.functions) {
			for (const l of f.lines ?? []) {
				const file = l.file ?? f.file;
				if (file === undefined || l.unprobeable) continue;
				const entry = linesOf(out, file);
				entry.code.add(l.line);
				if (l.hits > 0) entry.ran.add(l.line);
			}
		}
	}
	return out;
}

/** kcov's cobertura.xml: class filenames are relative to its <source>. */
function kcovLines(outDir: string): Lines {
	const candidates: string[] = [];
	for (const d of readdirSync(outDir, { withFileTypes: true })) {
		if (d.isDirectory() && d.name !== "kcov-merged" && existsSync(join(outDir, d.name, "cobertura.xml")))
			candidates.push(join(outDir, d.name, "cobertura.xml"));
	}
	if (existsSync(join(outDir, "cov.xml"))) candidates.push(join(outDir, "cov.xml"));
	const xml = candidates[0];
	if (!xml) throw new Error(`kcov wrote no cobertura.xml under ${outDir}`);
	const text = readFileSync(xml, "utf8");
	const source = /<source>([^<]*)<\/source>/.exec(text)?.[1] ?? "/";
	const out: Lines = new Map();
	let entry: { code: Set<number>; ran: Set<number> } | undefined;
	for (const m of text.matchAll(/<class [^>]*filename="([^"]*)"|<line number="(\d+)" hits="(\d+)"/g)) {
		if (m[1] !== undefined) entry = linesOf(out, resolve(source, unescapeXml(m[1])));
		else if (entry) {
			entry.code.add(Number(m[2]));
			if (Number(m[3]) > 0) entry.ran.add(Number(m[2]));
		}
	}
	return out;
}

function unescapeXml(s: string): string {
	return s
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&amp;/g, "&");
}

interface Agreement {
	/** |ran by both| / |ran by either|, over the lines both count as code. */
	jaccard: number;
	/** Share of gcov's code lines that the tool counts as code. */
	code_share: number;
	/** Lines both count as code; of those, ran per gcov only, and per the tool only. */
	common_code: number;
	gcov_only_ran: number;
	tool_only_ran: number;
	/** Lines the tool counts as code that gcov does not. */
	tool_only_code: number;
}

function agreement(gcov: Lines, tool: Lines): Agreement {
	let gcovCode = 0;
	let common = 0;
	let both = 0;
	let either = 0;
	let gcovOnly = 0;
	let toolOnly = 0;
	let toolOnlyCode = 0;
	for (const [file, g] of gcov) {
		gcovCode += g.code.size;
		const t = tool.get(file);
		if (!t) continue;
		for (const line of g.code) {
			if (!t.code.has(line)) continue;
			common++;
			const a = g.ran.has(line);
			const b = t.ran.has(line);
			if (a && b) both++;
			if (a || b) either++;
			if (a && !b) gcovOnly++;
			if (b && !a) toolOnly++;
		}
	}
	for (const [file, t] of tool) {
		const g = gcov.get(file);
		for (const line of t.code) if (!g?.code.has(line)) toolOnlyCode++;
	}
	return {
		jaccard: either === 0 ? 1 : Number((both / either).toFixed(4)),
		code_share: gcovCode === 0 ? 0 : Number((common / gcovCode).toFixed(4)),
		common_code: common,
		gcov_only_ran: gcovOnly,
		tool_only_ran: toolOnly,
		tool_only_code: toolOnlyCode,
	};
}

// ---------------------------------------------------------------------------------------------
// xcover's start-up: time to ready, RSS at ready, probes per function

interface Ready {
	ready_ms: number;
	rss_at_ready_mb: number;
	probes: number;
	functions: number;
	probes_per_function: number;
}

function readyOf(binary: string, granularity: string): Ready | string {
	const env = { ...process.env, XCOVER_STATE_DIR: state };
	const report = join(work, `ready-${granularity}.json`);
	const t = performance.now();
	const r = spawnSync(
		process.execPath,
		[cli, "run", "--detach", "--granularity", granularity, "-p", binary, "-o", report],
		{ env, encoding: "utf8", timeout: TIMEOUT_S * 1000 },
	);
	const ms = performance.now() - t;
	if (r.status !== 0) return unavailable(r.stderr, r.status);
	const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
	const rss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
	const status = JSON.parse(must(process.execPath, [cli, "status", "--json"], { env })) as {
		armed: number;
		attached: number;
		functions: number;
	};
	spawnSync(process.execPath, [cli, "stop"], { env, stdio: "ignore", timeout: TIMEOUT_S * 1000 });
	// The daemon removes its probes after answering; let it finish before anything else is timed.
	for (let i = 0; i < 600 && existsSync(`/proc/${pid}`); i++) spawnSync("sleep", ["0.1"]);
	return {
		ready_ms: Math.round(ms),
		rss_at_ready_mb: Math.round(rss),
		probes: status.armed,
		functions: status.functions,
		probes_per_function: Number((status.armed / Math.max(1, status.functions)).toFixed(2)),
	};
}

function unavailable(stderr: string, status: number | null): string {
	const line = /^xcover: error: .*$/m.exec(stderr)?.[0] ?? stderr.trim().split("\n")[0] ?? `exit ${status}`;
	return `not available: ${line}`;
}

// ---------------------------------------------------------------------------------------------
// One workload under every tool

type Cell = string | number;
type Row = Record<string, Cell | Agreement | Ready | undefined>;

function findKcov(): string | undefined {
	const candidates = process.env.KCOV ? [process.env.KCOV] : ["kcov"];
	for (const k of candidates) if (!spawnSync(k, ["--version"], { stdio: "ignore" }).error) return k;
	return undefined;
}

async function measure(w: Workload, b: Builds, kcov: string | undefined): Promise<Row[]> {
	const sql = join(work, `${w.name}.sql`);
	writeFileSync(sql, workloadSql(w.rows, w.rounds));
	const deadline = performance.now() + Number(process.env.BENCH_BUDGET_S ?? w.budgetS) * 1000;
	const left = () => Math.min(TIMEOUT_S, (deadline - performance.now()) / 1000);
	const rows: Row[] = [];
	const row = (tool: string, fields: Row): Row => {
		const r: Row = { workload: w.name, tool, ...fields };
		rows.push(r);
		return r;
	};
	const command = shellCommand(b.debug, sql);

	// Native: one untimed run brings the binary and the script into the page cache (a long
	// workload's single run is preceded by the short one, or by the build).
	if (w.runs > 1) await timed(command, left());
	const nativeRuns: Run[] = [];
	for (let i = 0; i < w.runs; i++) nativeRuns.push(await timed(command, left()));
	const bad = nativeRuns.find((r) => r.timedOut || r.signal);
	if (bad) throw new Error(`${w.name}: the native run ${bad.timedOut ? "timed out" : `died of ${bad.signal}`}`);
	const nativeMs = median(nativeRuns.map((r) => r.ms));
	const nativeCode = nativeRuns[0]?.code;
	row("native", {
		wall_s: Number((nativeMs / 1000).toFixed(3)),
		x_native: 1,
		peak_rss_mb: rssOf(nativeRuns),
		exit_code: nativeCode ?? "",
	});
	const ratio = (ms: number) => Number((ms / nativeMs).toFixed(2));
	/** A run that failed, timed out or ran out of budget, as the table shows it. */
	const failure = (r: Run | undefined, limitS: number): string | undefined => {
		if (!r) return "skipped: workload time budget spent";
		if (r.timedOut) return `>${Math.round((limitS * 1000) / nativeMs)}× (timed out after ${Math.round(limitS)} s)`;
		if (r.error) return r.code === 2 ? `not available: ${r.error}` : `failed: ${r.error}`;
		if (r.signal) return `failed: killed by ${r.signal}`;
		if (r.code !== nativeCode) return `failed: exit code ${r.code}, natively ${nativeCode}`;
		return undefined;
	};

	// gcov: the reference for which lines ran. Every run writes its counts into its own folder.
	let gcov: Lines | undefined;
	{
		const runs: Run[] = [];
		let failed: string | undefined;
		let gcdaDir = "";
		for (let i = 0; i < w.runs && !failed; i++) {
			const limit = left();
			if (limit <= 0) break;
			const dir = join(work, `gcov-${w.name}-${i}`);
			const r = await timed(shellCommand(b.coverage, sql), limit, { GCOV_PREFIX: join(dir, "gcda") }, dir);
			failed = failure(r, limit);
			runs.push(r);
			gcdaDir = join(dir, "gcda", b.coverageObjects);
		}
		failed ??= failure(runs[0], 0);
		if (failed) row("gcc --coverage (gcov)", { x_native: failed });
		else {
			gcov = gcovLines(gcdaDir, b.coverageObjects);
			let code = 0;
			let ran = 0;
			for (const l of gcov.values()) {
				code += l.code.size;
				ran += l.ran.size;
			}
			const ms = median(runs.map((r) => r.ms));
			row("gcc --coverage (gcov)", {
				wall_s: Number((ms / 1000).toFixed(3)),
				x_native: ratio(ms),
				peak_rss_mb: rssOf(runs),
				code_lines: code,
				lines_ran: ran,
			});
		}
	}

	// xcover, function then line granularity: the whole `xcover run -- CMD`, report included.
	for (const granularity of ["function", "line"] as const) {
		const tool = `xcover ${granularity}`;
		const ready = readyOf(b.debug, granularity);
		if (typeof ready === "string") {
			row(tool, { x_native: ready });
			continue;
		}
		const runs: Run[] = [];
		let failed: string | undefined;
		let report: Report | undefined;
		for (let i = 0; i < w.runs && !failed; i++) {
			const limit = left();
			if (limit <= 0) break;
			const out = join(work, `${w.name}-${granularity}-${i}.json`);
			const r = await timed(
				[process.execPath, cli, "run", "--granularity", granularity, "-p", b.debug, "-o", out, "--", ...command],
				limit,
				{ XCOVER_STATE_DIR: state },
			);
			failed = failure(r, limit);
			runs.push(r);
			if (!failed) report = JSON.parse(readFileSync(out, "utf8")) as Report;
		}
		failed ??= failure(runs[0], 0);
		if (failed || !report) {
			row(tool, {
				x_native: failed ?? "failed: no report",
				ready_ms: ready.ready_ms,
				rss_at_ready_mb: ready.rss_at_ready_mb,
				probes_per_function: ready.probes_per_function,
			});
			continue;
		}
		const ms = median(runs.map((r) => r.ms));
		const fields: Row = {
			wall_s: Number((ms / 1000).toFixed(3)),
			x_native: ratio(ms),
			peak_rss_mb: rssOf(runs),
			ready_ms: ready.ready_ms,
			rss_at_ready_mb: ready.rss_at_ready_mb,
			probes_per_function: ready.probes_per_function,
			functions_covered: `${report.totals.covered}/${report.totals.traced}`,
		};
		if (granularity === "line") {
			const lines = report.totals.lines;
			const withLines = report.binaries.flatMap((x) => x.functions).filter((f) => f.lines);
			fields.lines_per_function = Number(
				(withLines.reduce((n, f) => n + (f.lines?.length ?? 0), 0) / Math.max(1, report.totals.functions)).toFixed(2),
			);
			if (lines) {
				fields.code_lines = lines.traced;
				fields.lines_ran = lines.covered;
				fields.unprobeable_lines = lines.unprobeable;
			}
			if (report.granularity !== "line") fields.note = `report granularity is ${report.granularity ?? "absent"}`;
			if (gcov) fields.vs_gcov = agreement(gcov, xcoverLines(report));
		}
		row(tool, fields);
	}

	// kcov, last: it is the slowest by far.
	if (!kcov) row("kcov", { x_native: "kcov: not found (set KCOV=…)" });
	else {
		const limit = left();
		const out = join(work, `kcov-${w.name}`);
		const r = limit > 0 ? await timed([kcov, `--include-path=${b.src}`, out, ...command], limit) : undefined;
		const failed = failure(r, limit);
		if (failed || !r) row("kcov", { x_native: failed ?? "failed" });
		else {
			const lines = kcovLines(out);
			let code = 0;
			let ran = 0;
			for (const l of lines.values()) {
				code += l.code.size;
				ran += l.ran.size;
			}
			row("kcov", {
				wall_s: Number((r.ms / 1000).toFixed(3)),
				x_native: ratio(r.ms),
				peak_rss_mb: rssOf([r]),
				code_lines: code,
				lines_ran: ran,
				...(gcov ? { vs_gcov: agreement(gcov, lines) } : {}),
			});
		}
	}
	return rows;
}

function rssOf(runs: readonly Run[]): Cell {
	const xs = runs.flatMap((r) => (r.rssMb === undefined ? [] : [r.rssMb]));
	return xs.length === 0 ? "" : Math.round(Math.max(...xs));
}

// ---------------------------------------------------------------------------------------------

function markdown(rows: readonly Row[]): string {
	const head = [
		"workload",
		"tool",
		"wall",
		"× native",
		"functions ran",
		"lines ran / code lines",
		"Jaccard vs gcov",
		"gcov code lines it counts",
		"ready",
		"RSS at ready / peak",
		"probes per function",
	];
	const out = [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`];
	for (const r of rows) {
		const a = r.vs_gcov as Agreement | undefined;
		const cells = [
			String(r.workload),
			String(r.tool),
			r.wall_s === undefined ? "" : `${r.wall_s} s`,
			typeof r.x_native === "number" ? `${r.x_native}×` : String(r.x_native ?? ""),
			String(r.functions_covered ?? ""),
			r.code_lines === undefined ? "" : `${num(r.lines_ran)} / ${num(r.code_lines)}`,
			a ? a.jaccard.toFixed(4) : r.tool === "gcc --coverage (gcov)" && r.wall_s !== undefined ? "(reference)" : "",
			a ? `${(a.code_share * 100).toFixed(1)}%` : "",
			r.ready_ms === undefined ? "" : `${r.ready_ms} ms`,
			r.rss_at_ready_mb === undefined
				? r.peak_rss_mb === undefined || r.peak_rss_mb === ""
					? ""
					: `peak ${r.peak_rss_mb} MB`
				: `${r.rss_at_ready_mb} / ${r.peak_rss_mb ?? "–"} MB`,
			r.probes_per_function === undefined ? "" : String(r.probes_per_function),
		];
		out.push(`| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
	}
	return out.join("\n");
}

function num(x: unknown): string {
	return typeof x === "number" ? x.toLocaleString("en-US") : String(x ?? "");
}

const only = process.argv.slice(2);
for (const name of only) {
	if (!WORKLOADS.some((w) => w.name === name)) {
		console.error(`unknown workload ${name}; known: ${WORKLOADS.map((w) => w.name).join(", ")}`);
		process.exit(2);
	}
}
const b = await builds();
const functions = Number(must("sh", ["-c", `nm --defined-only '${b.debug}' | grep -c ' [tT] '`]).trim());
const kcov = findKcov();
console.log(
	`sqlite3 ${SQLITE_VERSION} (npm) shell: ${functions} functions, ${b.debug}; kcov: ${kcov ?? "not found (set KCOV=…)"}`,
);
const rows: Row[] = [];
for (const w of WORKLOADS.filter((x) => only.length === 0 || only.includes(x.name))) {
	const t = performance.now();
	const wr = await measure(w, b, kcov);
	rows.push(...wr);
	console.log(`${w.name} (${w.describe}) measured in ${Math.round((performance.now() - t) / 1000)} s`);
	for (const r of wr) {
		const a = r.vs_gcov as Agreement | undefined;
		console.log(
			`  ${String(r.tool).padEnd(22)} ${String(r.x_native).padStart(8)}${typeof r.x_native === "number" ? "×" : ""}` +
				(a
					? ` | Jaccard ${a.jaccard} on ${a.common_code} common code lines (${a.gcov_only_ran} ran per gcov only, ${a.tool_only_ran} per the tool only; ${a.tool_only_code} lines it counts that gcov does not)`
					: ""),
		);
	}
}
console.log(`\n${markdown(rows)}\n`);
const file = record("lines", {
	sqlite_npm_version: SQLITE_VERSION,
	binary: b.debug,
	functions,
	defines: DEFINES,
	kcov: kcov ?? null,
	timeout_s: TIMEOUT_S,
	workloads: WORKLOADS.filter((x) => only.length === 0 || only.includes(x.name)),
	rows,
});
console.log(`results: ${file}`);
