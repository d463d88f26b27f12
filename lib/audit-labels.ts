/** Polish names of audit actions and entity types, for the audit log page. */
export const AUDIT_ACTIONS: Record<string, string> = {
  'login.succeeded': 'Logowanie',
  'login.failed': 'Nieudane logowanie',
  'access.denied': 'Odmowa dostępu',
  'account.requested': 'Wniosek o konto',
  'account.approved': 'Zatwierdzenie konta',
  'account.rejected': 'Odrzucenie wniosku o konto',
  'account.disabled': 'Zablokowanie konta',
  'account.enabled': 'Odblokowanie konta',
  'institution.created': 'Dodanie instytucji',
  'institution.updated': 'Zmiana danych instytucji',
};

export const AUDIT_ENTITIES: Record<string, string> = {
  user: 'konto',
  institution: 'instytucja',
  permission: 'uprawnienie',
};

export const auditActionLabel = (a: string) => AUDIT_ACTIONS[a] ?? a;
export const auditEntityLabel = (e: string) => AUDIT_ENTITIES[e] ?? e;
