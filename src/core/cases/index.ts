// Case-file rules that need no database: case codes, approximate times, the intake guide.
export { CASE_CODE_ALPHABET, CASE_CODE_BYTES, caseCodeFrom, parseCaseCode, type CaseCode } from './case-code';
export {
  approximateTime,
  compareApproximateTimes,
  mayOverlap,
  parseApproximateTime,
  TIME_PRECISIONS,
  type ApproximateTime,
  type TimeIssue,
  type TimePrecision,
} from './approximate-time';
export {
  FIRST_TOPICS,
  INTAKE_TOPICS,
  intakeGuide,
  TOPICS_PER_SITTING,
  type IntakeCaution,
  type IntakeGuide,
  type IntakeTopic,
  type SittingRecord,
} from './intake-guide';
