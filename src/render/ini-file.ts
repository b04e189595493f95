import type { IniSection } from './types';

/** An INI section as text: `[header]` and `key = value` lines. */
export function sectionLines(section: IniSection): string[] {
  return [`[${section.header}]`, ...section.entries.map(([key, value]) => (value === '' ? `${key} =` : `${key} = ${value}`))];
}

/** Sections as a file: one blank line between them. */
export function sectionsText(sections: readonly IniSection[]): string {
  return sections.map((s) => sectionLines(s).join('\n')).join('\n\n') + (sections.length > 0 ? '\n' : '');
}

export interface MergeResult {
  readonly text: string;
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Sections that exist and were left as they are (credentials: the user's real keys). */
  readonly kept: readonly string[];
}

const HEADER = /^\s*\[([^\]]*)\]\s*(?:[#;].*)?$/;

/**
 * Merges sections into an existing AWS CLI file by header. Every other line of the file, including the
 * user's other profiles and comments, stays byte for byte. A section with the same header is replaced
 * (`replace: true`, config) or left alone (`replace: false`, credentials: the user's keys are never
 * overwritten by placeholders). New sections are appended. Merging the result again changes nothing.
 */
export function mergeSections(existing: string, sections: readonly IniSection[], replace: boolean): MergeResult {
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing === '' ? [] : existing.replace(/\r?\n$/, '').split(/\r?\n/);
  const wanted = new Map(sections.map((s) => [s.header, s]));
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const kept: string[] = [];
  const done = new Set<string>();
  const out: string[] = [];

  let i = 0;
  while (i < lines.length) {
    const header = HEADER.exec(lines[i]);
    const name = header ? normalise(header[1]) : undefined;
    const section = name === undefined || done.has(name) ? undefined : wanted.get(name);
    if (!section || name === undefined) {
      out.push(lines[i++]);
      continue;
    }
    // The section's own lines end at its last key line; trailing blanks and comments belong to what follows.
    let end = i + 1;
    let last = i;
    while (end < lines.length && !HEADER.test(lines[end])) {
      const trimmed = lines[end].trim();
      if (trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith(';')) last = end;
      end++;
    }
    const current = lines.slice(i, last + 1);
    const next = sectionLines(section);
    done.add(name);
    if (!replace) {
      kept.push(name);
      out.push(...current);
    } else if (current.join('\n') === next.join('\n')) {
      unchanged.push(name);
      out.push(...current);
    } else {
      updated.push(name);
      out.push(...next);
    }
    i = last + 1;
  }

  for (const section of sections) {
    if (done.has(section.header)) continue;
    done.add(section.header);
    added.push(section.header);
    if (out.length > 0 && out[out.length - 1].trim() !== '') out.push('');
    out.push(...sectionLines(section));
  }
  const text = out.length === 0 ? '' : out.join(eol) + eol;
  return { text, added, updated, unchanged, kept };
}

function normalise(header: string): string {
  return header.trim().replace(/\s+/g, ' ');
}
