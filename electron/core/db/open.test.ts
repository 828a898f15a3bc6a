import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { sha256, tempDir } from '../../../test/harness/temp-workspace';
import { APPLICATION_ID } from './header';
import { LATEST_VERSION } from './migrations';
import { bindChangeContext } from './change-context';
import { migrate } from './migrate';
import { openDatabase } from './open';

let dir: ReturnType<typeof tempDir>;
afterEach(() => dir?.cleanup());

function refusal(path: string): AppError {
  try {
    openDatabase(path).db.close();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

/** A valid workspace with some content, closed cleanly (WAL checkpointed into the main file). */
function makeWorkspace(path: string): void {
  const { db } = openDatabase(path, { create: true });
  db.exec('CREATE TABLE filler (x TEXT)');
  const insert = db.prepare('INSERT INTO filler VALUES (?)');
  for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
  db.close();
}

describe('openDatabase', () => {
  it('creates a workspace with WAL, foreign keys, NORMAL sync, our application id and the latest format', () => {
    dir = tempDir();
    const { db, created } = openDatabase(dir.file('sub/new.tesr'), { create: true });
    expect(created).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    dir = tempDir();
    expect(refusal(dir.file('nope.tesr')).code).toBe('workspace-missing');
  });

  const foreignCases: [string, (p: string) => void][] = [
    ['an empty file', (p) => writeFileSync(p, '')],
    ['a text file', (p) => writeFileSync(p, 'Nom;Collège\nCD2E;Experts\n')],
    ['binary garbage', (p) => writeFileSync(p, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)))],
    [
      'another SQLite database',
      (p) => {
        const db = new Database(p);
        db.exec('CREATE TABLE t (x)');
        db.close();
      },
    ],
  ];
  for (const [name, make] of foreignCases) {
    it(`refuses ${name} as not a workspace and leaves it byte-for-byte untouched`, () => {
      dir = tempDir();
      const file = dir.file('foreign.tesr');
      make(file);
      const before = sha256(file);
      expect(refusal(file).code).toBe('workspace-foreign');
      expect(sha256(file)).toBe(before);
    });
  }

  it('refuses a file from a newer version, untouched, with the versions in the message', () => {
    dir = tempDir();
    const file = dir.file('newer.tesr');
    makeWorkspace(file);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = sha256(file);
    const err = refusal(file);
    expect(err.code).toBe('workspace-newer');
    expect(err.params).toMatchObject({ found: LATEST_VERSION + 5, supported: LATEST_VERSION });
    expect(sha256(file)).toBe(before);
  });

  it('refuses a truncated file, untouched', () => {
    dir = tempDir();
    const file = dir.file('cut.tesr');
    makeWorkspace(file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = sha256(file);
    expect(refusal(file).code).toBe('workspace-corrupt');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a file whose pages are damaged (quick_check), untouched', () => {
    dir = tempDir();
    const file = dir.file('damaged.tesr');
    makeWorkspace(file);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the middle pages but keep the header: only quick_check can tell.
    for (let i = pageSize * 2; i < bytes.length - pageSize; i += 97) bytes[i] = (bytes[i]! + 1) % 256;
    writeFileSync(file, bytes);
    const before = sha256(file);
    expect(refusal(file).code).toBe('workspace-corrupt');
    expect(sha256(file)).toBe(before);
  });

  it('makes a backup copy before migrating an older file', () => {
    dir = tempDir();
    const file = dir.file('old.tesr');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`); // a workspace at format 0
    raw.exec('CREATE TABLE legacy (x)');
    raw.close();
    const { db, backupPath, migratedFrom } = openDatabase(file);
    expect(migratedFrom).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    expect(backupPath && existsSync(backupPath)).toBeTruthy();
    const backup = new Database(backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(0);
    backup.close();
  });

  it('opens the committed v1 fixture (files from older versions keep opening)', () => {
    dir = tempDir();
    const file = dir.file('v1.tesr');
    copyFileSync(new URL('../../../test/fixtures/workspace-v1.tesr', import.meta.url), file);
    const { db } = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM operations').pluck().get()).toBe(3);
    db.close();
    expect(readdirSync(dir.path).some((f) => f.endsWith('.bak'))).toBe(LATEST_VERSION > 1);
  });
});

describe('migrate', () => {
  it('runs each migration in one transaction: a failing one leaves the file at the previous version', () => {
    dir = tempDir();
    const db = new Database(dir.file('m.tesr'));
    const list = [
      { version: 1, name: 'one', up: (d: Database.Database) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'two',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE b (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, 0, bindChangeContext(db), list)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(['a']);
    db.close();
  });
});
