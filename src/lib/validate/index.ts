/**
 * Validation of a library, its one entry point: what the validation command
 * (`scripts/validate.ts`), the build's content check
 * (`src/integrations/validate-content.ts`) and the tests use. The folders
 * behind it (`read/`, `body/`, `checks/`, `run/`, `report/`) are its inside.
 */
export {
	validateLibrary,
	validateLibraryParallel,
	type LibraryReport,
	type ValidateOptions,
} from './run/validate-library.ts';
export { formatDiagnostic, sortDiagnostics, summarize, type Diagnostic, type Place } from './report/diagnostics.ts';
export { MESSAGE_LANGUAGES, type Localized, type MessageLanguage } from './report/messages.ts';
export { REPORT_FORMATS, renderReport, type ReportFormat, type ReportOptions } from './report/report-formats.ts';
export { DIAGNOSTIC_SOURCE, RULE_IDS, RULES, ruleDocumentation, type Rule, type RuleId } from './report/rules.ts';
export { UNGUARDED_FOR_TESTS } from './body/guard-plugin.ts';
