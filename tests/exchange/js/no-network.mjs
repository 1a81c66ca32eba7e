// Preloaded with `node --import`: nothing in the interop tests may reach the network.
// verifier-core builds a document loader that fetches unknown contexts over https; with this in
// place such a fetch fails loudly instead of silently going to the internet.
import net from 'node:net';

const refuse = (what) => {
  throw new Error(`network access refused in interop tests: ${what}`);
};
globalThis.fetch = async (input) => refuse(String(input?.url ?? input));
net.Socket.prototype.connect = function connect(...args) {
  refuse(`socket connect ${JSON.stringify(args[0])}`);
};
