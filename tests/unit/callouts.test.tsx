import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {Issue, Cause, Resolution, Step} from '../../src/components/Callout';
import UiPath from '../../src/components/UiPath';
import {collectedAnchors} from '../support/docusaurus/useBrokenLinks';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);

describe('callouts render the public contract', () => {
  it('Issue has data-callout="issue" and its text', () => {
    const out = html(<Issue>Amazon never receives the order.</Issue>);
    expect(out).toMatch(/^<section id="issue" data-callout="issue"/);
    expect(out).toContain('Amazon never receives the order.');
    expect(out).not.toContain('data-copy-link');
  });

  it('Cause carries its anchor, title and a copy-link button to the full URL', () => {
    const out = html(
      <Cause id="cause-test-mode" title="Test Mode is on">
        The integration is stuck in Test Mode.
      </Cause>,
    );
    expect(out).toContain('id="cause-test-mode"');
    expect(out).toContain('data-callout="cause"');
    expect(out).toContain('Test Mode is on');
    expect(out).toContain('data-copy-link="#cause-test-mode"');
    expect(out).toContain('aria-label="Copy link to Cause: Test Mode is on"');
    expect(collectedAnchors).toContain('cause-test-mode');
  });

  it('Resolution numbers its steps, links each to the causes it fixes', () => {
    const out = html(
      <Resolution>
        <Step id="step-1" fixes="cause-test-mode" causeTitles={JSON.stringify(['Test Mode is on'])}>
          Toggle Test Mode off.
        </Step>
        <Step id="step-2">Check the approval.</Step>
      </Resolution>,
    );
    expect(out).toContain('data-callout="resolution"');
    expect(out).toContain('id="resolution"');
    expect(out).toMatch(/<ol[^>]*><li id="step-1" data-step="1"/);
    expect(out).toContain('<a href="#cause-test-mode">Test Mode is on</a>');
    expect(out).toContain('data-copy-link="#step-2"');
    expect(out.match(/Fixes:/g)).toHaveLength(1);
  });

  it('UiPath shows menu levels with a separator', () => {
    const out = html(<UiPath path="Settings > Integrations" />);
    expect(out).toContain('<strong>Settings</strong>');
    expect(out).toContain(' › ');
    expect(out).toContain('data-ui-path="Settings &gt; Integrations"');
  });
});

describe('misuse fails with the component, prop, expected and received', () => {
  it('Cause without an id', () => {
    // @ts-expect-error: id is required
    expect(() => html(<Cause title="x">text</Cause>)).toThrowErrorMatchingInlineSnapshot(
      `[CalloutPropError: <Cause> id: expected an anchor like "cause-test-mode", received nothing. See the authoring guide, section "Components".]`,
    );
  });

  it('Resolution without steps', () => {
    // @ts-expect-error: children are required
    expect(() => html(<Resolution />)).toThrowErrorMatchingInlineSnapshot(
      `[CalloutPropError: <Resolution> children: expected at least one <Step>, received no <Step>. See the authoring guide, section "Components".]`,
    );
  });

  it('Step with an id that is not step-N', () => {
    expect(() => html(<Step id="first">text</Step>)).toThrowErrorMatchingInlineSnapshot(
      `[CalloutPropError: <Step> id: expected an anchor like "step-2", received "first". See the authoring guide, section "Components".]`,
    );
  });

  it('UiPath with an empty path', () => {
    expect(() => html(<UiPath path=" > " />)).toThrowErrorMatchingInlineSnapshot(
      `[CalloutPropError: <UiPath> path: expected a menu path like "Settings > Integrations", received " > ". See the authoring guide, section "Components".]`,
    );
  });
});
