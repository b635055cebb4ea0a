/**
 * The Go package a function belongs to, from its symbol name alone, and which packages are the
 * Go runtime and standard library (for the preset that leaves them out of coverage).
 *
 * A symbol name is the package path, a dot, then the rest: `hello/shapes.(*Square).Grow`.
 * The path may contain dots only in elements before the last slash, because the linker escapes
 * dots in the last element as `%2e` (`gopkg.in/yaml%2ev3.Unmarshal`); type arguments of generic
 * instances (`main.Map[...]`, `pkg.F[go.shape.int]`) may contain anything and are skipped.
 */

/** Pseudo-package of compiler-generated symbols: type equality/hash functions, build id. */
export const TYPE_PSEUDO_PACKAGE = "type:";
export const GO_PSEUDO_PACKAGE = "go:";

/** The package of the Go function `name`, or "" when the name has none (assembly entry points such as `_rt0_amd64_linux`). */
export function goPackageOf(name: string): string {
	// Go 1.20 spells compiler-generated symbols `type:.eq.T` and `go:buildid`; Go 1.19 and
	// earlier `type..eq.T` and `go.buildid`.
	if (name.startsWith("type:") || name.startsWith("type.")) return TYPE_PSEUDO_PACKAGE;
	if (name.startsWith("go:") || name.startsWith("go.")) return GO_PSEUDO_PACKAGE;
	const plain = withoutTypeArguments(name);
	const lastSlash = plain.lastIndexOf("/");
	const dot = plain.indexOf(".", lastSlash + 1);
	if (dot < 0) return "";
	return unescapePath(plain.slice(0, dot));
}

/**
 * Whether `pkg` is the Go runtime, the standard library or a compiler pseudo-package. Standard
 * packages are the ones whose first path element has no dot (`fmt`, `net/http`), except the main
 * module's own packages, whose module path may have no dot either (`hello/shapes`).
 */
export function isGoRuntimeOrStd(pkg: string, mainModule?: string): boolean {
	if (pkg === "" || pkg === TYPE_PSEUDO_PACKAGE || pkg === GO_PSEUDO_PACKAGE) return true;
	if (pkg === "main") return false;
	if (mainModule && (pkg === mainModule || pkg.startsWith(`${mainModule}/`))) return false;
	if (pkg === "runtime" || pkg.startsWith("runtime/")) return true;
	if (pkg.startsWith("internal/") || pkg.startsWith("vendor/")) return true;
	const first = pkg.split("/", 1)[0] ?? pkg;
	return !first.includes(".");
}

/** `name` with every bracketed type-argument list removed, brackets nested or not. */
function withoutTypeArguments(name: string): string {
	if (!name.includes("[")) return name;
	let out = "";
	let depth = 0;
	for (const ch of name) {
		if (ch === "[") depth++;
		else if (ch === "]" && depth > 0) depth--;
		else if (depth === 0) out += ch;
	}
	return out;
}

/**
 * Undoes the linker's escaping of package paths (objabi.PathToPrefix): `%xx` for each byte of
 * control characters, space, `%`, `"`, non-ASCII, and dots in the last element.
 */
function unescapePath(path: string): string {
	if (!path.includes("%")) return path;
	const bytes: number[] = [];
	for (let i = 0; i < path.length; i++) {
		const hex = path.slice(i + 1, i + 3);
		if (path[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
			bytes.push(Number.parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(path[i] as string, "utf8"));
		}
	}
	return Buffer.from(bytes).toString("utf8");
}
