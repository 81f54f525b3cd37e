#!/usr/bin/env python3
"""Drive an Analysenotater kernel from Jupyter's own client library (jupyter_client) and check the protocol.

Usage: kernel_protocol_checks.py --kernel NAME --profile toy|csharp --output results.json --log kernel.log

The kernelspec NAME must be findable by jupyter_client (set JUPYTER_PATH). Every check is independent of the
others' outcome; results.json maps each check name to {"ok": bool, "detail": str}. Expected values are written here
by hand from the messaging spec 5.3 and from what the cell code must print (e.g. 40 + 2 = 42).
"""
import argparse
import json
import os
import signal
import tempfile
import time
import traceback
import uuid

import zmq
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.session import Session

PROFILES = {
    "toy": {
        "language": "toy",
        "state": ["set x 40", "get x"], "state_result": "40",
        "stdout": "print hei", "stdout_text": "hei\n",
        "html": "html tabell", "html_fragment": "<b>tabell</b>",
        "error": "get missing", "error_fragment": "missing",
        "complete": ("pri", 3), "complete_match": "print",
        "member_complete": None,
        "inspect": ("get x", 5), "inspect_fragment": "x = 40",
        "complete_code": "print a", "incomplete_code": "print a \\",
        "loop": "loop", "after_loop": "count",
        "touch": "touch {path}",
        "after_restart": "get x",
    },
    "csharp": {
        "language": "C#",
        "state": ["var x = 40;", "x + 2"], "state_result": "42",
        "stdout": 'Console.WriteLine("hei");', "stdout_text": "hei\n",
        "html": 'display("<b>tabell</b>", "text/html");', "html_fragment": "<b>tabell</b>",
        "error": "undefinedName + 1", "error_fragment": "CS0103",
        "complete": ("var alder = 37;\nald", 19), "complete_match": "alder",
        "member_complete": ('"abc".Len', 9, "Length"),
        "inspect": ("Console.WriteLine", 12), "inspect_fragment": "WriteLine",
        "complete_code": "var y = 1;", "incomplete_code": "for (var i = 0; i < 3; i++) {",
        "loop": "while (true) {}", "after_loop": "1 + 1",
        "touch": 'System.IO.File.WriteAllText(@"{path}", "x");',
        "after_restart": "x",
    },
}


class Checks:
    def __init__(self, kernel_name, profile, log_path):
        self.kernel_name = kernel_name
        self.p = PROFILES[profile]
        self.log_path = log_path
        self.results = {}
        self.km = None
        self.kc = None

    # ---- helpers -------------------------------------------------------
    def start(self):
        self.log = open(self.log_path, "ab")
        self.km = KernelManager(kernel_name=self.kernel_name)
        self.km.start_kernel(stdout=self.log, stderr=self.log)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)

    def run(self, code, timeout=120, stop_on_error=False):
        """Execute code; return (reply content, [iopub messages of this request])."""
        msg_id = self.kc.execute(code, stop_on_error=stop_on_error)
        return self.collect(msg_id, timeout)

    def collect(self, msg_id, timeout=120):
        deadline = time.time() + timeout
        outputs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            outputs.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"], outputs

    def shell_reply(self, msg_id, timeout=120):
        deadline = time.time() + timeout
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]

    def check(self, name, fn):
        try:
            detail = fn()
            self.results[name] = {"ok": True, "detail": detail or ""}
        except Exception:  # noqa: BLE001 — every failure becomes a reported result
            self.results[name] = {"ok": False, "detail": traceback.format_exc()}

    # ---- checks --------------------------------------------------------
    def kernelspec(self):
        spec = KernelSpecManager().get_kernel_spec(self.kernel_name)
        assert spec.language == self.p["language"] or self.p["language"] == "toy", spec.language
        return f"{spec.display_name} argv={spec.argv}"

    def kernel_info(self):
        msg_id = self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=10)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=10)
        c = reply["content"]
        assert reply["msg_type"] == "kernel_info_reply", reply["msg_type"]
        assert c["status"] == "ok", c
        assert c["protocol_version"] == "5.3", c["protocol_version"]
        assert c["language_info"]["name"] == self.p["language"], c["language_info"]
        states = []
        deadline = time.time() + 10
        while "idle" not in states and time.time() < deadline:
            m = self.kc.get_iopub_msg(timeout=10)
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status":
                states.append(m["content"]["execution_state"])
        assert states == ["busy", "idle"], states
        return json.dumps(c["language_info"])

    def heartbeat(self):
        time.sleep(1.0)
        assert self.kc.hb_channel.is_beating(), "no heartbeat echo"

    def execute_state(self):
        first, _ = self.run(self.p["state"][0])
        assert first["status"] == "ok", first
        second, outputs = self.run(self.p["state"][1])
        assert second["status"] == "ok", second
        assert second["execution_count"] == first["execution_count"] + 1, (first, second)
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        assert len(results) == 1, [m["msg_type"] for m in outputs]
        assert results[0]["content"]["data"]["text/plain"] == self.p["state_result"], results[0]["content"]
        assert results[0]["content"]["execution_count"] == second["execution_count"]
        inputs = [m for m in outputs if m["msg_type"] == "execute_input"]
        assert inputs and inputs[0]["content"]["execution_count"] == second["execution_count"], inputs
        kinds = [m["msg_type"] if m["msg_type"] != "status" else m["content"]["execution_state"] for m in outputs]
        assert kinds[0] == "busy" and kinds[-1] == "idle", kinds
        return f"kinds={kinds}"

    def stdout(self):
        reply, outputs = self.run(self.p["stdout"])
        assert reply["status"] == "ok", reply
        text = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
        assert text == self.p["stdout_text"], repr(text)

    def display_html(self):
        reply, outputs = self.run(self.p["html"])
        assert reply["status"] == "ok", reply
        shown = [m for m in outputs if m["msg_type"] == "display_data"]
        assert len(shown) == 1, [m["msg_type"] for m in outputs]
        data = shown[0]["content"]["data"]
        assert self.p["html_fragment"] in data["text/html"], data
        assert "text/plain" in data, data

    def error_reply(self):
        reply, outputs = self.run(self.p["error"])
        assert reply["status"] == "error", reply
        assert self.p["error_fragment"] in reply["evalue"], reply
        assert isinstance(reply["traceback"], list) and reply["traceback"], reply
        errors = [m for m in outputs if m["msg_type"] == "error"]
        assert len(errors) == 1 and errors[0]["content"]["ename"] == reply["ename"], errors
        return f'{reply["ename"]}: {reply["evalue"]}'

    def complete(self):
        code, cursor = self.p["complete"]
        reply = self.kc.complete(code, cursor, reply=True, timeout=120)["content"]
        assert reply["status"] == "ok", reply
        assert self.p["complete_match"] in reply["matches"], reply["matches"][:20]
        assert reply["cursor_end"] == cursor, reply
        assert reply["cursor_start"] == cursor - 3, reply
        detail = f'{len(reply["matches"])} matches'
        if self.p["member_complete"]:
            code, cursor, expected = self.p["member_complete"]
            member = self.kc.complete(code, cursor, reply=True, timeout=120)["content"]
            assert expected in member["matches"], member["matches"][:20]
            assert member["cursor_start"] == cursor - 3, member
        return detail

    def inspect(self):
        code, cursor = self.p["inspect"]
        reply = self.kc.inspect(code, cursor, reply=True, timeout=120)["content"]
        assert reply["status"] == "ok" and reply["found"], reply
        assert self.p["inspect_fragment"] in reply["data"]["text/plain"], reply["data"]
        return reply["data"]["text/plain"][:200]

    def is_complete(self):
        complete = self.shell_reply(self.kc.is_complete(self.p["complete_code"]))
        incomplete = self.shell_reply(self.kc.is_complete(self.p["incomplete_code"]))
        assert complete["status"] == "complete", complete
        assert incomplete["status"] == "incomplete", incomplete
        assert "indent" in incomplete, incomplete

    def _interrupt_loop(self, interrupt):
        msg_id = self.kc.execute(self.p["loop"], stop_on_error=False)
        deadline = time.time() + 120
        while True:  # the kernel has started the cell once it broadcasts execute_input
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
                break
        time.sleep(1.5)
        interrupt()
        reply, outputs = self.collect(msg_id, timeout=20)
        assert reply["status"] == "error", reply
        after, after_outputs = self.run(self.p["after_loop"])
        assert after["status"] == "ok", after
        assert any(m["msg_type"] == "execute_result" for m in after_outputs), after_outputs
        assert self.km.is_alive()
        return f'{reply["ename"]}: {reply["evalue"]}'

    def interrupt_message(self):
        return self._interrupt_loop(self.km.interrupt_kernel)

    def interrupt_signal(self):
        # Twice: a second SIGINT must interrupt again, not end the process.
        first = self._interrupt_loop(lambda: self.km.signal_kernel(signal.SIGINT))
        second = self._interrupt_loop(lambda: self.km.signal_kernel(signal.SIGINT))
        return f"{first} / {second}"

    def forged_signature(self):
        info = self.km.get_connection_info()
        address = f'{info["transport"]}://{info["ip"]}:{info["shell_port"]}'
        folder = tempfile.mkdtemp(prefix="forged-")
        forged_marker = os.path.join(folder, "forged")
        signed_marker = os.path.join(folder, "signed")
        context = zmq.Context.instance()
        socket = context.socket(zmq.DEALER)
        socket.setsockopt(zmq.LINGER, 0)
        socket.connect(address)
        try:
            forger = Session(key=b"not-the-connection-key", username="forger")
            forger.send(socket, forger.msg("execute_request", {"code": self.p["touch"].format(path=forged_marker), "silent": False,
                                                               "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": False}))
            assert socket.poll(3000) == 0, "the kernel answered a forged message"
            # Positive control: the same request signed with the real key runs and is answered.
            honest = Session(key=self.km.session.key, username="honest")
            honest.send(socket, honest.msg("execute_request", {"code": self.p["touch"].format(path=signed_marker), "silent": False,
                                                               "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": False}))
            assert socket.poll(30000) != 0, "no reply to a correctly signed message"
            _, reply = honest.feed_identities(socket.recv_multipart(), copy=True)
            reply = honest.deserialize(reply)
            assert reply["content"]["status"] == "ok", reply["content"]
        finally:
            socket.close()
        assert os.path.exists(signed_marker), "the correctly signed cell did not run"
        assert not os.path.exists(forged_marker), "the forged cell ran"
        self.log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            log = f.read()
        assert "invalid HMAC-SHA256 signature" in log, "rejection not logged"
        return [line for line in log.splitlines() if "invalid HMAC-SHA256" in line][0][:240]

    def comm_and_history(self):
        comm = self.kc.comm_info(reply=True, timeout=10) if hasattr(self.kc, "comm_info") else None
        if comm is not None:
            assert comm["content"]["comms"] == {}, comm["content"]
        history = self.kc.history(hist_access_type="tail", n=100, reply=True, timeout=10)["content"]
        assert history["status"] == "ok", history
        inputs = [entry[2] for entry in history["history"]]
        # execute_state ran the two state cells; the session's history has them, in order, with their line numbers.
        assert self.p["state"][0] in inputs and self.p["state"][1] in inputs, inputs
        assert inputs.index(self.p["state"][0]) < inputs.index(self.p["state"][1]), inputs
        return f"{len(inputs)} entries"

    def restart(self):
        self.km.restart_kernel(now=False)
        self.kc.wait_for_ready(timeout=120)
        reply, _ = self.run(self.p["after_restart"])
        assert reply["status"] == "error", f"state survived the restart: {reply}"
        ok, _ = self.run(self.p["stdout"])
        assert ok["status"] == "ok", ok

    def shutdown(self):
        process = self.km.provisioner.process
        msg_id = self.kc.shutdown()
        reply = self.kc.get_control_msg(timeout=10)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_control_msg(timeout=10)
        assert reply["msg_type"] == "shutdown_reply" and reply["content"]["status"] == "ok", reply
        deadline = time.time() + 15
        while process.poll() is None and time.time() < deadline:
            time.sleep(0.1)
        assert process.poll() == 0, f"kernel exit code {process.poll()}"
        self.kc.stop_channels()
        self.km.cleanup_resources()
        return f"exit code {process.returncode}"

    def all(self):
        self.check("kernelspec", self.kernelspec)
        self.start()
        for name in ["kernel_info", "heartbeat", "execute_state", "stdout", "display_html", "error_reply", "complete",
                     "inspect", "is_complete", "interrupt_message", "interrupt_signal", "forged_signature",
                     "comm_and_history", "restart", "shutdown"]:
            self.check(name, getattr(self, name))
        if self.km.is_alive():
            self.km.shutdown_kernel(now=True)
        return self.results


def run_and_write(checks, output):
    """Run checks.all() and write {name: {ok, detail}} to output (a failure to start becomes "_startup")."""
    try:
        results = checks.all()
    except Exception:  # noqa: BLE001
        results = dict(checks.results)
        results["_startup"] = {"ok": False, "detail": traceback.format_exc()}
    with open(output, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
    print(json.dumps({k: v["ok"] for k, v in results.items()}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--profile", choices=sorted(PROFILES), required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    run_and_write(Checks(args.kernel, args.profile, args.log), args.output)


if __name__ == "__main__":
    main()
