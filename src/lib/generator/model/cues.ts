/** Speech cue verbs (every inflection listed) and description heads for speaker rules (data only). */
const STEMS = `say:said:says:saying tell:told:tells:telling add:added:adds:adding write:wrote:writes:writing tweet:tweeted:tweets:tweeting
continue:continued:continues:continuing ask:asked:asks:asking respond:responded:responds:responding reply:replied:replies:replying
state:stated:states:stating declare:declared:declares:declaring conclude:concluded:concludes:concluding note:noted:notes:noting
explain:explained:explains:explaining insist:insisted:insists:insisting argue:argued:argues:arguing warn:warned:warns:warning
stress:stressed:stresses:stressing emphasise:emphasised:emphasises:emphasising emphasize:emphasized:emphasizes:emphasizing
claim:claimed:claims:claiming admit:admitted:admits:admitting acknowledge:acknowledged:acknowledges:acknowledging
announce:announced:announces:announcing confirm:confirmed:confirms:confirming deny:denied:denies:denying recall:recalled:recalls:recalling
complain:complained:complains:complaining concede:conceded:concedes:conceding predict:predicted:predicts:predicting
promise:promised:promises:promising urge:urged:urges:urging caution:cautioned:cautions:cautioning assert:asserted:asserts:asserting
observe:observed:observes:observing remark:remarked:remarks:remarking comment:commented:comments:commenting testify:testified:testifies:testifying
post:posted:posts:posting joke:joked:jokes:joking quip:quipped:quips:quipping answer:answered:answers:answering shout:shouted:shouts:shouting
wonder:wondered:wonders:wondering charge:charged:charges:charging suggest:suggested:suggests:suggesting counter:countered:counters:countering
muse:mused:muses:musing vow:vowed:vows:vowing pledge:pledged:pledges:pledging boast:boasted:boasts:boasting lament:lamented:laments:lamenting
agree:agreed:agrees:agreeing demand:demanded:demands:demanding thunder:thundered:thunders:thundering yell:yelled:yells:yelling
exclaim:exclaimed:exclaims:exclaiming chant:chanted:chants:chanting interject:interjected:interjects:interjecting retort:retorted:retorts:retorting
scream:screamed:screams:screaming whisper:whispered:whispers:whispering plead:pleaded:pleads:pleading reiterate:reiterated:reiterates:reiterating
elaborate:elaborated:elaborates:elaborating acknowledge:acknowledged tout:touted:touts:touting proclaim:proclaimed:proclaims:proclaiming
describe:described:describes:describing call:called:calls:calling mention:mentioned:mentions:mentioning report:reported:reports:reporting
read:read:reads:reading begin:began:begins:beginning quote:quoted:quotes:quoting express:expressed:expresses:expressing propose:proposed:proposes:proposing
define:defined:defines:defining accuse:accused:accuses:accusing question:questioned:questions:questioning
scoff:scoffed:scoffs:scoffing recount:recounted:recounts:recounting opine:opined:opines:opining gush:gushed:gushes:gushing`;

/** Every inflected cue verb form. */
export const CUE_VERBS = new Set(STEMS.split(/\s+/).flatMap((s) => s.split(':')));

/** Multi-word cue phrases matched before single verbs. */
export const CUE_PHRASES = ['according to', 'pointed out', 'shot back', 'put it', 'went on', 'in a statement', 'was quoted as saying'];

/** Description heads that denote an organisation ("the ministry said"). */
export const ORG_NOUNS = `ministry|company|group|party|agency|government|organization|organisation|department|office|court|commission|committee|union|campaign|council|firm|bank|administration|authority|authorities|embassy|network|newspaper|board|army|military|police|regulator|institute|university|foundation|movement|federation|league|association|coalition|alliance|team|club|militia|rebels|kremlin|white house|statement|spokesman|spokeswoman|spokesperson`.split('|');
