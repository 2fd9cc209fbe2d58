/**
 * Base forms for inflected English words, enough to look triggers up by lemma: irregular forms
 * from a table, regular ones by undoing a suffix. The caller keeps the candidate its table knows,
 * so over-generation ("tied" → "ty", "tie") costs nothing.
 */

/** Irregular verb forms and noun plurals that triggers use. */
const IRREGULAR: Readonly<Record<string, string>> = {
  met: 'meet', made: 'make', gave: 'give', given: 'give', took: 'take', taken: 'take', held: 'hold',
  sent: 'send', struck: 'strike', stricken: 'strike', fought: 'fight', withdrew: 'withdraw', withdrawn: 'withdraw',
  sought: 'seek', began: 'begin', begun: 'begin', broke: 'break', broken: 'break', led: 'lead', shot: 'shoot',
  froze: 'freeze', frozen: 'freeze', stood: 'stand', drew: 'draw', drawn: 'draw', paid: 'pay', spoke: 'speak',
  spoken: 'speak', told: 'tell', threw: 'throw', thrown: 'throw', won: 'win', lost: 'lose', went: 'go', gone: 'go',
  came: 'come', put: 'put', set: 'set', cut: 'cut', hit: 'hit', beat: 'beat', beaten: 'beat', forgave: 'forgive',
  forgiven: 'forgive', undertook: 'undertake', undertaken: 'undertake', overthrew: 'overthrow', bought: 'buy',
  brought: 'bring', kept: 'keep', left: 'leave', laid: 'lay', slew: 'slay', slain: 'slay', bled: 'bleed',
  fled: 'flee', hung: 'hang', rode: 'ride', woke: 'wake', wrote: 'write', written: 'write', ran: 'run',
  said: 'say', did: 'do', done: 'do', had: 'have', has: 'have', was: 'be', were: 'be', been: 'be', is: 'be', are: 'be',
  talks: 'talk', ties: 'tie', crises: 'crisis', hostages: 'hostage', swore: 'swear', sworn: 'swear', blew: 'blow',
  blown: 'blow', overran: 'overrun', overrun: 'overrun', lent: 'lend', withheld: 'withhold', upheld: 'uphold', stole: 'steal',
  stolen: 'steal', forbade: 'forbid', forbidden: 'forbid', flew: 'fly', flown: 'fly', bore: 'bear', borne: 'bear',
};

/** Suffix → replacements, tried in order. */
const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ying', ['ie', 'y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
];

// Words repeat across a corpus: remember each word's candidates (bounded, cleared when full).
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string[]>();

/** The word itself and the base forms it could be an inflection of, most likely first. */
export function lemmaCandidates(word: string): string[] {
  let hit = memo.get(word);
  if (!hit) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    hit = baseForms(word);
    memo.set(word, hit);
  }
  return hit;
}

/** The same as lemmaCandidates, unremembered: for callers that keep their own table by word. */
export function baseForms(word: string): string[] {
  const lower = word.toLowerCase();
  const w = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  const out = [w];
  const irregular = IRREGULAR[w];
  if (irregular) out.push(irregular);
  for (const [suffix, replacements] of SUFFIXES) {
    // A stem of two letters is enough: "suing" → "sue", "tying" → "tie".
    if (w.length < suffix.length + 2 || !w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    for (const r of replacements) out.push(stem + r);
    // Doubled final consonant: "banned" → "ban", "stopping" → "stop".
    const n = stem.length;
    if ((suffix === 'ed' || suffix === 'ing') && n >= 3 && stem[n - 1] === stem[n - 2] && !'aeiou'.includes(stem[n - 1])) {
      out.push(stem.slice(0, -1));
    }
  }
  return out;
}
