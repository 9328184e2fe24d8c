import path from 'node:path';
import type { BuildEvent, BuildOptions } from '../model/build-options.js';
import type { Diagnostic } from '../model/deck.js';
import { slugFromFile } from '../content/deck-files.js';
import { outputPath } from '../output.js';
import { buildFingerprint, deckInput, type DeckInput } from './cache-inputs.js';
import { CACHE_FILE, readFreshRecord, readRecord, sha256, writeRecord } from './cache-record.js';
import type { PrintFacts } from '../model/print-facts.js';

/** A deck's own data in its cache record: its warnings (counted on a cache hit) and its print's facts. */
interface DeckRecord {
  warnings: Diagnostic[];
  facts: PrintFacts;
}

/**
 * The facts of the deck's last print in `outDir` (page numbers, fitted sizes), whether or not its
 * outputs are still fresh: a preview uses them as the best guess until the next print.
 */
export async function lastPrintFacts(outDir: string, slug: string): Promise<PrintFacts | undefined> {
  const record = await readRecord<Partial<DeckRecord> | undefined>(path.dirname(outputPath(outDir, slug, CACHE_FILE)));
  return record?.extra?.facts;
}

/**
 * The content-hash cache of each deck's outputs. A deck is not rebuilt (nor parsed for
 * printing, nor is a browser started for it) when the hash of everything its outputs depend on
 * (deck bytes, local images it names, options, templates, styles, our own code) matches the
 * one recorded in out/<slug>/.studyguide-cache.json, and every file written then is intact.
 *
 * Use: `replay` a deck whose outputs are fresh (it emits them as cached), else build it and
 * `record` what was written. `observe` wraps the build's emit to keep each deck's warnings, so
 * a cache hit can say how many there were (without printing them again).
 */
export class BuildCache {
  private readonly inputs = new Map<string, Promise<DeckInput>>();
  private readonly warnings = new Map<string, Diagnostic[]>();
  /** The files of each folder read as one deck. */
  private readonly members = new Map<string, string[]>();

  private constructor(
    private readonly opts: Pick<BuildOptions, 'outDir' | 'cache'>,
    private readonly fingerprint: string,
  ) {}

  /** Fingerprints the options, templates, styles and code once for the whole build. */
  static async open(opts: BuildOptions, assetDirs: string[]): Promise<BuildCache> {
    return new BuildCache(opts, await buildFingerprint(opts, assetDirs));
  }

  /** The emit function to give the build: passes every event on, keeping warnings per deck file. */
  observe(emit: (e: BuildEvent) => void): (e: BuildEvent) => void {
    return (e) => {
      if (e.type === 'warning') {
        const list = this.warnings.get(e.diagnostic.file) ?? [];
        list.push(e.diagnostic);
        this.warnings.set(e.diagnostic.file, list);
      }
      emit(e);
    };
  }

  /** True when the deck's outputs are fresh: its files are emitted (as cached) instead, with its warning count. */
  async replay(file: string, emit: (e: BuildEvent) => void): Promise<boolean> {
    // The key comes from the bytes read now, before building: an edit made mid-build misses next time.
    const key = this.keyOf(file);
    if (this.opts.cache === false) return false;
    const dir = deckOutDir(this.opts.outDir, file);
    const record = await readFreshRecord<DeckRecord>(dir, await key);
    if (!record) return false;
    // A no-op rebuild does not print the deck's warnings again; the first file carries their count.
    const warnings = record.extra?.warnings?.length ?? 0;
    record.files.forEach((f, i) =>
      emit({
        type: 'output',
        deck: slugFromFile(file),
        file: path.join(dir, f.name),
        pages: f.pages,
        bytes: f.bytes,
        ms: 0,
        cached: true,
        sha256: f.sha256,
        ...(f.note ? { note: f.note } : {}),
        ...(i === 0 && warnings ? { warnings } : {}),
      }),
    );
    return true;
  }

  /** Records the files just written for a deck, with the key of the bytes it was built from and what their print settled. */
  async record(file: string, written: { path: string; data: string | Uint8Array; pages?: number; note?: string }[], facts: PrintFacts = {}): Promise<void> {
    const warnings = [file, ...(this.members.get(file) ?? [])].flatMap((f) => this.warnings.get(f) ?? []);
    const extra: DeckRecord = { warnings, facts };
    await writeRecord(deckOutDir(this.opts.outDir, file), await this.keyOf(file), written, extra);
  }

  /** A folder whose files are one deck (content/folder-deck.ts): its key hashes each file's name and key. */
  addFolder(folder: string, files: string[]): void {
    this.members.set(folder, files);
    const inputs = Promise.all(files.map((f) => this.inputOf(f)));
    this.inputs.set(
      folder,
      inputs.then((all) => ({ key: sha256(all.map((input, i) => `${path.basename(files[i])}\0${input.key}`).join('\0')) })),
    );
  }

  /** The key of a deck as first read in this build. */
  async keyOf(file: string): Promise<string> {
    return (await this.inputOf(file)).key;
  }

  /**
   * The deck's bytes as first read in this build, the ones its key hashes: the build parses
   * these, so an edit made mid-build (and undone) can never pass as the recorded outputs' source.
   * Undefined when the deck could not be read safely.
   */
  async bytesOf(file: string): Promise<Buffer | undefined> {
    return (await this.inputOf(file)).bytes;
  }

  private inputOf(file: string): Promise<DeckInput> {
    let input = this.inputs.get(file);
    if (!input) this.inputs.set(file, (input = deckInput(file, this.fingerprint)));
    return input;
  }
}

/** out/<slug>/ of a deck file (through outputPath, so it never leaves the output folder). */
const deckOutDir = (outDir: string, file: string): string => path.dirname(outputPath(outDir, slugFromFile(file), CACHE_FILE));
