import jsYaml from 'js-yaml';

// Text that might hold what only the full parser judges correctly: tabs, lone carriage returns,
// Unicode line separators and byte-order marks (whitespace rules differ between parsers), anything that looks like an anchor or alias (which js-yaml resolves
// silently) and explicit "? " keys (which js-yaml turns into text).
const NEEDS_FULL_PARSER = /[\t\u0085\u2028\u2029\ufeff]|\r(?!\n)|(?:^|[\s[{,])(?:[&*][^\s]|\?(?:\s|$))/m;

// A flow collection ([…] or {…}) that spans lines has indentation rules the parsers apply differently.
function hasMultilineFlow(text: string): boolean {
  let square = 0;
  let curly = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x5b: square++; break; // [
      case 0x5d: square--; break; // ]
      case 0x7b: curly++; break; // {
      case 0x7d: curly--; break; // }
      case 0x0a: // end of line
        if (square !== 0 || curly !== 0) return true;
    }
  }
  return square !== 0 || curly !== 0;
}

/**
 * Parses a YAML record quickly, without positions, when the text is plainly well-formed;
 * undefined when only the full parser (parse.ts) can judge it. The fast result is used
 * only for records that then pass every check: any finding is reported from the full parse.
 */
export function parseFast(text: string): Record<string, unknown> | undefined {
  if (NEEDS_FULL_PARSER.test(text) || hasMultilineFlow(text)) return undefined;
  try {
    // CORE_SCHEMA: the YAML 1.2 core types, like the full parser; duplicate keys, unknown tags and a second document throw.
    const value: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
