// Sign-offs closing a story: who else reported, wrote or edited it ("Additional reporting:
// Mohammed Rasool", "(Reporting by Jonathan Landay; Editing by Susan Heavey)"). They are not
// story text: no quote, speaker or event comes from them.

/** Sign-off openings, matched where a sentence or a line starts. */
const CREDITS: readonly RegExp[] = [
  /\(?(?:Additional|Further) reporting\b/g,
  /\(?(?:Reporting|Writing|Editing|Edited|Compiled) by\b/g,
];

/** How far before the end of the text a sign-off may start: it is a line, not a paragraph. */
const MAX_CREDIT = 200;

/** What may stand right before a sign-off: the text's start, a line break, or a sentence's end. */
const BEFORE_CREDIT = /(?:^|\n|[.!?][”"’)]?\s+)$/;

/** Where the sign-off that closes `text` starts, or -1 when it has none. */
export function creditStart(text: string): number {
  const from = Math.max(0, text.length - MAX_CREDIT);
  let best = -1;
  for (const pattern of CREDITS) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (best >= 0 && m.index >= best) break;
      if (BEFORE_CREDIT.test(text.slice(Math.max(0, m.index - 4), m.index))) {
        best = m.index;
        break;
      }
    }
  }
  return best;
}
