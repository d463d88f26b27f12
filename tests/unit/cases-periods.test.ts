import { describe, expect, it } from 'vitest';
import { beyondCaseEnd, caseEnd, ippLatestEnd, ippPeriodProblem } from '@/lib/cases/periods';

describe('IPP period (at most 3 months)', () => {
  it('allows exactly 3 months and refuses one day more, with a clear message', () => {
    expect(ippPeriodProblem('2027-01-01', '2027-03-31')).toBeNull();
    expect(ippPeriodProblem('2027-01-01', '2027-04-01')).toBe('IPP obejmuje najwyżej 3 miesiące — przy początku 01.01.2027 może trwać najpóźniej do 31.03.2027.');
    expect(ippPeriodProblem('2027-01-15', '2027-04-14')).toBeNull();
    expect(ippPeriodProblem('2027-01-15', '2027-04-15')).not.toBeNull();
  });
  it('handles month ends and refuses a period that ends before it starts', () => {
    expect(ippLatestEnd('2027-11-30')).toBe('2028-02-28');
    expect(ippLatestEnd('2027-12-01')).toBe('2028-02-29');
    expect(ippPeriodProblem('2027-02-10', '2027-02-09')).toBe('Koniec IPP nie może być wcześniejszy niż jego początek.');
  });
});

describe('12 months of work with the family', () => {
  const c = { qualifiedOn: '2027-01-12', extensionUntil: null };
  it('ends 12 months after qualification', () => {
    expect(caseEnd(c)).toBe('2028-01-12');
    expect(beyondCaseEnd(c, '2028-01-12')).toBeNull();
    expect(beyondCaseEnd(c, '2028-01-13')).toMatch(/najwyżej 12 miesięcy od kwalifikacji \(do 12\.01\.2028\)/);
  });
  it('a recorded extension moves the end', () => {
    const ext = { ...c, extensionUntil: '2028-04-30' };
    expect(beyondCaseEnd(ext, '2028-03-01')).toBeNull();
    expect(beyondCaseEnd(ext, '2028-05-01')).toMatch(/przedłużona do 30\.04\.2028/);
  });
  it('a case not yet qualified has no end', () => {
    expect(caseEnd({ qualifiedOn: null, extensionUntil: null })).toBeNull();
  });
});
