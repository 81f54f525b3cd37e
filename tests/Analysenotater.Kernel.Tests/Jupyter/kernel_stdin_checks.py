#!/usr/bin/env python3
"""Drive the C# kernel's standard input from Jupyter's own client (jupyter_client) and check the stdin protocol.

Usage: kernel_stdin_checks.py --kernel NAME --output results.json --log kernel.log

Messaging spec 5.3, "Messages on the stdin ROUTER/DEALER channel": the kernel sends input_request {prompt, password}
with the execute_request as parent on stdin; the frontend answers input_reply {value}. Expected values are written
here by hand from what the cell code must print.
"""
import argparse
import json
import time

from kernel_protocol_checks import Checks as ProtocolChecks, run_and_write


class Checks(ProtocolChecks):
    """Kernel start, per-check bookkeeping and result format as in kernel_protocol_checks.py."""

    def __init__(self, kernel_name, log_path):
        super().__init__(kernel_name, "csharp", log_path)

    def run_interactive(self, code, answer=None, allow_stdin=True):
        """Run code; answer every input_request with `answer`; return (reply, requests, stdout, stderr)."""
        requests, out, err = [], [], []

        def on_input(msg):
            requests.append(msg)
            assert msg["header"]["msg_type"] == "input_request", msg["header"]
            self.kc.input(answer)

        def on_output(msg):
            if msg["msg_type"] == "stream":
                (out if msg["content"]["name"] == "stdout" else err).append(msg["content"]["text"])

        reply = self.kc.execute_interactive(code, allow_stdin=allow_stdin, stdin_hook=on_input, output_hook=on_output, timeout=120)
        return reply, requests, "".join(out), "".join(err)

    def console_readline(self):
        reply, requests, out, _ = self.run_interactive('Console.Write("Navn: ");\nvar navn = Console.ReadLine();\nConsole.WriteLine($"Hei {navn}!");', "Ola")
        assert reply["content"]["status"] == "ok", reply["content"]
        assert len(requests) == 1, requests
        req = requests[0]
        assert req["content"] == {"prompt": "", "password": False}, req["content"]
        assert req["parent_header"]["msg_id"] == reply["parent_header"]["msg_id"], "input_request's parent is not the execute_request"
        assert out == "Navn: Hei Ola!\n", repr(out)

    def input_and_password(self):
        reply, requests, out, _ = self.run_interactive('var alder = input("Alder? ");\nvar kode = password("Kode: ");\nConsole.WriteLine($"{alder}/{kode!.Length}");', "hemmelig")
        assert reply["content"]["status"] == "ok", reply["content"]
        assert [r["content"] for r in requests] == [{"prompt": "Alder? ", "password": False}, {"prompt": "Kode: ", "password": True}], requests
        assert out == "hemmelig/8\n", repr(out)
        assert "hemmelig" not in json.dumps([r["content"] for r in requests]), "the kernel echoed the input"

    def no_stdin_allowed(self):
        reply, requests, out, err = self.run_interactive('Console.WriteLine(Console.ReadLine() is null ? "ingen" : "noe");', allow_stdin=False)
        assert reply["content"]["status"] == "ok", reply["content"]
        assert requests == [], requests
        assert out == "ingen\n", repr(out)
        assert "allow_stdin = false" in err, repr(err)

    def interrupt_while_waiting(self):
        # stop_on_error=False: like ipykernel, the kernel aborts requests queued when a cell fails with stop_on_error,
        # and a request sent right after the reply can race with that; this check is about the interrupt.
        msg_id = self.kc.execute("var svar = Console.ReadLine();", allow_stdin=True, stop_on_error=False)
        req = self.kc.get_stdin_msg(timeout=60)
        assert req["header"]["msg_type"] == "input_request", req["header"]
        self.km.interrupt_kernel()
        deadline = time.time() + 60
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        assert reply["content"]["status"] == "error", reply["content"]
        after, _, out, _ = self.run_interactive('Console.WriteLine(40 + 2);')
        assert after["content"]["status"] == "ok", after["content"]
        assert out == "42\n", repr(out)

    def all(self):
        self.start()
        for name in ["console_readline", "input_and_password", "no_stdin_allowed", "interrupt_while_waiting"]:
            self.check(name, getattr(self, name))
        self.km.shutdown_kernel(now=True)
        return self.results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    run_and_write(Checks(args.kernel, args.log), args.output)


if __name__ == "__main__":
    main()
