import { describe, expect, it } from 'vitest';
import { currentItem } from '@/components/shell/current-item';

const items = [
  { href: '/pulpit', label: 'Pulpit' },
  { href: '/sprawy', label: 'Sprawy' },
  { href: '/sprawy/obciazenie', label: 'Obciążenie' },
  { href: '/admin/wnioski', label: 'Wnioski' },
];

describe('the menu entry marked as the current page', () => {
  it.each([
    ['/pulpit', { href: '/pulpit', exact: true }],
    ['/sprawy', { href: '/sprawy', exact: true }],
    ['/sprawy/obciazenie', { href: '/sprawy/obciazenie', exact: true }],
    ['/sprawy/12/ipp', { href: '/sprawy', exact: false }],
    ['/sprawy/obciazenie/3', { href: '/sprawy/obciazenie', exact: false }],
    ['/sprawyx', null],
    ['/admin', null],
    ['/konto', null],
  ])('%s', (path, want) => {
    expect(currentItem(items, path)).toEqual(want);
  });
});
