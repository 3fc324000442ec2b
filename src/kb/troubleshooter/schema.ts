import * as z from 'zod';

const text = z.string().trim().min(1, 'a text');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id like "not-received" (lower case, digits, hyphens)');

const outcome = z
  .object({
    /** An article of this guide. */
    kbId: z.string().regex(/^[A-Z]{2,5}-\d{3,}$/, 'a KB ID like AMZ-001'),
    /** A cause or step anchor of that article; omit to land on the article. */
    anchor: z.string().optional(),
    /** Why this article fits, shown with the link. */
    summary: text,
    /** The answers on the way have ruled out every cause the article describes (checked at build). */
    ruledOut: z.boolean().optional(),
  })
  .strict();

const answer = z
  .object({
    /** Unique within its question: it is written into the shareable URL. */
    id,
    label: text,
    /** The next question's id, or an outcome. */
    next: z.union([id, outcome]),
  })
  .strict();

const question = z
  .object({
    id,
    text,
    /** A hint on where to look, e.g. a menu path. */
    help: text.optional(),
    /** A page of this site that tells the answer: its link text (a sentence) and its path. */
    tool: z
      .object({label: text, to: z.string().regex(/^\/(?![/\\])/, 'a site path like "/tools/character-check"')})
      .strict()
      .optional(),
    answers: z.array(answer).min(2, 'at least 2 answers'),
  })
  .strict();

/**
 * A guide's troubleshooter, `docs/<guide>/troubleshooter.json`: content, like the articles it leads to.
 * The build then checks every path (src/build/troubleshooterCheck.ts).
 */
export const troubleshooterFileSchema = z
  .object({
    /** What the file is for; ignored. */
    $comment: z.string().optional(),
    /** Path of its page, e.g. /troubleshoot. */
    path: z.string().regex(/^\/[a-z0-9/-]*$/, 'a site path like "/troubleshoot"'),
    /** Id of the first question. */
    start: id,
    questions: z.array(question).min(1, 'at least 1 question'),
  })
  .strict();
