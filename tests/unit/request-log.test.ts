import { describe, expect, it } from 'vitest';
import { noteRequestUser, requestLogLine, takeRequestUser } from '@/lib/http/request-log';

// Issue 19 §5: one JSON line per request, with the user's id and never what a query string carries.
describe('the request log', () => {
  it('logs the path without its query, the status, the time and the user, as one JSON line', () => {
    const line = requestLogLine({ id: 'r-1', method: 'GET', route: '/sprawy?q=Kowalska', status: 200, ms: 12.345, user: 'u-1' }, new Date('2027-03-01T10:00:00Z'));
    expect(line).not.toContain('\n');
    expect(line).not.toContain('Kowalska');
    expect(JSON.parse(line)).toEqual({ t: '2027-03-01T10:00:00.000Z', level: 'info', msg: 'request', id: 'r-1', method: 'GET', route: '/sprawy', status: 200, ms: 12.3, user: 'u-1' });
  });

  it('hands the user noted by the session look-up to the front server once, under its request id', () => {
    noteRequestUser('r-2', 'u-2');
    noteRequestUser(null, 'u-3');
    expect(takeRequestUser('r-2')).toBe('u-2');
    expect(takeRequestUser('r-2')).toBeNull();
    expect(takeRequestUser('r-3')).toBeNull();
  });
});
