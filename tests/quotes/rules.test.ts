// Self-containment: what a card cannot stand on. Sentences from the dev transcripts (Blinken
// interview, White House gaggle) and made-up ones.
import { anaphoricOpening, dependentFragment, disfluent, endsMidThought, holdsQuestion, notSpeech, rawProblem } from '../../src/extract/quotes/rules.js';
import { trimLead } from '../../src/extract/quotes/trim.js';

/** After fillers are trimmed, does the candidate lean on what came before? */
const leansBack = (s: string) => {
  const lead = trimLead(s);
  return lead.pointsBack || anaphoricOpening(s.slice(lead.keep)) !== null || dependentFragment(s.slice(lead.keep)) !== null;
};

describe('openings that point back', () => {
  it.each([
    'That’s what we are trying, together with our partners, to guarantee this for the future.',
    'This is what President Biden and President Macron said to each other when they spoke to each other a few weeks ago.',
    'That’s one way, as we’ve seen, how the economy has bounced back in the numbers that we have seen.',
    'These are the things that he wants to continue to do: getting Americans back to work, beating the pandemic.',
    'It is not at all a question of disengagement, on the contrary.',
    'It cannot be defined in one sentence.',
    'It was also a pivotal place for our Civil Rights Movement.',
    'He knows how functional the Senate used to be and is supportive of steps that would help.',
    'They’re dear friends, and the President believes that Harry Reid is one of the greatest leaders in Senate history.',
    'Which means defending the Euro-Atlantic territory.',
    'And so, we’re going to continue to move forward on that.',
    'And that’s what he’s going to talk about in Georgia.',
    'So that’s what the letter is connected to.',
    'As I was telling you, we have a deep interest in working especially with our allies and partners.',
    'Because if we are not committed, no one will.',
    'At the same time, evacuating 125,000 people from Afghanistan was extraordinary.',
    'No. We’re still finalizing that.',
    '— and to continue how we’re going to move forward on that component is people.',
    'If you post a picture that causes them to stop.',
    'When we have an announcement.',
  ])('rejects %s', (s) => expect(leansBack(s)).toBe(true));

  it.each([
    'We cannot deal with these problems alone.',
    'There are aspects of competition, there are aspects of cooperation, there are aspects of conflict.',
    'But NATO remains fundamentally what it has always been.',
    'Look, the President believes that the right to vote is the cornerstone of our democracy.',
    'You know, the American presence, just like the French presence, in the Indo-Pacific, has been a means of guaranteeing security and stability over the past 70 years.',
    'So far there are roughly 60,000 who are in the process of being welcomed into the United States.',
    'It is time for the Senate to act on voting rights.',
    'It’s not my job to predict what the previous president is going to do.',
    'This afternoon, we are traveling to the city of Louisville, Colorado.',
    'If we are not committed, someone else will do it.',
    'When it comes to the Fed, there is not a problem.',
  ])('keeps %s', (s) => expect(leansBack(s)).toBe(false));
});

describe('endings and questions', () => {
  it('rejects a thought broken off at a dash or left trailing', () => {
    expect(endsMidThought('Yeah, let me actually — so, this is —')).not.toBeNull();
    expect(endsMidThought('I mean, do you guys —')).not.toBeNull();
    expect(endsMidThought('And then we were going to…')).not.toBeNull();
    expect(endsMidThought('We have the tools to keep our schools open')).not.toBeNull();
  });

  it('rejects a question, even one closed by a quotation mark', () => {
    expect(endsMidThought('Did you understand that France would feel betrayed by the Americans?')).not.toBeNull();
    expect(endsMidThought('He asked, “what is NATO used for today?”')).not.toBeNull();
  });

  it('accepts a closed statement, quotation marks and all', () => {
    expect(endsMidThought('We have the tools to keep our schools open.')).toBeNull();
    expect(endsMidThought('He described it as “a low blow.”')).toBeNull();
  });

  it('finds a question anywhere in a run', () => {
    expect(holdsQuestion(['We have received the tests and we have to distribute them, right?', 'That’s the process.'])).toBe(true);
    expect(holdsQuestion(['We cannot deal with these problems alone.', 'More than ever we have to work with others.'])).toBe(false);
  });
});

describe('restarts, stage directions and markup', () => {
  it.each([
    'Following that, he’ll be in the neigh- — he’ll do a neighborhood tour.',
    'We have the resources to ensure that schools are safe for educa- — for educations — for education and students.',
    'The Biparti- — Bipartisan Infrastructure Law is working.',
    'So, as we’ve mentioned, there has been R- — the RFP closed this week.',
  ])('rejects the restarted word in %s', (s) => expect(disfluent(s)).not.toBeNull());

  it('keeps a self-correction made of whole words', () => {
    expect(disfluent('We could have – we should have – done better, in terms of communication.')).toBeNull();
  });

  it('checks the raw passage for directions that cleaning removed', () => {
    expect(rawProblem('Think for example of the countries which are not under threat (inaudible) Russians, for example.')).not.toBeNull();
    expect(rawProblem('We will win this. [crosstalk 00:14:12] We will.')).not.toBeNull();
    expect(rawProblem('(Laughter.) That is the point.')).not.toBeNull();
    expect(rawProblem('We cannot deal with these problems alone.')).toBeNull();
  });

  it('rejects markup, escapes, caption timings and half a quotation', () => {
    expect(notSpeech('then meet privately with families from the town of <s>Superia</s> \\[Superior\\].')).not.toBeNull();
    expect(notSpeech('The reality is we love podcasts 00:03:53.340 --> 00:03:56.400 because of the content.')).not.toBeNull();
    expect(notSpeech('We’re going to continue to push stronger sanctions on you.”')).not.toBeNull();
    expect(notSpeech('He described it as “a low blow”, of “Trump without the tweets.”')).toBeNull();
  });
});
