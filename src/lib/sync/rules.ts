/** What the sync server enforces in every learner database: its validate_doc_update function and _security object. */

/** The document types a learner database holds (the app's validator and the server's agree on this list). */
export const DOC_TYPES = ['review', 'undo', 'suspension', 'setting', 'deck'] as const;

/**
 * CouchDB's validate_doc_update, as source (ES5: CouchDB runs it in its own JavaScript engine). A user writes only
 * documents they own, of a known type, whose id starts with the type; reviews and undos are never changed or deleted.
 * Server admins (the provisioning script) pass.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  var types = ${JSON.stringify(DOC_TYPES)};
  if (oldDoc && (oldDoc.type === 'review' || oldDoc.type === 'undo')) throw({ forbidden: 'reviews are immutable' });
  if (newDoc._deleted) {
    if (!oldDoc || oldDoc.owner !== userCtx.name) throw({ forbidden: 'only the owner deletes a document' });
    return;
  }
  if (newDoc.owner !== userCtx.name) throw({ forbidden: 'owner must be the signed-in user' });
  if (oldDoc && oldDoc.owner !== userCtx.name) throw({ forbidden: 'only the owner changes a document' });
  if (types.indexOf(newDoc.type) === -1) throw({ forbidden: 'unknown document type' });
  if (newDoc._id.indexOf(newDoc.type + ':') !== 0) throw({ forbidden: 'id must start with the type' });
}`;

/** The design document carrying the rules (its id never changes, so provisioning updates it in place). */
export const DESIGN_DOC = { _id: '_design/newsdeck', validate_doc_update: VALIDATE_DOC_UPDATE };

/** A learner database's _security: only the learner (and server admins) read or write it. */
export function learnerSecurity(user: string) {
	return { admins: { names: [], roles: [] }, members: { names: [user], roles: [] } };
}

/** Hex of a name's UTF-8 bytes (CouchDB's per-user naming; every database name allows it). */
function hex(name: string): string {
	let out = '';
	for (const b of new TextEncoder().encode(name)) out += b.toString(16).padStart(2, '0');
	return out;
}

/** A class's shared database: the teacher publishes decks there; the class's students read them. */
export function classDbName(className: string): string {
	return `class-${hex(className)}`;
}

/** Where one student's progress on a class goes when they opt in: the student writes, the teacher reads. */
export function progressDbName(className: string, student: string): string {
	return `classprog-${hex(className)}-${hex(student)}`;
}

/** validate_doc_update that lets exactly one user (besides server admins) write, with the learner rules' document checks. */
export function onlyWriter(user: string): string {
	return VALIDATE_DOC_UPDATE.replace(
		"if (userCtx.roles.indexOf('_admin') !== -1) return;",
		`if (userCtx.roles.indexOf('_admin') !== -1) return;\n  if (userCtx.name !== ${JSON.stringify(user)}) throw({ forbidden: 'only ${user.replace(/[^\w.-]/g, '')} writes here' });`
	);
}

/** _security naming some readers-and-writers (the rules decide who may write what). */
export function membersSecurity(names: string[]) {
	return { admins: { names: [], roles: [] }, members: { names: [...names].sort(), roles: [] } };
}

/** The database of one learner: CouchDB's per-user naming ("userdb-" + hex of the name), which every valid db name allows. */
export function learnerDbName(user: string): string {
	return `userdb-${hex(user)}`;
}
