#!/usr/bin/env python3
"""Measurements for bench/mcp.sh (issue 6: MCP tool-call round trip; a benchmark, not a test).

Starts one Anvil and one daemon on 127.0.0.1 (fresh data directory; the Anvil as custom network "anvil"), creates an
EVM wallet funded on Anvil and an MCP session with `waiaas mcp setup`, then starts the official TypeScript MCP client
(tests/node/mcp/client-driver.mjs, @modelcontextprotocol/sdk pinned in tests/node) which starts `waiaas mcp serve`
over stdio. Each tool call is timed inside the client (performance.now() around client.callTool): client -> server ->
daemon -> back. After --warmup calls of each tool, --calls sequential calls of get_address and of get_balance
(network "anvil"). For context the same reads are timed straight over HTTP (one keep-alive connection, session token).
Writes all numbers as JSON to --json. Only loopback.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from benchlib import loadavg, percentile
from pipeline import Anvil, Daemon, Http, master

HOST = "127.0.0.1"


def summary(values):
    return {"n": len(values), "p50_ms": round(percentile(values, 50), 3), "p90_ms": round(percentile(values, 90), 3),
            "p99_ms": round(percentile(values, 99), 3), "max_ms": round(max(values), 3)}


class McpClient:
    def __init__(self, root, tool, data_dir, env, log):
        script = os.path.join(root, "tests", "node", "mcp", "client-driver.mjs")
        self.process = subprocess.Popen(["node", script, tool, "mcp", "serve", "--data-dir", data_dir], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True, bufsize=1)
        ready = self.read()
        if not ready.get("ok"):
            raise RuntimeError(f"MCP client did not connect: {ready}")

    def read(self):
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("MCP client exited")
        return json.loads(line)

    def call(self, name, arguments):
        self.process.stdin.write(json.dumps({"op": "callTool", "name": name, "arguments": arguments}) + "\n")
        answer = self.read()
        if not answer.get("ok") or answer["result"].get("isError"):
            raise RuntimeError(f"{name} failed: {answer}")
        return answer["ms"]

    def close(self):
        self.process.stdin.write('{"op":"close"}\n')
        self.process.stdin.flush()
        self.process.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--anvil", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--log-dir", required=True)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=200)
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="waiaas-bench-mcp-")
    anvil = Anvil(args.anvil, os.path.join(args.log_dir, "anvil.log"))
    daemon = Daemon(args.tool, os.path.join(data_dir, "d"), anvil.url, os.path.join(args.log_dir, "daemon.log"), {})
    results = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "calls": args.calls, "warmup": args.warmup,
               "loadavg_before": loadavg()}
    client = None
    try:
        wallet = master(daemon.port, "POST", "/v1/wallets", {"name": "mcp-bench", "chain": "ethereum", "environment": "testnet"})
        anvil.call("anvil_setBalance", wallet["address"], hex(10**18))
        with open(os.path.join(args.log_dir, "setup.log"), "ab") as log:
            subprocess.run([args.tool, "mcp", "setup", "--data-dir", daemon.data_dir], env=daemon.env, stdin=subprocess.DEVNULL,
                           stdout=log, stderr=log, check=True)
        with open(os.path.join(daemon.data_dir, "mcp-token")) as f:
            token = f.read().strip()
        agent_env = {k: v for k, v in daemon.env.items() if k != "WAIAAS_MASTER_PASSWORD"}
        server_log = open(os.path.join(args.log_dir, "mcp-server.log"), "ab")
        client = McpClient(args.root, args.tool, daemon.data_dir, agent_env, server_log)
        for name in ("get_address", "get_balance"):
            for _ in range(args.warmup):
                client.call(name, {"network": "anvil"})
            times = [client.call(name, {"network": "anvil"}) for _ in range(args.calls)]
            results[name] = summary(times)
            print(f"{name:12s} MCP round trip  p50 {results[name]['p50_ms']:.2f} ms  p99 {results[name]['p99_ms']:.2f} ms  (n={args.calls})")

        http = Http(daemon.port)
        for path, name in (("/v1/wallet/address?network=anvil", "http_address"), ("/v1/wallet/balance?network=anvil", "http_balance")):
            times = []
            for i in range(args.warmup + args.calls):
                status, _, t0, t1 = http.call("GET", path, headers={"Authorization": f"Bearer {token}"})
                if status != 200:
                    raise RuntimeError(f"{path}: {status}")
                if i >= args.warmup:
                    times.append((t1 - t0) * 1000)
            results[name] = summary(times)
            print(f"{name:12s} direct HTTP     p50 {results[name]['p50_ms']:.2f} ms  p99 {results[name]['p99_ms']:.2f} ms")
        http.close()
    finally:
        results["loadavg_after"] = loadavg()
        if client is not None:
            client.close()
        daemon.stop()
        anvil.stop()
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    print(f"results: {args.json}")


if __name__ == "__main__":
    sys.exit(main())
