// A real MCP client (the official TypeScript SDK, pinned in ../package.json) driven line by line by a .NET test.
//
// Usage: node client-driver.mjs <command> [args...]
//   Starts "<command> [args...]" as an MCP server over stdio (environment: this process's, so the test controls it),
//   connects, then reads one JSON request per line on stdin and answers one JSON line on stdout:
//     {"op":"listTools"}                              -> {"ok":true,"tools":[{name,description}]}
//     {"op":"callTool","name":"get_balance","arguments":{}} -> {"ok":true,"result":{content,isError,...},"ms":…}
//     {"op":"readResource","uri":"waiaas://..."}      -> {"ok":true,"result":{contents}}
//     {"op":"listResources"}                          -> {"ok":true,"resources":[{uri,name}]}
//     {"op":"close"}                                  -> {"ok":true}, then exits 0
//   A failed request answers {"ok":false,"error":"..."}. The server's stderr is passed through to ours.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createInterface } from 'node:readline';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node client-driver.mjs <command> [args...]\n');
  process.exit(2);
}

const transport = new StdioClientTransport({ command, args, env: { ...process.env }, stderr: 'inherit' });
const client = new Client({ name: 'waiaas-test-client', version: '1.0.0' });
await client.connect(transport);

const reply = (value) => process.stdout.write(JSON.stringify(value) + '\n');
reply({ ok: true, ready: true, server: client.getServerVersion() });

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let request;
  try {
    request = JSON.parse(line);
  } catch (e) {
    reply({ ok: false, error: 'request is not JSON: ' + e.message });
    continue;
  }
  const started = performance.now();
  try {
    switch (request.op) {
      case 'listTools': {
        const { tools } = await client.listTools();
        reply({ ok: true, tools: tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema })) });
        break;
      }
      case 'callTool': {
        const result = await client.callTool({ name: request.name, arguments: request.arguments ?? {} });
        reply({ ok: true, result, ms: performance.now() - started });
        break;
      }
      case 'listResources': {
        const { resources } = await client.listResources();
        reply({ ok: true, resources: resources.map((r) => ({ uri: r.uri, name: r.name })) });
        break;
      }
      case 'readResource': {
        const result = await client.readResource({ uri: request.uri });
        reply({ ok: true, result, ms: performance.now() - started });
        break;
      }
      case 'close':
        await client.close();
        reply({ ok: true });
        process.exit(0);
        break;
      default:
        reply({ ok: false, error: 'unknown op ' + request.op });
    }
  } catch (e) {
    reply({ ok: false, error: String(e?.message ?? e) });
  }
}
await client.close();
