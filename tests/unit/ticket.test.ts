import {describe, expect, it} from 'vitest';
import {contactHref, ticketMarkdown, ticketPlainText, troubleshooterContactHref} from '../../src/kb/ticket';

const input = {
  kbId: 'AMZ-003',
  title: 'Orders display as "Cancelled" [in] Procurify',
  url: 'http://127.0.0.1:3000/articles/order-cancelled',
  steps: [
    {id: 'step-1', text: 'Hover over the status.'},
    {id: 'step-2', text: 'Submit a *new* Order Request.'},
  ],
};

const message = (href: string) => new URLSearchParams(href.slice(href.indexOf('?') + 1));

describe('ticket text', () => {
  it('numbers the steps, each with its anchor link, as plain text', () => {
    expect(ticketPlainText(input).split('\n')).toEqual([
      'AMZ-003: Orders display as "Cancelled" [in] Procurify',
      'http://127.0.0.1:3000/articles/order-cancelled',
      '',
      'Resolution steps:',
      '1. Hover over the status. (http://127.0.0.1:3000/articles/order-cancelled#step-1)',
      '2. Submit a *new* Order Request. (http://127.0.0.1:3000/articles/order-cancelled#step-2)',
    ]);
  });

  it('escapes Markdown in titles and steps', () => {
    const md = ticketMarkdown(input);
    expect(md).toContain(
      '**[AMZ-003: Orders display as "Cancelled" \\[in\\] Procurify](http://127.0.0.1:3000/articles/order-cancelled)**',
    );
    expect(md).toContain(
      '2. Submit a \\*new\\* Order Request. ([link](http://127.0.0.1:3000/articles/order-cancelled#step-2))',
    );
  });
});

describe('contact links', () => {
  it('"Still stuck?" names the article and only the steps tried', () => {
    const params = message(contactHref('mailto:help@example.com', input, ['step-2']));
    expect(params.get('subject')).toBe('Still stuck after AMZ-003: Orders display as "Cancelled" [in] Procurify');
    expect(params.get('body')).toContain('- Step 2: Submit a *new* Order Request.');
    expect(params.get('body')).not.toContain('Step 1');
    expect(message(contactHref('mailto:help@example.com', input, [])).get('body')).toContain(
      'Steps I have tried: none yet',
    );
  });

  it('keeps the query of an https contact form', () => {
    expect(contactHref('https://help.example.com/new?team=kb', input, [])).toMatch(
      /^https:\/\/help\.example\.com\/new\?team=kb&subject=/,
    );
  });

  it('after the troubleshooter, carries every answer given, in order, and the page they were given on', () => {
    const href = troubleshooterContactHref('mailto:help@example.com', {
      kbId: 'AMZ-002',
      title: 'Orders are not submitting',
      url: 'http://127.0.0.1:3000/troubleshoot?path=yes.no',
      answers: [
        {question: 'Approved?', answer: 'Yes'},
        {question: 'Test Mode off?', answer: 'Yes & sure'},
      ],
    });
    const params = message(href);
    expect(params.get('subject')).toBe('Still stuck after the troubleshooter (AMZ-002: Orders are not submitting)');
    expect(params.get('body')!.split('\n').slice(0, 6)).toEqual([
      'My answers rule out each cause of AMZ-002 Orders are not submitting.',
      'http://127.0.0.1:3000/troubleshoot?path=yes.no',
      '',
      'My answers:',
      '- Approved? Yes',
      '- Test Mode off? Yes & sure',
    ]);
  });
});
