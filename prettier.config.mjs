// Prettier, configured to the style the code already had (double quotes, semicolons, trailing
// commas, two spaces, long lines). The repository is not reformatted in one go: `pnpm format`
// formats the files a branch changes (scripts/format.mjs), so branches worked on side by side do
// not conflict over whitespace. See CODE_STYLE.md.
/** @type {import("prettier").Config} */
export default {
  printWidth: 200,
  tabWidth: 2,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
};
