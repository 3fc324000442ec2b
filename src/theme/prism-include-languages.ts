/** No Prism languages to register: code blocks are not highlighted (see src/theme/CodeBlock). */
export default function prismIncludeLanguages(): void {}
