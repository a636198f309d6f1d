import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/git-repo';

// Every command's --help and flag errors, through the built CLI as a user runs it.
const FLAGS: Record<string, string[]> = {
  check: ['--repo DIR', '--base REF', '--head REF', '--body FILE|-', '--config FILE', '--format text|json|markdown|sarif', '-h, --help'],
  lint: ['--format text|json|sarif', '--config FILE', '-h, --help'],
  template: ['--repo DIR', '--base REF', '--head REF', '--config FILE', '-h, --help'],
  drill: [
    '--repo DIR',
    '--base REF',
    '--head REF',
    '--database-url URL',
    '--statement-timeout DURATION',
    '--time-budget DURATION',
    '--cache-dir DIR',
    '--no-cache',
    '--config FILE',
    '--format text|json|markdown',
    '-h, --help',
  ],
};
const COMMANDS = Object.keys(FLAGS);
/** A misspelling of a flag each command takes, and what it meant. */
const TYPO: Record<string, [string, string]> = {
  check: ['--confg', 'config'],
  lint: ['--fromat', 'format'],
  template: ['--hed', 'head'],
  drill: ['--databse-url', 'database-url'],
};
/** A flag each command takes that needs a value. */
const VALUE_FLAG: Record<string, string> = { check: '--body FILE|-', lint: '--config FILE', template: '--repo DIR', drill: '--database-url URL' };

/** One line on stderr, nothing on stdout, exit 2. */
function expectUsageError(args: string[], message: RegExp) {
  const result = runCli(args);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr.trimEnd()).toMatch(message);
  expect(result.status).toBe(2);
}

describe.each(COMMANDS)('rollback-ready %s', (command) => {
  it('--help, -h and "help <command>" print its usage and every flag, exit 0', () => {
    // --help wins over anything else on the line, as in git and eslint.
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
      [command, '--bogus', 'x', '--help'],
    ]) {
      const result = runCli(args);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout.startsWith(`Usage: rollback-ready ${command}`)).toBe(true);
      for (const flag of FLAGS[command]!) expect(result.stdout).toContain(flag);
      expect(result.stdout).toContain('Exit codes:');
    }
  });

  it('rejects an unknown flag in one line naming it, with the command and where its usage is', () => {
    expectUsageError(
      [command, '--frobnicate'],
      new RegExp(`^rollback-ready ${command}: unknown option --frobnicate\\. Run "rollback-ready ${command} --help" for usage\\.$`),
    );
    expectUsageError([command, '-x'], new RegExp(`^rollback-ready ${command}: unknown option -x\\.`));
  });

  it('suggests the flag a typo meant', () => {
    const [typo, meant] = TYPO[command]!;
    expectUsageError([command, typo, 'x'], new RegExp(`unknown option ${typo} \\(did you mean --${meant}\\?\\)`));
  });

  it('rejects a flag with a value it does not allow, and a value flag without one', () => {
    const [flag] = VALUE_FLAG[command]!.split(' ');
    expectUsageError([command, flag!], new RegExp(`${flag} needs a value: ${VALUE_FLAG[command]!.replace('|', '\\|')}`));
    expectUsageError([command, '--help=yes'], /--help does not take a value/);
    if (command !== 'template') expectUsageError([command, '--format', 'yaml'], /--format must be one of text, json/);
  });
});

describe('flags a command does not take are rejected, not ignored', () => {
  it.each([
    ['lint', '--repo', '.', /lint does not take --repo \(check, template and drill do\)/],
    ['lint', '--body', 'pr.md', /lint does not take --body \(check does\)/],
    ['template', '--format', 'json', /template does not take --format \(check, lint and drill do\)/],
    ['template', '--body', 'pr.md', /template does not take --body \(check does\)/],
    ['check', '--database-url', 'postgres://x', /check does not take --database-url \(drill does\)/],
    ['drill', '--body', 'pr.md', /drill does not take --body \(check does\)/],
  ])('%s %s', (command, flag, value, message) => {
    expectUsageError([command, flag, value], message);
  });

  it('a stray argument, a missing FILE, a flag value that is another flag', () => {
    expectUsageError(['check', 'main'], /^rollback-ready check: unexpected argument "main"/);
    expectUsageError(['template', 'extra'], /^rollback-ready template: unexpected argument "extra"/);
    expectUsageError(['lint'], /^rollback-ready lint: needs at least one FILE\./);
    expectUsageError(['lint', '--format', 'json'], /^rollback-ready lint: needs at least one FILE\./);
    expectUsageError(['check', '--repo', '--base', 'main'], /--repo needs a value: --repo DIR/);
    // A connection string typed without its flag: named, but never with its password.
    const stray = runCli(['drill', 'postgres://drill:s3cret@127.0.0.1:5432/app']);
    expect(stray.stderr).toContain('unexpected argument "postgres://drill:***@127.0.0.1:5432/app"');
    expect(stray.stderr).not.toContain('s3cret');
  });
});

describe('the command itself', () => {
  it("--help lists every command and how to get a command's flags, exit 0", () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = runCli(args);
      expect(result.status).toBe(0);
      for (const command of COMMANDS) expect(result.stdout).toContain(`rollback-ready ${command} `);
      expect(result.stdout).toContain('Run "rollback-ready <command> --help"');
    }
  });

  it('no command prints the usage on stderr, exit 2; --version prints the version', () => {
    const none = runCli([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage:');
    const version = runCli(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(version.status).toBe(0);
  });

  it('an unknown or misspelled command, a flag before the command', () => {
    expectUsageError(['lnit', 'x.sql'], /^rollback-ready: unknown command "lnit" \(did you mean "lint"\?\)\. Run "rollback-ready --help" for usage\.$/);
    expectUsageError(['frobnicate'], /^rollback-ready: unknown command "frobnicate"\./);
    expectUsageError(['help', 'chek'], /unknown command "chek" \(did you mean "check"\?\)/);
    expectUsageError(['--format', 'json'], /^rollback-ready: unknown option --format \(options follow the command\)/);
  });
});
