import * as fs from 'fs';
import * as path from 'path';
import { SampleFile, type Project } from 'projen';
import { fillPlaceholders } from '../render/placeholders';
import type { Settings } from './settings';

/** The package's templates/ directory (it ships in the npm tarball). */
export const TEMPLATES_DIR = path.join(__dirname, '..', '..', 'templates');

// The CDK infra skeleton (templates/skeleton/MANIFEST.md): written once as sample files, then owned by
// the team. The TypeScript files have no placeholders: they read CONST.inc at synth time, so an option
// changed later still reaches them.
const SKELETON_DIR = path.join(TEMPLATES_DIR, 'skeleton');
const CODE_FILES = ['src/main.ts', 'src/constants.ts', 'src/infra-stack.ts', 'test/infra-stack.test.ts'];

/** Writes each file of `dir` once (a projen sample file: never regenerated, owned by the repo). */
export function addSampleFiles(project: Project, dir: string, files: readonly string[]): void {
  for (const file of files) new SampleFile(project, file, { sourcePath: path.join(dir, file) });
}

/** A template file with its `{{name}}` placeholders filled (an unknown placeholder is an error). */
export function filledTemplate(dir: string, file: string, values: Readonly<Record<string, string>>): string {
  const source = path.join(dir, file);
  return fillPlaceholders(fs.readFileSync(source, 'utf8'), values, path.relative(path.dirname(TEMPLATES_DIR), source).split(path.sep).join('/'));
}

export function addSkeleton(project: Project): void {
  addSampleFiles(project, SKELETON_DIR, CODE_FILES);
}

/** The team README (a projen sample readme: written once). */
export function skeletonReadme(s: Settings): string {
  return filledTemplate(SKELETON_DIR, 'README.md', { team: s.team });
}
