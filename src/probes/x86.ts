/**
 * Predicts whether the kernel's x86-64 uprobe code will accept a probe on an instruction, by the
 * same rules as arch/x86/kernel/uprobes.c (validate_insn_64bits): no lock or ES/CS/SS/DS segment
 * prefix, and a one-byte opcode marked good in its table (also after a VEX/EVEX prefix). The
 * kernel only checks when it first writes the breakpoint into a mapped copy of
 * the file, so without this prediction a refused function would either fail a whole batch of
 * probes (binary mapped at attach time) or silently never fire (binary started later).
 */

/** Rows of 16 bits, one per high nibble; bit n of row r is opcode r*16+n (1 = probeable). */
function table(rows: readonly string[]): Uint8Array {
	const out = new Uint8Array(256);
	rows.forEach((row, r) => {
		const bits = row.replace(/\s+/g, "");
		for (let n = 0; n < 16; n++) out[r * 16 + n] = bits[n] === "1" ? 1 : 0;
	});
	return out;
}

const good1 = table([
	"1111 1100 1111 1100", // 00
	"1111 1100 1111 1100", // 10
	"1111 1100 1111 1100", // 20
	"1111 1100 1111 1100", // 30
	"0000 0000 0000 0000", // 40 (REX prefixes, decoded before)
	"1111 1111 1111 1111", // 50
	"0001 1100 1111 0000", // 60
	"1111 1111 1111 1111", // 70
	"1101 1111 1111 1111", // 80
	"1111 1111 1111 1111", // 90
	"1111 1111 1111 1111", // a0
	"1111 1111 1111 1111", // b0
	"1111 0011 1111 0000", // c0
	"1111 0001 1111 1111", // d0
	"1111 0000 1111 0000", // e0
	"0011 0111 1100 1111", // f0
]);

const BAD_PREFIXES = new Map<number, string>([
	[0xf0, "lock prefix"],
	[0x26, "ES segment prefix"],
	[0x2e, "CS segment prefix"],
	[0x36, "SS segment prefix"],
	[0x3e, "DS segment prefix"],
]);
const GOOD_PREFIXES = new Set([0x64, 0x65, 0x66, 0x67, 0xf2, 0xf3]);

/** undefined when probeable, otherwise why the kernel will refuse (ENOTSUPP). */
export function x86EntryRefusal(code: Uint8Array): string | undefined {
	let i = 0;
	while (i < code.length && i < 14) {
		const b = code[i] as number;
		const bad = BAD_PREFIXES.get(b);
		if (bad) return bad;
		if (!GOOD_PREFIXES.has(b)) break;
		i++;
	}
	if (i < code.length && ((code[i] as number) & 0xf0) === 0x40) i++; // REX
	const op = code[i];
	if (op === undefined) return undefined; // cannot tell; let the kernel decide
	if (op === 0xc4 || op === 0xc5 || op === 0x62) {
		// VEX/EVEX: the kernel judges the opcode byte after the prefix by the one-byte table.
		const after = i + (op === 0xc5 ? 2 : op === 0xc4 ? 3 : 4);
		const vexOp = code[after];
		if (vexOp === undefined) return undefined;
		return good1[vexOp] ? undefined : `opcode ${hex(vexOp)} after VEX/EVEX`;
	}
	// Two- and three-byte (0f-escaped) opcodes: the kernel's decoder accepts them all, as the
	// fixture test/fixtures/entries.c shows on every run (ud2, mfence, pshufb, syscall…).
	if (op === 0x0f || good1[op]) return undefined;
	return `opcode ${hex(op)}`;
}

function hex(b: number): string {
	return b.toString(16).padStart(2, "0");
}
