import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openVault } from '../cases/case-vault';
import type { AppContext } from '../platform/http/context';
import { checkSealedFile, sealedFilePath } from './sealed-file';

// `harbour evidence verify`: every stored version of every evidence file is opened chunk by
// chunk and hashed, and the hash compared with the one recorded at upload. Reports ids, case
// codes and exhibit numbers only. Files in the evidence folder that no row records (left by a
// crash between the rename and the commit, or by a case deleted since) are listed too; they do
// not fail the check, since without their case key nobody can read them.

export interface DamagedFile {
  fileId: string;
  caseCode: string;
  exhibit: number;
  version: number;
  problem: string;
}

export interface EvidenceVerification {
  checked: number;
  damaged: DamagedFile[];
  unrecorded: string[];
}

/**
 * Opens every stored version of every evidence file the database records and compares it with
 * the hash recorded at upload. `pathOf` says where each file's sealed bytes are (the data folder,
 * or where a restore is putting them). Also used by restore, inside its transaction.
 */
export async function checkRecordedFiles(
  db: AppContext['db'],
  keyring: AppContext['keyring'],
  pathOf: (caseId: string, fileId: string) => string,
): Promise<{ rows: { case_id: string; id: string }[]; damaged: DamagedFile[] }> {
  const rows = await db
    .selectFrom('evidence_files as f')
    .innerJoin('evidence_items as i', 'i.id', 'f.item_id')
    .innerJoin('cases as c', 'c.id', 'f.case_id')
    .select(['f.id', 'f.item_id', 'f.case_id', 'f.version', 'f.sha256', 'i.exhibit', 'c.code', 'c.wrapped_key'])
    .orderBy('c.code')
    .orderBy('i.exhibit')
    .orderBy('f.version')
    .execute();
  const damaged: DamagedFile[] = [];
  const vaults = new Map<string, ReturnType<typeof openVault>>();
  for (const row of rows) {
    let vault = vaults.get(row.case_id);
    if (!vault) vaults.set(row.case_id, (vault = openVault(keyring, { id: row.case_id, wrapped_key: row.wrapped_key })));
    const check = await checkSealedFile(pathOf(row.case_id, row.id), vault.fileChunks({ itemId: row.item_id, fileId: row.id }), row.sha256);
    if (!check.ok) damaged.push({ fileId: row.id, caseCode: row.code, exhibit: row.exhibit, version: row.version, problem: check.problem });
  }
  return { rows, damaged };
}

export async function verifyEvidenceFiles(ctx: Pick<AppContext, 'db' | 'keyring' | 'config' | 'audit'>): Promise<EvidenceVerification> {
  const { rows, damaged } = await checkRecordedFiles(ctx.db, ctx.keyring, (caseId, fileId) => sealedFilePath(ctx.config.dataDir, caseId, fileId));
  const recorded = new Set(rows.map((r) => `${r.case_id}/${r.id}.sealed`));
  const unrecorded: string[] = [];
  const root = join(ctx.config.dataDir, 'evidence');
  for (const caseDir of await readdir(root).catch(() => [] as string[])) {
    for (const name of await readdir(join(root, caseDir)).catch(() => [] as string[])) {
      if (!recorded.has(`${caseDir}/${name}`)) unrecorded.push(join('evidence', caseDir, name));
    }
  }
  await ctx.audit.record({
    actorId: null,
    action: 'evidence.verified',
    detail: { checked: rows.length, damaged: damaged.length, unrecorded: unrecorded.length },
  });
  return { checked: rows.length, damaged, unrecorded };
}
