import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { openDatabase } from '../../db/client';
import { loadReferenceData } from '../../db/bootstrap';
import { writePgliteTemplate } from '../../db/pglite-template';

/**
 * Builds one migrated database with the reference data (TERC, model catalogue) loaded, once per run; each test file then
 * gets its own copy (PGlite: loaded from a dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const backend = project.config.env?.TEST_DB_BACKEND ?? 'pglite';
  if (backend === 'pglite') {
    const file = path.resolve('tests/.tmp', `pglite-template-${process.pid}.tar.gz`);
    await writePgliteTemplate(file);
    project.provide('pgliteTemplate', file);
    return () => fs.rmSync(file, { force: true });
  }

  const url = process.env.TEST_DATABASE_URL!;
  const template = `kooperacja_tpl_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const tplUrl = withDatabase(url, template);
  const d = openDatabase({ url: tplUrl });
  await d.migrate();
  await loadReferenceData(d.db);
  await d.close();
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate?: string;
    postgresTemplate?: string;
  }
}
