// The JSON export scored against hand-made gold (see ../shared/gold/FORMAT.md): one row per source document.
import type { Document, Extraction } from './model.js';

export interface ExportFile {
  documents: {
    file: string;
    title: string | null;
    publisher: string | null;
    author: string | null;
    published: string | null;
    url: string | null;
    body: string;
  }[];
  entities: { name: string; kind: string; aliases: string[]; role: string | null; files: string[] }[];
  quotes: { file: string; speaker: string; role: string | null; text: string }[];
  events: { file: string; date: string; text: string; date_phrase: string; actors: string[] }[];
  confidence: { file: string; phrase: string; band: string; actor: string | null; text: string }[];
}

export function buildExport(items: { doc: Document; extraction: Extraction }[]): ExportFile {
  const out: ExportFile = { documents: [], entities: [], quotes: [], events: [], confidence: [] };
  const entities = new Map<string, ExportFile['entities'][number]>();
  for (const { doc, extraction } of items) {
    const file = doc.origin;
    out.documents.push({
      file,
      title: doc.title,
      publisher: doc.publisher,
      author: doc.author,
      published: doc.published,
      url: doc.url,
      body: doc.body,
    });
    for (const m of extraction.entities) {
      const key = `${m.kind}|${m.name.toLowerCase()}`;
      const e = entities.get(key) ?? { name: m.name, kind: m.kind, aliases: [], role: null, files: [] };
      for (const a of m.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
      e.role ??= m.roles.find((r) => r !== 'author') ?? m.roles[0] ?? null;
      if (!e.files.includes(file)) e.files.push(file);
      entities.set(key, e);
    }
    for (const q of extraction.quotes)
      out.quotes.push({ file, speaker: q.speaker, role: q.role, text: q.text });
    for (const ev of extraction.events)
      out.events.push({ file, date: ev.date, text: ev.text, date_phrase: ev.datePhrase, actors: ev.actors });
    for (const a of extraction.assessments)
      out.confidence.push({ file, phrase: a.phrase, band: a.band, actor: a.actor, text: a.text });
  }
  out.entities = [...entities.values()];
  return out;
}
