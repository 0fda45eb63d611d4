// The institution log's pure parts (issue 17): the institutions and kinds of request, the
// statutory access-to-information period, and the response-time figures.
export * from './catalogue';
export { ACCESS_TO_INFORMATION_PERIODS, accessToInformationDueOn, type Citation, type DatedPeriod } from './access-to-information';
export { MIN_CASES, responseTimesOf, type AnsweredRequest, type ResponseTime } from './response-times';
