/** Errors raised by the generator layer; the message quotes the offending value. */
export class GeneratorError extends Error {
	/** Creates a generator error with a human-readable message. */
	constructor(message: string) {
		super(message);
		this.name = 'GeneratorError';
	}
}
