/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
export const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof sen rep gov lt col gen maj capt sgt adm cmdr st jr sr messrs mssrs rev hon pres supt insp det ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
		'no nos vs v etc inc ltd co corp bros dept est approx fig ft mt ave blvd rd univ assn gen ' +
		'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex vt va wash wis wyo'
	).split(' ')
);
