import { FileBase, type IResolver, type Project } from 'projen';

/** A projen-managed (read-only, regenerated) text file whose first line is the projen marker as a comment. */
export class ManagedTextFile extends FileBase {
  constructor(
    project: Project,
    filePath: string,
    private readonly lines: readonly string[],
    private readonly comment = '#',
  ) {
    super(project, filePath, { readonly: true, marker: true });
  }

  /** The file's exact text, as written. */
  public get text(): string {
    return [...(this.marker ? [`${this.comment} ${this.marker}`] : []), ...this.lines, ''].join('\n');
  }

  protected synthesizeContent(_resolver: IResolver): string | undefined {
    return this.text;
  }
}
