import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clock, dateInPoland, setClockForTests } from '@/lib/clock';

const realTz = process.env.TZ;
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  setClockForTests(null);
  if (realTz === undefined) delete process.env.TZ;
  else process.env.TZ = realTz;
});

describe('the app clock tells the date in Poland', () => {
  it('23:30 UTC on 31 December is already New Year in Warsaw (winter time, UTC+1), whatever the machine\'s zone', () => {
    setClockForTests('2026-12-31T23:30:00Z');
    for (const tz of ['UTC', 'America/New_York', 'Europe/Warsaw', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      expect({ tz, today: clock.today(), year: clock.year() }).toEqual({ tz, today: '2027-01-01', year: 2027 });
    }
  });

  it('22:59 UTC on 31 December is still the old year in Warsaw', () => {
    setClockForTests('2026-12-31T22:59:59Z');
    process.env.TZ = 'Asia/Tokyo';
    expect([clock.today(), clock.year()]).toEqual(['2026-12-31', 2026]);
  });

  it('in summer time (UTC+2) the day changes at 22:00 UTC', () => {
    expect(dateInPoland(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
    expect(dateInPoland(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });

  it('keeps ticking from the instant it was set to, and goes back to where it was', () => {
    const offset = () => clock.now().getTime() - Date.now();
    const before = offset();
    setClockForTests('2027-03-01T10:00:00Z');
    expect(clock.shifted()).toBe(true);
    const a = clock.now().getTime();
    expect(Math.abs(a - Date.parse('2027-03-01T10:00:00Z'))).toBeLessThan(1_000);
    setClockForTests(null);
    expect(Math.abs(offset() - before)).toBeLessThan(1_000);
  });

  it('KOOPERACJA_NOW starts the clock for the whole process; a value that is no instant is refused', async () => {
    vi.stubEnv('KOOPERACJA_NOW', '2027-01-01T00:30:00+01:00');
    vi.resetModules();
    const fresh = await import('@/lib/clock');
    expect([fresh.clock.today(), fresh.clock.shifted()]).toEqual(['2027-01-01', true]);
    vi.stubEnv('KOOPERACJA_NOW', 'jutro');
    vi.resetModules();
    await expect(import('@/lib/clock')).rejects.toThrow(/KOOPERACJA_NOW/);
  });
});

describe('one clock', () => {
  it('no code in lib/, app/ or components/ reads the time except lib/clock.ts', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && p !== path.join(root, 'lib/clock.ts')) {
          fs.readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/new Date\(\)|Date\.now\(\)/.test(line)) offenders.push(`${path.relative(root, p)}:${i + 1}`);
            });
        }
      }
    };
    for (const dir of ['lib', 'app', 'components']) walk(path.join(root, dir));
    expect(offenders, 'use clock.now() / clock.today() from lib/clock.ts').toEqual([]);
  });
});
