import type { Command } from 'commander';
import { verifyEvidenceFiles } from '../evidence/verify';
import { withContext } from './server-commands';

const say = (line: string) => process.stdout.write(`${line}\n`);

export function registerEvidenceCommands(program: Command): void {
  const evidence = program.command('evidence').description('Evidence files kept in the data folder (docs/evidence.md).');
  evidence
    .command('verify')
    .description('Open every stored evidence file and check it against the SHA-256 recorded at upload. Exit 1 if any does not match.')
    .action(async () => {
      await withContext(async (ctx) => {
        const report = await verifyEvidenceFiles(ctx);
        for (const d of report.damaged) say(`DAMAGED case ${d.caseCode}, exhibit ${d.exhibit}, version ${d.version} (file ${d.fileId}): ${d.problem}.`);
        for (const path of report.unrecorded) say(`Not recorded by any evidence item (safe to remove once you have checked): ${path}`);
        if (report.damaged.length > 0) {
          say(
            `${report.damaged.length} of ${report.checked} evidence files do not match their recorded hash. Restore them from a backup of the data folder; Harbour refuses to send them until then.`,
          );
          process.exitCode = 1;
          return;
        }
        say(`All ${report.checked} evidence files match the SHA-256 recorded when they were uploaded.`);
      });
    });
}
