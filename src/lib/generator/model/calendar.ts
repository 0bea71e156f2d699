/** Month, weekday, season and holiday names for the date rules (data only). */
export const MONTHS: Record<string, number> = {
	january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
	august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12
};
/** Full month names, January first (for display and for spotting a month in a prompt). */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Weekday names, Monday first. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Month pattern source (full names and abbreviations with optional period). */
export const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
/** Weekdays, ISO numbering (Monday = 1). */
export const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
/** Season names -> TIMEX3 codes. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
/** Fixed-date holidays: name -> [month, day]. */
/** Words that make a weekday the name of an event ("Super Tuesday", "Black Friday"), not a date. */
export const NAMED_DAY_BEFORE = /\b(?:Super|Black|Good|Easter|Ash|Cyber|Bloody|Holy|Palm|Maundy|Giving|Mega|Mini|Shrove)\s+$/;

export const HOLIDAYS: Record<string, [number, number]> = {
	christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
	'new year’s day': [1, 1], 'new year’s eve': [12, 31], 'independence day': [7, 4], 'valentine’s day': [2, 14], "valentine's day": [2, 14], halloween: [10, 31]
};
/** Ordinal words used in "the first of December". */
export const ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
	thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
	'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23, 'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26,
	'twenty-seventh': 27, 'twenty-eighth': 28, 'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31
};
/** Number words for "two years ago". */
export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 0, few: 0 };
/** Day words and their offset from the day they are said. */
export const DAY_OFFSETS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0, 'last night': -1, 'this morning': 0 };
