/**
 * The guided troubleshooter of the AMZ guide, as typed data. Questions and answers only use
 * what the articles say; outcomes name an article by KB ID and an anchor on
 * it (a cause or a step), and the kb plugin checks at build that every
 * answer leads somewhere, every outcome exists and every article is reached.
 */
import {supportedDomains} from '../domains';
import type {TroubleshooterDefinition} from './types';

/** The Amazon Business PunchOut guide's tree, at /troubleshoot where its links were first published. */
export const amzTroubleshooter: TroubleshooterDefinition = {
  guide: 'amz',
  path: '/troubleshoot',
  start: 'option',
  questions: [
    {
      id: 'option',
      text: 'Can the user see the Amazon option under the Supplier Portal when creating an Order Request?',
      answers: [
        {id: 'no', label: 'No, the Amazon option is missing', next: 'group'},
        {id: 'setup', label: 'We are still setting up the integration', next: 'domain'},
        {id: 'yes', label: 'Yes, the problem is with an order', next: 'order'},
      ],
    },
    {
      id: 'group',
      text: 'Is the user in the correct Amazon PunchOut Group in Procurify?',
      help: 'Look under Settings › Integrations.',
      answers: [
        {
          id: 'no',
          label: 'No, or not sure',
          next: {kbId: 'AMZ-001', anchor: 'cause-access-group', summary: 'Add the user to the Amazon PunchOut Group.'},
        },
        {
          id: 'yes',
          label: 'Yes',
          next: {
            kbId: 'AMZ-001',
            anchor: 'cause-amazon-roles',
            summary: 'Check the user’s Requisitioner and PunchOut User roles in Amazon Business.',
          },
        },
      ],
    },
    {
      id: 'domain',
      text: 'Is your country’s Amazon domain missing from the list during setup?',
      help: `Supported domains: ${supportedDomains.map((d) => d.domain).join(', ')}.`,
      answers: [
        {
          id: 'yes',
          label: 'Yes',
          next: {
            kbId: 'AMZ-007',
            anchor: 'cause-unsupported-domain',
            summary: 'Only some regional domains are supported.',
          },
        },
        {id: 'no', label: 'No, users cannot see the Amazon option', next: 'group'},
      ],
    },
    {
      id: 'order',
      text: 'What happened to the order?',
      answers: [
        {id: 'not-received', label: 'Amazon never received it', next: 'approved'},
        {id: 'cancelled', label: 'It shows "Order Cancelled" in Procurify', next: 'reason'},
        {
          id: 'approve-error',
          label: 'An error stops the final approval',
          next: {
            kbId: 'AMZ-004',
            anchor: 'cause-payment-mismatch',
            summary: 'The payment methods in Procurify and Amazon Business do not match.',
          },
        },
        {
          id: 'pending',
          label: 'A deleted draft still shows "Pending" in Amazon',
          next: {kbId: 'AMZ-005', anchor: 'cause-awaiting-cxml', summary: 'The cart clears itself after about 7 days.'},
        },
        {
          id: 'shipped',
          label: 'It was cancelled in Procurify but still shipped',
          next: {
            kbId: 'AMZ-006',
            anchor: 'cause-no-cancellation-signal',
            summary: 'Cancel the order in Amazon Business as well.',
          },
        },
      ],
    },
    {
      id: 'approved',
      text: 'Has the final approver approved it?',
      answers: [
        {
          id: 'no',
          label: 'No, or not sure',
          next: {
            kbId: 'AMZ-002',
            anchor: 'cause-final-approval',
            summary: 'Amazon does not receive the order until it is fully approved.',
          },
        },
        {id: 'yes', label: 'Yes, it is fully approved', next: 'test-mode'},
      ],
    },
    {
      id: 'test-mode',
      text: 'Is Test Mode toggled off for the integration?',
      help: 'Look under Settings › Integrations.',
      answers: [
        {
          id: 'no',
          label: 'No, or not sure',
          next: {kbId: 'AMZ-002', anchor: 'cause-test-mode', summary: 'Toggle Test Mode off.'},
        },
        {id: 'yes', label: 'Yes, Test Mode is off', next: 'characters'},
      ],
    },
    {
      id: 'characters',
      text: 'Does the user’s name or the shipping address contain accents or symbols?',
      help: 'For example é, ü, ß, &, or curly quotes.',
      tool: {label: 'Check them with the special-character checker.', to: '/tools/character-check'},
      answers: [
        {
          id: 'yes',
          label: 'Yes, or not sure',
          next: {
            kbId: 'AMZ-008',
            anchor: 'cause-special-characters',
            summary: 'Amazon silently rejects orders with special characters.',
          },
        },
        {id: 'no', label: 'No', next: 'popup'},
      ],
    },
    {
      id: 'popup',
      text: 'Did the user close the Procurify pop-up window before adding the Account Code and clicking Submit?',
      answers: [
        {
          id: 'yes',
          label: 'Yes, or not sure',
          next: {
            kbId: 'AMZ-002',
            anchor: 'cause-popup-closed',
            summary: 'The draft does not save if the pop-up window is closed too early.',
          },
        },
        {
          id: 'no',
          label: 'No',
          next: {kbId: 'AMZ-002', ruledOut: true, summary: 'Your answers rule out each cause this article describes.'},
        },
      ],
    },
    {
      id: 'reason',
      text: 'Hover over the "Order Cancelled" status. What rejection reason does it show?',
      answers: [
        {
          id: 'stock',
          label: 'Items out of stock',
          next: {
            kbId: 'AMZ-003',
            anchor: 'cause-out-of-stock',
            summary: 'Submit a new Order Request once the item is in stock.',
          },
        },
        {
          id: 'payment',
          label: 'Payment method declined',
          next: {
            kbId: 'AMZ-003',
            anchor: 'cause-payment-declined',
            summary: 'Verify the payment method, then submit a new Order Request.',
          },
        },
        {
          id: 'delivery',
          label: 'Delivery restrictions for the location',
          next: {
            kbId: 'AMZ-003',
            anchor: 'cause-delivery-restrictions',
            summary: 'Amazon rejected the order for the delivery location.',
          },
        },
        {
          id: 'timeout',
          label: 'Browser session timeout',
          next: {kbId: 'AMZ-003', anchor: 'cause-session-timeout', summary: 'The browser session timed out.'},
        },
        {
          id: 'unknown',
          label: 'I cannot see a reason',
          next: {kbId: 'AMZ-003', anchor: 'step-1', summary: 'Start with viewing the rejection reason.'},
        },
      ],
    },
  ],
};
