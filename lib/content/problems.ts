/** One thing wrong (or worth knowing) about one content file, shown as `path:line: field: message`. */
export type Severity = 'error' | 'warning' | 'info';

export type ContentProblem = {
  file: string;
  line: number;
  field: string;
  message: string;
  severity: Severity;
};

export function formatProblem(problem: ContentProblem): string {
  const label = problem.severity === 'error' ? 'エラー' : problem.severity === 'warning' ? '警告' : '情報';
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message} [${label}]`;
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
