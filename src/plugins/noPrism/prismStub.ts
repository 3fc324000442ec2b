/** What theme-classic's client module reads from prism-react-renderer: a Prism with no languages. */
export const Prism = {languages: {}};
export const themes = {};
