// Documents and extractions the store tests of every engine store (test/infra/sqlite/, conformance/).
import type { Document, Extraction } from '../../src/core/model.js';

export function doc(id: string, over: Partial<Document> = {}): Document {
  return {
    id,
    title: `Report ${id}`,
    publisher: 'NCSC',
    author: null,
    published: '2024-03-25',
    url: `https://example.org/${id}`,
    origin: `${id}.txt`,
    body: `First paragraph of ${id}.\n\nSecond paragraph.`,
    ...over,
  };
}

export const EMPTY: Extraction = { entities: [], quotes: [], events: [], assessments: [] };

export const FULL: Extraction = {
  entities: [
    { name: 'APT31', kind: 'threat_actor', aliases: ['ZIRCONIUM', 'Violet Typhoon'], roles: [] },
    { name: 'Oliver Dowden', kind: 'person', aliases: ['Dowden'], roles: ['Deputy Prime Minister'] },
  ],
  quotes: [
    {
      speaker: 'Oliver Dowden',
      speakerKind: 'person',
      role: 'Deputy Prime Minister',
      text: 'The UK will not tolerate malicious cyber activity.',
      paragraph: 3,
    },
    { speaker: 'NCSC', speakerKind: 'organisation', role: null, text: 'Be vigilant.', paragraph: 5 },
  ],
  events: [
    {
      date: '2021/2022',
      text: 'The Electoral Commission was compromised between 2021 and 2022.',
      datePhrase: 'between 2021 and 2022',
      actors: ['Electoral Commission'],
      paragraph: 1,
    },
  ],
  assessments: [
    {
      phrase: 'almost certain',
      band: 'almost certain',
      text: 'It is almost certain that APT31 conducted reconnaissance.',
      actor: 'APT31',
      paragraph: 1,
    },
    {
      phrase: 'highly likely',
      band: 'highly likely',
      text: 'It is highly likely that a Chinese entity was responsible.',
      actor: null,
      paragraph: 1,
    },
  ],
};

export const event = (date: string, text = `event ${date}`): Extraction['events'][number] => ({
  date,
  text,
  datePhrase: date,
  actors: [],
  paragraph: 0,
});
