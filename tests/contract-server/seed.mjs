// Seed data of the contract server: a few customers in several scripts and clouds, their
// subscriptions, a support-topic catalogue and requests in every status. Shaped as Partner
// Center sends it (camelCase, numeric topic ids, `0001-01-01T00:00:00` for "not set").

export const OWN_ORGANIZATION_ID = 'my-organization';
export const NOT_SET = '0001-01-01T00:00:00';

const customer = (id, companyName, domain, country, extra = {}) => ({
  id,
  companyProfile: {
    tenantId: id,
    domain,
    companyName,
    address: { country },
    attributes: { objectType: 'CustomerCompanyProfile' },
  },
  customDomains: extra.customDomains ?? [],
  relationshipToPartner: extra.relationship ?? 'reseller',
  cloud: extra.cloud ?? 'global',
  attributes: { objectType: 'Customer' },
});

export function customers() {
  return [
    customer('4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04', 'Contoso GmbH', 'contoso.onmicrosoft.com', 'DE', {
      customDomains: ['contoso.de', 'contoso.com'],
    }),
    customer('0b5c2e6a-67a9-4c44-9a5e-0b9b5c9bb2e1', 'Рога и копыта', 'rogaikopyta.onmicrosoft.com', 'RU'),
    customer('7f1d3a52-3c1e-4b8e-8d2a-5b0f9e6c1a01', 'Müller & Söhne Straßenbau', 'mueller-soehne.onmicrosoft.de', 'DE', {
      customDomains: ['mueller-soehne.de'],
      cloud: 'germany',
    }),
    customer('a1b2c3d4-0001-4a5b-9c8d-112233445566', 'Fabrikam, Inc.', 'fabrikam.com', 'US', {
      customDomains: ['fabrikam.onmicrosoft.com'],
    }),
    customer('a1b2c3d4-0002-4a5b-9c8d-112233445566', 'Łódzka Spółdzielnia Mleczarska', 'lodzka-sm.onmicrosoft.com', 'PL'),
    customer('a1b2c3d4-0003-4a5b-9c8d-112233445566', 'Northwind Traders', 'northwindtraders.onmicrosoft.com', 'GB', {
      relationship: 'advisor',
    }),
    customer('a1b2c3d4-0004-4a5b-9c8d-112233445566', 'Château Lumière SARL', 'chateau-lumiere.fr', 'FR'),
  ];
}

const sub = (id, offerId, offerName, status = 'active', extra = {}) => ({
  id,
  offerId,
  offerName,
  friendlyName: extra.friendlyName ?? offerName,
  quantity: extra.quantity ?? 10,
  status,
  billingType: extra.billingType ?? 'license',
  isTrial: extra.isTrial ?? false,
  ...(extra.entitlementId ? { entitlementId: extra.entitlementId } : {}),
  attributes: { objectType: 'Subscription' },
});

export function subscriptions() {
  return {
    '4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04': [
      sub('c0000001-0000-4000-8000-000000000001', 'MS-AZR-0145P', 'Microsoft Azure', 'active', {
        entitlementId: '42226ed6-070a-4e0f-b80c-4cdfb3e97aa7', billingType: 'usage', quantity: 1,
      }),
      sub('c0000001-0000-4000-8000-000000000002', '91FD106F-4B2C-4938-95AC-F54F74E9A239', 'Office 365 Enterprise E3', 'active', { quantity: 120 }),
      sub('c0000001-0000-4000-8000-000000000003', '2828BE95-46BA-4F91-B2FD-0BEF192ECF60', 'Dynamics CRM Online Professional', 'suspended'),
    ],
    '0b5c2e6a-67a9-4c44-9a5e-0b9b5c9bb2e1': [
      sub('c0000002-0000-4000-8000-000000000001', '796B6B5F-613C-4E24-A17C-EBA730D49C02', 'Office 365 Business Premium', 'active', { quantity: 12 }),
      sub('c0000002-0000-4000-8000-000000000002', '79C29AF7-3CD0-4A6F-B182-A81E31DEC84E', 'Enterprise Mobility Suite', 'active', { isTrial: true, quantity: 25 }),
    ],
    '7f1d3a52-3c1e-4b8e-8d2a-5b0f9e6c1a01': [
      sub('c0000003-0000-4000-8000-000000000001', 'MS-AZR-DE-0145P', 'Microsoft Azure Deutschland', 'active', {
        entitlementId: '0d3f2c1b-5a4e-4f6d-8c7b-9a8b7c6d5e4f', billingType: 'usage', quantity: 1,
      }),
      sub('c0000003-0000-4000-8000-000000000002', '4B9405B0-7788-4568-ADD1-99614E613B69', 'Office 365 Enterprise E1', 'active', { quantity: 40 }),
    ],
    'a1b2c3d4-0001-4a5b-9c8d-112233445566': [
      sub('c0000004-0000-4000-8000-000000000001', 'DB5F8F0A-5A8F-4A12-9C6A-6B0C0B1F9A11', 'Microsoft Azure plan', 'active', {
        entitlementId: '9c1e6a3b-2d4f-4b8a-9e7c-1f2a3b4c5d6e', billingType: 'usage', quantity: 1,
      }),
      sub('c0000004-0000-4000-8000-000000000002', '91FD106F-4B2C-4938-95AC-F54F74E9A239', 'Office 365 Enterprise E3', 'deleted'),
    ],
    'a1b2c3d4-0002-4a5b-9c8d-112233445566': [
      sub('c0000005-0000-4000-8000-000000000001', '796B6B5F-613C-4E24-A17C-EBA730D49C02', 'Office 365 Business Premium', 'active', { quantity: 8 }),
    ],
    // No service in scope: only Windows and Visual Studio.
    'a1b2c3d4-0003-4a5b-9c8d-112233445566': [
      sub('c0000006-0000-4000-8000-000000000001', 'A0E4B6C2-1D3F-4E5A-8B7C-9D0E1F2A3B4C', 'Windows 10 Enterprise E3', 'active'),
      sub('c0000006-0000-4000-8000-000000000002', 'B1F5C7D3-2E4A-4F6B-9C8D-0E1F2A3B4C5D', 'Visual Studio Professional', 'active', { quantity: 3 }),
    ],
    'a1b2c3d4-0004-4a5b-9c8d-112233445566': [
      sub('c0000007-0000-4000-8000-000000000001', '91FD106F-4B2C-4938-95AC-F54F74E9A239', 'Office 365 Enterprise E3', 'pending', { quantity: 5 }),
    ],
    [OWN_ORGANIZATION_ID]: [
      sub('c0000000-0000-4000-8000-000000000001', 'MS-AZR-0145P', 'Microsoft Azure', 'active', {
        entitlementId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716', billingType: 'usage', quantity: 1,
      }),
      sub('c0000000-0000-4000-8000-000000000002', '91FD106F-4B2C-4938-95AC-F54F74E9A239', 'Office 365 Enterprise E3', 'active', { quantity: 30 }),
    ],
  };
}

// Descriptions as Partner Center words them (tests/fixtures/support-topics.json).
const topic = (id, family, category, name, description, common = false) => ({
  id,
  name,
  description,
  category,
  family,
  common,
  attributes: { objectType: 'SupportTopic' },
});

export function supportTopics() {
  return [
    topic(32444667, 'office365', 'Subscription management', 'Partner Center Issues', 'Office 365 questions from the CSP (Cloud Solution Provider) partners using Partner Center', true),
    topic(32444671, 'office365', 'Identity and access', 'Cannot manage my profile', 'Issues that are related to errors or problems with managing a profile'),
    topic(32444680, 'office365', 'Exchange Online', 'Mail flow', 'Messages that are delayed, rejected or not delivered', true),
    topic(32444681, 'office365', 'SharePoint Online', 'Sites and permissions', 'Sites that cannot be opened, created or shared'),
    topic(32444682, 'office365', 'Teams and Skype for Business', 'Meetings and calls', 'Meetings that cannot be joined, and dropped or poor-quality calls', true),
    topic(32444683, 'office365', 'Billing', 'Invoice or charge question', 'Questions about an invoice, a charge or a payment', true),
    topic(32444700, 'dynamicsCrmOnline', 'Dynamics CRM Online', 'Sign-in and access', 'Users who cannot sign in or open an organization', true),
    topic(32444701, 'dynamicsCrmOnline', 'Billing', 'Licensing question', 'Questions about licences and what they include'),
    topic(32444720, 'enterpriseMobilitySuite', 'Intune', 'Device enrollment', 'Devices that cannot be enrolled or stop checking in', true),
    topic(32444721, 'enterpriseMobilitySuite', 'Azure Active Directory Premium', 'Conditional access', 'Policies that block or allow sign-ins unexpectedly'),
    topic(32444740, 'azure', 'Technical', 'Virtual machine not starting', 'A virtual machine that does not start, or cannot be reached once started', true),
    topic(32444741, 'azure', 'Billing', 'Unexpected charges', 'Charges that are higher than expected or not recognised', true),
    topic(32444742, 'azure', 'Service and subscription limits (quotas)', 'Increase a vCPU quota', 'More virtual CPUs for a region or a virtual machine series'),
  ];
}

const request = (id, customerId, customerName, productName, severity, status, title, extra = {}) => ({
  id,
  title,
  description: extra.description ?? `${title}. Reported by the customer's administrator.`,
  severity,
  status,
  supportTopicId: extra.supportTopicId ?? null,
  supportTopicName: extra.supportTopicName ?? null,
  productName,
  customerId,
  customerName,
  primaryContact: { firstName: 'Anna', lastName: 'Schmidt', email: 'anna.schmidt@partner.example' },
  createdDate: extra.created ?? '2025-11-03T08:15:00Z',
  lastModifiedDate: extra.modified ?? '2025-11-04T10:00:00Z',
  lastClosedDate: extra.closed ?? NOT_SET,
  notes: extra.notes ?? [],
  countryCode: extra.countryCode ?? 'DE',
  attributes: { objectType: 'ServiceRequest' },
});

export function serviceRequests() {
  return [
    request('625110300010001', '4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04', 'Contoso GmbH', 'Office 365', 'critical', 'open',
      'Mail flow to external recipients stopped', {
        supportTopicId: '32444680', supportTopicName: 'Mail flow',
        notes: [{ createdByName: 'Microsoft Support', createdDate: '2025-11-03T09:02:11', text: 'We are looking at the transport logs.' }],
      }),
    request('625102000010002', '0b5c2e6a-67a9-4c44-9a5e-0b9b5c9bb2e1', 'Рога и копыта', 'Office 365', 'minimal', 'closed',
      'Вопрос по счёту за октябрь', {
        supportTopicId: '32444683', supportTopicName: 'Invoice or charge question', countryCode: 'RU',
        created: '2025-10-20T07:00:00Z', modified: '2025-10-22T12:00:00Z', closed: '2025-10-22T12:00:00Z',
      }),
    request('625111000010003', '7f1d3a52-3c1e-4b8e-8d2a-5b0f9e6c1a01', 'Müller & Söhne Straßenbau', 'Microsoft Azure', 'moderate', 'attention_needed',
      'VM in Germany Central does not start', {
        created: '2025-11-10T13:30:00Z', modified: '2025-11-11T08:00:00Z',
        notes: [
          { createdByName: 'Microsoft Support', createdDate: '2025-11-11T08:00:00Z', text: 'Please send the boot diagnostics screenshot.' },
          { createdByName: null, createdDate: '2025-11-11T09:30:00Z', text: 'Screenshot sent by e-mail.' },
        ],
      }),
    request('625111500010004', null, null, 'Microsoft Azure', 'minimal', 'open',
      'Quota increase for our own lab subscription', { created: '2025-11-15T16:45:00Z', modified: '2025-11-15T16:45:00Z' }),
  ];
}

/** A service's whole catalogue as Partner Center gives it: `count` Office 365 topics
 * ("Mail flow – case 1", ...) in a dozen categories, numbered from 50000000, those for which
 * `common(index)` holds marked common. */
export function manyTopics(count, common) {
  const categories = ['Exchange Online', 'SharePoint Online', 'Teams', 'Identity and access', 'Billing', 'OneDrive',
    'Microsoft 365 Apps', 'Security', 'Compliance', 'Power BI', 'Intune', 'Viva'];
  const subjects = ['Mail flow', 'Mailbox', 'Calendar', 'Sign-in', 'Licence', 'Site', 'Meeting', 'Call quality',
    'Invoice', 'Sync', 'Policy', 'Device', 'Password', 'Domain', 'Retention'];
  return Array.from({ length: count }, (_, i) => topic(
    50000000 + i,
    'office365',
    categories[i % categories.length],
    `${subjects[i % subjects.length]} – case ${i + 1}`,
    `Problems with ${subjects[(i * 7) % subjects.length].toLowerCase()} for some users`,
    common(i),
  ));
}

/** `count` more requests of the seed customers, a partner's years of them: every status,
 * severity and service, each updated an hour before the one before it (the first, numbered
 * 6252000000000000, on 1 Dec 2025), and every eighth about a VPN. */
export function manyServiceRequests(count) {
  const people = customers().map((c) => [c.id, c.companyProfile.companyName]);
  const services = ['Office 365', 'Microsoft Azure', 'Dynamics CRM Online', 'Enterprise Mobility Suite'];
  const titles = ['Mail flow delayed', 'Sign-in fails for some users', 'Invoice question', 'Quota increase',
    'Teams meetings drop', 'Device enrollment fails', 'SharePoint site not loading', 'VPN gateway disconnects'];
  const statuses = ['open', 'closed', 'attention_needed', 'closed'];
  const severities = ['minimal', 'moderate', 'critical'];
  const start = Date.parse('2025-12-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const [customerId, customerName] = i % 10 === 9 ? [null, null] : people[i % people.length];
    const updated = new Date(start - i * 3_600_000).toISOString();
    const status = statuses[i % statuses.length];
    return request(String(6252000000000000 + i), customerId, customerName, services[i % services.length],
      severities[i % severities.length], status, `${titles[i % titles.length]} (${i})`, {
        created: new Date(start - i * 3_600_000 - 86_400_000).toISOString(),
        modified: updated,
        closed: status === 'closed' ? updated : undefined,
      });
  });
}
