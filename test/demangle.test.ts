// xcover-test: rootless
/**
 * The demangler against binutils' c++filt, which nobody here wrote: every mangled name of the
 * Node.js binary, of a C++ fixture and of a Rust fixture built with both Rust manglings. Then
 * hostile input: it must never throw, and every name must cost bounded time.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { demangle, readableName } from "../src/demangle/demangle.js";
import { fixtures, must, sh, workDir } from "./helpers.js";

const NODE_BINARY = existsSync("/usr/bin/node") ? "/usr/bin/node" : process.execPath;

// c++filt reads whitespace-separated words and treats other punctuation as separators, so only
// names made of symbol characters can be fed to it one per line.
const FEEDABLE = /^[A-Za-z0-9_.$]+$/;

function definedSymbols(path: string): string[] {
	const names = new Set<string>();
	for (const line of must("nm", ["--defined-only", path]).split("\n")) {
		const name = line.split(" ")[2];
		if (name !== undefined && FEEDABLE.test(name)) names.add(name);
	}
	return [...names].sort();
}

/** c++filt's output for each name, all through one process. */
function cxxfilt(names: readonly string[]): string[] {
	const r = sh("c++filt", [], { input: `${names.join("\n")}\n` });
	assert.equal(r.code, 0, r.stderr);
	const out = r.stdout.split("\n");
	assert.equal(out.length, names.length + 1, "c++filt must print one line per name");
	return out.slice(0, names.length);
}

interface Agreement {
	matched: number;
	total: number;
	mismatches: string[];
	/** Names c++filt leaves as they are, but we demangle. */
	extra: string[];
}

function compare(names: readonly string[]): Agreement {
	const expected = cxxfilt(names);
	const result: Agreement = { matched: 0, total: names.length, mismatches: [], extra: [] };
	names.forEach((name, i) => {
		const want = expected[i] as string;
		const got = demangle(name);
		if (got === want) result.matched++;
		else {
			result.mismatches.push(`${name}\n    c++filt: ${want}\n    ours:    ${got}`);
			if (want === name) result.extra.push(name);
		}
	});
	return result;
}

function report(label: string, a: Agreement): void {
	const fmt = (n: number) => n.toLocaleString("en-US");
	console.log(
		`${label}: ${fmt(a.matched)}/${fmt(a.total)} match c++filt (${((100 * a.matched) / a.total).toFixed(3)}%)`,
	);
	for (const m of a.mismatches.slice(0, 40)) console.log(`  mismatch: ${m}`);
	if (a.mismatches.length > 40) console.log(`  … and ${a.mismatches.length - 40} more`);
}

function cpuMs(f: () => void): { cpu: number; wall: number } {
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	f();
	const c = process.cpuUsage(c0);
	return { cpu: (c.user + c.system) / 1000, wall: performance.now() - t0 };
}

function findRustc(): string | null {
	for (const dir of (process.env.PATH ?? "").split(":")) {
		if (dir !== "" && existsSync(join(dir, "rustc"))) return join(dir, "rustc");
	}
	for (const p of [join(homedir(), ".cargo", "bin", "rustc"), "/root/.cargo/bin/rustc"]) if (existsSync(p)) return p;
	return null;
}

describe("demangle: examples checked against c++filt 2.40", () => {
	const cases: [string, string][] = [
		["_ZNSsC1Ev", "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::basic_string()"],
		["_Z1fPKc", "f(char const*)"],
		["_Z1fRA5_i", "f(int (&) [5])"],
		["_Z1fM1AKFvvE", "f(void (A::*)() const)"],
		["_ZN1AcvT_IiEEv", "A::operator int<int>()"],
		["_Z1fILi1ELb1ELc97ELj2ELl3ELm4EEvv", "void f<1, true, (char)97, 2u, 3l, 4ul>()"],
		["_ZNKR1A1fEv", "A::f() const &"],
		["_ZN1AlsIiEEvT_", "void A::operator<< <int>(int)"],
		["_ZZ1fvENKUliE_clEi", "f()::{lambda(int)#1}::operator()(int) const"],
		["_ZN12_GLOBAL__N_11fEv", "(anonymous namespace)::f()"],
		["_Z1fB5cxx11v", "f[abi:cxx11]()"],
		["_ZThn8_N1A1fEv", "non-virtual thunk to A::f()"],
		["_ZGVZ1fvE1x", "guard variable for f()::x"],
		["_Z1fv.isra.0.cold", "f() [clone .isra.0] [clone .cold]"],
		["_Z1fIiEDTcl1gfp_EET_", "decltype (g({parm#1})) f<int>(int)"],
		["_Z1fIJicEEvDpT_", "void f<int, char>(int, char)"],
		["_Z1fIJEiEvv", "void f<, int>()"],
		["_ZTC1A0_1B", "construction vtable for B-in-A"],
		["_ZN3foo3bar17h05af221e174051e9E", "foo::bar::h05af221e174051e9"],
		["_ZN5$LT$a17h05af221e174051e9E.llvm.1", "<a::h05af221e174051e9"],
		["_RNvC3foo3bar.llvm.1234", "foo[0]::bar"],
		["_RNvCs32gj3y4fnmh_4main4main", "main[235e3519f142be8b]::main"],
		[
			"_ZNK4absl7debian34CordcvNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEv",
			"absl::debian3::Cord::operator std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >() const",
		],
		[
			"_ZN5clang6interp15ByteCodeEmitter6emitOpIJEEEbNS0_6OpcodeEDpRKT_RKNS0_10SourceInfoE",
			"bool clang::interp::ByteCodeEmitter::emitOp<>(clang::interp::Opcode, , clang::interp::SourceInfo const&)",
		],
		[
			"_ZN4llvm10checkedAddIlEENSt9enable_ifIXsr3std9is_signedIT_EE5valueENS_8OptionalIS2_EEE4typeES2_S2_",
			"std::enable_if<std::is_signed<long>::value, llvm::Optional<long> >::type llvm::checkedAdd<long>(long, long)",
		],
		["_ZNSt8ios_base4InitC1Ev@GLIBCXX_3.4", "std::ios_base::Init::Init()@GLIBCXX_3.4"],
		["_RNvC3foo3bar@@V1", "foo[0]::bar@@V1"],
		["main", "main"],
		["_Z", "_Z"],
		["_ZN1AIiE1fIT_EEvT_", "_ZN1AIiE1fIT_EEvT_"],
	];
	for (const [mangled, readable] of cases) {
		it(mangled, () => assert.equal(demangle(mangled), readable));
	}

	it("prints a conversion operator template c++filt 2.40 rejects (a known difference)", () => {
		// c++filt returns this name unchanged; we print what GCC means.
		assert.equal(
			demangle("_ZNK5outer5inner5ArrayIiLi3EEcvNS1_IT_Li3EEEIdEEv"),
			"outer::inner::Array<int, 3>::operator outer::inner::Array<double, 3><double>() const",
		);
	});
});

describe("demangle: hand-written edge cases against c++filt", () => {
	it("agrees on 100% of test/fixtures/demangle/edge-cases.txt", () => {
		const names = readFileSync(join(fixtures, "demangle", "edge-cases.txt"), "utf8")
			.split("\n")
			.filter((l) => l !== "" && !l.startsWith("#"));
		const a = compare(names);
		report("edge cases", a);
		assert.equal(a.mismatches.length, 0);
	});
});

describe("demangle: C++ names against c++filt", () => {
	it(`agrees on ≥ 99.5% of the mangled names of ${NODE_BINARY}`, () => {
		const names = definedSymbols(NODE_BINARY).filter((n) => n.startsWith("_Z"));
		assert.ok(names.length > 10_000, `only ${names.length} _Z names in ${NODE_BINARY}`);
		const a = compare(names);
		report(NODE_BINARY, a);
		assert.ok(a.matched / a.total >= 0.995, `${a.matched}/${a.total} is below 99.5%`);
		// What c++filt cannot demangle must come back unchanged.
		assert.deepEqual(a.extra, [], "names c++filt rejects but we demangle");
	});

	it("agrees on 100% of the C++ fixture's names (-O0 and -O2)", () => {
		const dir = workDir("demangle-cpp");
		const names = new Set<string>();
		for (const opt of ["-O0", "-O2"]) {
			const obj = join(dir, `fixture${opt}.o`);
			must("g++", ["-std=c++20", opt, "-c", "-o", obj, join(fixtures, "demangle", "cpp", "fixture.cpp")]);
			for (const n of definedSymbols(obj)) if (n.startsWith("_Z")) names.add(n);
		}
		const a = compare([...names].sort());
		report("C++ fixture", a);
		assert.ok(a.total > 300, `only ${a.total} names`);
		assert.equal(a.mismatches.length, 0);
		assert.deepEqual(a.extra, [], "names c++filt rejects but we demangle");
	});
});

describe("demangle: Rust names against c++filt", () => {
	const rustc = findRustc();

	/** Builds the fixture; legacy mangling needs -Z unstable-options on recent stable compilers. */
	function build(mangling: "legacy" | "v0"): string {
		const dir = workDir(`demangle-rust-${mangling}`);
		const out = join(dir, "main");
		const src = join(fixtures, "demangle", "rust", "main.rs");
		const args = ["-C", "opt-level=0", "-C", `symbol-mangling-version=${mangling}`, "-o", out, src];
		let r = sh(rustc as string, args);
		if (r.code !== 0 && r.stderr.includes("unstable-options")) {
			r = sh(rustc as string, ["-Z", "unstable-options", ...args], { env: { ...process.env, RUSTC_BOOTSTRAP: "1" } });
		}
		assert.equal(r.code, 0, r.stderr);
		return out;
	}

	for (const mangling of ["legacy", "v0"] as const) {
		it(`agrees on 100% of the ${mangling} names of the Rust fixture`, { skip: rustc === null && "no rustc" }, () => {
			const binary = build(mangling);
			const all = definedSymbols(binary);
			const legacy = all.filter((n) => /^_ZN.*17h[0-9a-f]{16}E/.test(n));
			const v0 = all.filter((n) => n.startsWith("_R"));
			const own = mangling === "v0" ? v0 : legacy;
			assert.ok(own.length > 100, `only ${own.length} ${mangling} names`);
			// The standard library is prebuilt with its own mangling, so each build has some of both.
			const a = compare([...v0, ...legacy]);
			report(`Rust fixture (${mangling}: ${v0.length} v0, ${legacy.length} legacy names)`, a);
			assert.equal(a.mismatches.length, 0);
			const fixtureNames = own.map(demangle).filter((n) => n.includes("main"));
			assert.ok(
				fixtureNames.some((n) => n.includes("{closure")),
				"closures are demangled",
			);
		});
	}
});

describe("demangle: hostile input", () => {
	/** xorshift32, so a failure reproduces. */
	function rng(seed: number): () => number {
		let x = seed;
		return () => {
			x ^= x << 13;
			x ^= x >>> 17;
			x ^= x << 5;
			return (x >>> 0) / 2 ** 32;
		};
	}

	it("never throws and stays fast on 5,000 random and mutated names", () => {
		const rand = rng(0x5eed1234);
		const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
		const seeds = [
			"_ZN2v88internal7Isolate4InitEPNS0_16SnapshotDataEPKS2_S5_b",
			"_ZNSt6vectorIiSaIiEE9push_backERKi",
			"_ZZ1fvENKUliE_clEi",
			"_Z1fIJicEEvDpT_",
			"_ZN3foo3bar17h05af221e174051e9E",
			"_RINvCs32gj3y4fnmh_4main4pairxcEB2_",
			"_RNvMs_Cs32gj3y4fnmh_4mainINtB4_4FlagKb1_Kc78_Kln7_E3getB4_",
			"_RINvCs1_1a2idFG_RL0_eERL0_eE",
		];
		const alphabet = "_ZRNESIJTXLKVrPOAMFDpt0123456789abcdefghijklmnopqrstuvwxyz$.BCG";
		let worst = 0;
		const total = cpuMs(() => {
			for (let n = 0; n < 5000; n++) {
				let s: string;
				if (n % 4 === 0) {
					const len = 1 + Math.floor(rand() * 80);
					s = pick(["_Z", "_R", "_ZN", "_ZZ"]);
					for (let k = 0; k < len; k++) s += pick(alphabet.split(""));
				} else {
					const chars = pick(seeds).split("");
					const edits = 1 + Math.floor(rand() * 4);
					for (let k = 0; k < edits; k++) {
						const at = Math.floor(rand() * chars.length);
						const op = rand();
						if (op < 0.4) chars[at] = pick(alphabet.split(""));
						else if (op < 0.7) chars.splice(at, 1);
						else chars.splice(at, 0, ...chars.slice(at, at + 1 + Math.floor(rand() * 12)));
					}
					s = chars.join("");
				}
				const t0 = performance.now();
				const out = demangle(s);
				worst = Math.max(worst, performance.now() - t0);
				assert.equal(typeof out, "string");
			}
		});
		console.log(`5,000 hostile names: ${total.cpu.toFixed(0)} ms CPU, slowest ${worst.toFixed(1)} ms`);
		assert.ok(total.cpu < 5000, `${total.cpu} ms`);
		assert.ok(worst < 500, `one name took ${worst} ms`);
	});

	it("agrees with c++filt on 5,000 corrupted real names, and never demangles one it rejects", () => {
		const rand = rng(0xc0ffee);
		const real = definedSymbols(NODE_BINARY).filter((n) => n.startsWith("_Z") && n.length < 300);
		const alphabet = "_ZRNESIJTXLKVrPOAMFDpt0123456789abcdefghijklmnopqrstuvwxyzBCG".split("");
		const names = new Set<string>();
		while (names.size < 5000) {
			const chars = (real[Math.floor(rand() * real.length)] as string).split("");
			for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
				const at = Math.floor(rand() * chars.length);
				const op = rand();
				if (op < 0.4) chars[at] = alphabet[Math.floor(rand() * alphabet.length)] as string;
				else if (op < 0.7) chars.splice(at, 1);
				else chars.splice(at, 0, ...chars.slice(at, at + 1 + Math.floor(rand() * 8)));
			}
			names.add(chars.join(""));
		}
		const a = compare([...names]);
		report("corrupted node names", a);
		assert.deepEqual(a.extra, [], "names c++filt rejects but we demangle");
		// The rest differ only on garbage that c++filt reads in its own lenient ways.
		assert.ok(a.matched / a.total >= 0.99, `${a.matched}/${a.total}`);
	});

	it("returns deeply nested names quickly and unchanged", () => {
		const deep = [
			`_Z${"N".repeat(10_000)}1aE`,
			`_Z1f${"P".repeat(10_000)}i`,
			`_Z1fI${"X".repeat(10_000)}`,
			`_R${"N".repeat(10_000)}vC1a`,
			`_RINvC1a1f${"T".repeat(10_000)}`,
			`_ZN${"3abc".repeat(10_000)}17h05af221e174051e9X`,
		];
		for (const s of deep) {
			const t = cpuMs(() => assert.equal(demangle(s), s));
			assert.ok(t.wall < 500, `${s.slice(0, 20)}…: ${t.wall} ms`);
		}
	});

	it("bounds names whose substitutions double the output at every step", () => {
		// B<A, A>, then B<that, that>, …: 2^60 characters if printed in full.
		const seq = (k: number) => (k === 0 ? "S_" : `S${(k - 1).toString(36).toUpperCase()}_`);
		let itanium = "_Z1f1A1BIS_S_E";
		for (let j = 1; j <= 60; j++) itanium += `S0_I${seq(j + 1)}${seq(j + 1)}E`;
		// v0: each tuple repeats the previous one twice through backrefs.
		let v0 = "_RINvC1a1fu";
		let prev = v0.length - 1 - 2;
		for (let j = 0; j < 60; j++) {
			const here = v0.length - 2;
			const b = prev === 0 ? "B_" : `B${(prev - 1).toString(36)}_`;
			v0 += `T${b}${b}E`;
			prev = here;
		}
		v0 += "E";
		// Conversion operators make the parser look ahead, which could re-parse text at every level.
		let conversion = "i";
		for (let j = 0; j < 40; j++) conversion = `N1BcvT_I${conversion}EE`;
		conversion = `_Z1f${conversion}`;
		for (const s of [itanium, v0, conversion]) {
			const t = cpuMs(() => {
				const out = demangle(s);
				assert.ok(out.length <= 1 << 17, `${out.length} characters`);
			});
			assert.ok(t.wall < 1000, `${s.slice(0, 30)}…: ${t.wall} ms`);
		}
	});
});

describe("demangle: speed", () => {
	it(`demangles every symbol of ${NODE_BINARY} in well under two seconds`, () => {
		const names = must("nm", [NODE_BINARY])
			.split("\n")
			.map((l) => l.slice(l.lastIndexOf(" ") + 1))
			.filter((n) => n !== "");
		let changed = 0;
		const t = cpuMs(() => {
			for (const n of names) if (demangle(n) !== n) changed++;
		});
		console.log(
			`${names.length.toLocaleString("en-US")} symbols (${changed.toLocaleString("en-US")} demangled): ${t.cpu.toFixed(0)} ms CPU, ${t.wall.toFixed(0)} ms wall`,
		);
		// CPU time, not wall time: other test files share the machine.
		assert.ok(t.cpu < 2000, `${t.cpu} ms CPU`);
	});
});

describe("readableName: the name reports show and diff matches on", () => {
	it("drops what changes between builds of a Rust crate, and nothing else", () => {
		// Legacy: the trailing hash; v0: the crate disambiguators (c++filt keeps both).
		assert.equal(demangle("_ZN4told5alpha17h5c0089f51844fa54E"), "told::alpha::h5c0089f51844fa54");
		assert.equal(readableName("_ZN4told5alpha17h5c0089f51844fa54E"), "told::alpha");
		assert.equal(readableName("_RNvCs1234abcd_4told5alpha"), "told::alpha");
		// A slice type's brackets are not a disambiguator.
		assert.equal(
			readableName(
				"_RINvNtCsgEmfK2I1SDS_4core3ptr13drop_in_placeINtNtCslNYArtu3iFV_5alloc5boxed3BoxSNtNtBL_6string6StringEECsjrHSEGnQ3l9_3std",
			),
			"core::ptr::drop_in_place::<alloc::boxed::Box<[alloc::string::String]>>",
		);
		assert.equal(readableName("_ZN3foo3barEv"), demangle("_ZN3foo3barEv"));
		assert.equal(readableName("main"), "main");
	});
});
