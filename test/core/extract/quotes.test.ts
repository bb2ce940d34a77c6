import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities.js';
import { extractQuotes } from '../../../src/core/extract/quotes.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

function quotes(text: string) {
  const paras = text.split('\n\n').map(toParagraph);
  const { mentions, spans } = extractEntities(paras);
  return extractQuotes(paras, spans, mentions).map((q) => [q.speaker, q.text]);
}

describe('extractQuotes', () => {
  it('reads "X said: “…”" with the role before the name', () => {
    expect(quotes('Security Minister Tom Tugendhat said: “We will not let this stand.”')).toEqual([
      ['Tom Tugendhat', 'We will not let this stand.'],
    ]);
  });

  it('reads "“…,” said X" and "“…,” X said"', () => {
    expect(
      quotes('“The actors were patient and well resourced,” said Sarah Connor, a researcher at the firm.'),
    ).toEqual([['Sarah Connor', 'The actors were patient and well resourced']]);
    expect(quotes('“We have seen this pattern before,” Detective Inspector Mark Ellis said.')).toEqual([
      ['Mark Ellis', 'We have seen this pattern before'],
    ]);
  });

  it('resolves "he said" to the last person named outside quotes', () => {
    const text =
      'Peter Hall, chief executive of the company, said the breach was contained.\n\n“No customer data left our network,” he said.';
    expect(quotes(text)).toEqual([['Peter Hall', 'No customer data left our network']]);
  });

  it('keeps the speaker across paragraphs that re-open with a quote mark', () => {
    const text =
      'Anna Berg said: “The first paragraph of the statement is here.\n\n“The second paragraph continues the same statement.”\n\nThe ministry declined to comment further on the matter.';
    expect(quotes(text)).toEqual([
      ['Anna Berg', 'The first paragraph of the statement is here.'],
      ['Anna Berg', 'The second paragraph continues the same statement.'],
    ]);
  });

  it('reads a quote split by its attribution', () => {
    const text =
      '“It is completely unacceptable that they did this,” Foreign Secretary David Lammy said. “We will respond in a measured way.”';
    expect(quotes(text)).toEqual([
      ['David Lammy', 'It is completely unacceptable that they did this'],
      ['David Lammy', 'We will respond in a measured way.'],
    ]);
  });

  it('reads straight quotes, a speaker who said something first, and organisations as speakers', () => {
    expect(
      quotes('The Electoral Commission said the incident "did not affect the security of any election".'),
    ).toEqual([['Electoral Commission', 'did not affect the security of any election']]);
    expect(
      quotes(
        'Foreign Ministry Spokesperson Mao Ning said when asked about the report: "China firmly opposes such smears."',
      ),
    ).toEqual([['Mao Ning', 'China firmly opposes such smears.']]);
  });

  it('ignores scare quotes and quotes nobody is said to have said', () => {
    expect(quotes('The agency said it was “highly likely” and “almost certain”.')).toEqual([]);
    expect(quotes('A report titled “The State of Ransomware in the Public Sector” was published.')).toEqual(
      [],
    );
  });
});

describe('a speaker after the quote', () => {
  it('stands right after the quote, not further on in another clause', () => {
    expect(
      quotes('“We will respond in kind,” the statement read, and Peter Hall said nothing more.'),
    ).toEqual([]);
    expect(quotes('“We will respond in kind,” the NCSC said, and Peter Hall agreed.')).toEqual([
      ['National Cyber Security Centre', 'We will respond in kind'],
    ]);
  });
});

describe('attributions with long titles and full names', () => {
  it('reads the person after a long title, past the bodies the title names', () => {
    expect(
      quotes(
        '“This action exposes the brokers who moved the ransom payments,” said Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson.',
      ),
    ).toEqual([['Brian E. Nelson', 'This action exposes the brokers who moved the ransom payments']]);
    expect(
      quotes(
        '“The bureau will follow these intruders wherever they hide,” said Special Agent in Charge Marcus Reed of the FBI Field Office in Denver.',
      ),
    ).toEqual([['Marcus Reed', 'The bureau will follow these intruders wherever they hide']]);
  });

  it('keeps middle initials, suffixes and patronymics', () => {
    // The entity rules may name him with or without the suffix; either way it is him.
    const [speaker] =
      quotes(
        '“We traced every payment to the operators,” said Acting Director Samuel T. Hargrove Jr. of the agency.',
      )[0] ?? [];
    expect(speaker).toMatch(/^Samuel T\. Hargrove/);
    expect(
      quotes('“The servers were rented under false names,” said the prosecutor, Dmitri Ivanovich Volkov.'),
    ).toEqual([['Dmitri Ivanovich Volkov', 'The servers were rented under false names']]);
  });

  it('reads a lead-in whose speaker has a middle initial or a title with a stop', () => {
    expect(
      quotes(
        'Attorney General Harriet P. Lowell said the charges would “expose years of theft from universities.”',
      ),
    ).toEqual([['Harriet P. Lowell', 'expose years of theft from universities.']]);
    expect(
      quotes(
        'The unit was disbanded. U.S. Attorney Colin R. Mayhew said: “The defendants hid behind false names.”',
      ),
    ).toEqual([['Colin R. Mayhew', 'The defendants hid behind false names.']]);
  });

  it('keeps the suffix the text writes after a speaker’s name, and finds the name again by surname', () => {
    const text = [
      '“The unit laundered the proceeds through two exchanges,” said U.S. Attorney Walter Brandt Jr. for the district.',
      '“The forfeiture covers every wallet we traced,” Mr. Brandt said.',
      '“The servers were seized in a joint operation,” Director Ilse Marr, Jr., said.',
    ].join('\n\n');
    expect(quotes(text).map(([speaker]) => speaker)).toEqual([
      'Walter Brandt Jr.',
      'Walter Brandt Jr.',
      'Ilse Marr Jr.',
    ]);
  });

  it('reads a title before the name when the name comes first', () => {
    expect(
      quotes('“The campaign reached dozens of providers,” Director-General of the Bureau Kari Lund said.'),
    ).toEqual([['Kari Lund', 'The campaign reached dozens of providers']]);
  });

  it('gives each official in a row their own quote, never the previous speaker’s', () => {
    const text = [
      '“The first official speaks about the sanctions today,” said Treasury Secretary Janet Morrow.',
      '“The second official speaks about the indictment,” said Assistant Attorney General Nora Baxter of the National Security Division.',
      '“A third voice nobody names speaks here,” a spokesperson said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Janet Morrow', 'The first official speaks about the sanctions today'],
      ['Nora Baxter', 'The second official speaks about the indictment'],
    ]);
  });

  it('calls a speaker by the full name the document gives them elsewhere', () => {
    const text =
      '“The bureau has named the group,” said Director Ana Silva.\n\n“It will not be the last,” Ms Silva said.';
    expect(quotes(text).map(([speaker]) => speaker)).toEqual(['Ana Silva', 'Ana Silva']);
    const named =
      'Minister for Water Gráinne O’Dowd said the campaign targeted utilities.\n\n“The campaign was reckless,” Ms O’Dowd said.';
    expect(quotes(named)).toEqual([['Gráinne O’Dowd', 'The campaign was reckless']]);
  });

  it('calls a speaker given by office and surname by the full name the document gives', () => {
    const text =
      'Minister for Water Linda Harrow said the utilities were warned.\n\n“We told every operator within the hour,” Minister Harrow said.';
    expect(quotes(text)).toEqual([['Linda Harrow', 'We told every operator within the hour']]);
  });

  it('gives a quote the office speaks to the one person the document names in that office', () => {
    const text =
      'Water Minister Linda Harrow visited the plant on Friday.\n\nThe Water Minister said: “Every operator has been told what to patch.”';
    expect(quotes(text)).toEqual([['Linda Harrow', 'Every operator has been told what to patch.']]);
  });

  it('reads a release’s line that says whose the quote below is', () => {
    const attributable =
      'Quotes attributable to Director-General Ruth Calder:\n\n“The bureau traced the servers to the unit.”';
    expect(quotes(attributable)).toEqual([['Ruth Calder', 'The bureau traced the servers to the unit.']]);
    const from =
      'Comment from Owen Pryce, head of the bureau:\n\n“The unit has been named and it will be answered.”';
    expect(quotes(from)).toEqual([['Owen Pryce', 'The unit has been named and it will be answered.']]);
  });
});

describe('runs of quoted paragraphs', () => {
  it('give every paragraph of a run the speaker named where it closes', () => {
    const text = [
      'The agency released a statement on the campaign.',
      '“The first paragraph of the statement sets out the campaign.',
      '“The second paragraph sets out the response.',
      '“The last paragraph closes the statement,” said Director Ana Silva.',
    ].join('\n\n');
    expect(quotes(text).map(([speaker]) => speaker)).toEqual(['Ana Silva', 'Ana Silva', 'Ana Silva']);
  });

  it('give a run the end of the text cuts off no speaker, rather than the previous one’s', () => {
    const text = [
      '“The first statement is complete and attributed,” said Director Ana Silva.',
      '“This statement was cut off before its attribu',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['Ana Silva', 'The first statement is complete and attributed']]);
  });
});

describe('short attributed quotes', () => {
  it('are quotes with a named speaker and a speech verb beside them, scare quotes are not', () => {
    expect(quotes('Foreign Minister Jana Novak called the intrusion “reckless and irresponsible”.')).toEqual([
      ['Jana Novak', 'reckless and irresponsible'],
    ]);
    expect(quotes('The so-called “bulletproof” hosting firm rented the servers.')).toEqual([]);
    expect(quotes('Officials described the group as “persistent” in their reports.')).toEqual([]);
    expect(quotes('The malware, which the ministry calls “Viper,” was found on the servers.')).toEqual([]);
    expect(quotes('The bureau said the operation, dubbed “NIGHTFALL,” ended on Friday.')).toEqual([]);
  });

  it('are no quotes when they are a title in quote marks', () => {
    expect(
      quotes(
        'Director Ana Silva said in a notice, “Securing Water Utilities Against Remote Intrusions”, that help was ready.',
      ),
    ).toEqual([]);
    expect(
      quotes('Director Ana Silva said: “Water utilities must change every default password now.”'),
    ).toEqual([['Ana Silva', 'Water utilities must change every default password now.']]);
  });
});

describe('speeches without quote marks', () => {
  it('reads a record whose headings name the speaker above the speech', () => {
    const text = [
      'The Minister for Digital Security (Ms Clara Booth)',
      'I thank the hon. Member for her question. The threat to our water companies is real.',
      'We will publish the review in the spring.',
      'Peter Quinn (Northtown and Weybridge) (Lab)',
      'Will the Minister say what was done after the breach?',
      'Mr Speaker',
      'Order. I call the shadow Minister.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Clara Booth', 'I thank the hon. Member for her question. The threat to our water companies is real.'],
      ['Clara Booth', 'We will publish the review in the spring.'],
      ['Peter Quinn', 'Will the Minister say what was done after the breach?'],
    ]);
  });

  it('reads a speaker’s name alone on a line once the record has named speakers, and no byline', () => {
    const text = [
      'The Minister for Digital Security (Ms Clara Booth)',
      'I thank the hon. Member for her question on the water companies.',
      'Peter Quinn (Northtown) (Lab)',
      'Will the Minister say what was done after the breach?',
      'Clara Booth',
      'We acted at once and met every water company.',
    ].join('\n\n');
    expect(quotes(text).map(([speaker]) => speaker)).toEqual(['Clara Booth', 'Peter Quinn', 'Clara Booth']);
    expect(quotes('Clara Booth\n\nThe water company restored its systems overnight, it said.')).toEqual([]);
  });

  it('reads a debate printed as one run of text, speaker by speaker', () => {
    const text =
      'Water Security Madam Deputy Speaker (Dame Rosa Kemp) I call the Minister to open the debate. 14:02:00 The Minister for Digital Security (Ms Clara Booth) I beg to move, That this House has considered water security. Peter Quinn (Northtown) (Lab) I thank the Minister for giving way to me.';
    expect(quotes(text)).toEqual([
      ['Rosa Kemp', 'I call the Minister to open the debate.'],
      ['Clara Booth', 'I beg to move, That this House has considered water security.'],
      ['Peter Quinn', 'I thank the Minister for giving way to me.'],
    ]);
  });

  it('reads a heading that repeats the name after a picture’s label', () => {
    const text = [
      'Clara Booth Portrait Ms Clara Booth (Northtown) (Lab)',
      'Hansard - - - Excerpts',
      'I beg to move that this House has considered water security.',
      'Rosa Kemp Portrait Madam Deputy Speaker',
      'I call the shadow Minister to respond.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Clara Booth', 'I beg to move that this House has considered water security.'],
      ['Rosa Kemp', 'I call the shadow Minister to respond.'],
    ]);
  });

  it('reads headings a colon closes, as the text versions of records print them', () => {
    const text = [
      'Peter Quinn (Northtown) (Lab): Will the Minister say what was done after the breach?',
      'The Minister for Digital Security (Ms Clara Booth): We acted at once and met every water company.',
      'Hon. Tobias Wren (Minister of Public Safety, Lib.): Mr. Speaker, we are working with our allies on this.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Peter Quinn', 'Will the Minister say what was done after the breach?'],
      ['Clara Booth', 'We acted at once and met every water company.'],
      ['Tobias Wren', 'Mr. Speaker, we are working with our allies on this.'],
    ]);
  });

  it('reads members a record names in capitals, with their electorate, office and time', () => {
    const text = [
      'Mr QUINN (Northtown—Minister for Home Affairs) (14:10): The agency briefed me on the compromise last week.',
      'Senator BOOTH (Western District—Minister for Foreign Affairs) (14:21): I thank the senator for the question.',
      'Hon CLARA BOOTH (Minister responsible for the Bureau): The Government has named the actor responsible.',
      'NOTICE: The sitting is suspended until the ringing of the bells.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Mr Quinn', 'The agency briefed me on the compromise last week.'],
      // The surname alone takes the full name the record gives below.
      ['Clara Booth', 'I thank the senator for the question.'],
      ['Clara Booth', 'The Government has named the actor responsible.'],
    ]);
  });

  it('reads a name line with the constituency and party on the line below', () => {
    const text = [
      'Peter Quinn',
      '(Northtown and Weybridge) (Lab)',
      'Will the Minister say what was done?',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['Peter Quinn', 'Will the Minister say what was done?']]);
  });

  it('reads a transcript’s "Name:" at the head of a paragraph, but not a label', () => {
    expect(
      quotes(
        'Peter Quinn: I thank the Minister for her answer on the breach.\n\nThe minister left the room after that.',
      ),
    ).toEqual([['Peter Quinn', 'I thank the Minister for her answer on the breach.']]);
    expect(quotes('Update: The water company restored its systems overnight.')).toEqual([]);
  });

  it('does not take a member named in running text for a heading', () => {
    expect(
      quotes('I thank my hon. Friend the Member for Northtown (Peter Quinn) for raising this matter today.'),
    ).toEqual([]);
  });
});

describe('dash quotes', () => {
  it('attribute a dash paragraph to the speaker its attribution names, and the next one to the same', () => {
    const text = [
      '– We are investigating the breach with our partners, says Chief Inspector Jari Räty of the National Bureau of Investigation.',
      '– The attackers used stolen credentials to reach the mail server.',
      'The police asked the public for information.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Jari Räty', 'We are investigating the breach with our partners'],
      ['Jari Räty', 'The attackers used stolen credentials to reach the mail server.'],
    ]);
  });

  it('give a dash paragraph the end of the text cuts off no speaker', () => {
    const text =
      '– We are investigating the breach, says Chief Inspector Jari Räty.\n\n– The attackers used stolen cred';
    expect(quotes(text)).toEqual([['Jari Räty', 'We are investigating the breach']]);
  });
});
