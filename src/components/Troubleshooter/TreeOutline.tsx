import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ResolvedQuestion, ResolvedTree} from '@site/src/kb/troubleshooter/types';

export interface TreeOutlineProps {
  readonly tree: ResolvedTree;
}

function QuestionItem({
  q,
  byId,
}: {
  readonly q: ResolvedQuestion;
  readonly byId: Map<string, ResolvedQuestion>;
}): ReactNode {
  return (
    <>
      <strong>{q.text}</strong>
      {q.tool ? (
        <>
          {' '}
          <Link to={q.tool.to}>{q.tool.label}</Link>
        </>
      ) : null}
      <ul>
        {q.answers.map((a) => (
          <li key={a.id}>
            {a.label}:{' '}
            {typeof a.next === 'string' ? (
              <QuestionItem q={byId.get(a.next)!} byId={byId} />
            ) : (
              <Link to={a.next.href} data-outcome={a.next.kbId}>
                {a.next.kbId}: {a.next.title}
                {a.next.anchorTitle ? ` — ${a.next.anchorTitle}` : ''}
                {a.next.ruledOut ? ' (your answers rule out each of its causes; see the symptom index)' : ''}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The whole tree as nested lists: what readers without JavaScript get. */
export default function TreeOutline({tree}: TreeOutlineProps): ReactNode {
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  return (
    <div data-troubleshooter-outline="">
      <QuestionItem q={byId.get(tree.start)!} byId={byId} />
    </div>
  );
}
