/** Warnings named one by one per digest file; the rest are counted in one closing line. */
export const MAX_WARNINGS_PER_FILE = 20;

const MORE_RE = /^digest-loader: … and (\d+) more warnings in /;

function moreLine(file: string, count: number): string {
  return `digest-loader: … and ${count} more warnings in ${file}`;
}

/**
 * One file's warnings, capped: the first MAX_WARNINGS_PER_FILE, then one "… and N more" line. A
 * list that already holds such a line (capped earlier) folds its count in, so capping composes.
 */
export function capWarnings(file: string, warnings: readonly string[], max = MAX_WARNINGS_PER_FILE): string[] {
  const shown: string[] = [];
  let more = 0;
  for (const warning of warnings) {
    const folded = MORE_RE.exec(warning);
    if (folded !== null) more += Number(folded[1]);
    else if (shown.length < max) shown.push(warning);
    else more += 1;
  }
  return more > 0 ? [...shown, moreLine(file, more)] : shown;
}

/** A capped warning list to fill as a file is read, so a flood of bad lines never piles up. */
export function warningCollector(file: string, max = MAX_WARNINGS_PER_FILE): { add: (warning: string) => void; list: () => string[] } {
  const shown: string[] = [];
  let more = 0;
  return {
    add: (warning) => {
      if (shown.length < max) shown.push(warning);
      else more += 1;
    },
    list: () => (more > 0 ? [...shown, moreLine(file, more)] : [...shown]),
  };
}
