import type { Project } from 'projen';
import type { Settings } from './settings';

// Filled from templates/skeleton/MANIFEST.md (the skeleton helper's file list and placeholders).
export function addSkeleton(_project: Project, _s: Settings): void {}

export function skeletonReadme(s: Settings): string {
  return `# ${s.team} AWS accounts\n`;
}
