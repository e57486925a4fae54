// The short articles the curation tests ingest: Lavrov and Rubio in Riyadh (with the Kremlin aide as
// "Yura Ushakov") and in Geneva, Ushakov and Witkoff in Moscow (twice) and in St. Petersburg.

/** The article texts, by file name. */
export const CURATION_TEXTS: Record<string, string> = {
  'riyadh.txt': `Lavrov and Rubio meet in Riyadh

Published 2025-02-20

Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in Riyadh on February 18, 2025, to discuss the war in Ukraine.

Kremlin aide Yura Ushakov also took part in the talks, the Kremlin said.
`,
  'moscow.txt': `Ushakov talks with Witkoff in Moscow

Published 2025-03-15

Kremlin aide Yuri Ushakov met U.S. envoy Steve Witkoff in Moscow on March 13, 2025, to discuss a ceasefire.
`,
  'moscow-again.txt': `Ushakov and Witkoff held talks in Moscow

Published 2025-03-16

Kremlin aide Yuri Ushakov met U.S. envoy Steve Witkoff in Moscow on March 13, 2025, to discuss a ceasefire, the Kremlin said on Sunday.
`,
  'petersburg.txt': `Ushakov meets Witkoff again

Published 2025-04-12

Kremlin aide Yura Ushakov met U.S. envoy Steve Witkoff in St. Petersburg on April 11, 2025, to discuss a peace plan.
`,
  'geneva.txt': `Lavrov meets Rubio in Geneva

Published 2025-05-03

Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in Geneva on May 2, 2025, to discuss prisoners.
`,
};

/** One of the articles as a document to ingest. */
export const curationArticle = (name: string) => ({ name, data: Buffer.from(CURATION_TEXTS[name]!, 'utf8') });
