import * as fs from 'fs';
import * as path from 'path';
import { SampleFile, type Project } from 'projen';
import { fillPlaceholders } from '../render/placeholders';
import type { Settings } from './settings';

// The CDK infra skeleton (templates/skeleton/MANIFEST.md): written once as sample files, then owned by
// the team. The TypeScript files have no placeholders: they read CONST.inc at synth time, so an option
// changed later still reaches them.
const SKELETON_DIR = path.join(__dirname, '..', '..', 'templates', 'skeleton');
const CODE_FILES = ['src/main.ts', 'src/constants.ts', 'src/infra-stack.ts', 'test/infra-stack.test.ts'];

export function addSkeleton(project: Project): void {
  for (const file of CODE_FILES) new SampleFile(project, file, { sourcePath: path.join(SKELETON_DIR, file) });
}

/** The team README (a projen sample readme: written once). */
export function skeletonReadme(s: Settings): string {
  const file = path.join(SKELETON_DIR, 'README.md');
  return fillPlaceholders(fs.readFileSync(file, 'utf8'), { team: s.team }, 'templates/skeleton/README.md');
}
