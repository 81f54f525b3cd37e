#!/usr/bin/env python3
"""Check the approved kernel messages with jupyter_client's own Session: the signature verifies with the contract key,
the frames deserialize, a tampered content frame is refused, and each message is what jupyter_client expects.

Usage: verify_contracts.py CONTRACT_DIR KEY   — prints one line per file, exits 1 on any failure.
"""
import glob
import json
import os
import sys

from jupyter_client.session import Session


def main(folder, key):
    session = Session(key=key.encode(), check_pid=False)
    failures = 0
    files = sorted(glob.glob(os.path.join(folder, "*.approved.json")))
    assert files, f"no approved contracts in {folder}"
    for path in files:
        name = os.path.basename(path)
        try:
            frames = [f.encode("utf-8") for f in json.load(open(path, encoding="utf-8"))["frames"]]
            identities, message_frames = session.feed_identities(frames, copy=True)
            message = session.deserialize(message_frames, content=True)
            assert message["header"]["version"] == "5.3", message["header"]
            assert message["parent_header"]["msg_id"] == "request-1", message["parent_header"]
            assert isinstance(message["content"], dict)
            expected_topic = f'kernel.kernel-session.{message["msg_type"]}'.encode()
            assert identities in ([b"frontend-7"], [expected_topic]), identities
            tampered = list(message_frames)
            tampered[-1] = tampered[-1].replace(b"}", b" }", 1)
            try:
                session.deserialize(tampered)
                raise AssertionError("a tampered content frame was accepted")
            except ValueError:
                pass
            print(f"ok   {name}: {message['msg_type']}")
        except Exception as error:  # noqa: BLE001
            failures += 1
            print(f"FAIL {name}: {error!r}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
