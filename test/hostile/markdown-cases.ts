/**
 * Hostile Markdown: CommonMark's published pathological inputs (cmark's `test/pathological_tests.py`, rebuilt from
 * their descriptions), deep nesting, huge paragraphs and tables, and floods of broken anchors and references. Each
 * case is a function of a size so that growth can be measured; `HOSTILE_SIZE` is the size the budget is checked at.
 */
export const HOSTILE_SIZE = 30_000;

const rep = (s: string, n: number) => s.repeat(Math.max(0, Math.floor(n)));
/** Breaks a one-line construct into 80-character lines: one paragraph, so it is not stopped by the line guard. */
const wrap = (s: string) => `${s.replace(/(.{80})/g, "$1\n")}\n`;

export const hostileMarkdown: Record<string, (n: number) => string> = {
  "nested strong emphasis": (n) => wrap(`${rep("*a **a ", n / 7)}b${rep(" a** a*", n / 7)}`),
  "emphasis closers without openers": (n) => wrap(`${rep("a_ ", n / 3)}`),
  "emphasis openers without closers": (n) => wrap(`${rep("_a ", n / 3)}`),
  "link closers without openers": (n) => wrap(`${rep("a]", n / 2)}`),
  "link openers without closers": (n) => wrap(`${rep("[a", n / 2)}`),
  "link openers and emphasis closers": (n) => wrap(`${rep("[ a_", n / 4)}`),
  "mismatched openers and closers": (n) => wrap(`${rep("*a_ ", n / 4)}`),
  "openers and closers multiple of 3": (n) => wrap(`a**b${rep("c* ", n / 3)}`),
  "nested brackets": (n) => wrap(`${rep("[", n / 2)}a${rep("]", n / 2)}`),
  "nested block quotes": (n) => `${rep(">", Math.min(n, 5_000))} a\n`,
  "deeply nested lists": (n) =>
    Array.from({ length: Math.min(n / 40, 2_000) }, (_, i) => `${rep("  ", i)}* a\n`).join(""),
  backticks: (n) => `${Array.from({ length: Math.sqrt(n) | 0 }, (_, i) => `e${rep("`", i + 1)}`).join("")}\n`,
  "unclosed links A": (n) => wrap(`${rep("[a](<b", n / 6)}`),
  "unclosed links B": (n) => wrap(`${rep("[a](b", n / 5)}`),
  "unclosed <!--": (n) => wrap(`</${rep("<!--", n / 4)}`),
  "many link definitions with the same label": (n) => rep("[a]: /b\n", n / 8),
  "reference flood (undefined)": (n) =>
    `${wrap(Array.from({ length: n / 14 }, (_, i) => `[x][ref${i}x] `).join(""))}\n[ref0]: /a\n`,
  "broken anchor flood": (n) => {
    const k = Math.sqrt(n / 2) | 0;
    const heads = Array.from({ length: k }, (_, i) => `# heading number ${i}\n`).join("");
    const links = Array.from({ length: k }, (_, i) => `[l](#headinh-numbre-${i}x)\n`).join("");
    return heads + "\n" + links;
  },
  "undefined references with many definitions": (n) => {
    const k = Math.sqrt(n / 2) | 0;
    const defs = Array.from({ length: k }, (_, i) => `[definition-${i}]: /d${i}\n`).join("");
    const refs = Array.from({ length: k }, (_, i) => `[x][defintion-${i}y]\n`).join("\n");
    return `${defs}\n${refs}\n`;
  },
  "huge paragraph": (n) => wrap(`${rep("word ", n / 5)}`),
  "huge single line": (n) => `${rep("a", n)}\n`,
  "wide table": (n) => {
    const cols = Math.min(Math.sqrt(n) | 0, 300);
    const row = `|${rep(" a |", cols)}\n`;
    return `${row}|${rep(" - |", cols)}\n${rep(row, n / row.length)}`;
  },
  "table of pipes": (n) => `| a |\n| - |\n${rep("|", n)}\n`,
  "table with emphasis cells": (n) => `| a | b |\n| - | - |\n${rep("| *a | _b |\n", n / 12)}`,
  "long table": (n) => `| a | b |\n| - | - |\n${rep("| x | y |\n", n / 10)}`,
  "many autolinks": (n) => wrap(`${rep("www.a.b ", n / 8)}`),
  "many html tags": (n) => wrap(`${rep("<a href='x'>", n / 12)}`),
  "json fence nested arrays": (n) => `\`\`\`json\n${wrap(rep("[", Math.min(n, 5_000)))}\`\`\`\n`,
  "many headings": (n) => rep("# h\n", n / 4),
  "many list items": (n) => rep("- a\n", n / 4),
  "many code fences": (n) => rep("```js\nx(\n```\n", n / 13),
};

/** Inputs just inside each budget: the slowest a file can be and still be parsed. */
export const budgetEdgeMarkdown: Record<string, () => string> = {
  "two paragraphs at the delimiter budget (nested brackets)": () =>
    `${wrap(`${rep("[", 1_495)}a${rep("]", 1_495)}`)}\n${wrap(`${rep("[", 1_495)}a${rep("]", 1_495)}`)}`,
  "paragraph at the delimiter budget (mismatched emphasis)": () => wrap(rep("*a_ ", 1_495)),
  "two tables at the row budget": () => rep(`| a | b |\n| - | - |\n${rep("| x | *y* |\n", 999)}\n`, 2),
  "two tables at the cell budget, 63 columns": () => {
    const row = `|${rep(" a |", 63)}\n`;
    return rep(`${row}|${rep(" - |", 63)}\n${rep(row, 77)}\n`, 2);
  },
  "dense list at the block budget": () => rep("- a\n", 24_990),
  "broken links at the block budget": () => rep("[x](#missing)\n\n", 24_990),
  "prose at the size budget (2 MB)": () =>
    rep(`${rep("Some ordinary prose, with a [link](other.md) and *emphasis*, wrapped at eighty.\n", 8)}\n`, 2_900),
};
