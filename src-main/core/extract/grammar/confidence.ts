// The confidence pass: how likely a found meeting is real, from what made it a meeting.
// The weights are calibrated on the corpus; docs/extraction.md gives the precision per band.

/** What the grammar knows about one meeting when it scores it. */
export interface ConfidenceFeatures {
  /** The kind of word that made it a meeting. */
  triggerKind: 'noun' | 'meet' | 'visit' | 'host' | 'travel' | 'social';
  /** Named people at the table. */
  people: number;
  /** Parties named as countries or groups. */
  groups: number;
  /** Whether the wording says where it stands (otherwise "held" is a default). */
  statusExplicit: boolean;
  hasDate: boolean;
  hasPlace: boolean;
  /** Whether the subject came from a pronoun or description in another sentence. */
  resolvedSubject: boolean;
  /** Whether it is one of several meetings split from one statement. */
  split: boolean;
  /** Whether the trigger was a noun with a definite determiner ("the talks"), read as a mention of a meeting. */
  reference: boolean;
}

const BASE: Record<ConfidenceFeatures['triggerKind'], number> = {
  meet: 0.7,
  host: 0.6,
  visit: 0.55,
  social: 0.55,
  noun: 0.45,
  travel: 0.4,
};

// Raw score → share of meetings found right at that score on wide/ (bench/calibrate.ts), as points of a
// monotone piecewise-linear map. Raw scores below 0.6 were right about one time in ten.
const CALIBRATION: Array<[number, number]> = [
  [0, 0.05],
  [0.55, 0.1],
  [0.65, 0.33],
  [0.75, 0.5],
  [0.85, 0.69],
  [0.95, 0.75],
];

/** The calibrated confidence of a raw score: linear between the calibration points. */
export function calibrated(raw: number): number {
  let prev = CALIBRATION[0] as [number, number];
  for (const point of CALIBRATION) {
    if (raw <= point[0]) {
      const span = point[0] - prev[0];
      const t = span ? (raw - prev[0]) / span : 1;
      return Math.round((prev[1] + t * (point[1] - prev[1])) * 100) / 100;
    }
    prev = point;
  }
  return prev[1];
}

/** A calibrated confidence between 0 and 1, rounded to two decimals. */
export function confidenceOf(f: ConfidenceFeatures): number {
  return calibrated(rawConfidence(f));
}

/** The uncalibrated score: a base per trigger kind, moved by what the meeting names. */
export function rawConfidence(f: ConfidenceFeatures): number {
  let c = BASE[f.triggerKind];
  if (f.people >= 2) c += 0.15;
  else if (f.people === 1 && f.groups >= 1) c += 0.05;
  else if (f.people === 0) c -= 0.1;
  if (f.statusExplicit) c += 0.05;
  if (f.hasDate) c += 0.05;
  if (f.hasPlace) c += 0.05;
  if (f.resolvedSubject) c -= 0.1;
  if (f.split) c -= 0.05;
  if (f.reference) c -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}
