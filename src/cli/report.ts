/** The human-readable report of one post: each finding with its line, column and the span marked. */
import type { Finding } from '../checker/types';

function lineAndColumn(text: string, offset: number): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, lineStart };
}

export function formatReport(text: string, findings: Finding[], useColor: boolean): string {
  const paint = (code: string, s: string): string => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
  const severityColor = { block: '31', warn: '33', suggestion: '36' } as const;
  if (findings.length === 0) return `${paint('32', '✓')} no findings\n`;
  const out: string[] = [];
  for (const f of findings) {
    const at = lineAndColumn(text, f.start);
    const lineEnd = text.indexOf('\n', at.lineStart);
    const lineText = text.slice(at.lineStart, lineEnd === -1 ? text.length : lineEnd);
    const markEnd = Math.min(f.end, at.lineStart + lineText.length);
    out.push(
      `${at.line}:${at.column}  ${paint(severityColor[f.severity], f.severity.padEnd(10))} ${f.rule}`,
      `  ${f.message}`,
      `  | ${lineText}`,
      `  | ${' '.repeat(f.start - at.lineStart)}${paint(severityColor[f.severity], '^'.repeat(Math.max(1, markEnd - f.start)))}`,
    );
    for (const s of f.suggestions ?? []) out.push(`  fix: ${s.label}`);
    out.push('');
  }
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  out.push(
    `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('block')} block, ${count('warn')} warn, ${count('suggestion')} suggestion`,
  );
  return `${out.join('\n')}\n`;
}
