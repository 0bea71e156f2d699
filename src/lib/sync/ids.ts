/** Globally unique, time-ordered ids for sync documents: device id + a ULID-like part (the clock and the randomness are passed in). */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(n: number, length: number): string {
	let out = '';
	for (let i = 0; i < length; i++) {
		out = ALPHABET[n % 32] + out;
		n = Math.floor(n / 32);
	}
	return out;
}

/** A ULID-like text: 10 characters of time (ms), then 16 of randomness from 10 bytes (`random` must hold at least 10). */
export function ulid(time: number, random: Uint8Array): string {
	if (random.length < 10) throw new RangeError('ulid: expected 10 random bytes');
	let tail = '';
	for (let i = 0; i < 10; i += 5) {
		// 5 bytes = 40 bits = 8 base-32 characters
		let n = 0;
		for (let j = 0; j < 5; j++) n = n * 256 + random[i + j];
		tail += base32(n, 8);
	}
	return base32(time, 10) + tail;
}

/** A document uid: `<device>-<ulid>`; unique across devices even if two share a device id (e.g. one restored from another's backup). */
export function makeUid(device: string, time: number, random: Uint8Array): string {
	return `${device}-${ulid(time, random)}`;
}

/** A device id: 12 base-32 characters from 8 random bytes. */
export function makeDeviceId(random: Uint8Array): string {
	let n = 0;
	let out = '';
	for (let i = 0; i < 8; i++) {
		n = n * 256 + random[i];
		if (i % 4 === 3) {
			out += base32(n, 6).slice(-6);
			n = 0;
		}
	}
	return out.toLowerCase();
}
