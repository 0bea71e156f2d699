/** The part of pouchdb-browser the sync module uses (the package ships no types). */
declare module 'pouchdb-browser' {
	interface RemoteDb {
		bulkDocs(docs: object[]): Promise<unknown[]>;
		changes(options: object): Promise<unknown>;
	}
	const PouchDB: new (name: string, options?: object) => RemoteDb;
	export default PouchDB;
}
