import type { Command } from 'commander';
import { REMEDY_IDS, type RemedyId } from '../core/contract';
import { knowledgeReport, listJurisdictions, listRemedies, showJurisdiction, showRemedy, KNOWLEDGE_VERSION, type RemedyKnowledge } from '../core/remedies';
import { JURISDICTION_CODES } from '../core/remedies/model';
import { printJurisdiction } from './jurisdiction-show';
import { BAR_RULES } from '../core/remedies/bars';
import { FEDERAL_PERIODS, periodText } from '../core/remedies/periods';
import { UsageError } from './usage-error';
import { printReport } from './report-print';
import { SHOW_WORDS } from './knowledge-words';
import { formatDay, utcDayOf } from '../core/dates/format';

// Review tooling for the legal knowledge: what is in force, from which source, how well verified.

const out = (line = '') => process.stdout.write(`${line}\n`);

type Dated = RemedyKnowledge['legalBasis'][number];

type Lang = 'en' | 'fr';

const reviewedText = (day: string | null, verb: string, lang: Lang) => (day === null ? SHOW_WORDS[lang].reviewNotRecorded : `${verb} ${formatDay(day, lang)}`);
const startText = (effective: Dated['effective'], lang: Lang) =>
  effective.from === null ? SHOW_WORDS[lang].startNotResearched : `${SHOW_WORDS[lang].inForceFrom} ${formatDay(effective.from, lang)}`;

function describeDated(label: string, d: Pick<Dated, 'effective' | 'citations' | 'lastReviewed' | 'verification' | 'verify'>, lang: Lang): void {
  const w = SHOW_WORDS[lang];
  const until = d.effective.until ? ` ${w.until} ${formatDay(d.effective.until, lang)}` : '';
  out(
    `    [${w.badge[d.verification]}] ${startText(d.effective, lang)}${until}; ${reviewedText(d.lastReviewed, w.lastReviewed, lang)}${label ? ` — ${label}` : ''}`,
  );
  if (d.verify) out(`    ${w.verify}: ${d.verify[lang]}`);
  for (const c of d.citations)
    out(`      · ${c.source}, ${c.pinpoint}${c.url ? ` <${c.url}>` : ''} (${w.badge[c.verification]}, ${reviewedText(c.lastReviewed, w.reviewed, lang)})`);
}

function printRemedy(k: RemedyKnowledge, lang: Lang): void {
  const w = SHOW_WORDS[lang];
  out(`${k.name[lang]} (${k.id}) — ${k.scope}`);
  out(`  ${k.description[lang]}`);
  out(`  ${w.decisionMaker}: ${k.decisionMaker[lang]}`);
  out(`  ${w.legalBasis}:`);
  for (const b of k.legalBasis) {
    out(`    ${b.value[lang]}`);
    describeDated('', b, lang);
  }
  out(`  ${w.timeline}: ${k.timeline.value[lang]}`);
  describeDated('', k.timeline, lang);
  out(`  ${w.fees}: ${k.fees.value[lang]}`);
  describeDated('', k.fees, lang);
  out(`  ${w.eligibility}:`);
  for (const r of k.eligibility) {
    out(`    ${r.id} → ${r.effect}: ${r.reason[lang]}`);
    describeDated('', r, lang);
  }
  out(`  ${w.harm}:`);
  for (const r of k.risks) {
    out(`    ${r.risk} (${typeof r.level === 'string' ? r.level : w.dependsOnFacts}, ${r.basis}): ${r.why[lang]}`);
    describeDated('', r, lang);
  }
  if (k.practiceNotes.length) {
    out(`  ${w.practice}:`);
    for (const n of k.practiceNotes) out(`    [${w.badge[n.verification]}] ${n.text[lang]} (${n.citations.map((c) => c.source).join('; ')})`);
  }
  out(`  ${w.evidence}: ${k.evidence.map((e) => e[lang]).join('; ')}`);
  out(`  ${w.yields}: ${k.yields.map((y) => `${y.kind}: ${y.text[lang]}`).join('; ')}`);
  if (k.deadlines.length) {
    out(`  ${w.deadlines}:`);
    for (const d of k.deadlines) {
      if (!d.period) {
        out(`    ${d.id}: ${d.onTheEventDate ? w.eventDate : w.provincialPeriod}`);
        continue;
      }
      for (const version of FEDERAL_PERIODS[d.period]) {
        out(`    ${d.id}: ${periodText(version.value, lang)} (${d.period})`);
        describeDated('', version, lang);
      }
    }
  }
  const bars = BAR_RULES.filter((b) => b.remedy === k.id);
  if (bars.length) {
    out(`  ${w.bars}:`);
    for (const b of bars) {
      const span = b.months === undefined ? w.whileTriggerLasts : `${b.months} ${w.months}`;
      out(`    ${b.id} (${b.effect}, ${w.after} ${b.trigger}, ${span}); ${startText(b.effective, lang)}`);
      out(
        `      · ${b.citation.source}, ${b.citation.pinpoint} (${w.badge[b.citation.verification]}, ${reviewedText(b.citation.lastReviewed, w.reviewed, lang)})`,
      );
    }
  }
  if (k.barsSubjectTo.length) out(`  ${w.subjectTo}: ${k.barsSubjectTo.join(', ')}`);
  if (k.barsCreated.length) out(`  ${w.creates}: ${k.barsCreated.join(', ')}`);
  if (k.producesEvidenceFor.length) out(`  ${w.evidenceFor}: ${k.producesEvidenceFor.join(', ')}`);
  out(`  ${w.consent}: ${k.consentNeeded}`);
}

export function registerKnowledgeCommands(program: Command): void {
  const knowledge = program.command('knowledge').description('Review the legal knowledge: remedies, sources, verification status.');
  const langOption = (cmd: Command) => cmd.option('--lang <lang>', 'en or fr', 'en');
  const lang = (value: string): 'en' | 'fr' => {
    if (value !== 'en' && value !== 'fr') throw new UsageError(`--lang: "${value}" is not supported; use en or fr.`);
    return value;
  };

  langOption(knowledge.command('list').description('List every remedy with its scope and how well its sources are verified.')).action((o: { lang: string }) => {
    const l = lang(o.lang);
    out(`Knowledge version ${KNOWLEDGE_VERSION}`);
    for (const k of listRemedies()) {
      const cites = [...k.legalBasis, ...k.eligibility, ...k.risks].flatMap((d) => d.citations);
      const unverified = cites.filter((c) => c.verification === 'unverified').length;
      out(`  ${k.id.padEnd(28)} ${k.scope.padEnd(11)} ${k.name[l]}${unverified ? `  (${unverified} unverified citation(s))` : ''}`);
    }
    out('Jurisdictions:');
    for (const j of listJurisdictions()) out(`  ${j.code.padEnd(8)} ${j.review.status}`);
  });

  langOption(
    knowledge
      .command('show')
      .argument('<id>', 'a remedy id, or a jurisdiction code (BC, federal, …)')
      .description('Show a remedy, or a jurisdiction, with every rule, value, source and review date.'),
  ).action((id: string, o: { lang: string }) => {
    const jurisdiction = JURISDICTION_CODES.find((code) => code.toLowerCase() === id.toLowerCase());
    if (jurisdiction) return printJurisdiction(showJurisdiction(jurisdiction)!, lang(o.lang), out, describeDated);
    if (!REMEDY_IDS.includes(id as RemedyId)) throw new UsageError(`"${id}" is neither a remedy id nor a jurisdiction code; run \`harbour knowledge list\`.`);
    printRemedy(showRemedy(id as RemedyId)!, lang(o.lang));
  });

  langOption(
    knowledge
      .command('report')
      .description('Count machine-checked, read (official text), secondary, unverified and not-found facts by jurisdiction, and list stale ones.')
      .option('--as-of <date>', 'the review date (YYYY-MM-DD)', utcDayOf(new Date()))
      .option('--stale-after <days>', 'a fact is stale when last reviewed longer ago than this', '365')
      .option('--json', 'print the report as JSON'),
  ).action((o: { asOf: string; staleAfter: string; json?: boolean; lang: string }) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) throw new UsageError(`--as-of: "${o.asOf}" is not a date in YYYY-MM-DD form.`);
    const days = Number(o.staleAfter);
    if (!Number.isInteger(days) || days < 1) throw new UsageError(`--stale-after: "${o.staleAfter}" is not a whole number of days.`);
    const report = knowledgeReport(o.asOf, days);
    if (o.json) out(JSON.stringify(report, null, 2));
    else printReport(report, days, lang(o.lang), out);
  });
}
