import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../core/contract';
import { useAssessment, useCaseRecord, useContractConsents, useFacts, today } from '../screening/case-data';
import { contractFacts, localAssessment, type Lang, type LocalAssessment } from './local-assessment';

export interface LegalView {
  pending: boolean;
  error: unknown;
  server?: Assessment;
  local?: LocalAssessment;
  lang: Lang;
}

/** The server's assessment of a case, with the same result worded in the reader's language. */
export function useLegalView(code: string): LegalView {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const record = useCaseRecord(code);
  const facts = useFacts(code);
  const consents = useContractConsents(code);
  const assessment = useAssessment(code);
  const queries = [record, facts, consents, assessment];
  const server = assessment.data;
  const local = useMemo(() => {
    if (!server || !facts.data || !record.data || !consents.data) return undefined;
    try {
      return localAssessment(contractFacts(facts.data.facts, record.data.province, today(), consents.data), server, lang);
    } catch {
      return undefined; // The server accepted these facts; a local failure only loses the translation.
    }
  }, [server, facts.data, record.data, consents.data, lang]);
  return { pending: queries.some((q) => q.isPending), error: queries.find((q) => q.isError)?.error, server, local, lang };
}
