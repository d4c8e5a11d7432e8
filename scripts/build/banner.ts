/** The first line of every generated file: where it comes from and how to rebuild it. */
export function banner(source: string, command: string, comment: (line: string) => string = (line) => `// ${line}`): string {
  return comment(`Generated from ${source} by \`${command}\`. Do not edit by hand.`);
}
