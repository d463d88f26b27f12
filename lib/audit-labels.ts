/** Polish names of audit actions and entity types, for the audit log page. */
export const AUDIT_ACTIONS = {
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
  'catalogue.versioned': 'Nowa wersja katalogu modelu',
  'notification.submitted': 'Zgłoszenie do ROPS',
  'notification.resubmitted': 'Poprawione zgłoszenie do ROPS',
  'notification.returned': 'Zwrot zgłoszenia do poprawy',
  'notification.accepted': 'Przyjęcie zgłoszenia (utworzenie wdrożenia)',
  'schedule.status_changed': 'Zmiana stanu podkroku harmonogramu',
  'schedule.evidence_added': 'Dołączenie dowodu wykonania',
  'document.created': 'Utworzenie dokumentu',
  'document.saved': 'Zapisanie projektu dokumentu',
  'document.ready': 'Przekazanie dokumentu do podpisu',
  'document.reopened': 'Cofnięcie dokumentu do edycji',
  'document.signed': 'Odnotowanie podpisania dokumentu (skan)',
  'document.terminated': 'Rozwiązanie porozumienia',
  'template.versioned': 'Nowa wersja wzoru dokumentu',
  'pzk.member_added': 'Dodanie osoby do PZK',
  'pzk.member_proposed': 'Propozycja nowej osoby w PZK',
  'pzk.member_removed': 'Usunięcie osoby z PZK',
  'pzk.membership_ended': 'Koniec członkostwa instytucji w PZK (rozwiązanie porozumienia)',
  'pzk.profile_saved': 'Zmiana opisu instytucji w tabeli prezentacji podmiotów',
  'pzk.work_plan_saved': 'Zapisanie planu pracy PZK',
  'pzk.meeting_saved': 'Zaplanowanie lub zmiana spotkania PZK',
  'pzk.attendance_saved': 'Zapisanie listy obecności spotkania PZK',
  'pzk.minutes_published': 'Opublikowanie protokołu spotkania PZK',
  'pzk.decision_changed': 'Zmiana ustalenia ze spotkania PZK',
  'calendar.token_regenerated': 'Nowy adres kalendarza spotkań (stary przestał działać)',
  'forum.thread_created': 'Nowy wątek na forum',
  'forum.post_created': 'Nowy wpis na forum',
  'email.opt_out_changed': 'Zmiana ustawień powiadomień e-mail',
  'service.created': 'Dodanie usługi do listy',
  'service.updated': 'Zmiana usługi na liście',
  'service.deleted': 'Usunięcie usługi z listy',
  'service.proposed': 'Propozycja usługi',
  'service.proposal_approved': 'Zatwierdzenie propozycji usługi',
  'service.imported': 'Import listy usług z pliku CSV',
} as const satisfies Record<string, string>;

export const AUDIT_ENTITIES = {
  user: 'konto',
  institution: 'instytucja',
  permission: 'uprawnienie',
  catalogue: 'katalog modelu',
  notification: 'zgłoszenie',
  schedule_item: 'podkrok harmonogramu',
  document: 'dokument',
  document_template: 'wzór dokumentu',
  pzk: 'Partnerski Zespół Kooperacji',
  service: 'usługa z listy aktywności i usług',
  pzk_meeting: 'spotkanie PZK',
  calendar: 'kalendarz spotkań',
  forum: 'forum',
  email: 'powiadomienie e-mail',
} as const satisfies Record<string, string>;

// The audit log's vocabulary: writing an entry with an action or entity that has no Polish name
// here is a type error, so the audit page never shows a bare code.
export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditEntity = keyof typeof AUDIT_ENTITIES;

export const auditActionLabel = (a: string) => (AUDIT_ACTIONS as Record<string, string>)[a] ?? a;
export const auditEntityLabel = (e: string) => (AUDIT_ENTITIES as Record<string, string>)[e] ?? e;
