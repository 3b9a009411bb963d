#!/usr/bin/env python3
"""Launches with --page reach the window, as a user's command line or a desktop link gives them.

The first launch opens the window on the page; a second launch with a file is handed to the
instance already running (over D-Bus, with the page in its platform data), which opens the file on
the page. What the window shows is read from the page it records as last shown, in a settings
keyfile of this run's own.

    check-launch-page.py SUCCESSION_BIN SCHEMA_DIR FIXTURE
"""

import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import time

GROUP = "io/github/succession/Succession"


def last_page(keyfile):
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(keyfile, encoding="utf-8")
        return parser.get(GROUP, "last-page").strip("'")
    except (configparser.Error, OSError):
        return None


def wait_for_page(keyfile, page, primary, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if last_page(keyfile) == page:
            return
        if primary.poll() is not None:
            raise SystemExit(f"FAIL: the application exited ({primary.returncode}) before showing {page}")
        time.sleep(0.1)
    raise SystemExit(f"FAIL: the window did not show {page} (last page: {last_page(keyfile)})")


def main():
    exe, schema_dir, fixture = sys.argv[1:4]
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("SKIP: no session bus; a second launch has no instance to hand its page to")
        return 77

    config = tempfile.mkdtemp(prefix="succession-launch-")
    keyfile = os.path.join(config, "glib-2.0", "settings", "keyfile")
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=schema_dir, GSETTINGS_BACKEND="keyfile",
               XDG_CONFIG_HOME=config,
               XDG_STATE_HOME=os.path.join(config, "state"), NO_AT_BRIDGE="1")
    env.pop("SUCCESSION_EXIT_AFTER_FIRST_FRAME", None)
    primary = subprocess.Popen([exe, "--page=person:peng-zhen"], env=env)
    try:
        # The first launch: the bundled dataset, on the page asked for.
        wait_for_page(keyfile, "person:peng-zhen", primary)
        print("ok: the first launch opened on person:peng-zhen")

        # A second launch with a file: handed over, and the file opens on its page.
        second = subprocess.run([exe, "--page=office:sg", fixture], env=env, timeout=60,
                                capture_output=True, text=True)
        if second.returncode != 0:
            raise SystemExit(f"FAIL: the second launch exited {second.returncode}: {second.stderr}")
        wait_for_page(keyfile, "office:sg", primary)
        print("ok: a second launch opened its file on office:sg in the running window")
        if primary.poll() is not None:
            raise SystemExit("FAIL: the first instance did not stay")
    finally:
        primary.terminate()
        try:
            primary.wait(timeout=10)
        except subprocess.TimeoutExpired:
            primary.kill()
        shutil.rmtree(config, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
