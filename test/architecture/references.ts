// What a TypeScript file takes from elsewhere, read from its syntax tree rather than grepped: every form a
// module can be reached by (static, type-only, side-effect, re-export, dynamic import(), require, import
// types) and every read of the environment. A specifier the file computes is followed to the string
// literals it can hold when they are written in the same file; otherwise it is reported as unknown, so a
// rule can refuse what it cannot see.
import ts from 'typescript';

export type ReferenceKind =
  | 'import'
  | 'import type'
  | 'side effect'
  | 'export from'
  | 'dynamic import'
  | 'require'
  | 'environment';

export interface Reference {
  kind: ReferenceKind;
  /** The module specifier as written; `process.env` for a read of the environment; null when computed. */
  specifier: string | null;
  line: number;
}

const PROCESS_MODULES = new Set(['process', 'node:process']);

/** Every reference in one file's source text, in source order. */
export function referencesOf(fileName: string, text: string): Reference[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Reference[] = [];
  const add = (kind: ReferenceKind, node: ts.Node, specifier: string | null) =>
    found.push({ kind, specifier, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
  const visit = (node: ts.Node) => {
    for (const [kind, specifiers] of moduleReferences(node, file))
      for (const s of specifiers) add(kind, node, s);
    if (readsEnvironment(node)) add('environment', node, 'process.env');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The module a node reaches, with the specifiers it can name (one null when they cannot be known). */
function moduleReferences(node: ts.Node, file: ts.SourceFile): [ReferenceKind, (string | null)[]][] {
  if (ts.isImportDeclaration(node)) return [[importKind(node), [literal(node.moduleSpecifier)]]];
  if (ts.isExportDeclaration(node) && node.moduleSpecifier)
    return [['export from', [literal(node.moduleSpecifier)]]];
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
    return [['require', [literal(node.moduleReference.expression)]]];
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
    return [['import type', [literal(node.argument.literal)]]];
  if (!ts.isCallExpression(node)) return [];
  const callee = node.expression;
  const kind: ReferenceKind | null =
    callee.kind === ts.SyntaxKind.ImportKeyword
      ? 'dynamic import'
      : ts.isIdentifier(callee) && callee.text === 'require'
        ? 'require'
        : null;
  const [argument] = node.arguments;
  return kind && argument ? [[kind, specifiersOf(argument, file)]] : [];
}

function importKind(node: ts.ImportDeclaration): ReferenceKind {
  if (!node.importClause) return 'side effect';
  return node.importClause.isTypeOnly ? 'import type' : 'import';
}

function literal(node: ts.Node): string | null {
  return ts.isStringLiteralLike(node) ? node.text : null;
}

/**
 * The specifiers an import() or require() argument can hold: a literal; a const bound to one; or an element
 * of a const object literal whose values are all literals (`require(PACKAGES[key])`). Anything else: null.
 */
function specifiersOf(argument: ts.Expression, file: ts.SourceFile): (string | null)[] {
  const direct = literal(argument);
  if (direct !== null) return [direct];
  const target = ts.isElementAccessExpression(argument) ? argument.expression : argument;
  const value = ts.isIdentifier(target) ? constInitializer(target.text, file) : undefined;
  if (!value) return [null];
  if (target === argument) return [literal(value)];
  if (!ts.isObjectLiteralExpression(value)) return [null];
  const values = value.properties.map((p) => (ts.isPropertyAssignment(p) ? literal(p.initializer) : null));
  return values.length > 0 && values.every((v) => v !== null) ? values : [null];
}

/** The initializer of a top-level `const name = …` in the file, without `as` and `satisfies`. */
function constInitializer(name: string, file: ts.SourceFile): ts.Expression | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return unwrap(d.initializer);
    }
  }
  return undefined;
}

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isParenthesizedExpression(n))
    n = n.expression;
  return n;
}

/**
 * `process.env`, `process['env']`, `globalThis.process.env` and `const { env } = process`. An import of
 * node:process is a module reference of its own (see isProcessModule).
 */
function readsEnvironment(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'env') return isProcess(node.expression);
  if (ts.isElementAccessExpression(node) && literal(node.argumentExpression) === 'env')
    return isProcess(node.expression);
  if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer)
    return (
      isProcess(unwrap(node.initializer)) &&
      node.name.elements.some((e) => {
        const name = e.propertyName ?? e.name;
        return ts.isIdentifier(name) && name.text === 'env';
      })
    );
  return false;
}

function isProcess(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'process';
  return ts.isPropertyAccessExpression(node) && node.name.text === 'process' && isGlobal(node.expression);
}

function isGlobal(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && (node.text === 'globalThis' || node.text === 'global');
}

export function isProcessModule(specifier: string): boolean {
  return PROCESS_MODULES.has(specifier);
}
