
export interface TemplateInput {
  readonly kbId: string;
  readonly title: string;
  readonly slug: string;
  /** One of the guide's category ids. */
  readonly category: string;
  /** One of the guide's audience ids. */
  readonly audience: string;
  /** YYYY-MM-DD */
  readonly today: string;
}

/** URL slug of a title: lower case ASCII words joined by hyphens. */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'article'
  );
}

/** A new article that passes every check, with TODOs where the author writes. */
export function articleTemplate({kbId, title, slug, category, audience, today}: TemplateInput): string {
  const yamlTitle = JSON.stringify(title);
  return `---
kb_id: ${kbId}
title: ${yamlTitle}
description: "TODO: the issue in one sentence, as the user meets it."
slug: /${slug}
category: ${category}
symptoms:
  - "TODO (${kbId}): what the user sees, in their words"
  - "TODO (${kbId}): what the user says when they report it"
status_texts: []
audience: [${audience}]
related: []
last_reviewed: ${today}
---

<Issue>
TODO: what goes wrong, as the user meets it.
</Issue>

<Cause id="cause-todo" title="TODO: the cause in a few words">
TODO: why it happens.
</Cause>

<Resolution>
<Step id="step-1" fixes="cause-todo">
TODO: the first thing to do, e.g. Navigate to <UiPath path="Settings > Integrations" />.
</Step>
</Resolution>
`;
}
