// Builds what the entity passes read from one written sentence: its tokens and the article view.
import { viewArticle } from '../../../../src-main/core/extract/entities/context';
import type { ArticleView } from '../../../../src-main/core/extract/entities/context';
import { splitSentences } from '../../../../src-main/core/lexicon/sentences';
import type { Token } from '../../../../src-main/core/extract/tokens';
import { tokenize } from '../../../../src-main/core/extract/tokens';

/** The view of `text` and the tokens of its first sentence. */
export function viewOf(text: string): { view: ArticleView; toks: Token[] } {
  const sentences = splitSentences(text);
  const first = sentences[0];
  if (!first) throw new Error('no sentence in the text');
  return { view: viewArticle(text, sentences), toks: tokenize(first.text, first.start) };
}

/** The index of the first token that reads `word`. */
export function at(toks: Token[], word: string): number {
  const i = toks.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`no token ${word}`);
  return i;
}
