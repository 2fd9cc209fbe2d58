/**
 * Pronouns by what they can stand for, one table for the stages that read them: who can speak
 * or act ("he said", "we believe"), and the wider set that can be a clause's subject.
 */

/** Personal pronouns that can be a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Relative pronouns opening a clause about a person or thing ("X, who said …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Relative pronouns opening a clause set off by commas between a subject and its verb ("Trump, who …, tweeted"; "X, whose …, said"). */
export const CLAUSE_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

/** Pronouns that can stand for an agent: a speaker, or the person a relative clause is about. */
export const AGENT_PRONOUNS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS, 'who']);

/** Pronouns that can be a verb's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS, 'you', 'it', ...RELATIVE_PRONOUNS]);

/** Speakers that name no one by themselves: the subject pronouns, demonstratives and indefinites ("this shows", "someone told"). */
export const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'this', 'these', 'those', 'one', 'someone', 'somebody']);
