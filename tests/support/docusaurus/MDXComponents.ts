/** Stands in for theme-classic's own MDX components (headings, code, …). */
export default {};
