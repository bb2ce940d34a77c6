// Where the field's catalogues are published: what `sitrep knowledge update` downloads, in this order,
// unless SITREP_KNOWLEDGE_URLS or `--from` names a mirror. Each file's format is told from its first bytes,
// so a mirror may list any of them, under any name.

/** The publishers' own addresses of every catalogue Sitrep reads. */
export const CATALOGUE_URLS: readonly string[] = [
  // MITRE ATT&CK, STIX 2.1 as attack-stix-data publishes it (Enterprise is ~45 MB, read as a stream).
  'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/enterprise-attack.json',
  'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/ics-attack/ics-attack.json',
  'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/mobile-attack/mobile-attack.json',
  // MISP galaxy clusters: threat actors, Microsoft's names with the others', Malpedia's families, tools.
  'https://raw.githubusercontent.com/MISP/misp-galaxy/main/clusters/threat-actor.json',
  'https://raw.githubusercontent.com/MISP/misp-galaxy/main/clusters/microsoft-activity-group.json',
  'https://raw.githubusercontent.com/MISP/misp-galaxy/main/clusters/malpedia.json',
  'https://raw.githubusercontent.com/MISP/misp-galaxy/main/clusters/tool.json',
  // CISA's Known Exploited Vulnerabilities.
  'https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json',
];
