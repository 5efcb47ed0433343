#!/usr/bin/env python3
"""Measurements for bench/daemon-core.sh (not a test; nothing here runs in the test suite).

Every daemon gets a fresh temporary data directory, listens on 127.0.0.1 with port 0 (the chosen port is read from
<data-dir>/daemon.port) and uses the default Argon2id cost unless an experiment says otherwise. Only loopback.
Prints human-readable lines and writes all numbers as JSON to the file given with --json.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

from benchlib import cpu_seconds, loadavg, percentile

PASSWORD = "bench-master-password-0123456789"
HOST = "127.0.0.1"




def summary(values):
    return {
        "n": len(values),
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "p90": percentile(values, 90),
        "p99": percentile(values, 99),
        "mean": statistics.fmean(values),
    }






def proc_status(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem", "Threads"):
                values[key] = int(rest.split()[0])
    return values


class Daemon:
    """A foreground `waiaas start` on a data directory."""

    def __init__(self, tool, data_dir, extra_env=None):
        self.tool = tool
        self.data_dir = data_dir
        self.env = dict(os.environ)
        self.env.update({"WAIAAS_DAEMON_PORT": "0", "WAIAAS_MASTER_PASSWORD": PASSWORD, "WAIAAS_DAEMON_HOSTNAME": "127.0.0.1"})
        self.env.update(extra_env or {})
        self.process = None
        self.port = None
        self.start_cpu = None

    def start(self, deadline_s=120.0):
        """Launches `waiaas start` and polls until GET /health answers 200. Returns seconds from launch to 200."""
        port_file = os.path.join(self.data_dir, "daemon.port")
        if os.path.exists(port_file):
            os.remove(port_file)
        # The daemon's own output (never the password) goes to one log file per benchmark process.
        log = open(os.path.join(tempfile.gettempdir(), f"waiaas-bench-{os.getpid()}.log"), "ab")
        t0 = time.perf_counter()
        self.process = subprocess.Popen([self.tool, "start", "--data-dir", self.data_dir], env=self.env,
                                        stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        log.close()
        while time.perf_counter() - t0 < deadline_s:
            if self.process.poll() is not None:
                raise RuntimeError(f"daemon exited with {self.process.returncode} during start-up")
            if self.port is None and os.path.exists(port_file):
                try:
                    with open(port_file) as f:
                        self.port = int(f.read().strip())
                except ValueError:
                    pass
            if self.port is not None and self._healthy():
                elapsed = time.perf_counter() - t0
                self.start_cpu = cpu_seconds(self.process.pid)
                return elapsed
            time.sleep(0.002)
        raise RuntimeError("daemon did not become healthy")

    def _healthy(self):
        try:
            conn = http.client.HTTPConnection(HOST, self.port, timeout=2)
            conn.request("GET", "/health")
            ok = conn.getresponse().status == 200
            conn.close()
            return ok
        except OSError:
            return False

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)
        self.port = None


class Client:
    """One keep-alive HTTP/1.1 connection; times each request with perf_counter (client overhead included)."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)

    def call(self, method, path, body=None, master=False):
        headers = {}
        if master:
            headers["X-Master-Password"] = PASSWORD
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        t0 = time.perf_counter()
        self.conn.request(method, path, body=payload, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - t0
        return response.status, data, elapsed


def fresh_dir():
    return tempfile.mkdtemp(prefix="waiaas-bench-")


def create_wallets(port, count, prefix="w"):
    client = Client(port)
    for i in range(count):
        chain = "solana" if i % 2 == 0 else "ethereum"
        status, data, _ = client.call("POST", "/v1/wallets", {"name": f"{prefix}{i}", "chain": chain, "environment": "testnet"}, master=True)
        if status != 201:
            raise RuntimeError(f"wallet creation failed: {status} {data[:200]!r}")


def cold_start(tool, runs, extra_env=None, wallets=3):
    """First starts (fresh dir each) and later starts (one dir with a DB and a few wallets)."""
    first, first_cpu, loads = [], [], []
    for _ in range(runs):
        d = fresh_dir()
        daemon = Daemon(tool, d, extra_env)
        try:
            loads.append(loadavg())
            first.append(daemon.start())
            first_cpu.append(daemon.start_cpu)
        finally:
            daemon.stop()
            shutil.rmtree(d, ignore_errors=True)

    d = fresh_dir()
    later, later_cpu = [], []
    try:
        daemon = Daemon(tool, d, extra_env)
        daemon.start()
        create_wallets(daemon.port, wallets)
        daemon.stop()
        for _ in range(runs):
            daemon = Daemon(tool, d, extra_env)
            try:
                loads.append(loadavg())
                later.append(daemon.start())
                later_cpu.append(daemon.start_cpu)
            finally:
                daemon.stop()
    finally:
        shutil.rmtree(d, ignore_errors=True)
    return {
        "first_start_s": summary(first), "first_start_cpu_s": summary(first_cpu),
        "later_start_s": summary(later), "later_start_cpu_s": summary(later_cpu),
        "loadavg_1min": summary(loads), "wallets_in_later_db": wallets,
    }


def argon2_alone(runs, iterations=3, memory_kib=65536):
    """One libsodium crypto_pwhash (Argon2id v1.3) with the daemon's default cost, timed in this process."""
    import ctypes
    import ctypes.util
    sodium = ctypes.CDLL(ctypes.util.find_library("sodium") or "libsodium.so.23")
    if sodium.sodium_init() < 0:
        raise RuntimeError("sodium_init failed")
    out = ctypes.create_string_buffer(32)
    pw = PASSWORD.encode()
    salt = ctypes.create_string_buffer(os.urandom(16), 16)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        rc = sodium.crypto_pwhash(out, ctypes.c_ulonglong(32), pw, ctypes.c_ulonglong(len(pw)), salt,
                                  ctypes.c_ulonglong(iterations), ctypes.c_size_t(memory_kib * 1024), ctypes.c_int(2))
        times.append(time.perf_counter() - t0)
        if rc != 0:
            raise RuntimeError("crypto_pwhash failed")
    return summary(times)


def idle_rss(tool, idle_seconds, extra_env=None):
    d = fresh_dir()
    daemon = Daemon(tool, d, extra_env)
    try:
        daemon.start()
        create_wallets(daemon.port, 2)
        client = Client(daemon.port)
        for _ in range(20):
            client.call("GET", "/health")
            client.call("GET", "/v1/wallets", master=True)
            client.call("GET", "/v1/audit-logs?limit=1", master=True)
        client.conn.close()
        after_requests = proc_status(daemon.process.pid)
        time.sleep(idle_seconds)  # idle on purpose: the quantity measured is the footprint after a quiet period
        after_idle = proc_status(daemon.process.pid)
        return {"after_requests_kib": after_requests, "after_idle_kib": after_idle, "idle_seconds": idle_seconds}
    finally:
        daemon.stop()
        shutil.rmtree(d, ignore_errors=True)


def auth_latency(port, requests):
    """Interleaves GET /health, GET /v1/wallets and GET /v1/audit-logs?limit=1 on one keep-alive connection."""
    client = Client(port)
    paths = [("health", "/health", False), ("wallets", "/v1/wallets", True), ("audit", "/v1/audit-logs?limit=1", True)]
    for _ in range(200):  # warm-up (JIT tiers, connection)
        for _, path, master in paths:
            client.call("GET", path, master=master)
    times = {name: [] for name, _, _ in paths}
    load0 = loadavg()
    for _ in range(requests):
        for name, path, master in paths:
            status, data, elapsed = client.call("GET", path, master=master)
            if status != 200:
                raise RuntimeError(f"{path}: {status} {data[:200]!r}")
            times[name].append(elapsed * 1000)
    client.conn.close()
    result = {name: summary(values) for name, values in times.items()}
    result["loadavg_1min"] = [load0, loadavg()]
    return result


def wallet_creation(port, count):
    client = Client(port)
    per_chain = {"solana": [], "ethereum": []}
    all_times = []
    load0 = loadavg()
    for i in range(count):
        chain = "solana" if i % 2 == 0 else "ethereum"
        status, data, elapsed = client.call("POST", "/v1/wallets", {"name": f"bench-{i}", "chain": chain, "environment": "testnet"}, master=True)
        if status != 201:
            raise RuntimeError(f"wallet creation failed: {status} {data[:200]!r}")
        per_chain[chain].append(elapsed * 1000)
        all_times.append(elapsed * 1000)
    client.conn.close()
    return {"all": summary(all_times), "solana": summary(per_chain["solana"]), "ethereum": summary(per_chain["ethereum"]),
            "loadavg_1min": [load0, loadavg()]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--auth-requests", type=int, default=2000)
    parser.add_argument("--wallets", type=int, default=200)
    parser.add_argument("--idle-seconds", type=float, default=5.0)
    parser.add_argument("--only", default="all", help="comma list: argon2,cold,rss,serve")
    parser.add_argument("--wrk-hook", help="command run while a daemon is up; {port} is replaced")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the daemon (experiments)")
    args = parser.parse_args()
    extra_env = dict(item.split("=", 1) for item in args.env)
    only = set(args.only.split(","))
    everything = "all" in only
    results = {"loadavg_at_start": loadavg(), "experiment_env": extra_env}

    def report(name, value):
        results[name] = value
        print(f"== {name}\n{json.dumps(value, indent=1)}", flush=True)
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)

    if everything or "argon2" in only:
        report("argon2id_alone_s", argon2_alone(5))
    if everything or "cold" in only:
        report("cold_start", cold_start(args.tool, args.runs, extra_env))
    if everything or "rss" in only:
        report("idle_rss", idle_rss(args.tool, args.idle_seconds, extra_env))
    if everything or "serve" in only:
        d = fresh_dir()
        daemon = Daemon(args.tool, d, extra_env)
        try:
            daemon.start()
            create_wallets(daemon.port, 3)
            report("auth_latency_ms", auth_latency(daemon.port, args.auth_requests))
            if args.wrk_hook:
                output = subprocess.run(args.wrk_hook.replace("{port}", str(daemon.port)), shell=True, check=True,
                                        capture_output=True, text=True).stdout
                report("wrk_health", {"raw": output, "loadavg_1min": loadavg()})
            report("wallet_creation_ms", wallet_creation(daemon.port, args.wallets))
            report("rss_after_serve_kib", proc_status(daemon.process.pid))
        finally:
            daemon.stop()
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
