import { Command, CommanderError } from 'commander';
import { HARBOUR_VERSION } from '../server/version';
import { registerServerCommands } from './server-commands';
import { registerAssessCommands, registerSheetCommand } from './assess-commands';
import { registerKnowledgeCommands } from './knowledge-commands';
import { registerBackupCommands } from './backup-commands';
import { registerCaseCommands } from './case-commands';
import { registerDirectoryCommands } from './directory-commands';
import { registerUserCommands } from './user-commands';
import { registerEvidenceCommands } from './evidence-commands';

import { UsageError } from './usage-error';

// Exit status: 0 success, 1 failure, 2 bad usage or input. Messages say what to do next.

const program = new Command('harbour')
  .description('Harbour: legal information and case files for practitioners serving trafficked persons in Canada.')
  .version(HARBOUR_VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerServerCommands(program);
registerUserCommands(program);
registerAssessCommands(program);
registerBackupCommands(program);
registerSheetCommand(program);
registerKnowledgeCommands(program);
registerCaseCommands(program);
registerDirectoryCommands(program);
registerEvidenceCommands(program);

// A reader that stops early (`harbour knowledge show BC | head`) closes the pipe: that ends the output, it is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; usage mistakes with 2.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UsageError) {
    process.stderr.write(`harbour: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`harbour: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
