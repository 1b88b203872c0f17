// A small stateful server implementing api/openapi.yaml in memory, for the browser tests of the
// HTTP adapter. Plain node:http, no dependencies. Prism runs in front of it and checks every
// request and answer against the OpenAPI document (see start.sh).
//
// Control endpoints (not part of the contract; the tests call them directly, not through Prism):
//   POST /__control/reset                      seed data back, faults and log cleared
//   POST /__control/fault {route, kind, times, retryAfter, delayMs}
//        route: create | note | request | requests | customerRequests | customers | customer |
//               subscriptions | topics | *      kind: timeout | malformed | 404-json | 400 |
//               401 | 403 | 409 | 429 | 500 | 502 | 503 | 504
//   POST /__control/requests {count}           that many more requests (seed.manyServiceRequests)
//   GET  /__control/count                      {serviceRequests, creates, createRequestIds,
//                                               notes, noteRequestIds}
//   GET  /__control/log                        the calls received: method, path, headers
//   GET  /__control/attachment?request=ID      the file filed with a request: {fileName,
//                                               contentType, size, content (base64)}

import http from 'node:http';
import * as seed from './seed.mjs';

const PORT = Number(process.env.CONTRACT_UPSTREAM_PORT ?? 4011);
const HOST = process.env.CONTRACT_UPSTREAM_HOST ?? '127.0.0.1';
const BASE = '/v1';

let state;
function reset() {
  state = {
    customers: seed.customers(),
    subscriptions: seed.subscriptions(),
    topics: seed.supportTopics(),
    requests: seed.serviceRequests(),
    byRequestId: new Map(), // MS-RequestId -> {id, body}: the request it created, and the body
    notesByRequestId: new Map(), // MS-RequestId -> {id, text}: the note it added
    files: new Map(), // service request id -> the file filed with it, content and all
    faults: [],
    log: [],
    creates: 0,
    notes: 0,
    serial: 10000000,
  };
}
reset();

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, OPTIONS',
  'Access-Control-Allow-Headers':
    'Accept, Authorization, Content-Type, MS-RequestId, MS-CorrelationId, MS-ContinuationToken, X-Locale',
  'Access-Control-Expose-Headers': 'Retry-After, MS-CorrelationId, MS-RequestId',
  'Access-Control-Max-Age': '600',
};

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { ...CORS, 'Content-Type': type, ...headers });
  res.end(text);
}

const error = (code, description, data = []) => ({ code, description, data, source: 'ContractServer' });
const KEY_REUSED = 'idempotency_key_reused';

// A body's canonical text: keys sorted at every level, so that the same answers compare equal
// whatever order a client writes them in.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
const collection = (items, extra = {}) => ({ totalCount: items.length, items, ...extra, attributes: { objectType: 'Collection' } });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { data += chunk; });
    req.on('end', () => resolve(data));
    req.on('error', () => resolve(data));
  });
}

function parseJson(text) {
  try { return JSON.parse(text); } catch { return undefined; }
}

// Case-insensitive property access: Partner Center's examples send PascalCase.
function prop(object, name) {
  if (!object || typeof object !== 'object') return undefined;
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

function takeFault(route) {
  const fault = state.faults.find((f) => (f.route === route || f.route === '*') && f.times > 0);
  if (!fault) return undefined;
  fault.times -= 1;
  return fault;
}

/** Answers for a fault that replaces the normal answer; `timeout` is handled by the caller. */
function faultAnswer(res, fault, headers) {
  const kind = String(fault.kind);
  if (kind === 'malformed') return send(res, 200, '{"totalCount": 1, "items": [{"id": ', { 'Content-Type': 'application/json', ...headers });
  if (kind === '404-json') return send(res, 404, error(3000, 'The resource could not be found.'), headers);
  const status = Number(kind);
  if (status === 429 || status === 503) {
    return send(res, status, error(status, status === 429 ? 'Too many requests.' : 'The service is busy.'),
      { ...headers, 'Retry-After': String(fault.retryAfter ?? 1) });
  }
  if (status === 500) return send(res, 500, 'Internal Server Error', headers);
  if (status >= 400 && status < 600) return send(res, status, error(status, `Injected ${status}.`), headers);
  return send(res, 500, error(500, `Unknown fault kind ${kind}.`), headers);
}

function newServiceRequestId() {
  const now = new Date();
  const ymd = `${String(now.getUTCFullYear()).slice(-2)}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
  state.serial += 1;
  return `6${ymd}${String(state.serial).padStart(8, '0')}`;
}

const SEVERITIES = ['critical', 'moderate', 'minimal'];
const PRODUCTS = ['Microsoft Azure', 'Office 365', 'Microsoft Dynamics CRM Online', 'Enterprise Mobility Suite'];

// The Azure portal's rules for a file filed with a request.
const FILE_MAX_BYTES = 5 * 1024 * 1024;
const FILE_NAME_MAX = 110;
const REFUSED_ENDINGS = new Set(['app', 'application', 'bat', 'cmd', 'com', 'cpl', 'dll', 'exe',
  'gadget', 'hta', 'htm', 'html', 'inf', 'ins', 'isp', 'jar', 'js', 'jse', 'lnk', 'msc', 'msh',
  'msi', 'msp', 'mst', 'pif', 'ps1', 'ps1xml', 'ps2', 'psc1', 'psm1', 'reg', 'scf', 'scr', 'sct',
  'sh', 'shb', 'svg', 'sys', 'vb', 'vbe', 'vbs', 'ws', 'wsc', 'wsf', 'wsh', 'xhtml']);

/** The file of a create body: `[null, file]`, `[null, null]` without one, or `[error]`. */
function attachmentOf(body) {
  const file = prop(body, 'attachment');
  if (file == null) return [null, null];
  const fileName = String(prop(file, 'fileName') ?? '');
  const content = String(prop(file, 'content') ?? '');
  const dot = fileName.lastIndexOf('.');
  const ending = dot > 0 ? fileName.slice(dot + 1).trim().toLowerCase() : '';
  if (!fileName || [...fileName].length > FILE_NAME_MAX) {
    return [error(2000, `A file's name must be 1 to ${FILE_NAME_MAX} characters.`)];
  }
  if (REFUSED_ENDINGS.has(ending)) return [error(2000, `.${ending} files are programs or scripts, which cannot be attached.`)];
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) return [error(2000, 'The file\'s content must be base64.')];
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length === 0) return [error(2000, 'The file is empty.')];
  if (bytes.length > FILE_MAX_BYTES) return [error(2000, 'A file can be at most 5 MB.')];
  return [null, { fileName, contentType: String(prop(file, 'contentType') ?? ''), size: bytes.length, content }];
}

function createServiceRequest(body) {
  const title = String(prop(body, 'title') ?? '').trim();
  const description = String(prop(body, 'description') ?? '').trim();
  const severity = String(prop(body, 'severity') ?? '').toLowerCase();
  const customerId = String(prop(body, 'customerId') ?? '');
  const productName = String(prop(body, 'productName') ?? '');
  const contact = prop(body, 'primaryContact') ?? {};
  if (!title) return [400, error(2000, 'Enter a title for the request.')];
  if (!description) return [400, error(2000, 'Enter a description of the problem.')];
  if (!SEVERITIES.includes(severity)) return [400, error(2000, 'Choose a severity.')];
  if (!PRODUCTS.includes(productName)) return [400, error(2000, 'Choose the service the problem is with.')];
  const own = customerId === seed.OWN_ORGANIZATION_ID;
  const customer = state.customers.find((c) => c.id === customerId);
  if (!own && !customer) return [404, error(3000, `Customer ${customerId} could not be found.`)];
  if (own && !prop(body, 'ownSupportPlan')) {
    return [400, error(2000, 'A request about your own subscriptions needs your own support plan.')];
  }
  if (productName !== 'Microsoft Azure' && !prop(body, 'supportTopicId')) {
    return [400, error(2000, 'Choose a support topic.')];
  }
  const [refused, file] = attachmentOf(body);
  if (refused) return [400, refused];
  const now = new Date().toISOString();
  const created = {
    id: newServiceRequestId(),
    title,
    description,
    severity,
    status: 'open',
    supportTopicId: prop(body, 'supportTopicId') ?? null,
    supportTopicName: prop(body, 'supportTopicName') ?? null,
    productName,
    customerId: own ? null : customerId,
    customerName: own ? null : customer.companyProfile.companyName,
    primaryContact: {
      firstName: String(prop(contact, 'firstName') ?? ''),
      lastName: String(prop(contact, 'lastName') ?? ''),
      email: String(prop(contact, 'email') ?? ''),
      ...(prop(contact, 'phoneNumber') ? { phoneNumber: String(prop(contact, 'phoneNumber')) } : {}),
    },
    createdDate: now,
    lastModifiedDate: now,
    lastClosedDate: seed.NOT_SET,
    notes: [],
    countryCode: own ? null : customer.companyProfile.address.country,
    ...(issueType(body) ? { issueType: issueType(body) } : {}),
    ...(file ? { attachments: [{ fileName: file.fileName, size: file.size, contentType: file.contentType }] } : {}),
    attributes: { objectType: 'ServiceRequest' },
  };
  state.requests.push(created);
  if (file) state.files.set(created.id, file);
  return [201, created];
}

function issueType(body) {
  const azure = prop(body, 'azureDetails');
  const value = azure ? prop(azure, 'issueType') : undefined;
  return typeof value === 'string' && value ? value : undefined;
}

function customersPage(url, headers) {
  const size = Number(url.searchParams.get('size'));
  if (!Number.isInteger(size) || size < 1) return [400, error(2000, 'size must be a positive whole number.')];
  let prefix = '';
  const filter = url.searchParams.get('filter');
  if (filter) {
    const parsed = parseJson(filter);
    if (!parsed || String(prop(parsed, 'Field')).toLowerCase() !== 'companyname'
      || String(prop(parsed, 'Operator')).toLowerCase() !== 'starts_with') {
      return [400, error(2000, 'filter must be {"Field":"CompanyName","Value":"...","Operator":"starts_with"}.')];
    }
    prefix = String(prop(parsed, 'Value') ?? '').toLocaleLowerCase();
  }
  let offset = 0;
  if (url.searchParams.get('seekOperation') === 'Next') {
    const token = headers['ms-continuationtoken'];
    const decoded = token ? Buffer.from(String(token), 'base64').toString('utf8') : '';
    const match = /^offset:(\d+)$/.exec(decoded);
    if (!match) return [400, error(2000, 'The continuation token is missing or not one this server gave.')];
    offset = Number(match[1]);
  }
  const matching = state.customers.filter((c) => c.companyProfile.companyName.toLocaleLowerCase().startsWith(prefix));
  const items = matching.slice(offset, offset + size);
  const next = offset + size < matching.length
    ? { continuationToken: Buffer.from(`offset:${offset + size}`).toString('base64') }
    : {};
  return [200, { ...collection(items), totalCount: matching.length, ...next }];
}

async function route(req, res, url) {
  const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : null;
  const headers = req.headers;
  const echo = headers['ms-correlationid'] ? { 'MS-CorrelationId': String(headers['ms-correlationid']) } : {};
  if (path === null) return send(res, 404, error(3000, 'Not a contract route.'));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const method = req.method;
  const body = method === 'POST' || method === 'PATCH' ? await readBody(req) : '';

  let name;
  if (method === 'GET' && parts.length === 1 && parts[0] === 'customers') name = 'customers';
  else if (method === 'GET' && parts.length === 2 && parts[0] === 'customers') name = 'customer';
  else if (method === 'GET' && parts.length === 3 && parts[0] === 'customers' && parts[2] === 'subscriptions') name = 'subscriptions';
  else if (method === 'GET' && parts.length === 3 && parts[0] === 'customers' && parts[2] === 'servicerequests') name = 'customerRequests';
  else if (method === 'GET' && parts.length === 1 && parts[0] === 'servicerequests') name = 'requests';
  else if (method === 'GET' && parts.length === 2 && parts[0] === 'servicerequests' && parts[1] === 'supporttopics') name = 'topics';
  else if (method === 'POST' && parts.length === 2 && parts[0] === 'servicerequests') name = 'create';
  else if (method === 'GET' && parts.length === 2 && parts[0] === 'servicerequests') name = 'request';
  else if (method === 'PATCH' && parts.length === 2 && parts[0] === 'servicerequests') name = 'note';
  else return send(res, 404, error(3000, `No route ${method} ${url.pathname}.`), echo);

  state.log.push({ route: name, method, path: url.pathname + url.search, headers: { ...headers }, at: Date.now() });
  const fault = takeFault(name);
  if (fault && fault.kind !== 'timeout') return faultAnswer(res, fault, echo);

  const [status, answer] = handle(name, parts, url, headers, body);
  // A timeout fault does the work, then answers too late: the answer is what gets lost.
  if (fault) await sleep(Number(fault.delayMs ?? 5000));
  return send(res, status, answer, echo);
}

function handle(name, parts, url, headers, body) {
  const findCustomer = (id) => state.customers.find((c) => c.id === id);
  const known = (id) => id === seed.OWN_ORGANIZATION_ID || findCustomer(id);
  switch (name) {
    case 'customers': return customersPage(url, headers);
    case 'customer': {
      const found = findCustomer(parts[1]);
      return found ? [200, found] : [404, error(3000, `Customer ${parts[1]} could not be found.`)];
    }
    case 'subscriptions':
      if (!known(parts[1])) return [404, error(3000, `Customer ${parts[1]} could not be found.`)];
      return [200, collection(state.subscriptions[parts[1]] ?? [])];
    case 'customerRequests': {
      if (!known(parts[1])) return [404, error(3000, `Customer ${parts[1]} could not be found.`)];
      const want = parts[1] === seed.OWN_ORGANIZATION_ID ? null : parts[1];
      return [200, collection(state.requests.filter((r) => r.customerId === want))];
    }
    case 'requests': return [200, collection(state.requests)];
    case 'topics': {
      const family = url.searchParams.get('family');
      return [200, collection(state.topics.filter((t) => !family || t.family === family))];
    }
    case 'create': {
      state.creates += 1;
      const key = String(headers['ms-requestid'] ?? '');
      const parsed = parseJson(body);
      if (!parsed || typeof parsed !== 'object') return [400, error(2000, 'The body must be a JSON object.')];
      // Idempotent per MS-RequestId, bound to the body: the same key with the same body gives
      // the request it created; with another body, 409 naming that request.
      const existing = state.byRequestId.get(key);
      if (key && existing) {
        if (existing.body !== canonical(parsed)) {
          return [409, error(KEY_REUSED,
            `This MS-RequestId already created service request ${existing.id} with different answers.`,
            [existing.id])];
        }
        return [200, state.requests.find((r) => r.id === existing.id)];
      }
      const [status, answer] = createServiceRequest(parsed);
      if (status === 201 && key) state.byRequestId.set(key, { id: answer.id, body: canonical(parsed) });
      return [status, answer];
    }
    case 'request': {
      const found = state.requests.find((r) => r.id === parts[1]);
      return found ? [200, found] : [404, error(3000, `Service request ${parts[1]} could not be found.`)];
    }
    case 'note': {
      const found = state.requests.find((r) => r.id === parts[1]);
      if (!found) return [404, error(3000, `Service request ${parts[1]} could not be found.`)];
      const text = String(prop(prop(parseJson(body), 'NewNote'), 'Text') ?? '').trim();
      if (!text) return [400, error(2000, 'Enter the text of the note.')];
      // A note is idempotent per MS-RequestId too: a retry adds nothing.
      const key = String(headers['ms-requestid'] ?? '');
      const earlier = state.notesByRequestId.get(key);
      if (key && earlier) {
        if (earlier.id !== found.id || earlier.text !== text) {
          return [409, error(KEY_REUSED,
            `This MS-RequestId already added a different note to service request ${earlier.id}.`,
            [earlier.id])];
        }
        return [200, found];
      }
      if (key) state.notesByRequestId.set(key, { id: found.id, text });
      state.notes += 1;
      const now = new Date().toISOString();
      found.notes = [...(found.notes ?? []), { createdByName: 'Partner Support Desk', createdDate: now, text }];
      found.lastModifiedDate = now;
      return [200, found];
    }
    default: return [404, error(3000, 'Not found.')];
  }
}

async function control(req, res, url) {
  const action = url.pathname.slice('/__control/'.length);
  if (req.method === 'POST' && action === 'reset') {
    reset();
    return send(res, 200, { reset: true });
  }
  if (req.method === 'POST' && action === 'fault') {
    const fault = parseJson(await readBody(req));
    if (!fault || !fault.route || !fault.kind) return send(res, 400, error(2000, 'Give {route, kind, times}.'));
    state.faults.push({ times: 1, ...fault });
    return send(res, 200, { faults: state.faults });
  }
  if (req.method === 'POST' && action === 'requests') {
    const body = parseJson(await readBody(req));
    const count = Number(body?.count);
    if (!Number.isInteger(count) || count < 1) return send(res, 400, error(2000, 'Give {count}.'));
    state.requests.push(...seed.manyServiceRequests(count));
    return send(res, 200, { serviceRequests: state.requests.length });
  }
  if (req.method === 'GET' && action === 'count') {
    return send(res, 200, {
      serviceRequests: state.requests.length,
      creates: state.creates,
      createRequestIds: state.log.filter((l) => l.route === 'create').map((l) => l.headers['ms-requestid'] ?? null),
      notes: state.notes,
      noteRequestIds: state.log.filter((l) => l.route === 'note').map((l) => l.headers['ms-requestid'] ?? null),
    });
  }
  if (req.method === 'GET' && action === 'log') return send(res, 200, state.log);
  if (req.method === 'GET' && action === 'attachment') {
    const file = state.files.get(url.searchParams.get('request') ?? '');
    return file ? send(res, 200, file) : send(res, 404, error(3000, 'No file was filed with that request.'));
  }
  return send(res, 404, error(3000, 'Unknown control action.'));
}

const server = http.createServer((req, res) => {
  res.on('error', () => {});
  const url = new URL(req.url ?? '/', `http://${HOST}:${PORT}`);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    return res.end();
  }
  const work = url.pathname.startsWith('/__control/') ? control(req, res, url) : route(req, res, url);
  work.catch((e) => send(res, 500, error(500, String(e && e.message ? e.message : e))));
});

server.listen(PORT, HOST, () => {
  console.log(`contract server on http://${HOST}:${PORT}${BASE} (control: /__control/*)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
