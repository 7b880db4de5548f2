import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../../src-main/hosts/web/cli-args';

describe('parseWebArgs', () => {
  it('reads --data-dir and --port in both spellings', () => {
    expect(parseWebArgs(['--data-dir', '/tmp/crm', '--port', '4173'])).toEqual({
      dataDir: '/tmp/crm',
      port: 4173,
      dailyBackup: true,
    });
    expect(parseWebArgs(['--data-dir=/tmp/crm', '--port=1'])).toEqual({
      dataDir: '/tmp/crm',
      port: 1,
      dailyBackup: true,
    });
  });

  it('leaves both undefined when not given', () => {
    expect(parseWebArgs([])).toEqual({ dataDir: undefined, port: undefined, dailyBackup: true });
    expect(parseWebArgs(['--no-daily-backup'])).toEqual({ dataDir: undefined, port: undefined, dailyBackup: false });
  });

  it.each([['0'], ['65536'], ['80a'], ['-1'], ['3.5'], ['']])('refuses port %j with a one-line explanation', (port) => {
    expect(() => parseWebArgs([`--port=${port}`])).toThrow(/--port must be a whole number from 1 to 65535/);
  });

  it('refuses unknown options, stray words and an empty folder', () => {
    expect(() => parseWebArgs(['--prot', '3000'])).toThrow(/Usage: npm run web/);
    expect(() => parseWebArgs(['serve'])).toThrow(/Usage: npm run web/);
    expect(() => parseWebArgs(['--data-dir', ' '])).toThrow(/--data-dir needs a folder/);
    expect(() => parseWebArgs(['--port'])).toThrow(/Usage/);
  });
});
