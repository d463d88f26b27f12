/*
 * Exported `Actor` functions of lib/ without a row in the authorization matrix, each with why
 * (tests/integration/authorization-matrix.test.ts fails on any function neither here nor in a row).
 */
const TWIN = 'SQL twin used inside list queries; checked against its TypeScript rule by the SQL-twin tests of authorization-matrix.test.ts (casesVisibleTo: cases-access.test.ts)';
const CASES_ACCESS = 'covered in tests/integration/cases-access.test.ts (neighbouring gmina/powiat, another województwo, every way to open a case)';

/**
 * Exported `Actor` functions without a row, each with why. Shorten this list by adding rows; the
 * meta-test also fails when an entry here no longer exists in lib/ (so the list cannot rot).
 */
export const NOT_IN_MATRIX: Record<string, string> = {
  'lib/auth/authorize.ts#authorize': 'the check itself; every row exercises it',
  'lib/auth/authorize.ts#authorizeVisitor': 'the check itself for public pages; the visitor cells of the calculator and catalogue rows exercise it',
  'lib/auth/navigation.ts#navigationFor': 'builds the menu from mayEver(); shows links, grants nothing',
  'lib/auth/menu.ts#navSituation': 'whether the actor has a team, a case or a team to refer to, for the menu only (through pzksVisibleTo/casesVisibleTo); shows links, grants nothing: tests/integration/demo-navigation.test.ts',
  'lib/session-memo.ts#keptForSession': "reuses, for the actor's own session, what the caller computed (the caller's function authorizes); grants nothing: tests/unit/session-memo.test.ts",
  'lib/auth/sessions.ts#listMySessions': 'acts only on the actor\'s own sessions (no other record reachable)',
  'lib/auth/sessions.ts#signOutEverywhere': 'acts only on the actor\'s own sessions (no other record reachable)',
  'lib/auth/sessions.ts#changePassword': 'acts only on the actor\'s own account (no other record reachable)',
  'lib/accounts/my-account.ts#getMyData': "reads only the actor's own account, keyed by actor.userId (no other record reachable): tests/integration/my-account.test.ts",
  'lib/accounts/my-account.ts#listMyLogins': "reads only the actor's own login entries, keyed by actor.userId (no other record reachable): tests/integration/my-account.test.ts",
  'lib/notifications/notifications.ts#getEmailPreferences': 'acts only on the actor\'s own preferences',
  'lib/notifications/notifications.ts#saveEmailPreferences': 'acts only on the actor\'s own preferences',
  'lib/pzk/calendar.ts#feedStatus': 'reads only the actor\'s own calendar token (no other record reachable); which meetings a feed holds, per person: tests/integration/meetings.test.ts',
  'lib/pzk/calendar.ts#regenerateFeedToken': 'replaces only the actor\'s own calendar token (no other record reachable); which meetings a feed holds, per person: tests/integration/meetings.test.ts',
  'lib/events/events.ts#visibleTo': 'the predicate behind every event reader (public or of one\'s województwo); exercised by the rows of getEvent, listEvents and registerForEvent (tests/matrix/rows-events.ts)',
  'lib/cases/access.ts#casesVisibleTo': TWIN,
  'lib/pzk/access.ts#pzksVisibleTo': TWIN,
  'lib/documents/access.ts#documentsVisibleTo': TWIN,
  'lib/cases/access.ts#openCase': `the gate of every case loader; ${CASES_ACCESS}`,
  'lib/cases/access.ts#givePurpose': CASES_ACCESS,
  'lib/cases/cases.ts#getReferral': CASES_ACCESS,
  'lib/cases/cases.ts#saveReferral': CASES_ACCESS,
  'lib/cases/cases.ts#saveHouseholdMember': CASES_ACCESS,
  'lib/cases/cases.ts#saveTeam': CASES_ACCESS,
  'lib/cases/cases.ts#recordExtension': CASES_ACCESS,
  'lib/cases/cases.ts#closeCase': CASES_ACCESS,
  'lib/cases/cases.ts#listCases': `list through casesVisibleTo; ${CASES_ACCESS}`,
  'lib/pzk/pzk.ts#listPzks': 'list through pzksVisibleTo, checked against pzkAccess in authorization-matrix.test.ts',
  'lib/documents/documents.ts#listDocuments': 'list through documentsVisibleTo, checked against canViewDocument in authorization-matrix.test.ts',
};

