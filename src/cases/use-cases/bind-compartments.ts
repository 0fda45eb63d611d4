import type { Kysely } from 'kysely';
import type { Compartment } from '../../core/access';
import type { Keyring } from '../../platform/crypto';
import type { Database } from '../../platform/db/schema';
import { inCompartment, openVault, type CaseVault } from '../case-vault';

// Narrative sealed before compartments were part of the associated data is resealed once, at
// start-up, before any request is served. Only rows marked unbound are tried with the old
// associated data, and only a value that really was sealed that way opens with it: a database
// writer who marks a bound row unbound, or moves its compartment, gains nothing (the value no
// longer opens anywhere). What cannot be opened is counted and left as it is, never dropped.

export interface BindReport {
  resealed: number;
  unopenable: number;
}

type Resealer = (vault: CaseVault, id: string, compartment: Compartment, trx: Kysely<Database>) => Promise<void>;

async function bindTable(db: Kysely<Database>, keyring: Keyring, table: 'case_fragments' | 'case_sittings', reseal: Resealer, report: BindReport) {
  const compartmentColumn = table === 'case_fragments' ? 'compartment' : 'note_compartment';
  const rows = await db
    .selectFrom(table)
    .select(['id', 'case_id', `${compartmentColumn} as compartment`])
    .where('compartment_bound', '=', false)
    .execute();
  const vaults = new Map<string, CaseVault>();
  for (const row of rows) {
    let vault = vaults.get(row.case_id);
    if (!vault) {
      const owner = await db.selectFrom('cases').select(['id', 'wrapped_key']).where('id', '=', row.case_id).executeTakeFirst();
      if (!owner) continue;
      vault = openVault(keyring, owner);
      vaults.set(row.case_id, vault);
    }
    try {
      await db.transaction().execute((trx) => reseal(vault, row.id, row.compartment as Compartment, trx));
      report.resealed += 1;
    } catch {
      report.unopenable += 1;
    }
  }
}

export async function bindCompartments(db: Kysely<Database>, keyring: Keyring): Promise<BindReport> {
  const report: BindReport = { resealed: 0, unopenable: 0 };
  await bindTable(
    db,
    keyring,
    'case_fragments',
    async (v, id, compartment, trx) => {
      const T = 'case_fragments';
      const row = await trx
        .selectFrom(T)
        .select(['text', 'inconsistency_note'])
        .where('id', '=', id)
        .where('compartment', '=', compartment)
        .where('compartment_bound', '=', false)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const text = v.open(T, 'text', id, row.text);
      const note = v.maybeText(T, 'inconsistency_note', id, row.inconsistency_note);
      await trx
        .updateTable(T)
        .set({
          text: v.seal(T, inCompartment('text', compartment), id, text),
          inconsistency_note: note ? v.seal(T, inCompartment('inconsistency_note', compartment), id, note) : null,
          compartment_bound: true,
        })
        .where('id', '=', id)
        .execute();
    },
    report,
  );
  await bindTable(
    db,
    keyring,
    'case_sittings',
    async (v, id, compartment, trx) => {
      const T = 'case_sittings';
      const row = await trx
        .selectFrom(T)
        .select(['note'])
        .where('id', '=', id)
        .where('note_compartment', '=', compartment)
        .where('compartment_bound', '=', false)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const note = v.maybeText(T, 'note', id, row.note);
      await trx
        .updateTable(T)
        .set({ note: note ? v.seal(T, inCompartment('note', compartment), id, note) : null, compartment_bound: true })
        .where('id', '=', id)
        .execute();
    },
    report,
  );
  return report;
}
