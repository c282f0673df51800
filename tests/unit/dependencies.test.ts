import fs from 'fs'
import { builtinModules } from 'module'
import path from 'path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '@/lib/paths'

type PackageJson = {
  name?: string
  version?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
type LockFile = { packages: Record<string, { version?: string }> }
type ModuleImport = { specifier: string; typeOnly: boolean }
type PackageImport = { file: string; pkg: string; typeOnly: boolean }

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(projectRoot, file), 'utf8')) as T

const manifest = readJson<PackageJson>('package.json')
const dependencies = manifest.dependencies ?? {}
const devDependencies = manifest.devDependencies ?? {}
const declared = { ...devDependencies, ...dependencies }

// ---------------------------------------------------------------------------------------------
// One Payload version
// ---------------------------------------------------------------------------------------------

const isPayloadPackage = (name: string) => name === 'payload' || name.startsWith('@payloadcms/')
const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/
/** A path to an installed payload or @payloadcms/<name>, at any depth of nesting. */
const PAYLOAD_INSTALL_PATH = /(^|\/)node_modules\/(payload|@payloadcms\/[^/]+)$/

const declaredPayload = Object.entries(declared).filter(([name]) => isPayloadPackage(name))
const expectedPayloadVersion = dependencies.payload ?? devDependencies.payload

const subdirectories = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : []

/** Package directories directly in one node_modules directory (scoped ones one level deeper). */
const packageDirsIn = (nodeModules: string): string[] =>
  subdirectories(nodeModules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@')
        ? subdirectories(path.join(nodeModules, name)).map((inner) => path.join(nodeModules, name, inner))
        : [path.join(nodeModules, name)],
    )

/** Every installed package directory, following nested node_modules. */
const installedPackageDirs = (nodeModules: string): string[] =>
  packageDirsIn(nodeModules).flatMap((dir) => [dir, ...installedPackageDirs(path.join(dir, 'node_modules'))])

const installedPayloadVersions = () =>
  installedPackageDirs(path.join(projectRoot, 'node_modules'))
    .map((dir) => path.relative(projectRoot, dir).split(path.sep).join('/'))
    .filter((where) => PAYLOAD_INSTALL_PATH.test(where))
    .map((where) => ({ where, version: readJson<PackageJson>(`${where}/package.json`).version }))

const lockedPayloadVersions = () =>
  Object.entries(readJson<LockFile>('package-lock.json').packages)
    .filter(([where]) => PAYLOAD_INSTALL_PATH.test(where))
    .map(([where, entry]) => ({ where, version: entry.version }))

const otherVersions = (found: { where: string; version?: string }[]) =>
  found
    .filter(({ version }) => version !== expectedPayloadVersion)
    .map(({ where, version }) => `${where}@${version ?? '(no version)'}`)

describe('one Payload version', () => {
  it('declares payload and @payloadcms/* at exact versions', () => {
    expect(declaredPayload.map(([name]) => name)).toContain('payload')
    const ranges = declaredPayload.filter(([, version]) => !EXACT_VERSION.test(version))
    expect(ranges.map(([name, version]) => `${name}@${version}`)).toEqual([])
  })

  it('declares the same version for payload and every @payloadcms/* package', () => {
    const differing = declaredPayload.filter(([, version]) => version !== expectedPayloadVersion)
    expect(
      differing.map(([name, version]) => `${name}@${version}`),
      `payload is declared at ${expectedPayloadVersion}`,
    ).toEqual([])
  })

  it('has only that version installed in node_modules, nested copies included', () => {
    const installed = installedPayloadVersions()
    expect(installed.map(({ where }) => where)).toContain('node_modules/payload')
    expect(otherVersions(installed), `expected ${expectedPayloadVersion}`).toEqual([])
  })

  it('has only that version in package-lock.json, nested entries included', () => {
    const locked = lockedPayloadVersions()
    expect(locked.map(({ where }) => where)).toContain('node_modules/payload')
    expect(otherVersions(locked), `expected ${expectedPayloadVersion}`).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// Every imported package is declared
// ---------------------------------------------------------------------------------------------

const SOURCE_DIRS = ['src', 'scripts', 'tests', 'migrations']
const ROOT_FILES = ['payload.config.ts', 'next.config.mjs', 'vitest.config.mts', 'eslint.config.mjs']
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.mjs', '.js', '.cjs'])
/** Code that runs in the deployed app. Migrations count: payload.config.ts loads them (prodMigrations). */
const RUNTIME_DIRS = ['src/', 'migrations/']
const RUNTIME_ROOT_FILES = ['payload.config.ts', 'next.config.mjs']

/**
 * Files under src/ that only tests or dev scripts load, with the dev-only packages they may import.
 * Nothing needs it today (src/lib/productionServer.ts, used by the e2e tests and the benchmark only,
 * imports no package); add a pair only after checking that nothing in the app imports the file.
 */
const DEV_ONLY_SRC_IMPORTS: { file: string; pkg: string }[] = []

const isTypeOnlyImport = (node: ts.ImportDeclaration) => {
  const clause = node.importClause
  if (!clause) return false
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true
  const bindings = clause.namedBindings
  // `import { type A, type B } from 'x'` is elided from the emitted JavaScript as well.
  return (
    !clause.name &&
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

const isTypeOnlyExport = (node: ts.ExportDeclaration) => {
  if (node.isTypeOnly) return true
  const clause = node.exportClause
  return (
    !!clause &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  )
}

const stringArgument = (node: ts.CallExpression) => {
  const [first] = node.arguments
  return first && ts.isStringLiteralLike(first) ? first.text : undefined
}

const isImportOrRequireCall = (node: ts.CallExpression) =>
  node.expression.kind === ts.SyntaxKind.ImportKeyword ||
  (ts.isIdentifier(node.expression) && node.expression.text === 'require')

/** Module specifiers a file loads, read from its syntax tree so strings and comments cannot pass for imports. */
const extractImports = (code: string, fileName = 'sample.ts'): ModuleImport[] => {
  const found: ModuleImport[] = []
  const add = (specifier: string | undefined, typeOnly: boolean) => specifier && found.push({ specifier, typeOnly })
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, isTypeOnlyImport(node))
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, isTypeOnlyExport(node))
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression
      add(ts.isStringLiteral(expression) ? expression.text : undefined, node.isTypeOnly)
    } else if (ts.isCallExpression(node) && isImportOrRequireCall(node)) {
      add(stringArgument(node), false)
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true))
  return found
}

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') ||
  builtinModules.includes(specifier) ||
  builtinModules.includes(specifier.split('/')[0])

const isProjectPath = (specifier: string) =>
  specifier.startsWith('.') ||
  specifier.startsWith('/') ||
  specifier.startsWith('@/') ||
  specifier === '@payload-config'

/** `@scope/name/sub/path` → `@scope/name`, `name/sub/path` → `name`; undefined for anything that is no package. */
const packageName = (specifier: string) => {
  if (isProjectPath(specifier) || isBuiltin(specifier)) return undefined
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** The DefinitelyTyped package for a name: `@scope/name` → `@types/scope__name`. */
const typesPackage = (pkg: string) => `@types/${pkg.startsWith('@') ? pkg.slice(1).replace('/', '__') : pkg}`

const sourceFilesIn = (dir: string): string[] =>
  fs
    .readdirSync(path.join(projectRoot, dir), { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules')
    .flatMap((entry) => {
      const relative = `${dir}/${entry.name}`
      if (entry.isDirectory()) return sourceFilesIn(relative)
      return SOURCE_EXTENSIONS.has(path.extname(entry.name)) ? [relative] : []
    })

const projectSourceFiles = () => [...SOURCE_DIRS.flatMap(sourceFilesIn), ...ROOT_FILES]

const packageImportsOf = (file: string): PackageImport[] =>
  extractImports(fs.readFileSync(path.join(projectRoot, file), 'utf8'), file).flatMap(({ specifier, typeOnly }) => {
    const pkg = packageName(specifier)
    return pkg ? [{ file, pkg, typeOnly }] : []
  })

const isRuntimeFile = (file: string) =>
  RUNTIME_ROOT_FILES.includes(file) || RUNTIME_DIRS.some((dir) => file.startsWith(dir))
const isAllowedDevOnly = ({ file, pkg }: PackageImport) =>
  DEV_ONLY_SRC_IMPORTS.some((allowed) => allowed.file === file && allowed.pkg === pkg)
const isDeclared = ({ pkg, typeOnly }: PackageImport) => pkg in declared || (typeOnly && typesPackage(pkg) in declared)
const describeImport = ({ file, pkg }: { file: string; pkg: string }) => `${file} → ${pkg}`
const unique = (values: string[]) => [...new Set(values)].sort()

describe('every imported package is declared', () => {
  const imports = projectSourceFiles().flatMap(packageImportsOf)

  it('extracts static, side-effect, dynamic, required, type-only and re-exported specifiers', () => {
    const sample = [
      "import fs from 'fs'",
      "import { a, type B } from '@scope/pkg/sub'",
      "import type { C } from 'types-only'",
      "import { type D } from 'inline-types-only'",
      "import 'side-effect'",
      "export { e } from 're-export'",
      "export type { F } from 're-export-type'",
      "export * from '@/alias'",
      "const g = await import('dynamic')",
      "const h = require('required')",
      "type I = typeof import('import-type')",
      "const text = 'suffers from depression' // import x from 'comment'",
      'const template = import(`@embedded/${platform}`)',
    ].join('\n')
    expect(extractImports(sample)).toEqual([
      { specifier: 'fs', typeOnly: false },
      { specifier: '@scope/pkg/sub', typeOnly: false },
      { specifier: 'types-only', typeOnly: true },
      { specifier: 'inline-types-only', typeOnly: true },
      { specifier: 'side-effect', typeOnly: false },
      { specifier: 're-export', typeOnly: false },
      { specifier: 're-export-type', typeOnly: true },
      { specifier: '@/alias', typeOnly: false },
      { specifier: 'dynamic', typeOnly: false },
      { specifier: 'required', typeOnly: false },
      { specifier: 'import-type', typeOnly: true },
    ])
    expect(
      ['@scope/pkg/sub', 'next/link', 'fs/promises', 'node:test', '@payload-config', './x'].map(packageName),
    ).toEqual(['@scope/pkg', 'next', undefined, undefined, undefined, undefined])
  })

  it('finds the imports of the project files', () => {
    const files = unique(imports.map(({ file }) => file))
    expect(files).toEqual(
      expect.arrayContaining(['payload.config.ts', 'src/app/(payload)/admin/importMap.js', 'vitest.config.mts']),
    )
    expect(unique(imports.map(({ pkg }) => pkg))).toEqual(
      expect.arrayContaining(['payload', 'next', 'react', 'vitest']),
    )
  })

  it('declares every imported package in dependencies or devDependencies', () => {
    const undeclared = imports.filter((entry) => !isDeclared(entry))
    expect(unique(undeclared.map(describeImport))).toEqual([])
  })

  it('declares every package the running app imports in dependencies, not only devDependencies', () => {
    const runtime = imports.filter((entry) => isRuntimeFile(entry.file) && !entry.typeOnly)
    const devOnly = runtime.filter((entry) => !(entry.pkg in dependencies) && !isAllowedDevOnly(entry))
    expect(unique(devOnly.map(describeImport))).toEqual([])
  })

  it('keeps no stale entries in the dev-only allow-list', () => {
    const stale = DEV_ONLY_SRC_IMPORTS.filter(
      (allowed) => !imports.some((entry) => entry.file === allowed.file && entry.pkg === allowed.pkg),
    )
    expect(stale.map(describeImport)).toEqual([])
  })
})
