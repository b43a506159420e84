/**
 * Size limits for the package's source (nodes/ and credentials/, generated files aside): a file
 * of at most 250 lines, a function of at most 60. Functions are found with the TypeScript
 * compiler: declarations, methods, accessors, constructors, function expressions and arrows,
 * each measured from its first to its last line (nested functions count in their parent too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 60;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.generated.ts') ? [path] : [];
	});
}

const files = ['nodes', 'credentials']
	.flatMap((dir) => sourceFiles(join(ROOT, dir)))
	.map((path) => relative(ROOT, path));

/** Lines of a file as an editor numbers them (a final line end opens no new line). */
function lineCount(text: string): number {
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** What a function is called in a report: its own name, or the name it is assigned to. */
function nameOf(node: ts.Node, source: ts.SourceFile): string {
	if (ts.isConstructorDeclaration(node)) return 'constructor';
	const named = node as ts.Node & { name?: ts.Node };
	if (named.name) return named.name.getText(source);
	const parent = node.parent;
	if (
		ts.isVariableDeclaration(parent) ||
		ts.isPropertyAssignment(parent) ||
		ts.isPropertyDeclaration(parent)
	)
		return parent.name.getText(source);
	if (ts.isCallExpression(parent))
		return `(argument of ${parent.expression.getText(source).slice(0, 40)})`;
	return '(anonymous)';
}

/** Functions of a file longer than the limit: `path:line name (n lines)`. */
function longFunctions(path: string): string[] {
	const text = readFileSync(join(ROOT, path), 'utf8');
	const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isFunctionLike(node) && (node as ts.Node & { body?: ts.Node }).body) {
			const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
			const last = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
			const lines = last - first + 1;
			if (lines > MAX_FUNCTION_LINES)
				found.push(`${path}:${first} ${nameOf(node, source)} (${lines} lines)`);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

test('the walk finds the source files', () => {
	expect(files).toEqual(
		expect.arrayContaining([
			'nodes/Smenso/Smenso.node.ts',
			'nodes/ResourceManagement/ResourceManagement.node.ts',
		]),
	);
	expect(files.filter((path) => path.startsWith('credentials/')).length).toBeGreaterThan(0);
	expect(files.filter((path) => path.endsWith('.generated.ts'))).toEqual([]);
});

test(`no source file has more than ${MAX_FILE_LINES} lines`, () => {
	const long = files
		.map((path) => ({ path, lines: lineCount(readFileSync(join(ROOT, path), 'utf8')) }))
		.filter(({ lines }) => lines > MAX_FILE_LINES)
		.map(({ path, lines }) => `${path} (${lines} lines)`);
	expect(long).toEqual([]);
});

test(`no function has more than ${MAX_FUNCTION_LINES} lines`, () => {
	expect(files.flatMap(longFunctions)).toEqual([]);
});

test('the measure counts a function from its first to its last line', () => {
	const body = Array.from(
		{ length: MAX_FUNCTION_LINES - 1 },
		(_, i) => `\tconst v${i} = ${i};`,
	).join('\n');
	const source = ts.createSourceFile(
		'probe.ts',
		`export function fits() {\n${body.split('\n').slice(1).join('\n')}\n}\nexport const tooLong = () => {\n${body}\n};\n`,
		ts.ScriptTarget.Latest,
		true,
	);
	const lengths: Array<[string, number]> = [];
	const visit = (node: ts.Node) => {
		if (ts.isFunctionLike(node)) {
			const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
			const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
			lengths.push([nameOf(node, source), last - first + 1]);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	expect(lengths).toEqual([
		['fits', MAX_FUNCTION_LINES],
		['tooLong', MAX_FUNCTION_LINES + 1],
	]);
});
