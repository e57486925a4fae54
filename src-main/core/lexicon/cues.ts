// Cue words of the meeting grammar, as data: what negates a meeting, what makes it only possible,
// what cancels it, which nouns state one, and which words after a country name make it money, not a party.

/** Words before a trigger that deny the meeting ("has no plans to meet", "does not have plans to meet"). */
export const NEGATION_CUES = [
  'no plans? (?:to|for)',
  'not have (?:any )?plans? (?:to|for)',
  '(?:does|do|did|is|are|was|were|has|have|had|will|would) not',
  "(?:doesn't|don't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't)",
  'never',
  'no longer',
  'declined? (?:to|an? invitation to)',
  'refused? to',
  "(?:unable|not able|\\w+n['’]t able) to",
  'ruled? out',
  'rejected',
  // "opposing opening negotiations with X", "opposed to talks": against the meeting, not at it.
  'oppos(?:e|es|ed|ing)(?: to)?',
  'opposition to',
  'turn(?:s|ed)? down',
  'failed to',
  // "will not participate in next month's summit": staying away from a gathering, a few words before its name.
  "not (?:attend|participate in|take part in|join)(?: [\\w’'-]+){0,2}",
  'without',
  'instead of',
  // "said it had no information on a meeting between X and Y": the meeting is not confirmed, only asked about.
  '(?:no|not have (?:any )?)(?:information|knowledge) (?:on|about|of)',
];

/** Words before a trigger that make the meeting only possible ("open to meeting", "could meet"). */
export const MODALITY_CUES = [
  'open to',
  'ready (?:to|for)',
  'willing to',
  'prepared to',
  'wants? to',
  'wanted to',
  'would like to',
  'hopes? to',
  'hoping to',
  'could',
  'might',
  'may',
  'possible',
  'potential',
  'possibility of',
  'idea of',
  'calls? for',
  'called for',
  'urged?',
  'seeks? to',
  'in order to',
  'if',
  'unless',
];

/** Words near a trigger that cancel or delay the meeting: its status is `cancelled`. */
export const CANCELLATION_CUES = [
  'cancel(?:l)?ed',
  'cancel(?:l)?ation of',
  'called off',
  'call off',
  'scrapped',
  'postponed?',
  'postponement of',
  'put off',
  'suspended',
  'suspension of',
  'abandoned',
  'broke off',
  'broke down',
  // "walked out of the talks" ends them; "walked out of the room as leaders decided" does not.
  'walked out (?:of|on) (?:the |their |these )?(?:[\\w-]+ )?(?:talks|meetings?|negotiations|sessions?|summit)',
  'delayed',
  'not available',
];

/**
 * Words that move a meeting to a new date: "postponed to December 5", "pushed back until Friday". The meeting at
 * the old date is cancelled; the one at the new date is planned.
 */
export const RESCHEDULE_CUES = [
  'postponed',
  'pushed back',
  'moved',
  'rescheduled',
  'put off',
  'deferred',
  'delayed',
  'brought forward',
];

/** Verbs of instruction: whoever "directed the team to hold talks" or "urged him to meet" is not at the table. */
export const INSTRUCTION_VERBS = [
  'directed',
  'instructed',
  'asked',
  'urged',
  'ordered',
  'tasked',
  'mandated',
  'authori[sz]ed',
  'told',
  'encouraged',
];

/**
 * Nouns for the people an organisation sends, after its name ("the Harbour Union negotiators", "the Union's
 * heads of state", "HU, Heads of State and Government"): the organisation is a party.
 */
export const HEADS_NOUNS = 'heads\\s+of\\s+(?:state|government)s?';
export const MEMBER_NOUNS = [
  '(?:(?:defen[cs]e|foreign|finance|trade|economy|economic|energy|health|agriculture|environment|interior|justice|education|labou?r|transport)\\s+)?(?:negotiators|officials|delegations?|representatives|leaders|envoys|teams?|ministers)',
  HEADS_NOUNS,
];

/** Nouns of an organisation's seat: a visit to "the Harbour Fund headquarters" is a visit to the organisation. */
export const ORG_SEATS = ['headquarters', 'head office', 'offices', 'seat', 'secretariat'];

/** Verbs of a crowd arriving whose object is the place they gather in: "leaders converged on Lyon". */
export const GATHER_AT_CUES = ['converged on', 'converging on', 'converge on', 'descended on', 'gathered in'];

/** Verbs of being at a gathering: "attended the forum", "took part in the summit". */
export const ATTEND_VERBS = [
  'attend(?:s|ed|ing)?',
  '(?:take|takes|took|taking) part in',
  'participat(?:e|es|ed|ing) in',
];

/** Noun phrases, beyond "talks" and "meeting", that state a meeting ("rounds of dialogue", "a working dinner"). */
export const MEETING_NOUN_PHRASES = [
  '(?:rounds?|sessions?) of (?:[\\w-]+ ){0,2}dialogue',
  // "had an audience with Pope X", "was received in audience by King Y".
  '(?<=(?:an|in|private|royal) )audience(?= (?:with|by)\\b)',
  'working (?:dinner|lunch|breakfast)',
  // "held a tête-à-tête", however it is spelt.
  't[eê]te[- ][aàe][- ]t[eê]te',
  'state banquet',
  'reception(?= (?:hosted|offered|given|held) by)',
  'bilateral(?= (?:on|with|at)\\b)',
  // "the ASEAN Foreign Ministers Retreat", "Thursday's leaders' retreat": a gathering, not a withdrawal.
  "(?<=(?:Ministers|Leaders|[Mm]inisters[’']|[Ll]eaders[’']) )[Rr]etreat",
];

/** Words right before a meeting noun that make it the means of a process, not a meeting ("freed through negotiations"). */
export const PROCESS_CUES = ['through', 'via', 'by way of', 'by means of'];

/**
 * An agreement to take up a process again ("agreed to resume their trade talks"): with no date of its own it states
 * no meeting, only that the process goes on.
 */
export const RESUMPTION_CUES = ['agree(?:s|d|ing)? to (?:resume|restart|continue|reopen|relaunch)'];

/** Nouns before "talks"/"negotiations" that name a process of years, not a meeting ("accession negotiations"). */
export const PROCESS_MODIFIERS = ['accession', 'membership'];

/** Plural nouns after a country or demonym that make it a description, not a party ("German companies"). */
export const NON_PARTY_NOUNS = [
  'companies',
  'firms',
  'businesses',
  'banks',
  'lenders',
  'investors',
  'exporters',
  'importers',
  'manufacturers',
  'carmakers',
  'producers',
  'products',
  'goods',
  'brands',
  'markets',
  'consumers',
  'workers',
  'citizens',
  'nationals',
  'students',
  'tourists',
  'fans',
  'voters',
  'farmers',
  'industries',
  'assets',
];

/** Words after a country name that make it a currency or a price, not a party ("U.S. dollars"). */
export const CURRENCY_WORDS = [
  'dollars?',
  'cents?',
  'euros?',
  'pounds?',
  'yuan',
  'renminbi',
  'yen',
  'rupees?',
  'rubles?',
  'roubles?',
  'francs?',
  'pesos?',
  'reais',
  'real',
  'naira',
  'rand',
  'shillings?',
  'dinars?',
  'dirhams?',
  'riyals?',
  'lira',
  'won',
  'currency',
  'bonds?',
  'treasuries',
  'stocks?',
  'shares?',
];

/** Phrases that measure a span of time rather than date an event ("first talks in 5 years"). */
export const DURATION_CUES = [
  '(?:in|for|over|within|after) (?:the )?(?:(?:past|last|next|first) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\\d+) (?:months|years|decades)',
  '(?:for|over|within) (?:the )?(?:(?:past|last|next|first) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\\d+) (?:days|weeks)',
  // "would spend several hours together", "talks lasting two days": how long, not when.
  '(?:spend|spends|spent|spending|last|lasts|lasted|lasting) (?:about |some |nearly |over )?(?:a|an|one|two|three|four|five|six|several|few|many|couple of|\\d+) (?:hours|days|weeks)',
  'within a period',
  'not exceeding',
  '(?:days?|weeks?|months?|years?) (?:long|old)',
];

/** One case-insensitive regular expression matching any of the cues, as whole words. */
export function cueRegExp(cues: readonly string[], anchor: 'end' | 'start' | 'any' = 'any'): RegExp {
  const body = `\\b(?:${cues.join('|')})\\b`;
  if (anchor === 'end') return new RegExp(`${body}\\s+(?:[\\w’'-]+\\s+){0,3}$`, 'i');
  if (anchor === 'start') return new RegExp(`^\\s*${body}`, 'i');
  return new RegExp(body, 'i');
}

/** Verb phrases, beyond "meet", that state an in-person meeting ("called on", "interacted with"). */
export const MEETING_VERBS = [
  'call(?:s|ed)? (?:on|upon)(?= (?:the )?[A-Z])(?![^.;]{0,60}\\bto \\w+)',
  'paid (?:a )?(?:courtesy )?(?:call|visit) (?:on|to)',
  'interacted with',
  // "scrapped a meeting with A, and has now cancelled with B": the meeting with B, cancelled.
  'cancel(?:l)?ed with(?= (?:the |President |Prime Minister )?[A-Z])',
  'came together',
  // "are set to come together for a dinner", "the leaders will convene on June 14": gathering in person.
  '(?:come|comes|coming) together',
  'convene(?:s|d)?',
  'converged on',
  'huddled with',
  'conferred with',
  'sat down with',
  // "was expected to sit down with the prime minister": the verb in any tense.
  'sit(?:s|ting)? down with',
  'engage in (?:bilateral )?talks',
  '(?:host|hosts|hosted|hosting) (?:him|her|them)',
  // A greeting in person, as posted or quoted: "Great to see Secretary X at the Y this morning".
  '(?:[Gg]reat|[Gg]ood|[Nn]ice|[Ww]onderful|[Gg]lad|[Hh]appy|[Dd]elighted|[Aa] pleasure|[Aa]n hono(?:u)?r) to (?:see|meet|welcome)(?= (?:the |my |our )?[A-Z])',
];

/** What "met" can take that is a reaction, not a person: "met strong opposition", "was met with criticism". */
export const REACTION_OBJECTS = [
  'opposition',
  'resistance',
  'criticism',
  'skepticism',
  'scepticism',
  'approval',
  'disapproval',
  'applause',
  'silence',
  'success',
  'failure',
  'condemnation',
  'protests?',
  'backlash',
  'outrage',
  'anger',
  'praise',
  'fate',
  'death',
  'end',
];

/** Nouns of saying: a date right after one dates the saying ("in his address last Tuesday"), not a meeting. */
export const UTTERANCE_NOUNS = [
  'address',
  'speech',
  'interview',
  'tweet',
  'statement',
  'remarks',
  'briefing',
  'press conference',
  'news conference',
];
