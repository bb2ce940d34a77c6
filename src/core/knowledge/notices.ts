// The notices each publisher asks to reproduce wherever its data is shown, in one place. Each catalogue
// carries its own (`CatalogueInfo.licence`); /knowledge lists them all.

/** MITRE's terms of use: its copyright, the permission, its trademarks. */
const COPYRIGHT = '© The MITRE Corporation.';
const PERMISSION = 'This work is reproduced and distributed with the permission of The MITRE Corporation.';
const TRADEMARKS = 'MITRE ATT&CK and ATT&CK are registered trademarks of The MITRE Corporation.';

/** An ATT&CK bundle's own copyright marking, completed with what the terms ask and it does not say already. */
export function attackNotice(marking: string | null): string {
  if (!marking) return [COPYRIGHT, PERMISSION, TRADEMARKS].join(' ');
  const missing = [
    /©|copyright/i.test(marking) ? null : COPYRIGHT,
    marking.includes(PERMISSION) ? null : PERMISSION,
    marking.includes(TRADEMARKS) ? null : TRADEMARKS,
  ];
  return [marking.trim(), ...missing.filter(Boolean)].join(' ');
}

export const MISP_LICENCE =
  'MISP galaxy, © the MISP Project and contributors, under CC0 1.0 or the BSD 2-Clause licence.';

export const KEV_LICENCE = 'CISA Known Exploited Vulnerabilities catalogue: public domain (CC0 1.0).';
