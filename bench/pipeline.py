#!/usr/bin/env python3
"""Measurements for bench/pipeline.sh (issue 5, transaction pipeline; not a test, nothing here runs in the test suite).

Starts one Anvil (automine) and one daemon on 127.0.0.1 with a fresh temporary data directory, then sends native
transfers through POST /v1/transactions/send from 8 concurrent senders (one keep-alive connection each) and follows
every accepted transaction with GET /v1/transactions/{id} until it is CONFIRMED or FAILED.

Scenario "one-wallet": 200 transfers from one wallet. Scenario "eight-wallets": 200 transfers spread evenly over 8
wallets (one session bound to all 8). Scenario "sequential": 200 transfers from one wallet, one sender (the send
latency without concurrent senders). Each scenario uses new wallets, so every run starts at nonce 0.
Prints human-readable lines and writes all numbers as JSON to the file given with --json. Only loopback.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from benchlib import cpu_seconds, loadavg, percentile

PASSWORD = "bench-master-password-0123456789"
HOST = "127.0.0.1"
TERMINAL = ("CONFIRMED", "FAILED", "CANCELLED", "EXPIRED")




def summary(values):
    if not values:
        return {"n": 0}
    return {"n": len(values), "p50": percentile(values, 50), "p90": percentile(values, 90),
            "p99": percentile(values, 99), "max": max(values), "min": min(values), "mean": statistics.fmean(values)}






def tree_cpu_seconds(pid):
    """CPU seconds of a process and its descendants (the anvil launcher is a Node.js script that runs the binary)."""
    total = cpu_seconds(pid)
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                total += sum(tree_cpu_seconds(int(child)) for child in f.read().split())
        except OSError:
            pass
    return total


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Http:
    """One keep-alive HTTP/1.1 connection; JSON in and out; times each request with perf_counter."""

    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection(HOST, port, timeout=60)

    def call(self, method, path, body=None, headers=None):
        hdrs = dict(headers or {})
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        t0 = time.perf_counter()
        self.conn.request(method, path, body=payload, headers=hdrs)
        response = self.conn.getresponse()
        data = response.read()
        t1 = time.perf_counter()
        return response.status, data, t0, t1

    def close(self):
        self.conn.close()


class Anvil:
    def __init__(self, binary, log_path):
        self.port = free_port()
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen([binary, "--host", HOST, "--port", str(self.port), "--chain-id", "31337", "--quiet"],
                                        stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log)
        self.rpc = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"anvil exited with {self.process.returncode}")
            try:
                self.rpc = Http(self.port)
                if self.call("eth_chainId") == "0x7a69":
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("anvil did not answer")

    @property
    def url(self):
        return f"http://{HOST}:{self.port}/"

    def call(self, method, *params):
        status, data, _, _ = self.rpc.call("POST", "/", {"jsonrpc": "2.0", "id": 1, "method": method, "params": list(params)})
        answer = json.loads(data)
        if status != 200 or "error" in answer:
            raise RuntimeError(f"{method}: {status} {data[:200]!r}")
        return answer["result"]

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.log.close()


class Daemon:
    """`waiaas init`, the custom network appended to config.toml, then a foreground `waiaas start` as a child."""

    def __init__(self, tool, data_dir, anvil_url, log_path, extra_env):
        self.tool = tool
        self.data_dir = data_dir
        self.env = dict(os.environ)
        self.env.update({"WAIAAS_DAEMON_PORT": "0", "WAIAAS_MASTER_PASSWORD": PASSWORD, "WAIAAS_DAEMON_HOSTNAME": HOST,
                         "WAIAAS_ORACLE_ENABLED": "false", "WAIAAS_AUTOSTOP_MAX_TRANSACTIONS_PER_WINDOW": "1000000",
                         # the per-session request limits (600/min, 60 sends/min) would throttle a benchmark by design
                         "WAIAAS_SECURITY_RATE_LIMIT_SESSION_RPM": "0", "WAIAAS_SECURITY_RATE_LIMIT_TX_RPM": "0"})
        self.env.update(extra_env)
        self.log = open(log_path, "ab")
        subprocess.run([tool, "init", "--data-dir", data_dir], env=self.env, stdin=subprocess.DEVNULL, stdout=self.log,
                       stderr=self.log, check=True)
        with open(os.path.join(data_dir, "config.toml"), "a") as f:
            f.write(f'\n[rpc.custom.anvil]\nchain = "ethereum"\nchain_id = 31337\nurl = "{anvil_url}"\nenvironment = "testnet"\n')
        self.process = subprocess.Popen([tool, "start", "--data-dir", data_dir], env=self.env, stdin=subprocess.DEVNULL,
                                        stdout=self.log, stderr=self.log)
        port_file = os.path.join(data_dir, "daemon.port")
        deadline = time.monotonic() + 120
        self.port = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"daemon exited with {self.process.returncode} during start-up")
            if self.port is None and os.path.exists(port_file):
                try:
                    with open(port_file) as pf:
                        self.port = int(pf.read().strip())
                except ValueError:
                    pass
            if self.port is not None:
                try:
                    client = Http(self.port)
                    if client.call("GET", "/health")[0] == 200:
                        client.close()
                        return
                except OSError:
                    pass
            time.sleep(0.01)
        raise RuntimeError("daemon did not become healthy")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)
        self.log.close()


def master(port, method, path, body):
    client = Http(port)
    try:
        status, data, _, _ = client.call(method, path, body, {"X-Master-Password": PASSWORD})
    finally:
        client.close()
    if status not in (200, 201):
        raise RuntimeError(f"{method} {path}: {status} {data[:300]!r}")
    return json.loads(data)


def setup_wallets(port, anvil, count, label):
    wallets = []
    for i in range(count):
        w = master(port, "POST", "/v1/wallets", {"name": f"{label}-{i}", "chain": "ethereum", "environment": "testnet"})
        anvil.call("anvil_setBalance", w["address"], hex(1000 * 10**18))
        wallets.append(w)
    token = master(port, "POST", "/v1/sessions", {"walletIds": [w["id"] for w in wallets]})["token"]
    return wallets, token


class Poller(threading.Thread):
    """Follows accepted ids on its own connection, then sleeps `pause` s between passes. Mode "ids": one
    GET /v1/transactions/{id} per pending id per pass (round-robin). Mode "list": one GET /v1/transactions?limit=200
    per pass (the session only sees this scenario's wallets), far fewer requests competing with the daemon.
    For every id it records the last time it was seen not yet terminal and the first time it was seen terminal, so
    the moment of confirmation is known to lie between the two."""

    def __init__(self, port, token, pause, mode):
        super().__init__(daemon=True)
        self.mode = mode
        self.client = Http(port)
        self.headers = {"Authorization": f"Bearer {token}"}
        self.pause = pause
        self.lock = threading.Lock()
        self.incoming = []
        self.pending = {}
        self.done = {}
        self.accepted = {}
        self.expected = None
        self.passes = []
        self.errors = []

    def observe(self, row, t0, t1):
        tx_id = row["id"]
        if row["status"] in TERMINAL:
            self.done[tx_id] = {"status": row["status"], "seen": t1, "before": self.pending.pop(tx_id),
                                "accepted": self.accepted[tx_id], "error": row.get("error"), "row": row}
        else:
            self.pending[tx_id] = t0

    def add(self, tx_id, accepted_at):
        with self.lock:
            self.incoming.append((tx_id, accepted_at))

    def run(self):
        while True:
            with self.lock:
                for tx_id, accepted_at in self.incoming:
                    self.pending[tx_id] = accepted_at
                    self.accepted[tx_id] = accepted_at
                self.incoming.clear()
                finished = self.expected is not None and len(self.done) >= self.expected
            if finished:
                break
            t_pass = time.perf_counter()
            ids = list(self.pending)
            if self.mode == "ids":
                for tx_id in ids:
                    status, data, t0, t1 = self.client.call("GET", f"/v1/transactions/{tx_id}", headers=self.headers)
                    if status != 200:
                        self.errors.append(f"GET {tx_id}: {status} {data[:200]!r}")
                        continue
                    self.observe(json.loads(data), t0, t1)
            elif ids:
                # One GET /v1/transactions page (200 rows) covers every transaction of this session's wallets.
                cursor = None
                while True:
                    path = "/v1/transactions?limit=200" + (f"&cursor={cursor}" if cursor else "")
                    status, data, t0, t1 = self.client.call("GET", path, headers=self.headers)
                    if status != 200:
                        self.errors.append(f"GET {path}: {status} {data[:200]!r}")
                        break
                    page = json.loads(data)
                    for row in page["items"]:
                        if row["id"] in self.pending:
                            self.observe(row, t0, t1)
                    cursor = page.get("cursor")
                    if not page.get("hasMore"):
                        break
            if ids:
                self.passes.append(time.perf_counter() - t_pass)
            time.sleep(self.pause)
        self.client.close()


def run_scenario(port, anvil, name, wallet_count, sends, concurrency, pause, mode, recipient, deadline_s, pids):
    wallets, token = setup_wallets(port, anvil, wallet_count, f"{name}-{int(time.time() * 1000)}")
    poller = Poller(port, token, pause, mode)
    counter = iter(range(sends))
    counter_lock = threading.Lock()
    latencies, rejected, first_send = [], [], []
    results_lock = threading.Lock()

    def worker():
        client = Http(port)
        headers = {"Authorization": f"Bearer {token}"}
        while True:
            with counter_lock:
                n = next(counter, None)
            if n is None:
                break
            wallet = wallets[n % wallet_count]
            body = {"type": "TRANSFER", "to": recipient, "amount": str(1_000_000 + n), "network": "anvil", "walletId": wallet["id"]}
            status, data, t0, t1 = client.call("POST", "/v1/transactions/send", body, headers)
            with results_lock:
                first_send.append(t0)
                if status == 201:
                    answer = json.loads(data)
                    latencies.append((t1 - t0) * 1000)
                    poller.add(answer["id"], t1)
                    if answer.get("tier") != "INSTANT" or answer.get("status") in TERMINAL:
                        rejected.append(f"send {n}: 201 {answer}")
                else:
                    rejected.append(f"send {n}: {status} {data[:300]!r}")
        client.close()

    load0 = loadavg()
    cpu0 = {who: (tree_cpu_seconds if who == "anvil" else cpu_seconds)(pid) for who, pid in pids.items()}
    poller.start()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t_start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t_sent = time.perf_counter()
    accepted = len(latencies)
    with poller.lock:
        poller.expected = accepted
    poller.join(timeout=deadline_s)
    timed_out = poller.is_alive()
    if timed_out:
        with poller.lock:
            poller.expected = 0  # stop it; the pending ones are reported as not settled
        poller.join(timeout=30)
    t_end = time.perf_counter()
    cpu = {who: (tree_cpu_seconds if who == "anvil" else cpu_seconds)(pid) - cpu0[who] for who, pid in pids.items()}
    t0 = min(first_send)
    done = dict(poller.done)
    confirmed = [d for d in done.values() if d["status"] == "CONFIRMED"]
    failed = [d for d in done.values() if d["status"] != "CONFIRMED"]
    result = {
        "scenario": name, "wallets": wallet_count, "sends": sends, "concurrency": concurrency,
        "accepted_201": accepted, "rejected": rejected[:20], "rejected_count": len(rejected),
        "confirmed": len(confirmed), "failed_or_other": len(failed),
        "failures": [{"status": d["status"], "error": d["error"], "row": d["row"]} for d in failed[:10]],
        "not_settled": accepted - len(done), "timed_out": timed_out,
        "send_latency_ms": summary(latencies),
        "send_phase_s": t_sent - t_start,
        "poll_mode": mode, "poll_pause_s": pause, "poll_pass_s": summary(poller.passes), "poll_errors": poller.errors[:10],
        "loadavg_1min": [load0, loadavg()],
        # CPU seconds used from the first send until the poller stopped, per process, and the wall time of that span.
        "cpu_s": cpu, "cpu_wall_s": t_end - t_start,
    }
    if confirmed:
        last_seen = max(d["seen"] for d in confirmed)
        last = max(confirmed, key=lambda d: d["seen"])
        # The last confirmation happened after the last check that still saw it pending, and no later than `seen`.
        result["elapsed_to_last_confirmed_s"] = last_seen - t0
        result["elapsed_lower_bound_s"] = last["before"] - t0
        result["confirmed_tx_per_s"] = len(confirmed) / (last_seen - t0)
        result["confirmed_tx_per_s_upper_bound"] = len(confirmed) / max(1e-9, last["before"] - t0)
        # From the 201 to the poll that saw CONFIRMED (includes up to one poll pass + pause of lag).
        result["accepted_to_seen_confirmed_ms"] = summary([(d["seen"] - d["accepted"]) * 1000 for d in confirmed])
    # Chain cross-check: each wallet's nonce counts its mined transactions.
    result["chain_nonces"] = [int(anvil.call("eth_getTransactionCount", w["address"], "latest"), 16) for w in wallets]
    return result


def send_only(port, anvil, name, sends, concurrency, recipient, pids):
    """Send latency with no chain work behind it: a SPENDING_LIMIT policy puts every transfer in the DELAY tier with a
    one-day wait, so the 201 comes after the same stages 1-4 (validate, constraints, policy evaluate-and-reserve, one
    write transaction) while nothing is signed or submitted during the run. The rows stay QUEUED."""
    wallets, token = setup_wallets(port, anvil, 1, f"{name}-{int(time.time() * 1000)}")
    rules = {"instant_max": {"native": "1"}, "notify_max": {"native": "1"}, "delay_max": {"native": str(10**21)}, "delay_seconds": 86400}
    master(port, "POST", "/v1/policies", {"walletId": wallets[0]["id"], "type": "SPENDING_LIMIT", "rules": rules})
    counter = iter(range(sends))
    lock = threading.Lock()
    latencies, rejected, tiers = [], [], {}

    def worker():
        client = Http(port)
        headers = {"Authorization": f"Bearer {token}"}
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            body = {"type": "TRANSFER", "to": recipient, "amount": str(1_000_000 + n), "network": "anvil", "walletId": wallets[0]["id"]}
            status, data, t0, t1 = client.call("POST", "/v1/transactions/send", body, headers)
            with lock:
                if status == 201:
                    latencies.append((t1 - t0) * 1000)
                    tier = json.loads(data).get("tier")
                    tiers[tier] = tiers.get(tier, 0) + 1
                else:
                    rejected.append(f"send {n}: {status} {data[:300]!r}")
        client.close()

    load0 = loadavg()
    cpu0 = {who: cpu_seconds(pid) for who, pid in pids.items() if who != "anvil"}
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t_start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t_start
    cpu = {who: cpu_seconds(pid) - cpu0[who] for who, pid in pids.items() if who != "anvil"}
    return {"scenario": name, "wallets": 1, "sends": sends, "concurrency": concurrency, "accepted_201": len(latencies),
            "tiers": tiers, "rejected": rejected[:20], "rejected_count": len(rejected), "send_latency_ms": summary(latencies),
            "send_phase_s": wall, "sends_per_s": len(latencies) / wall, "cpu_s": cpu, "cpu_wall_s": wall,
            "loadavg_1min": [load0, loadavg()]}


def warm_up(port, anvil, recipient, pause, mode, sends):
    """Sends on a separate wallet, waited for and discarded (JIT, connection pools, first nonce reads)."""
    r = run_scenario(port, anvil, "warmup", 1, sends, 8, pause, mode, recipient, 300, {})
    return {k: r[k] for k in ("accepted_201", "confirmed", "failed_or_other", "send_latency_ms", "rejected_count")}


def summarize(path):
    """Prints, per scenario, every run and the median run (by confirmed tx/s, or by send p99 for send-only)."""
    with open(path) as f:
        d = json.load(f)
    print(f"warm-up sends {d.get('warmup_sends')}, load at start {d['loadavg_at_start']}, at end {d.get('loadavg_at_end')}")
    for name, runs in d["runs"].items():
        key = (lambda r: r["send_latency_ms"]["p99"]) if name == "send-only" else (lambda r: r.get("confirmed_tx_per_s", 0))
        median = sorted(runs, key=key)[len(runs) // 2]
        print(f"{name}: median run = run {runs.index(median) + 1} of {len(runs)}")
        for i, r in enumerate(runs):
            lat = r["send_latency_ms"]
            line = (f"  run {i + 1}: accepted {r['accepted_201']}, send ms p50 {lat['p50']:.2f} p90 {lat['p90']:.2f} "
                    f"p99 {lat['p99']:.2f} max {lat['max']:.2f}, daemon CPU {r['cpu_s']['daemon'] / r['accepted_201'] * 1000:.1f} ms/tx "
                    f"({r['cpu_s']['daemon'] / r['cpu_wall_s']:.2f} cores), load {r['loadavg_1min']}")
            if name != "send-only":
                c = r["accepted_to_seen_confirmed_ms"]
                line += (f", confirmed {r['confirmed']} failed {r['failed_or_other']}, {r['confirmed_tx_per_s']:.1f} tx/s "
                         f"(≤ {r['confirmed_tx_per_s_upper_bound']:.1f}), 201→seen CONFIRMED p50 {c['p50']:.0f} p99 {c['p99']:.0f} ms")
            else:
                line += f", {r['sends_per_s']:.0f} sends/s, tiers {r['tiers']}"
            print(line)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--summarize":
        summarize(sys.argv[2])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--anvil", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--log-dir", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sends", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=600, help="discarded sends before the measured runs")
    parser.add_argument("--poll-pause", type=float, default=0.02)
    parser.add_argument("--poll", choices=["list", "ids"], default="list", help="how settlement is followed (see Poller)")
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds to wait for settlement after the last send")
    parser.add_argument("--scenarios", default="one-wallet,eight-wallets,sequential,send-only")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the daemon")
    args = parser.parse_args()
    extra_env = {"WAIAAS_KEYSTORE_ARGON2_MEMORY_KIB": "8192", "WAIAAS_KEYSTORE_ARGON2_ITERATIONS": "1"}
    extra_env.update(dict(item.split("=", 1) for item in args.env))
    results = {"loadavg_at_start": loadavg(), "daemon_env": {k: v for k, v in extra_env.items()},
               "warmup_sends": args.warmup, "sends": args.sends, "concurrency": args.concurrency, "poll_pause_s": args.poll_pause, "poll_mode": args.poll, "runs": {}}

    def save():
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)

    data_dir = tempfile.mkdtemp(prefix="waiaas-bench-pipeline-")
    anvil = Anvil(args.anvil, os.path.join(args.log_dir, "anvil.log"))
    daemon = None
    try:
        daemon = Daemon(args.tool, data_dir, anvil.url, os.path.join(args.log_dir, "daemon.log"), extra_env)
        print(f"anvil on {anvil.port}, daemon on {daemon.port}, data dir {data_dir}", flush=True)
        recipient = "0x" + os.urandom(20).hex()
        pids = {"daemon": daemon.process.pid, "anvil": anvil.process.pid, "client": os.getpid()}
        results["warmup"] = warm_up(daemon.port, anvil, recipient, args.poll_pause, args.poll, args.warmup)
        print(f"== warm-up: {json.dumps(results['warmup'])}", flush=True)
        plan = {"one-wallet": (1, args.concurrency), "eight-wallets": (8, args.concurrency), "sequential": (1, 1)}
        for run in range(args.runs):
            for name in args.scenarios.split(","):
                if name == "send-only":
                    r = send_only(daemon.port, anvil, name, args.sends, args.concurrency, recipient, pids)
                    results["runs"].setdefault(name, []).append(r)
                    save()
                    lat = r["send_latency_ms"]
                    print(f"== {name} run {run + 1}: accepted {r['accepted_201']} {r['tiers']}, rejected {r['rejected_count']}, "
                          f"{r['sends_per_s']:.0f} sends/s, send ms p50 {lat.get('p50', 0):.2f} p90 {lat.get('p90', 0):.2f} "
                          f"p99 {lat.get('p99', 0):.2f} max {lat.get('max', 0):.2f}, load {r['loadavg_1min']}, "
                          f"daemon cpu {r['cpu_s']['daemon']:.2f} s over {r['cpu_wall_s']:.2f} s", flush=True)
                    for line in r["rejected"][:5]:
                        print(f"   rejected: {line}", flush=True)
                    continue
                wallets, concurrency = plan[name]
                r = run_scenario(daemon.port, anvil, name, wallets, args.sends, concurrency, args.poll_pause, args.poll, recipient, args.deadline, pids)
                results["runs"].setdefault(name, []).append(r)
                save()
                lat = r["send_latency_ms"]
                print(f"== {name} run {run + 1}: accepted {r['accepted_201']}, confirmed {r['confirmed']}, "
                      f"failed/other {r['failed_or_other']}, not settled {r['not_settled']}, "
                      f"tx/s {r.get('confirmed_tx_per_s', 0):.1f} (elapsed {r.get('elapsed_to_last_confirmed_s', 0):.2f} s, "
                      f"lower bound {r.get('elapsed_lower_bound_s', 0):.2f} s), send ms p50 {lat.get('p50', 0):.2f} "
                      f"p90 {lat.get('p90', 0):.2f} p99 {lat.get('p99', 0):.2f} max {lat.get('max', 0):.2f}, "
                      f"poll pass p50/max {r['poll_pass_s'].get('p50', 0) * 1000:.1f}/{r['poll_pass_s'].get('max', 0) * 1000:.1f} ms, nonces {r['chain_nonces']}, "
                      f"load {r['loadavg_1min']}, cpu s {json.dumps({k: round(v, 2) for k, v in r['cpu_s'].items()})} over {r['cpu_wall_s']:.2f} s",
                      flush=True)
                for line in r["rejected"][:5]:
                    print(f"   rejected: {line}", flush=True)
                for f in r["failures"][:5]:
                    print(f"   failed: {f['status']} {f['error']}", flush=True)
        results["loadavg_at_end"] = loadavg()
        save()
    finally:
        if daemon is not None:
            daemon.stop()
        anvil.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
