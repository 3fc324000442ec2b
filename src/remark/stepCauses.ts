/**
 * Remark plugin: gives each <Step fixes="cause-a cause-b"> the titles of the
 * causes it fixes, taken from the <Cause> callouts of the same page, so the
 * step can link to them by name. Authors write each title once, on the Cause.
 */
interface Attr {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: Attr[];
  children?: Node[];
}

function each(node: Node, fn: (n: Node) => void): void {
  fn(node);
  node.children?.forEach((c) => each(c, fn));
}

function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

export default function remarkStepCauses() {
  return (tree: Node): void => {
    const titles = new Map<string, string>();
    each(tree, (n) => {
      if (n.type === 'mdxJsxFlowElement' && n.name === 'Cause') {
        const id = attr(n, 'id');
        if (id) titles.set(id, attr(n, 'title') ?? id);
      }
    });
    each(tree, (n) => {
      if (n.type !== 'mdxJsxFlowElement' || n.name !== 'Step') return;
      const fixes = (attr(n, 'fixes') ?? '').split(/\s+/).filter(Boolean);
      if (fixes.length === 0) return;
      n.attributes = (n.attributes ?? []).filter((a) => a.name !== 'causeTitles');
      n.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'causeTitles',
        value: JSON.stringify(fixes.map((id) => titles.get(id) ?? id)),
      });
    });
  };
}
