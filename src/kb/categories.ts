/**
 * Sidebar groups, in the order a reader meets the problems: first getting
 * access, then placing orders, approving them, following their status.
 * Defined once; the schema, the sidebar and the symptom index derive from it.
 */
export const categories = [
  {id: 'access', label: 'Access and setup'},
  {id: 'ordering', label: 'Ordering'},
  {id: 'approvals', label: 'Approvals'},
  {id: 'order-status', label: 'Order status'},
  {id: 'setup', label: 'Integration setup'},
] as const;

export type CategoryId = (typeof categories)[number]['id'];

export const categoryIds = categories.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function categoryLabel(id: CategoryId): string {
  return categories.find((c) => c.id === id)?.label ?? id;
}

/** Who reads an article: the three roles the guide speaks to. */
export const audiences = ['requester', 'approver', 'administrator'] as const;
export type Audience = (typeof audiences)[number];
