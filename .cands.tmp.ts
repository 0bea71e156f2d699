import { readFileSync } from 'fs';
import { extractFacts } from '/work/main/src/lib/generator/extract';
import { makeArt } from '/work/main/src/lib/generator/10-context';
import { indexEntities } from '/work/main/src/lib/generator/10-entities';
import { cleanQuotes, saidWhat, trueFalse, whoSaid } from '/work/main/src/lib/generator/13-cards-quotes';
import { timelineCards, whenCards } from '/work/main/src/lib/generator/14-cards-dates';
import { clozeCards } from '/work/main/src/lib/generator/15-cards-entities';
import { numberCards } from '/work/main/src/lib/generator/15-cards-numbers';
import { roleCards } from '/work/main/src/lib/generator/15-cards-roles';
import { score, select } from '/work/main/src/lib/generator/16-rank';
for (const f of process.argv.slice(2)) {
  const content = readFileSync(f, 'utf8');
  const arts = [makeArt(0, content, extractFacts(content, {}), f)];
  const ents = indexEntities(arts);
  const quotes = cleanQuotes(arts, ents);
  const cands = [...whoSaid(quotes, ents), ...saidWhat(quotes), ...trueFalse(quotes, ents), ...whenCards(arts, ents), ...timelineCards(arts, ents), ...clozeCards(arts, ents), ...roleCards(arts, ents), ...numberCards(arts, ents)];
  const sel = new Set(select(cands, 12).map((c) => c.id));
  console.log('=====', f, 'ents:', ents.map((e) => `${e.name}/${e.kind}`).join('; '));
  console.log('quotes:', arts[0].facts.quotes.map((q) => `[${q.speaker}|${q.via}] ${q.text.slice(0, 50)}`).join('\n   '));
  for (const c of cands) console.log(sel.has(c.card.id) ? '*' : ' ', score(c).toFixed(2), c.card.type, c.card.prompt.slice(0, 150), '=>', c.card.answer);
}
