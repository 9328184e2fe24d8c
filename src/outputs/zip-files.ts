import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../crc32.js';

/**
 * A zip archive of the files, each deflated by Node's zlib, every entry dated `mtime` (a fixed
 * date keeps the archive byte for byte reproducible). fflate's zipSync deflated in JavaScript,
 * run cold once a build: 0.25 s of CPU for each bundled deck's 240 KB Anki collection, a twentieth
 * of the whole build's; zlib takes a few milliseconds. Names are stored as UTF-8 (flag bit 11).
 */
export function zipFiles(files: Record<string, Uint8Array>, mtime: Date): Uint8Array {
  const { time, date } = dosDateTime(mtime);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    // The fields a local header and its central directory record share, from "version needed" on.
    const shared = Buffer.alloc(26);
    shared.writeUInt16LE(20, 0); // version needed: 2.0, deflate
    shared.writeUInt16LE(nameBytes.length !== name.length ? 0x800 : 0, 2);
    shared.writeUInt16LE(8, 4); // deflate
    shared.writeUInt16LE(time, 6);
    shared.writeUInt16LE(date, 8);
    shared.writeUInt32LE(crc, 10);
    shared.writeUInt32LE(packed.length, 14);
    shared.writeUInt32LE(data.length, 18);
    shared.writeUInt16LE(nameBytes.length, 22);
    shared.writeUInt16LE(0, 24); // no extra field
    const local = Buffer.concat([signature(0x04034b50), shared, nameBytes]);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    shared.copy(record, 6);
    // Comment length, disk number, internal and external attributes: 0.
    record.writeUInt32LE(offset, 42);
    central.push(record, nameBytes);
    parts.push(local, packed);
    offset += local.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

function signature(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}

/** The MS-DOS time and date fields of a zip entry (local time, as zip tools read them; 2-second steps). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
