/**
 * Offline checks of the Apex the package ships, with the Apex grammar of @apexdevtools/apex-parser
 * (the org still compiles it on deploy; formatting is Prettier's Apex plugin, in `npm run lint`):
 * - syntax errors, with line and column;
 * - every top-level class that is not a test declares its sharing (with, without or inherited);
 * - a test class never uses SeeAllData=true (tests create their own data: a fresh org has none);
 * - every test method asserts something (Assert.* or System.assert*).
 */
import { ApexErrorListener, ApexParserFactory, type ModifierContext } from '@apexdevtools/apex-parser';

class Collect extends ApexErrorListener {
  readonly errors: string[] = [];
  apexSyntaxError(line: number, column: number, msg: string): void {
    // ANTLR lists every token it expected: the first words say enough.
    this.errors.push(`line ${line}:${column} ${msg.length > 120 ? `${msg.slice(0, 120)}…` : msg}`);
  }
}

const text = (modifiers: ModifierContext[]) => modifiers.map((m) => m.getText().toLowerCase()).join(' ');
const isTest = (modifiers: string) => /@istest\b/.test(modifiers);

/** The problems of one class file, each starting with `path`. */
export function checkApexClass(path: string, source: string): string[] {
  const listener = new Collect();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const unit = parser.compilationUnit();
  if (listener.errors.length) return listener.errors.map((e) => `${path}: Apex syntax error at ${e}`);
  const type = unit.typeDeclaration();
  const cls = type?.classDeclaration();
  if (!type || !cls) return [];
  const modifiers = text(type.modifier_list());
  const problems: string[] = [];
  if (!isTest(modifiers) && !/(with|without|inherited)sharing/.test(modifiers.replace(/\s+/g, '')))
    problems.push(`${path}: class ${cls.id().getText()} must declare its sharing (with sharing, inherited sharing)`);
  if (isTest(modifiers) && /seealldata\s*=\s*true/.test(modifiers))
    problems.push(`${path}: SeeAllData=true: tests create the data they need (a fresh org has none)`);
  for (const member of cls.classBody().classBodyDeclaration_list()) {
    const method = member.memberDeclaration()?.methodDeclaration();
    if (!method || !isTest(text(member.modifier_list()))) continue;
    if (/seealldata\s*=\s*true/.test(text(member.modifier_list())))
      problems.push(`${path}: ${method.id().getText()} uses SeeAllData=true: create the data the test needs`);
    const body = method.block()?.getText() ?? '';
    if (!/\b(Assert\.\w+|System\.assert\w*)\(/i.test(body))
      problems.push(`${path}: test ${method.id().getText()} asserts nothing`);
  }
  return problems;
}
