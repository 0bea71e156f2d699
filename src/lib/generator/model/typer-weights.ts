/** Learned chunk-typer weights (data only); rewritten by `npm run train`. Empty: the rules decide. */
import type { Weights } from '../extract/11-ranker';

/** Feature weights of the chunk typer (`class|feature`). */
export const TYPER_WEIGHTS: Weights = { 'people|rule:people': 5, 'places|rule:places': 5, 'groups|rule:groups': 5, 'none|rule:none': 5 };
