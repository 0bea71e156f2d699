/** A saved news page (.html/.htm) read as its article: Readability on a linkedom document, paragraphs kept apart, the page's date as a date line. */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

/** Fewest words an HTML page's article may have; fewer means Readability found a menu, an index or a login page. */
export const MIN_HTML_ARTICLE_WORDS = 40;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/** True for a file name that is a saved web page. */
export const isHtmlFile = (file: string) => /\.html?$/i.test(file);

/** Collapses runs of white space to one space. */
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The article of an HTML page as Newsdeck article text: ` date YYYY-MM-DD ` line when the page gives its publication
 * date, the title, then one paragraph per block. Throws an Error saying why when the page holds no article.
 */
export function htmlArticle(html: string): string {
	const { document } = parseHTML(html);
	// Readability types its argument as the DOM's Document; linkedom's is a compatible implementation.
	const found = new Readability(document as unknown as Document).parse();
	if (!found?.content) throw new Error('no article found in this HTML page (it may be an index, a menu or a login page)');
	const body = parseHTML(`<!doctype html><html><body>${found.content}</body></html>`).document;
	const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
	const paragraphs = (blocks.length ? blocks : [body.body]).map((el) => squash(el.textContent)).filter(Boolean);
	const words = paragraphs.join(' ').split(' ').length;
	if (words < MIN_HTML_ARTICLE_WORDS) throw new Error(`no article found in this HTML page (only ${words} words of text; an article has at least ${MIN_HTML_ARTICLE_WORDS})`);
	const title = squash(found.title) || paragraphs[0];
	const date = /^\d{4}-\d{2}-\d{2}/.exec(found.publishedTime ?? '')?.[0];
	const head = paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
	return `${date ? `date ${date}\n` : ''}${title}\n\n${head.join('\n\n')}\n`;
}
