/** A demangled name longer than the output budget (plus the untouched version suffix) is a broken bound. */
export function checkLength(symbol: string, out: string | null, max: number): void {
	if (out !== null && out.length > max + symbol.length) {
		throw new Error(`demangled ${symbol.length} characters into ${out.length}, past the output budget ${max}`);
	}
}
