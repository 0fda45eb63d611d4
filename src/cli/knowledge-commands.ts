import type { Command } from 'commander';
import { REMEDY_IDS, type RemedyId } from '../core/contract';
import { knowledgeReport, listJurisdictions, listRemedies, showJurisdiction, showRemedy, KNOWLEDGE_VERSION, type RemedyKnowledge } from '../core/remedies';
import { JURISDICTION_CODES } from '../core/remedies/model';
import { printJurisdiction } from './jurisdiction-show';
import { BAR_RULES } from '../core/remedies/bars';
import { FEDERAL_PERIODS, periodText } from '../core/remedies/periods';
import { UsageError } from './usage-error';
import { SHOW_WORDS } from './knowledge-words';
import { formatDay, utcDayOf } from '../core/dates/format';

// Review tooling for the legal knowledge: what is in force, from which source, how well verified.

const NOT_FOUND_PREFIX = 'Not found in official sources as of';
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

  knowledge
    .command('report')
    .description('Count machine-checked, read (official text), secondary, unverified and not-found facts by jurisdiction, and list stale ones.')
    .option('--as-of <date>', 'the review date (YYYY-MM-DD)', utcDayOf(new Date()))
    .option('--stale-after <days>', 'a fact is stale when last reviewed longer ago than this', '365')
    .option('--json', 'print the report as JSON')
    .action((o: { asOf: string; staleAfter: string; json?: boolean }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) throw new UsageError(`--as-of: "${o.asOf}" is not a date in YYYY-MM-DD form.`);
      const days = Number(o.staleAfter);
      if (!Number.isInteger(days) || days < 1) throw new UsageError(`--stale-after: "${o.staleAfter}" is not a whole number of days.`);
      const report = knowledgeReport(o.asOf, days);
      if (o.json) {
        out(JSON.stringify(report, null, 2));
        return;
      }
      out(
        `Knowledge report as of ${formatDay(report.asOf, 'en')} (stale = last reviewed more than ${days} days ago; a value whose review date was not recorded is counted apart)`,
      );
      out(
        `  ${'jurisdiction'.padEnd(13)}${'review'.padEnd(18)}${'checked'.padStart(9)}${'read'.padStart(6)}${'secondary'.padStart(10)}${'unverified'.padStart(11)}${'not found'.padStart(10)}${'stale'.padStart(7)}${'start known'.padStart(13)}${'not researched'.padStart(16)}`,
      );
      for (const [code, row] of Object.entries(report.byJurisdiction)) {
        out(
          `  ${code.padEnd(13)}${row.review.padEnd(18)}${String(row.checked).padStart(9)}${String(row.counts['official-text'] - row.checked).padStart(6)}${String(row.counts.secondary).padStart(10)}${String(row.counts.unverified - row.notFound).padStart(11)}${String(row.notFound).padStart(10)}${String(row.stale).padStart(7)}${String(row.starts.researched).padStart(13)}${String(row.starts.notResearched).padStart(16)}`,
        );
      }
      const t = report.totals;
      out(
        `  ${'total'.padEnd(31)}${String(t.checked).padStart(9)}${String(t['official-text'] - t.checked).padStart(6)}${String(t.secondary).padStart(10)}${String(t.unverified - t.notFound).padStart(11)}${String(t.notFound).padStart(10)}${String(t.stale).padStart(7)}${String(t.starts.researched).padStart(13)}${String(t.starts.notResearched).padStart(16)}`,
      );
      out('checked = official text, machine-checked (a quote found in law/federal/); read = official text read by a person, not machine-checked.');
      out(
        `not found = searched for in official sources and not found (the value cites "${NOT_FOUND_PREFIX}…"); unverified counts the other unverified values.`,
      );
      const provinces = Object.entries(report.byJurisdiction).filter(([code]) => code !== 'federal');
      const reviewed = provinces.filter(([, row]) => row.review === 'reviewed').map(([code]) => code);
      out(
        `Provinces and territories reviewed: ${reviewed.length} of ${provinces.length}${
          reviewed.length < provinces.length
            ? ` (not yet: ${provinces
                .filter(([code]) => !reviewed.includes(code))
                .map(([code]) => code)
                .join(', ')})`
            : ''
        }.`,
      );
      out(
        `Start dates: ${t.starts.researched} of ${t.total} values say when they came into force; ${t.starts.notResearched} say their start was not researched; none has a default start.`,
      );
      out(
        `Review dates: ${t.total - t.reviewNotRecorded} of ${t.total} values say the day their sources were read; ${t.reviewNotRecorded} say "review date not recorded" (the research notes do not record when they read a source); none has a default review date.`,
      );
      if (report.staleFacts.length) out(`Stale facts:\n${report.staleFacts.map((p) => `  ${p}`).join('\n')}`);
    });
}
