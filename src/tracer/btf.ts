/**
 * Just enough of BTF (Documentation/bpf/btf.rst) to read BTF-defined maps: the `.maps` DATASEC of a
 * compiled BPF object, where `__uint(type, X)` is encoded as a pointer to an array of X elements
 * and `__type(key, T)` as a pointer to T.
 */
import { XcoverError } from "../errors.js";

const KIND_INT = 1;
const KIND_PTR = 2;
const KIND_ARRAY = 3;
const KIND_STRUCT = 4;
const KIND_UNION = 5;
const KIND_ENUM = 6;
const KIND_TYPEDEF = 8;
const KIND_VOLATILE = 9;
const KIND_CONST = 10;
const KIND_RESTRICT = 11;
const KIND_FUNC_PROTO = 13;
const KIND_VAR = 14;
const KIND_DATASEC = 15;
const KIND_DECL_TAG = 17;
const KIND_TYPE_TAG = 18;
const KIND_ENUM64 = 19;

interface BtfType {
	name: string;
	kind: number;
	vlen: number;
	/** size for INT/STRUCT/UNION/ENUM/DATASEC, referenced type otherwise. */
	sizeOrType: number;
	/** ARRAY: element type and count. */
	array?: { type: number; nelems: number };
	/** STRUCT/UNION members, DATASEC variables. */
	members?: Array<{ name: string; type: number; offset: number }>;
}

export interface BtfMapDefinition {
	name: string;
	type: number;
	keySize: number;
	valueSize: number;
	maxEntries: number;
	flags: number;
}

export class BtfError extends XcoverError {}

function bad(what: string): never {
	throw new BtfError(`corrupt BPF object: ${what}`, "Rebuild the BPF program with `npm run build`.");
}

export function parseBtf(data: Buffer): BtfType[] {
	if (data.length < 24 || data.readUInt16LE(0) !== 0xeb9f) bad("no BTF header");
	const hdrLen = data.readUInt32LE(4);
	const typeOff = hdrLen + data.readUInt32LE(8);
	const typeLen = data.readUInt32LE(12);
	const strOff = hdrLen + data.readUInt32LE(16);
	const strLen = data.readUInt32LE(20);
	if (typeOff + typeLen > data.length || strOff + strLen > data.length) bad("BTF sections out of bounds");
	const str = (at: number): string => {
		const start = strOff + at;
		const end = data.indexOf(0, start);
		return data.toString("utf8", start, end < 0 ? strOff + strLen : end);
	};
	const types: BtfType[] = [{ name: "void", kind: 0, vlen: 0, sizeOrType: 0 }];
	let at = typeOff;
	const end = typeOff + typeLen;
	while (at < end) {
		const nameOff = data.readUInt32LE(at);
		const info = data.readUInt32LE(at + 4);
		const sizeOrType = data.readUInt32LE(at + 8);
		const kind = (info >>> 24) & 0x1f;
		const vlen = info & 0xffff;
		at += 12;
		const t: BtfType = { name: str(nameOff), kind, vlen, sizeOrType };
		switch (kind) {
			case KIND_INT:
			case KIND_VAR:
			case KIND_DECL_TAG:
				at += 4;
				break;
			case KIND_ARRAY:
				t.array = { type: data.readUInt32LE(at), nelems: data.readUInt32LE(at + 8) };
				at += 12;
				break;
			case KIND_STRUCT:
			case KIND_UNION:
			case KIND_DATASEC:
				t.members = [];
				for (let i = 0; i < vlen; i++, at += 12) {
					if (kind === KIND_DATASEC) {
						t.members.push({ name: "", type: data.readUInt32LE(at), offset: data.readUInt32LE(at + 4) });
					} else {
						t.members.push({
							name: str(data.readUInt32LE(at)),
							type: data.readUInt32LE(at + 4),
							offset: data.readUInt32LE(at + 8),
						});
					}
				}
				break;
			case KIND_ENUM:
			case KIND_FUNC_PROTO:
				at += 8 * vlen;
				break;
			case KIND_ENUM64:
				at += 12 * vlen;
				break;
			default:
				// PTR, FWD, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, FLOAT, TYPE_TAG carry nothing more.
				break;
		}
		types.push(t);
	}
	return types;
}

function skipModifiers(types: BtfType[], id: number): BtfType {
	for (let hops = 0; hops < 32; hops++) {
		const t = types[id] ?? bad(`type id ${id}`);
		if (![KIND_TYPEDEF, KIND_VOLATILE, KIND_CONST, KIND_RESTRICT, KIND_TYPE_TAG].includes(t.kind)) return t;
		id = t.sizeOrType;
	}
	return bad("type chain too long");
}

function sizeOf(types: BtfType[], id: number): number {
	const t = skipModifiers(types, id);
	if (t.kind === KIND_PTR) return 8;
	if (t.kind === KIND_ARRAY && t.array) return t.array.nelems * sizeOf(types, t.array.type);
	return t.sizeOrType;
}

/** `__uint(name, N)`: a pointer to an array of N ints. */
function uintMember(types: BtfType[], id: number): number {
	const ptr = skipModifiers(types, id);
	if (ptr.kind !== KIND_PTR) bad("map attribute is not a pointer");
	const arr = skipModifiers(types, ptr.sizeOrType);
	if (arr.kind !== KIND_ARRAY || !arr.array) bad("map attribute is not __uint()");
	return arr.array.nelems;
}

/** `__type(name, T)`: a pointer to T. */
function typeMemberSize(types: BtfType[], id: number): number {
	const ptr = skipModifiers(types, id);
	if (ptr.kind !== KIND_PTR) bad("map attribute is not a pointer");
	return sizeOf(types, ptr.sizeOrType);
}

/** Map definitions of the `.maps` section, in the order of their byte offsets there. */
export function btfMapDefinitions(types: BtfType[]): Array<BtfMapDefinition & { offset: number }> {
	const sec = types.find((t) => t.kind === KIND_DATASEC && t.name === ".maps");
	if (!sec?.members) return [];
	return sec.members.map((m) => {
		const v = types[m.type] ?? bad("map variable");
		if (v.kind !== KIND_VAR) bad("`.maps` entry is not a variable");
		const def = skipModifiers(types, v.sizeOrType);
		if (def.kind !== KIND_STRUCT || !def.members) bad(`map ${v.name} is not a struct`);
		const out: BtfMapDefinition & { offset: number } = {
			name: v.name,
			offset: m.offset,
			type: 0,
			keySize: 0,
			valueSize: 0,
			maxEntries: 0,
			flags: 0,
		};
		for (const f of def.members) {
			if (f.name === "type") out.type = uintMember(types, f.type);
			else if (f.name === "max_entries") out.maxEntries = uintMember(types, f.type);
			else if (f.name === "map_flags") out.flags = uintMember(types, f.type);
			else if (f.name === "key_size") out.keySize = uintMember(types, f.type);
			else if (f.name === "value_size") out.valueSize = uintMember(types, f.type);
			else if (f.name === "key") out.keySize = typeMemberSize(types, f.type);
			else if (f.name === "value") out.valueSize = typeMemberSize(types, f.type);
			else bad(`map ${v.name}: unsupported attribute ${f.name}`);
		}
		return out;
	});
}
